import { Fragment, useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { RiskForm } from './risk-form';

/** The program's open and mitigating risks, which every forecast of it samples; add, edit and remove them here. */
export function RisksSection({ programId, canWrite }: { programId: string; canWrite: boolean }) {
  const risks = useLoad(
    () =>
      // Only what the forecast draws; occurred and closed risks are kept in the governance register.
      unwrap(
        api.GET('/api/programs/{id}/risks', {
          params: { path: { id: programId }, query: { status: 'open,mitigating' } },
        }),
      ).then((r) => r.items),
    `risks:${programId}`,
  );
  const plan = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } })),
    `plan:${programId}`,
  );
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [removeProblem, setRemoveProblem] = useState<string>();
  const taskName = new Map((plan.data?.tasks ?? []).map((t) => [t.id, t.name]));

  async function remove(id: string, version: number) {
    setRemoveProblem(undefined);
    try {
      await unwrap(api.DELETE('/api/risks/{id}', { params: { path: { id }, query: { version } } }));
      risks.reload();
    } catch (error) {
      setRemoveProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section className="card forecast-card" aria-labelledby="risks-heading">
      <div className="forecast-card__head">
        <h2 id="risks-heading">Risks</h2>
        {canWrite && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Add risk
          </button>
        ) : null}
      </div>
      {adding ? (
        <RiskForm
          programId={programId}
          tasks={plan.data?.tasks ?? []}
          onDone={(saved) => {
            setAdding(false);
            if (saved) risks.reload();
          }}
          onReload={risks.reload}
        />
      ) : null}
      {removeProblem ? <FormAlert messages={[removeProblem]} /> : null}
      {risks.data && risks.data.length > 0 ? (
        <table className="table" aria-label="Risks">
          <thead>
            <tr>
              <th>Risk</th>
              <th className="numeric">Probability</th>
              <th className="numeric">Delay</th>
              <th className="numeric">Cost</th>
              <th>Delays</th>
              {canWrite ? <th /> : null}
            </tr>
          </thead>
          <tbody>
            {risks.data.map((r) => (
              <Fragment key={`${r.id}:${r.version}`}>
                <tr>
                  <td>{r.title}</td>
                  <td className="numeric">{Math.round(r.probability * 1000) / 10}%</td>
                  <td className="numeric">{r.delayHours} h</td>
                  <td className="numeric">{r.cost === null ? '—' : r.cost.toLocaleString()}</td>
                  <td>{r.taskIds.map((id) => taskName.get(id) ?? id).join(', ')}</td>
                  {canWrite ? (
                    <td className="table__actions">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setEditing(r.id)}
                        aria-label={`Edit risk ${r.title}`}
                      >
                        Edit
                      </button>{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => remove(r.id, r.version)}
                        aria-label={`Remove risk ${r.title}`}
                      >
                        Remove
                      </button>
                    </td>
                  ) : null}
                </tr>
                {canWrite && editing === r.id ? (
                  <tr className="team-editor-row">
                    <td colSpan={6}>
                      <RiskForm
                        programId={programId}
                        tasks={plan.data?.tasks ?? []}
                        risk={r}
                        onDone={(saved) => {
                          setEditing(undefined);
                          if (saved) risks.reload();
                        }}
                        onReload={risks.reload}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : risks.data ? (
        <p className="empty">No risks: forecasts vary only the estimates.</p>
      ) : null}
    </section>
  );
}
