import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { Task } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { parseDecimal } from '../../components/format';
import { useFormSubmission } from '../../components/use-form-submission';

const FIELDS = ['estimateOptimisticHours', 'estimateHours', 'estimatePessimisticHours'];
const OPEN = new Set(['todo', 'in_progress', 'blocked']);

/**
 * Three-point estimates of the program's open tasks, edited in place: the
 * forecast draws each task's duration between optimistic and pessimistic
 * around the likely estimate (the task's estimate hours).
 */
export function EstimatesSection({
  programId,
  canWrite,
}: {
  programId: string;
  canWrite: boolean;
}) {
  const plan = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } })),
    `estimates:${programId}`,
  );
  const tasks = (plan.data?.tasks ?? []).filter((t) => OPEN.has(t.state));
  return (
    <section className="card forecast-card" aria-labelledby="estimates-heading">
      <h2 id="estimates-heading">Three-point estimates (working hours)</h2>
      {tasks.length === 0 ? (
        <p className="empty">No open tasks.</p>
      ) : (
        <table className="table" aria-label="Three-point estimates">
          <thead>
            <tr>
              <th>Task</th>
              <th className="numeric">Optimistic</th>
              <th className="numeric">Likely</th>
              <th className="numeric">Pessimistic</th>
              {canWrite ? <th /> : null}
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <EstimateRow
                key={`${t.id}:${t.version}`}
                task={t}
                canWrite={canWrite}
                onSaved={plan.reload}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const text = (x: number | null) => (x === null ? '' : String(x));

function EstimateRow({
  task,
  canWrite,
  onSaved,
}: {
  task: Task;
  canWrite: boolean;
  onSaved(): void;
}) {
  const [values, setValues] = useState([
    text(task.estimateOptimisticHours),
    text(task.estimateHours),
    text(task.estimatePessimisticHours),
  ]);
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);
  const formId = `estimate-${task.id}`;
  const dirty =
    values[0] !== text(task.estimateOptimisticHours) ||
    values[1] !== text(task.estimateHours) ||
    values[2] !== text(task.estimatePessimisticHours);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = values.map(parseDecimal);
    const bad = parsed.findIndex((x) => x !== null && Number.isNaN(x));
    if (bad >= 0) return setProblem(fieldProblem(FIELDS[bad]!, 'must be a number of hours'));
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/tasks/{id}', {
          params: { path: { id: task.id } },
          body: {
            version: task.version,
            estimateOptimisticHours: parsed[0]!,
            estimateHours: parsed[1]!,
            estimatePessimisticHours: parsed[2]!,
          },
        }),
      );
      onSaved();
    });
  }

  const errors = FIELDS.map((f) => problem.byField[f]);
  const message = [...errors.filter(Boolean), ...problem.general].join(' ');
  return (
    <tr data-testid="estimate-row" data-task-id={task.id}>
      <td>
        {task.name}
        {message ? (
          <div className="text-danger" role="alert">
            {message}
          </div>
        ) : null}
      </td>
      {[0, 1, 2].map((i) => (
        <td key={i} className="numeric">
          {canWrite ? (
            <input
              form={formId}
              className="estimate-input"
              type="number"
              step="any"
              min={0}
              aria-label={`${['Optimistic', 'Likely', 'Pessimistic'][i]} hours of ${task.name}`}
              aria-invalid={errors[i] ? true : undefined}
              value={values[i]}
              onChange={(e) => setValues(values.map((v, k) => (k === i ? e.target.value : v)))}
            />
          ) : (
            values[i] || '—'
          )}
        </td>
      ))}
      {canWrite ? (
        <td className="table__actions">
          <form id={formId} onSubmit={handleSubmit} aria-label={`Estimates of ${task.name}`}>
            <button type="submit" className="button button--small" disabled={!dirty || busy}>
              Save
            </button>
          </form>
        </td>
      ) : null}
    </tr>
  );
}
