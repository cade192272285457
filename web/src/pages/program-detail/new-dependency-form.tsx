import { useState, type FormEvent } from 'react';
import { fieldProblem, NO_PROBLEM } from '../../api/issues';
import type { DependencyCreate, DependencyType, PlanItemRef } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { DEPENDENCY_TYPE_LABEL, DEPENDENCY_TYPES } from '../../api/vocabulary';
import { api, unwrap, type ApiProblem } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { parseDecimal } from '../../components/format';
import { DecimalField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { PlanItemOptions } from './plan-item-options';
import { usePlan } from './plan-context';

const FIELDS = ['predecessorProgramId', 'predecessorId', 'successorId', 'type', 'lagHours'];
const FIELD_RENAMES = { lagMinutes: 'lagHours' };

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
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS, FIELD_RENAMES);
  const [cycle, setCycle] = useState<PlanItemRef[]>([]);

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
      setProblem(fieldProblem('lagHours', 'Lag must be a number of hours'));
      return;
    }
    const body: DependencyCreate = {
      predecessorId,
      successorId,
      type,
      lagMinutes: Math.round((lag ?? 0) * 60),
    };
    await submit(
      async () => {
        await unwrap(api.POST('/api/dependencies', { body }));
        reload();
        onDone();
      },
      (next, p) => {
        // A loop is shown as its chain of items below, not as a message.
        if (p.code === 'dependency_cycle') {
          setCycle(cycleOf(p));
          return NO_PROBLEM;
        }
        // An empty picker sends "", which the API rejects as "not a uuid"; say what to do instead.
        if (!predecessorId && next.byField.predecessorId)
          next.byField.predecessorId = 'choose a task or milestone';
        if (!successorId && next.byField.successorId)
          next.byField.successorId = 'choose a task or milestone';
        return next;
      },
    );
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
        <SelectField
          label="Predecessor’s program"
          name="predecessorProgramId"
          error={e.predecessorProgramId}
          value={predecessorProgramId}
          onChange={(id) => {
            setPredecessorProgramId(id);
            setPredecessorId('');
          }}
        >
          <option value={plan.program.id}>This program</option>
          <NamedOptions
            items={(programs.data?.items ?? []).filter((p) => p.id !== plan.program.id)}
          />
        </SelectField>
        <SelectField
          label="Predecessor"
          name="predecessorId"
          error={e.predecessorId}
          required
          hint="Must happen first"
          value={predecessorId}
          onChange={setPredecessorId}
          emptyLabel="Choose a task or milestone…"
        >
          {predecessorPlan ? <PlanItemOptions plan={predecessorPlan} /> : null}
        </SelectField>
        <SelectField
          label="Successor"
          name="successorId"
          error={e.successorId}
          required
          hint="Waits on the predecessor"
          value={successorId}
          onChange={setSuccessorId}
          emptyLabel="Choose a task or milestone…"
        >
          <PlanItemOptions plan={plan} />
        </SelectField>
        <SelectField label="Link type" name="type" error={e.type} value={type} onChange={setType}>
          {DEPENDENCY_TYPES.map((t) => (
            <option key={t} value={t}>
              {t} — {DEPENDENCY_TYPE_LABEL[t]}
            </option>
          ))}
        </SelectField>
        <DecimalField
          label="Lag (working hours)"
          name="lagHours"
          error={e.lagHours}
          hint="Negative for a lead"
          value={lagHours}
          onChange={setLagHours}
        />
      </div>
      <FormActions submitLabel="Add dependency" busy={busy} onCancel={onDone} />
    </form>
  );
}
