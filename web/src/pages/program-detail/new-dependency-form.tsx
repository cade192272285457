import { useState, type FormEvent } from 'react';
import { formProblemOf, NO_PROBLEM, SEE_FIELDS_MESSAGE, type FormProblem } from '../../api/issues';
import type { DependencyCreate, DependencyType, PlanItemRef } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { DEPENDENCY_TYPE_LABEL, DEPENDENCY_TYPES } from '../../api/vocabulary';
import { api, asProblem, unwrap, type ApiProblem } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { parseDecimal } from '../../components/format';
import { PlanItemOptions } from './plan-item-options';
import { usePlan } from './plan-context';

const FIELDS = ['predecessorProgramId', 'predecessorId', 'successorId', 'type', 'lagHours'];

/** The items on a rejected link's loop, read defensively: `details` is untyped in the error body. */
function cycleOf(problem: ApiProblem): PlanItemRef[] {
  const details = problem.details as { cycle?: unknown } | undefined;
  return Array.isArray(details?.cycle)
    ? (details.cycle as PlanItemRef[]).filter((i) => typeof i?.name === 'string')
    : [];
}

/**
 * Links a predecessor — from this program or another — to one of this program's
 * tasks or milestones. The lag is typed in working hours and sent in minutes.
 */
export function NewDependencyForm({ onDone }: { onDone(): void }) {
  const { plan, reload } = usePlan();
  const [predecessorProgramId, setPredecessorProgramId] = useState(plan.program.id);
  const [predecessorId, setPredecessorId] = useState('');
  const [successorId, setSuccessorId] = useState('');
  const [type, setType] = useState<DependencyType>('FS');
  const [lagHours, setLagHours] = useState('0');
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [cycle, setCycle] = useState<PlanItemRef[]>([]);
  const [busy, setBusy] = useState(false);

  const programs = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: { limit: 500, sort: 'name' } } })),
    'all',
  );
  const otherPlan = useLoad(
    () =>
      predecessorProgramId === plan.program.id
        ? Promise.resolve(plan)
        : unwrap(
            api.GET('/api/programs/{id}/plan', { params: { path: { id: predecessorProgramId } } }),
          ),
    predecessorProgramId,
  );
  const predecessorPlan = predecessorProgramId === plan.program.id ? plan : otherPlan.data;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setCycle([]);
    const lag = parseDecimal(lagHours);
    if (lag !== null && Number.isNaN(lag)) {
      setProblem({
        byField: { lagHours: 'must be a number of hours' },
        general: [SEE_FIELDS_MESSAGE],
        conflict: false,
      });
      return;
    }
    const body: DependencyCreate = {
      predecessorId,
      successorId,
      type,
      lagMinutes: Math.round((lag ?? 0) * 60),
    };
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      await unwrap(api.POST('/api/dependencies', { body }));
      reload();
      onDone();
    } catch (error) {
      const p = asProblem(error);
      if (p.code === 'dependency_cycle') {
        setCycle(cycleOf(p));
        setProblem({ byField: {}, general: [], conflict: false });
      } else {
        const next = formProblemOf(p, FIELDS, { lagMinutes: 'lagHours' });
        // An empty picker sends "", which the API rejects as "not a uuid"; say what to do instead.
        if (!predecessorId && next.byField.predecessorId)
          next.byField.predecessorId = 'choose a task or milestone';
        if (!successorId && next.byField.successorId)
          next.byField.successorId = 'choose a task or milestone';
        setProblem(next);
      }
    } finally {
      setBusy(false);
    }
  }

  const e = problem.byField;
  return (
    <form className="inline-form" onSubmit={handleSubmit} noValidate aria-label="New dependency">
      <FormAlert messages={problem.general} />
      {cycle.length > 0 ? (
        <div className="alert alert--error" role="alert" data-testid="cycle-error">
          <p>This link would close a loop, so no item on it could ever start:</p>
          <p className="cycle">
            {cycle.map((item, i) => (
              <span key={`${item.id}-${i}`}>
                {i > 0 ? <span className="cycle__arrow"> → </span> : null}
                <strong>{item.name}</strong>
              </span>
            ))}
          </p>
        </div>
      ) : null}
      <div className="form-grid form-grid--3">
        <Field
          label="Predecessor’s program"
          name="predecessorProgramId"
          error={e.predecessorProgramId}
        >
          {(c) => (
            <select
              {...c}
              value={predecessorProgramId}
              onChange={(ev) => {
                setPredecessorProgramId(ev.target.value);
                setPredecessorId('');
              }}
            >
              <option value={plan.program.id}>This program</option>
              {(programs.data?.items ?? [])
                .filter((p) => p.id !== plan.program.id)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field
          label="Predecessor"
          name="predecessorId"
          error={e.predecessorId}
          required
          hint="Must happen first"
        >
          {(c) => (
            <select
              {...c}
              value={predecessorId}
              onChange={(ev) => setPredecessorId(ev.target.value)}
            >
              <option value="">Choose a task or milestone…</option>
              {predecessorPlan ? <PlanItemOptions plan={predecessorPlan} /> : null}
            </select>
          )}
        </Field>
        <Field
          label="Successor"
          name="successorId"
          error={e.successorId}
          required
          hint="Waits on the predecessor"
        >
          {(c) => (
            <select {...c} value={successorId} onChange={(ev) => setSuccessorId(ev.target.value)}>
              <option value="">Choose a task or milestone…</option>
              <PlanItemOptions plan={plan} />
            </select>
          )}
        </Field>
        <Field label="Link type" name="type" error={e.type}>
          {(c) => (
            <select
              {...c}
              value={type}
              onChange={(ev) => setType(ev.target.value as DependencyType)}
            >
              {DEPENDENCY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t} — {DEPENDENCY_TYPE_LABEL[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Lag (working hours)"
          name="lagHours"
          error={e.lagHours}
          hint="Negative for a lead"
        >
          {(c) => (
            <input
              {...c}
              type="number"
              step="any"
              inputMode="decimal"
              value={lagHours}
              onChange={(ev) => setLagHours(ev.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          Add dependency
        </button>
      </div>
    </form>
  );
}
