import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { ProgramRisk as Risk, ProgramRiskUpdate as RiskUpdate } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { parseDecimal } from '../../components/format';
import { DecimalField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';

const FIELDS = ['title', 'probability', 'delayHours', 'cost', 'taskIds'];
const RENAMES = { 'taskIds.0': 'taskIds' };

/** A probability as the form shows it: a percentage without float noise (0.3 → "30"). */
const percentText = (p: number) => String(Math.round(p * 100_000) / 1000);

/**
 * Adds a risk, or (given one) edits it: the same fields either way. An edit sends only
 * what changed, with the version read, so a conflict names a real concurrent change.
 */
export function RiskForm({
  programId,
  tasks,
  risk,
  onDone,
  onReload,
}: {
  programId: string;
  tasks: readonly { id: string; name: string }[];
  risk?: Risk;
  onDone(saved: boolean): void;
  /** After a version conflict: fetch the risks again. */
  onReload(): void;
}) {
  const [title, setTitle] = useState(risk?.title ?? '');
  const [probability, setProbability] = useState(risk ? percentText(risk.probability) : '');
  const [delayHours, setDelayHours] = useState(risk ? String(risk.delayHours) : '');
  const [cost, setCost] = useState(risk?.cost == null ? '' : String(risk.cost));
  const [taskIds, setTaskIds] = useState<string[]>(risk ? [...risk.taskIds] : []);
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS, RENAMES);
  const verb = risk ? 'Save risk' : 'Add risk';

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const percent = parseDecimal(probability);
    const delay = parseDecimal(delayHours);
    const money = parseDecimal(cost);
    // Said here in sentences: the schema's own words for these are validator text.
    if (!title.trim()) return setProblem(fieldProblem('title', 'Risk is required.'));
    if (percent === null || Number.isNaN(percent))
      return setProblem(
        fieldProblem('probability', 'Probability must be a percentage, such as 30'),
      );
    if (delay === null || Number.isNaN(delay))
      return setProblem(fieldProblem('delayHours', 'Delay must be a number of working hours'));
    if (money !== null && Number.isNaN(money))
      return setProblem(fieldProblem('cost', 'Cost must be a number'));
    if (taskIds.length === 0)
      return setProblem(fieldProblem('taskIds', 'Choose at least one task it delays'));
    await submit(async () => {
      if (risk) {
        const body: RiskUpdate = { version: risk.version };
        if (title.trim() !== risk.title) body.title = title.trim();
        if (percent / 100 !== risk.probability) body.probability = percent / 100;
        if (delay !== risk.delayHours) body.delayHours = delay;
        if (money !== risk.cost) body.cost = money;
        if ([...taskIds].sort().join() !== [...risk.taskIds].sort().join()) body.taskIds = taskIds;
        await unwrap(api.PATCH('/api/risks/{id}', { params: { path: { id: risk.id } }, body }));
      } else {
        await unwrap(
          api.POST('/api/programs/{id}/risks', {
            params: { path: { id: programId } },
            body: {
              title: title.trim(),
              probability: percent / 100,
              delayHours: delay,
              ...(money === null ? {} : { cost: money }),
              taskIds,
            },
          }),
        );
      }
      onDone(true);
    });
  }

  return (
    <form
      className="form risk-form"
      aria-label={risk ? `Edit risk ${risk.title}` : 'Add risk'}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
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
      <Field
        label="Delays tasks"
        name="taskIds"
        error={problem.byField.taskIds}
        hint="Ctrl- or ⌘-click to choose several"
        required
      >
        {(c) => (
          <select
            {...c}
            multiple
            size={Math.min(6, Math.max(2, tasks.length))}
            value={taskIds}
            onChange={(e) => setTaskIds([...e.target.selectedOptions].map((o) => o.value))}
          >
            {tasks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                onReload();
                onDone(false);
              }
            : undefined
        }
      />
      <FormActions
        submitLabel={verb}
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
