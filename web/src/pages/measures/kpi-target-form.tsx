import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DecimalField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import type { KpiSummary } from './kpi-types';

const FIELDS = ['target', 'green', 'amber'] as const;
type Field = (typeof FIELDS)[number];

/** Shares are typed as percentages (90 for 90%); the API keeps fractions. */
const scaleOf = (kpi: KpiSummary) => (kpi.unit === 'share' ? 100 : 1);

/**
 * A KPI's target and RAG thresholds, for TPM managers and admins. Sent with the
 * version that was read; a conflict offers a reload.
 */
export function KpiTargetForm({
  kpi,
  onSaved,
  onCancel,
  onReload,
}: {
  kpi: KpiSummary;
  onSaved(): void;
  onCancel(): void;
  onReload(): void;
}) {
  const scale = scaleOf(kpi);
  const shown = (v: number) => String(Math.round(v * scale * 1000) / 1000);
  const [values, setValues] = useState<Record<Field, string>>({
    target: shown(kpi.target.target),
    green: shown(kpi.target.green),
    amber: shown(kpi.target.amber),
  });
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);
  const e = problem.byField;
  const unitHint = kpi.unit === 'share' ? 'In percent, e.g. 90' : `In ${kpi.unit}`;
  const better = kpi.direction === 'higher_is_better' ? 'at or above' : 'at or below';

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed: Partial<Record<Field, number>> = {};
    const wrong: Record<string, string> = {};
    for (const f of FIELDS) {
      const n = Number(values[f].trim());
      if (values[f].trim() === '' || !Number.isFinite(n)) wrong[f] = 'Enter a number.';
      else parsed[f] = n / scale;
    }
    if (Object.keys(wrong).length > 0) {
      setProblem({ byField: wrong, general: [], conflict: false });
      return;
    }
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/kpis/{id}/target', {
          params: { path: { id: kpi.id } },
          body: { version: kpi.target.version, ...parsed },
        }),
      );
      onSaved();
    });
  }

  const field = (name: Field, label: string, hint: string) => (
    <DecimalField
      label={label}
      name={name}
      hint={hint}
      error={e[name]}
      value={values[name]}
      onChange={(v) => setValues((old) => ({ ...old, [name]: v }))}
    />
  );
  return (
    <form className="form form--panel" onSubmit={handleSubmit} noValidate aria-label="KPI target">
      <FormAlert messages={problem.general} onReload={problem.conflict ? onReload : undefined} />
      <div className="form-row">
        {field('target', 'Target', unitHint)}
        {field('green', 'Green', `Green ${better} this`)}
        {field('amber', 'Amber', `Amber ${better} this, red beyond`)}
      </div>
      <FormActions submitLabel="Save target" busyLabel="Saving…" busy={busy} onCancel={onCancel} />
    </form>
  );
}
