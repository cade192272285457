import { Type, type Static } from 'typebox';
import { ROLES } from './account.schema.js';
import { ClosedObject, Id, Nullable, Timestamp, Version } from './common.schema.js';

export const PROGRAM_VISIBILITIES = ['organization', 'members'] as const;
export type ProgramVisibility = (typeof PROGRAM_VISIBILITIES)[number];
export const ProgramVisibilitySchema = Type.Enum([...PROGRAM_VISIBILITIES], {
  description:
    'organization: every signed-in user reads the program. members: only its members, tpm_managers and admins see it; to anyone else it does not exist (404).',
});

export const MEMBER_ROLES = ['owner', 'editor', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
const MemberRoleSchema = Type.Enum([...MEMBER_ROLES], {
  description:
    'owner: edits the program, manages its members and reads its audit log. editor: edits it. viewer: reads it, budgets and costs included. A stakeholder account reads only, whatever its membership.',
});

export const ProgramMember = ClosedObject({
  programId: Id,
  userId: Id,
  name: Type.String(),
  email: Type.String(),
  accountRole: Type.Enum([...ROLES]),
  role: MemberRoleSchema,
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProgramMember = Static<typeof ProgramMember>;

export const ProgramMemberSet = ClosedObject({
  userId: Id,
  role: MemberRoleSchema,
});
export type ProgramMemberSet = Static<typeof ProgramMemberSet>;

/** What the one asking may do with the program: the web shows only what works. */
export const ProgramAccess = ClosedObject({
  membership: Nullable(MemberRoleSchema),
  canEdit: Type.Boolean(),
  canManageMembers: Type.Boolean(),
  canSeeMoney: Type.Boolean(),
  canReadAudit: Type.Boolean(),
});
export type ProgramAccess = Static<typeof ProgramAccess>;

export const ProgramMemberList = ClosedObject({
  items: Type.Array(ProgramMember),
  you: ProgramAccess,
});
export type ProgramMemberList = Static<typeof ProgramMemberList>;

export const MemberParams = ClosedObject({ id: Id, userId: Id });
