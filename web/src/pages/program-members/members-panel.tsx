import type { User } from '../../api/types';
import { AddMemberForm } from './add-member-form';
import { MEMBER_ROLE_HINT } from './access-vocabulary';
import { MemberRow } from './member-row';
import type { ProgramAccessState } from './use-program-access';
import './program-members.css';

interface MembersPanelProps {
  programId: string;
  access: ProgramAccessState;
  people: User[];
  currentUserId: string;
}

/** Who the program's owners, editors and viewers are; owners and managers change that here. */
export function MembersPanel({ programId, access, people, currentUserId }: MembersPanelProps) {
  const { members, canManageMembers: manage } = access;
  return (
    <section className="card card--flush" aria-labelledby="members-title" data-testid="members">
      <div className="card__header card__header--padded">
        <h2 id="members-title">
          {'Members '}
          <span className="count">{members.length}</span>
        </h2>
      </div>
      <p className="card__body members__legend muted">{MEMBER_ROLE_HINT}</p>
      {manage ? (
        <div className="card__body">
          <AddMemberForm
            programId={programId}
            members={members}
            people={people}
            onAdded={access.reload}
          />
        </div>
      ) : null}
      {access.problem ? (
        <p className="card__body field__error" role="alert">
          {access.problem.message}
        </p>
      ) : null}
      {access.known && members.length === 0 ? (
        <p className="empty muted">No members yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Account role</th>
                <th scope="col">Membership</th>
                {manage ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <MemberRow
                  key={m.userId}
                  member={m}
                  manage={manage}
                  isSelf={m.userId === currentUserId}
                  onChanged={access.reload}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
