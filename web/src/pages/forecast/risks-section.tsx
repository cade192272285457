import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { parseDecimal } from '../../components/format';
import { DecimalField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';

const FIELDS = ['title', 'probability', 'delayHours', 'cost', 'taskIds'];
const RENAMES = { 'taskIds.0': 'taskIds' };

/** The program's risk events, which every forecast of it samples; add and remove them here. */
export function RisksSection({ programId, canWrite }: { programId: string; canWrite: boolean }) {
  const risks = useLoad(
    () =>
      unwrap(api.GET('/api/programs/{id}/risks', { params: { path: { id: programId } } })).then(
        (r) => r.items,
      ),
    `risks:${programId}`,
  );
  const plan = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } })),
    `plan:${programId}`,
  );
  const [adding, setAdding] = useState(false);
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
        <NewRiskForm
          programId={programId}
          tasks={plan.data?.tasks ?? []}
          onDone={(saved) => {
            setAdding(false);
            if (saved) risks.reload();
          }}
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
              <tr key={r.id}>
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
                      onClick={() => remove(r.id, r.version)}
                      aria-label={`Remove risk ${r.title}`}
                    >
                      Remove
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : risks.data ? (
        <p className="empty">No risks: forecasts vary only the estimates.</p>
      ) : null}
    </section>
  );
}

function NewRiskForm({
  programId,
  tasks,
  onDone,
}: {
  programId: string;
  tasks: readonly { id: string; name: string }[];
  onDone(saved: boolean): void;
}) {
  const [title, setTitle] = useState('');
  const [probability, setProbability] = useState('');
  const [delayHours, setDelayHours] = useState('');
  const [cost, setCost] = useState('');
  const [taskId, setTaskId] = useState('');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS, RENAMES);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const percent = parseDecimal(probability);
    const delay = parseDecimal(delayHours);
    const money = parseDecimal(cost);
    if (percent === null || Number.isNaN(percent))
      return setProblem(
        fieldProblem('probability', 'Probability must be a percentage, such as 30'),
      );
    if (delay === null || Number.isNaN(delay))
      return setProblem(fieldProblem('delayHours', 'Delay must be a number of working hours'));
    if (money !== null && Number.isNaN(money))
      return setProblem(fieldProblem('cost', 'Cost must be a number'));
    if (!taskId) return setProblem(fieldProblem('taskIds', 'Choose the task it delays'));
    await submit(async () => {
      await unwrap(
        api.POST('/api/programs/{id}/risks', {
          params: { path: { id: programId } },
          body: {
            title: title.trim(),
            probability: percent / 100,
            delayHours: delay,
            ...(money === null ? {} : { cost: money }),
            taskIds: [taskId],
          },
        }),
      );
      onDone(true);
    });
  }

  return (
    <form className="form risk-form" aria-label="Add risk" onSubmit={handleSubmit} noValidate>
      <Field label="Risk" name="title" error={problem.byField.title} required>
        {(c) => (
          <input {...c} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <DecimalField
        label="Probability (%)"
        name="probability"
        value={probability}
        onChange={setProbability}
        error={problem.byField.probability}
        required
      />
      <DecimalField
        label="Delay (working hours)"
        name="delayHours"
        value={delayHours}
        onChange={setDelayHours}
        error={problem.byField.delayHours}
        required
      />
      <DecimalField
        label="Cost"
        name="cost"
        value={cost}
        onChange={setCost}
        error={problem.byField.cost}
      />
      <Field label="Delays task" name="taskIds" error={problem.byField.taskIds} required>
        {(c) => (
          <select {...c} value={taskId} onChange={(e) => setTaskId(e.target.value)}>
            <option value="">Choose a task…</option>
            {tasks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormAlert messages={problem.general} />
      <FormActions submitLabel="Add risk" busy={busy} onCancel={() => onDone(false)} />
    </form>
  );
}
