// The enumerations come from the contracts; only the words people read live here.
export { MEMBER_ROLES, PROGRAM_VISIBILITIES } from '../../../../contracts/program-member.schema';
import type { MemberRole, ProgramVisibility } from '../../api/types';

export const VISIBILITY_LABEL: Record<ProgramVisibility, string> = {
  organization: 'Everyone in the organization',
  members: 'Members only',
};

/** One line under the choice, saying who will see the program. */
export const VISIBILITY_HINT: Record<ProgramVisibility, string> = {
  organization: 'Every signed-in person can read it; members and managers change it.',
  members: 'Only its members, TPM managers and admins see it; to anyone else it does not exist.',
};

export const MEMBER_ROLE_LABEL: Record<MemberRole, string> = {
  owner: 'Owner',
  editor: 'Editor',
  viewer: 'Viewer',
};

/** What each membership lets a person do, for the members panel's legend. */
export const MEMBER_ROLE_HINT =
  'Owners manage members and read the audit log; editors change the plan; viewers read it, budgets included. A stakeholder account only reads, whatever its membership.';
