import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { Task } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { parseDecimal } from '../../components/format';
import { useFormSubmission } from '../../components/use-form-submission';

/** The task fields edited in each row, in column order. */
const COLUMNS = [
  { field: 'estimateOptimisticHours', heading: 'Optimistic', label: 'Optimistic hours' },
  { field: 'estimateHours', heading: 'Likely', label: 'Likely hours' },
  { field: 'estimatePessimisticHours', heading: 'Pessimistic', label: 'Pessimistic hours' },
  { field: 'fixedCost', heading: 'Fixed cost', label: 'Fixed cost' },
  { field: 'costPerHour', heading: 'Cost / hour', label: 'Cost per hour' },
] as const;
const FIELDS = COLUMNS.map((c) => c.field);
const OPEN = new Set(['todo', 'in_progress', 'blocked']);

/**
 * Three-point estimates and costs of the program's open tasks, edited in
 * place: the forecast draws each task's duration between optimistic and
 * pessimistic around the likely estimate (the task's estimate hours), and
 * costs it at its fixed cost plus its rate for every working hour drawn.
 * Done and cancelled tasks are not listed; their costs still count, at the
 * hours they were scheduled for.
 */
export function EstimatesSection({
  programId,
  canWrite,
  costHidden = false,
}: {
  programId: string;
  canWrite: boolean;
  /** The user may not see the program's costs: the cost cells say so and are never sent. */
  costHidden?: boolean;
}) {
  const plan = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } })),
    `estimates:${programId}`,
  );
  const tasks = (plan.data?.tasks ?? []).filter((t) => OPEN.has(t.state));
  return (
    <section className="card forecast-card" aria-labelledby="estimates-heading">
      <h2 id="estimates-heading">Estimates (working hours) and costs</h2>
      {tasks.length === 0 ? (
        <p className="empty">No open tasks.</p>
      ) : (
        <table className="table" aria-label="Three-point estimates">
          <thead>
            <tr>
              <th>Task</th>
              {COLUMNS.map((c) => (
                <th key={c.field} className="numeric">
                  {c.heading}
                </th>
              ))}
              {canWrite ? <th /> : null}
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <EstimateRow
                key={`${t.id}:${t.version}`}
                task={t}
                canWrite={canWrite}
                costHidden={costHidden}
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

const COST_FIELDS: ReadonlySet<string> = new Set(['fixedCost', 'costPerHour']);

function EstimateRow({
  task,
  canWrite,
  costHidden,
  onSaved,
}: {
  task: Task;
  canWrite: boolean;
  costHidden: boolean;
  onSaved(): void;
}) {
  const saved = FIELDS.map((f) => text(task[f]));
  const [values, setValues] = useState(saved);
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);
  const formId = `estimate-${task.id}`;
  const dirty = values.some((v, i) => v !== saved[i]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = values.map(parseDecimal);
    const bad = parsed.findIndex((x) => x !== null && Number.isNaN(x));
    if (bad >= 0)
      return setProblem(
        fieldProblem(
          FIELDS[bad]!,
          bad < 3 ? 'Hours must be a number, such as 12.5' : 'The amount must be a number',
        ),
      );
    // Hidden costs read as null: sending them back would erase them.
    const body = Object.fromEntries(
      FIELDS.flatMap((f, i) => (costHidden && COST_FIELDS.has(f) ? [] : [[f, parsed[i]!]])),
    );
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/tasks/{id}', {
          params: { path: { id: task.id } },
          body: { version: task.version, ...body },
        }),
      );
      onSaved();
    });
  }

  const errors = FIELDS.map((f) => problem.byField[f]);
  // Each field's problem shows under it; the form-wide "correct the fields" line would only repeat them.
  const message = errors.some(Boolean) ? '' : problem.general.join(' ');
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
      {COLUMNS.map((column, i) => (
        <td key={column.field} className="numeric">
          {costHidden && COST_FIELDS.has(column.field) ? (
            <span className="muted" title="Costs are shown to the program’s members">
              Hidden
            </span>
          ) : canWrite ? (
            <input
              form={formId}
              className="estimate-input"
              type="number"
              step="any"
              min={0}
              aria-label={`${column.label} of ${task.name}`}
              aria-invalid={errors[i] ? true : undefined}
              value={values[i]}
              onChange={(e) => setValues(values.map((v, k) => (k === i ? e.target.value : v)))}
            />
          ) : (
            values[i] || '—'
          )}
          {errors[i] ? (
            <div className="field__error" role="alert" data-field-error={column.field}>
              {errors[i]}
            </div>
          ) : null}
        </td>
      ))}
      {canWrite ? (
        <td className="table__actions">
          <form
            id={formId}
            onSubmit={handleSubmit}
            aria-label={`Estimates of ${task.name}`}
            noValidate
          >
            <button type="submit" className="button button--small" disabled={!dirty || busy}>
              Save
            </button>
          </form>
        </td>
      ) : null}
    </tr>
  );
}
