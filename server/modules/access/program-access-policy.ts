import type { Role } from '../../../contracts/account.schema.js';
import type {
  MemberRole,
  ProgramAccess,
  ProgramVisibility,
} from '../../../contracts/program-member.schema.js';

/** What a route needs of a program: read it, change it, manage its members, read its audit log. */
export type ProgramNeed = 'read' | 'money' | 'write' | 'own' | 'audit';

/** Roles that see and change every program, whatever its visibility or members. */
const PROGRAM_WIDE_ROLES: readonly Role[] = ['admin', 'tpm_manager'];

/** Whether this role sees every program, members-only ones included. */
export const seesEveryProgram = (role: Role): boolean => PROGRAM_WIDE_ROLES.includes(role);

/**
 * The one rule for programs (issue 14), with no I/O: everything under a program
 * follows it. A stakeholder reads only, whatever its membership; a tpm writes
 * where it is owner or editor; admin and tpm_manager write everywhere.
 */
export function programAccess(
  role: Role,
  visibility: ProgramVisibility,
  membership: MemberRole | null,
): ProgramAccess & { canRead: boolean } {
  const programWide = PROGRAM_WIDE_ROLES.includes(role);
  const canRead = programWide || membership !== null || visibility === 'organization';
  const canEdit =
    programWide || (role === 'tpm' && (membership === 'owner' || membership === 'editor'));
  return {
    membership,
    canRead,
    canEdit,
    canManageMembers: programWide || (role === 'tpm' && membership === 'owner'),
    canSeeMoney: programWide || membership !== null,
    canReadAudit: role === 'admin' || membership === 'owner',
  };
}

export function grants(access: ReturnType<typeof programAccess>, need: ProgramNeed): boolean {
  switch (need) {
    case 'read':
      return access.canRead;
    case 'money':
      return access.canSeeMoney;
    case 'write':
      return access.canEdit;
    case 'own':
      return access.canManageMembers;
    case 'audit':
      return access.canReadAudit;
  }
}
