import type { ProgramAccess, Role } from '../../api/types';
import { ROLE_LABEL } from '../../api/vocabulary';
import { MEMBER_ROLE_LABEL } from './access-vocabulary';

/** One sentence on where the person stands: "You: editor", or that they only read. */
export function accessSentence(access: ProgramAccess, accountRole: Role): string {
  const readOnly = 'You can read this program but not change it.';
  if (access.membership) {
    const you = `You: ${MEMBER_ROLE_LABEL[access.membership].toLowerCase()}`;
    return access.canEdit ? you : `${you}. ${readOnly}`;
  }
  if (access.canEdit)
    return `You: ${ROLE_LABEL[accountRole]}, not a member; you can change every program.`;
  return readOnly;
}

export function AccessNote({ access, accountRole }: { access: ProgramAccess; accountRole: Role }) {
  return (
    <p className="access-note" data-testid="program-access">
      {accessSentence(access, accountRole)}
    </p>
  );
}
