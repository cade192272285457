import { useState } from 'react';
import { Link } from 'react-router';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { CONFLICT_MESSAGE } from '../../api/issues';
import { FormAlert } from '../../components/form-alert';
import { NamedOptions } from '../../components/select-field';
import type { PersonSummary, Team } from './team-types';

/**
 * Who is in a team. A person's team is a field of their profile, so adding and
 * removing change that person (with the version read); only TPM managers and
 * admins may, as on the profile form.
 */
export function TeamMembers({
  team,
  people,
  mayManage,
  onChanged,
}: {
  team: Team;
  people: PersonSummary[];
  mayManage: boolean;
  /** A person moved: read the people again. */
  onChanged(): void;
}) {
  const [adding, setAdding] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean }>();
  const members = people.filter((p) => p.teamId === team.id);
  const others = people.filter((p) => p.teamId !== team.id);

  async function move(person: PersonSummary, teamId: string | null) {
    setBusy(true);
    setProblem(undefined);
    try {
      await unwrap(
        api.PATCH('/api/people/{id}', {
          params: { path: { id: person.id } },
          body: { version: person.version, teamId },
        }),
      );
      setAdding('');
      onChanged();
    } catch (error) {
      const p = asProblem(error);
      setProblem({
        message: p.isVersionConflict ? CONFLICT_MESSAGE : p.message,
        conflict: p.isVersionConflict,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="team-members" aria-label={`Members of ${team.name}`} role="group">
      {problem ? (
        <FormAlert
          messages={[problem.message]}
          onReload={problem.conflict ? onChanged : undefined}
        />
      ) : null}
      {members.length === 0 ? <p className="muted">Nobody is in this team yet.</p> : null}
      <ul className="team-members__list">
        {members.map((m) => (
          <li key={m.id} data-testid="team-member">
            <Link to={`/team/people/${m.id}`}>{m.name}</Link>
            {m.title ? <span className="muted"> · {m.title}</span> : null}
            {mayManage ? (
              <button
                type="button"
                className="button button--ghost button--small button--quiet-danger"
                aria-label={`Remove ${m.name} from ${team.name}`}
                disabled={busy}
                onClick={() => void move(m, null)}
              >
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {mayManage ? (
        <form
          className="team-members__add"
          aria-label={`Add a member to ${team.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            const person = others.find((p) => p.id === adding);
            if (person) void move(person, team.id);
            else setProblem({ message: 'Choose a person to add.', conflict: false });
          }}
        >
          <label htmlFor={`add-member-${team.id}`}>Person to add</label>
          <select
            id={`add-member-${team.id}`}
            value={adding}
            onChange={(event) => setAdding(event.target.value)}
          >
            <option value="">Choose a person…</option>
            <NamedOptions items={others} />
          </select>
          <button type="submit" className="button button--small" disabled={busy}>
            Add to team
          </button>
          <span className="muted">Someone in another team moves here.</span>
        </form>
      ) : null}
    </div>
  );
}
