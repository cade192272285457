import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, parseDecimal } from '../../components/format';
import { DecimalField, TextField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';

/** A manual key result: from a start value to a target (lower targets work too). */
export function NewKeyResultForm({
  objectiveId,
  onCreated,
  onCancel,
}: {
  objectiveId: string;
  onCreated(): void;
  onCancel(): void;
}) {
  const form = useFormSubmission(['title', 'startValue', 'targetValue', 'currentValue', 'unit']);
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('0');
  const [target, setTarget] = useState('');
  const [current, setCurrent] = useState('');
  const [unit, setUnit] = useState('');

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    await form.submit(async () => {
      await unwrap(
        api.POST('/api/objectives/{id}/key-results', {
          params: { path: { id: objectiveId } },
          body: {
            title: title.trim(),
            startValue: parseDecimal(start) ?? 0,
            targetValue: parseDecimal(target) ?? 1,
            currentValue: parseDecimal(current),
            unit: blankToNull(unit),
          },
        }),
      );
      onCreated();
    });
  }

  return (
    <form
      className="card form form--panel"
      onSubmit={(ev) => void submit(ev)}
      aria-label="New key result"
    >
      <FormAlert messages={form.problem.general} />
      <TextField
        label="Key result"
        name="title"
        required
        value={title}
        onChange={setTitle}
        error={form.problem.byField.title}
      />
      <div className="field-pair">
        <DecimalField
          label="Start"
          name="startValue"
          value={start}
          onChange={setStart}
          error={form.problem.byField.startValue}
        />
        <DecimalField
          label="Target"
          name="targetValue"
          required
          value={target}
          onChange={setTarget}
          hint="Below the start for a decrease"
          error={form.problem.byField.targetValue}
        />
        <DecimalField
          label="Now"
          name="currentValue"
          value={current}
          onChange={setCurrent}
          error={form.problem.byField.currentValue}
        />
        <TextField
          label="Unit"
          name="unit"
          value={unit}
          onChange={setUnit}
          error={form.problem.byField.unit}
        />
      </div>
      <FormActions submitLabel="Add key result" busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
