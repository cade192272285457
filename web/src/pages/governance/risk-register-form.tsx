import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { ProgramRiskUpdate } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, parseDecimal } from '../../components/format';
import { DateField, DecimalField, TextField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import {
  RISK_CATEGORIES,
  RISK_RESPONSES,
  RISK_STATUSES,
  STATUS_LABELS,
  type RegisterRisk,
  type RiskCreate,
} from './risk-register-types';

const TEXTS = ['title', 'description', 'mitigation', 'contingency', 'trigger'] as const;
const DATES = ['mitigationDueDate', 'proximityDate', 'reviewDate'] as const;
const NUMBERS = ['delayHours', 'delayOptimisticHours', 'delayPessimisticHours', 'cost'] as const;
const CHOICES = ['ownerId', 'category', 'status', 'response', 'impact'] as const;
type Name =
  | (typeof TEXTS)[number]
  | (typeof DATES)[number]
  | (typeof NUMBERS)[number]
  | (typeof CHOICES)[number]
  | 'probability';
const FIELDS = ['programId', 'taskIds', ...TEXTS, ...DATES, ...NUMBERS, ...CHOICES, 'probability'];
const RENAMES = { 'taskIds.0': 'taskIds' };

const percentText = (p: number) => String(Math.round(p * 100_000) / 1000);
const text = (v: string | number | null | undefined) => (v == null ? '' : String(v));

/** The form's values: everything as typed, turned into the API's values on submit. */
function initialValues(risk: RegisterRisk | undefined): Record<Name, string> {
  return {
    title: risk?.title ?? '',
    description: text(risk?.description),
    mitigation: text(risk?.mitigation),
    contingency: text(risk?.contingency),
    trigger: text(risk?.trigger),
    mitigationDueDate: text(risk?.mitigationDueDate),
    proximityDate: text(risk?.proximityDate),
    reviewDate: text(risk?.reviewDate),
    delayHours: risk ? String(risk.delayHours) : '0',
    delayOptimisticHours: text(risk?.delayOptimisticHours),
    delayPessimisticHours: text(risk?.delayPessimisticHours),
    cost: text(risk?.cost),
    ownerId: text(risk?.ownerId),
    category: risk?.category ?? 'other',
    status: risk?.status ?? 'open',
    response: text(risk?.response),
    impact: String(risk?.impact ?? 3),
    probability: risk ? percentText(risk.probability) : '50',
  };
}

/**
 * Adds a risk to the register, or (given one) edits every field of it. An edit sends
 * only what changed, with the version read. In the portfolio the program is chosen here.
 */
export function RiskRegisterForm({
  programId: fixedProgramId,
  programs,
  users,
  risk,
  onDone,
  onReload,
}: {
  /** The program of a new risk; absent in the portfolio, where `programs` offers the choice. */
  programId?: string;
  programs: readonly { id: string; name: string }[];
  users: readonly { id: string; name: string }[];
  risk?: RegisterRisk;
  onDone(saved: RegisterRisk | null): void;
  onReload(): void;
}) {
  const [values, setValues] = useState(() => initialValues(risk));
  const [programId, setProgramId] = useState(risk?.programId ?? fixedProgramId ?? '');
  const [taskIds, setTaskIds] = useState<string[]>(risk ? [...risk.taskIds] : []);
  const plan = useLoad(
    () =>
      programId
        ? unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } }))
        : Promise.resolve(null),
    `risk-form-plan:${programId}`,
  );
  const tasks = plan.data?.tasks ?? [];
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS, RENAMES);
  const set = (name: Name) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  /** The body the values stand for: every field, in the API's types (or a problem to show). */
  function bodyOf(): RiskCreate | null {
    if (!values.title.trim()) {
      setProblem(fieldProblem('title', 'Risk is required.'));
      return null;
    }
    const percent = parseDecimal(values.probability);
    if (percent === null || Number.isNaN(percent)) {
      setProblem(fieldProblem('probability', 'Probability must be a percentage, such as 30'));
      return null;
    }
    const numbers: Partial<Record<(typeof NUMBERS)[number], number | null>> = {};
    for (const name of NUMBERS) {
      const n = parseDecimal(values[name]);
      if (n !== null && Number.isNaN(n)) {
        setProblem(fieldProblem(name, 'This must be a number'));
        return null;
      }
      numbers[name] = n;
    }
    return {
      title: values.title.trim(),
      probability: percent / 100,
      delayHours: numbers.delayHours ?? 0,
      delayOptimisticHours: numbers.delayOptimisticHours ?? null,
      delayPessimisticHours: numbers.delayPessimisticHours ?? null,
      cost: numbers.cost ?? null,
      taskIds,
      description: blankToNull(values.description),
      mitigation: blankToNull(values.mitigation),
      contingency: blankToNull(values.contingency),
      trigger: blankToNull(values.trigger),
      mitigationDueDate: blankToNull(values.mitigationDueDate),
      proximityDate: blankToNull(values.proximityDate),
      reviewDate: blankToNull(values.reviewDate),
      ownerId: blankToNull(values.ownerId),
      category: values.category as RiskCreate['category'],
      status: values.status as RiskCreate['status'],
      response: blankToNull(values.response) as RiskCreate['response'],
      impact: Number(values.impact),
    };
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!risk && !programId) return setProblem(fieldProblem('programId', 'Choose a program'));
    const body = bodyOf();
    if (!body) return;
    await submit(async () => {
      if (risk) {
        const changes: ProgramRiskUpdate = { version: risk.version };
        for (const [key, value] of Object.entries(body) as [keyof RiskCreate, unknown][]) {
          const before = risk[key as keyof RegisterRisk];
          const same = Array.isArray(value)
            ? [...value].sort().join() === [...(before as string[])].sort().join()
            : value === before;
          if (!same) (changes as Record<string, unknown>)[key] = value;
        }
        onDone(
          await unwrap(
            api.PATCH('/api/risks/{id}', { params: { path: { id: risk.id } }, body: changes }),
          ),
        );
      } else {
        onDone(
          await unwrap(
            api.POST('/api/programs/{id}/risks', { params: { path: { id: programId } }, body }),
          ),
        );
      }
    });
  }

  const select = (
    name: Name,
    label: string,
    options: readonly (readonly [string, string])[],
    hint?: string,
  ) => (
    <Field label={label} name={name} error={problem.byField[name]} {...(hint ? { hint } : {})}>
      {(c) => (
        <select {...c} value={values[name]} onChange={(e) => set(name)(e.target.value)}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const area = (name: Name, label: string) => (
    <Field label={label} name={name} error={problem.byField[name]} className="risk-form__wide">
      {(c) => (
        <textarea
          {...c}
          rows={2}
          maxLength={10000}
          value={values[name]}
          onChange={(e) => set(name)(e.target.value)}
        />
      )}
    </Field>
  );
  const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

  return (
    <form
      className="form risk-register-form"
      aria-label={risk ? `Edit risk ${risk.title}` : 'Add risk'}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(null)}
      noValidate
    >
      {!risk && !fixedProgramId ? (
        <Field label="Program" name="programId" error={problem.byField.programId} required>
          {(c) => (
            <select {...c} value={programId} onChange={(e) => setProgramId(e.target.value)}>
              <option value="">Choose a program…</option>
              {programs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <TextField
        label="Risk"
        name="title"
        value={values.title}
        onChange={set('title')}
        error={problem.byField.title}
        inputProps={{ maxLength: 300 }}
        required
        className="risk-form__wide"
      />
      {area('description', 'Description')}
      {select('ownerId', 'Owner', [
        ['', 'Nobody yet'],
        ...users.map((u) => [u.id, u.name] as const),
      ])}
      {select(
        'category',
        'Category',
        RISK_CATEGORIES.map((c) => [c, capital(c)] as const),
      )}
      {select(
        'status',
        'Status',
        RISK_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const),
        'Only open and mitigating risks feed the forecast',
      )}
      {select('response', 'Response', [
        ['', 'Not chosen'],
        ...RISK_RESPONSES.map((r) => [r, capital(r)] as const),
      ])}
      <DecimalField
        label="Probability (%)"
        name="probability"
        value={values.probability}
        onChange={set('probability')}
        error={problem.byField.probability}
        hint="Likelihood 1–5: up to 10%, 30%, 50%, 70%, above"
      />
      {select(
        'impact',
        'Impact',
        ['1 Negligible', '2 Minor', '3 Moderate', '4 Major', '5 Severe'].map(
          (t) => [t[0]!, t] as const,
        ),
      )}
      <DecimalField
        label="Delay (working hours)"
        name="delayHours"
        value={values.delayHours}
        onChange={set('delayHours')}
        error={problem.byField.delayHours}
        hint="Added to each task it delays, if it happens"
      />
      <DecimalField
        label="Least delay (h)"
        name="delayOptimisticHours"
        value={values.delayOptimisticHours}
        onChange={set('delayOptimisticHours')}
        error={problem.byField.delayOptimisticHours}
        hint="Optional: a three-point delay"
      />
      <DecimalField
        label="Most delay (h)"
        name="delayPessimisticHours"
        value={values.delayPessimisticHours}
        onChange={set('delayPessimisticHours')}
        error={problem.byField.delayPessimisticHours}
      />
      <DecimalField
        label="Cost"
        name="cost"
        value={values.cost}
        onChange={set('cost')}
        error={problem.byField.cost}
      />
      <Field
        label="Delays tasks"
        name="taskIds"
        error={problem.byField.taskIds}
        hint="Ctrl- or ⌘-click to choose several"
        className="risk-form__wide"
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
      {area('mitigation', 'Mitigation')}
      <DateField
        label="Mitigation due"
        name="mitigationDueDate"
        value={values.mitigationDueDate}
        onChange={set('mitigationDueDate')}
        error={problem.byField.mitigationDueDate}
      />
      {area('contingency', 'Contingency')}
      <TextField
        label="Trigger"
        name="trigger"
        value={values.trigger}
        onChange={set('trigger')}
        error={problem.byField.trigger}
        inputProps={{ maxLength: 2000 }}
      />
      <DateField
        label="Proximity"
        name="proximityDate"
        value={values.proximityDate}
        onChange={set('proximityDate')}
        error={problem.byField.proximityDate}
        hint="When it could start to happen"
      />
      <DateField
        label="Review date"
        name="reviewDate"
        value={values.reviewDate}
        onChange={set('reviewDate')}
        error={problem.byField.reviewDate}
      />
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                onReload();
                onDone(null);
              }
            : undefined
        }
      />
      <FormActions
        submitLabel={risk ? 'Save risk' : 'Add risk'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
