import { useId, useState } from 'react';
import type { MemberRole, ProgramMember } from '../../api/types';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { ROLE_LABEL } from '../../api/vocabulary';
import { Badge } from '../../components/badge';
import { MEMBER_ROLE_LABEL, MEMBER_ROLES } from './access-vocabulary';

interface MemberRowProps {
  member: ProgramMember;
  /** Owners, TPM managers and admins change roles and remove people. */
  manage: boolean;
  isSelf: boolean;
  onChanged(): void;
}

/**
 * One member. A refusal (the last owner cannot leave or step down) is shown under
 * the row's role, where the change was tried.
 */
export function MemberRow({ member, manage, isSelf, onChanged }: MemberRowProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const errorId = useId();
  const path = { id: member.programId };

  async function act(send: () => Promise<unknown>) {
    setBusy(true);
    setProblem(undefined);
    try {
      await send();
      onChanged();
    } catch (error) {
      setProblem(asProblem(error).message);
    } finally {
      setBusy(false);
    }
  }
  const changeRole = (role: MemberRole) =>
    act(() =>
      unwrap(
        api.POST('/api/programs/{id}/members', {
          params: { path },
          body: { userId: member.userId, role },
        }),
      ),
    );
  const remove = () =>
    act(() =>
      unwrap(
        api.DELETE('/api/programs/{id}/members/{userId}', {
          params: { path: { ...path, userId: member.userId } },
        }),
      ),
    );

  return (
    <tr data-member={member.email}>
      <td className="table__primary">
        <span className="table__title">
          {member.name}
          {isSelf ? <span className="muted"> (you)</span> : null}
        </span>
      </td>
      <td>{member.email}</td>
      <td className="nowrap">{ROLE_LABEL[member.accountRole]}</td>
      <td className={problem ? 'field--invalid' : undefined}>
        {manage ? (
          <select
            className="member-role"
            aria-label={`Membership of ${member.name}`}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            value={member.role}
            disabled={busy}
            onChange={(e) => void changeRole(e.target.value as MemberRole)}
          >
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {MEMBER_ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        ) : (
          <Badge tone={member.role === 'owner' ? 'blue' : 'neutral'}>
            {MEMBER_ROLE_LABEL[member.role]}
          </Badge>
        )}
        {problem ? (
          <p id={errorId} className="field__error member-error" role="alert">
            {problem}
          </p>
        ) : null}
      </td>
      {manage ? (
        <td className="table__actions">
          <button
            type="button"
            className="button button--ghost button--small button--quiet-danger"
            disabled={busy}
            onClick={() => void remove()}
            aria-label={`Remove ${member.name} from the program`}
          >
            Remove
          </button>
        </td>
      ) : null}
    </tr>
  );
}
