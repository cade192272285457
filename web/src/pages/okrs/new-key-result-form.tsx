import { useState, type FormEvent } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, parseDecimal } from '../../components/format';
import { DecimalField, TextField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import type { KpiSummary } from '../measures/kpi-types';

/**
 * A key result from a start value to a target (lower targets work too), checked in by
 * hand or measured by a KPI over the objective's quarter.
 */
export function NewKeyResultForm({
  objectiveId,
  onCreated,
  onCancel,
}: {
  objectiveId: string;
  onCreated(): void;
  onCancel(): void;
}) {
  const form = useFormSubmission([
    'title',
    'startValue',
    'targetValue',
    'currentValue',
    'unit',
    'kpiId',
  ]);
  const kpis = useLoad(() => unwrap(api.GET('/api/kpis', {})), 'kpis:names');
  const [kpiId, setKpiId] = useState<KpiSummary['id'] | ''>('');
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
            unit: blankToNull(unit),
            ...(kpiId
              ? { binding: 'kpi' as const, kpiId }
              : { currentValue: parseDecimal(current) }),
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
      <Field
        label="Measured by"
        name="kpiId"
        hint="A KPI updates the value by itself, over the objective's quarter and the programs serving it."
        error={form.problem.byField.kpiId}
      >
        {(control) => (
          <select
            {...control}
            value={kpiId}
            onChange={(e) => setKpiId(e.target.value as KpiSummary['id'] | '')}
          >
            <option value="">Check-ins by hand</option>
            {kpis.data?.items.map((k) => (
              <option key={k.id} value={k.id}>
                KPI: {k.name}
              </option>
            ))}
          </select>
        )}
      </Field>
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
        {kpiId ? null : (
          <DecimalField
            label="Now"
            name="currentValue"
            value={current}
            onChange={setCurrent}
            error={form.problem.byField.currentValue}
          />
        )}
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
