import { useState, type FormEvent } from 'react';
import type { MemberRole, ProgramMember, User } from '../../api/types';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { ROLE_LABEL } from '../../api/vocabulary';
import { FormAlert } from '../../components/form-alert';
import { SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { MEMBER_ROLE_LABEL, MEMBER_ROLES } from './access-vocabulary';

const FIELDS = ['userId', 'role'];

interface AddMemberFormProps {
  programId: string;
  members: ProgramMember[];
  /** Everyone with an account (GET /api/users). */
  people: User[];
  onAdded(): void;
}

/** Picks a person who is not yet a member and gives them a role. */
export function AddMemberForm({ programId, members, people, onAdded }: AddMemberFormProps) {
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<MemberRole>('editor');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);
  const memberIds = new Set(members.map((m) => m.userId));
  const candidates = people
    .filter((p) => p.active && !memberIds.has(p.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!userId) return setProblem(fieldProblem('userId', 'Choose the person to add.'));
    const added = await submit(async () => {
      await unwrap(
        api.POST('/api/programs/{id}/members', {
          params: { path: { id: programId } },
          body: { userId, role },
        }),
      );
    });
    if (added) {
      setUserId('');
      onAdded();
    }
  }

  return (
    <form
      className="inline-form add-member"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Add a member"
    >
      <FormAlert messages={problem.general} />
      <div className="add-member__fields">
        <SelectField
          label="Person"
          name="userId"
          error={problem.byField.userId}
          value={userId}
          onChange={setUserId}
          emptyLabel="Choose a person…"
        >
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.name} (${p.email}) · ${ROLE_LABEL[p.role]}`}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Membership"
          name="role"
          error={problem.byField.role}
          value={role}
          onChange={setRole}
        >
          {MEMBER_ROLES.map((r) => (
            <option key={r} value={r}>
              {MEMBER_ROLE_LABEL[r]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary" disabled={busy}>
          Add member
        </button>
      </div>
    </form>
  );
}
