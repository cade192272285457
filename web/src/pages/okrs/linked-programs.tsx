import { useState } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { NamedOptions, SelectField } from '../../components/select-field';
import type { Objective } from './okr-types';

/** The programs that serve the objective; linking one needs write on that program. */
export function LinkedPrograms({
  objective,
  editable,
  onChanged,
}: {
  objective: Objective;
  editable: boolean;
  onChanged(): void;
}) {
  const programs = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: { limit: 200 } } })),
    'programs',
  );
  const [choice, setChoice] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const names = new Map((programs.data?.items ?? []).map((p) => [p.id, p.name]));
  const unlinked = (programs.data?.items ?? []).filter((p) => !objective.programIds.includes(p.id));

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
      setChoice('');
      onChanged();
    } catch (error) {
      setProblem(asProblem(error).message);
    }
  }

  return (
    <section className="card" aria-label="Programs serving this objective">
      <h2>Programs serving it</h2>
      {problem ? <FormAlert messages={[problem]} /> : null}
      {objective.programIds.length === 0 ? (
        <p className="okr-muted">No program is aligned to this objective yet.</p>
      ) : (
        <ul className="okr-programs">
          {objective.programIds.map((id) => (
            <li key={id}>
              <Link to={`/programs/${id}`}>{names.get(id) ?? 'A program'}</Link>
              {editable ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    void run(() =>
                      unwrap(
                        api.DELETE('/api/objectives/{id}/programs/{programId}', {
                          params: { path: { id: objective.id, programId: id } },
                        }),
                      ),
                    )
                  }
                >
                  Remove
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <div className="okr-actions">
          <SelectField
            label="Align a program"
            name="programId"
            value={choice}
            onChange={setChoice}
            emptyLabel="Choose a program"
          >
            <NamedOptions items={unlinked} />
          </SelectField>
          <button
            type="button"
            className="button"
            disabled={!choice}
            onClick={() =>
              void run(() =>
                unwrap(
                  api.POST('/api/objectives/{id}/programs', {
                    params: { path: { id: objective.id } },
                    body: { programId: choice },
                  }),
                ),
              )
            }
          >
            Align
          </button>
        </div>
      ) : null}
    </section>
  );
}
