import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, parseDecimal } from '../../components/format';
import { DateField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import type { Decision, DecisionCreate, DecisionUpdate } from './decision-types';

/** The most options a decision lays out (the API's limit). */
const OPTIONS_MAX = 20;
const OPTION_PARTS = ['name', 'pros', 'cons', 'cost'] as const;
type OptionRow = Record<(typeof OPTION_PARTS)[number], string>;
const EMPTY_ROW: OptionRow = { name: '', pros: '', cons: '', cost: '' };

/** Each option's own fields first, so `options[1].name` is shown in its row, then the list's. */
const FIELDS = [
  'title',
  'context',
  'neededBy',
  ...Array.from({ length: OPTIONS_MAX }, (_, i) =>
    OPTION_PARTS.map((p) => `options[${i}].${p}`),
  ).flat(),
  'options',
];

const rowsOf = (decision?: Decision): OptionRow[] =>
  (decision?.options ?? []).map((o) => ({
    name: o.name,
    pros: o.pros ?? '',
    cons: o.cons ?? '',
    cost: o.cost === null ? '' : String(o.cost),
  }));

/**
 * Proposes a decision with the options considered (rows added and removed here), or,
 * given one, edits it: an edit sends only what changed, with the version read.
 */
export function DecisionForm({
  programId,
  decision,
  onDone,
  onReload,
}: {
  /** The program it belongs to; none: a portfolio decision. */
  programId?: string | undefined;
  decision?: Decision;
  onDone(saved: boolean): void;
  onReload(): void;
}) {
  const [title, setTitle] = useState(decision?.title ?? '');
  const [context, setContext] = useState(decision?.context ?? '');
  const [neededBy, setNeededBy] = useState(decision?.neededBy ?? '');
  const [rows, setRows] = useState<OptionRow[]>(rowsOf(decision));
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);
  const setPart = (index: number, part: keyof OptionRow, value: string) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, [part]: value } : row)));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const options: DecisionCreate['options'] = [];
    for (const [i, row] of rows.entries()) {
      const cost = parseDecimal(row.cost);
      if (cost !== null && Number.isNaN(cost))
        return setProblem(fieldProblem(`options[${i}].cost`, 'Cost must be a number'));
      options.push({
        name: row.name.trim(),
        pros: blankToNull(row.pros),
        cons: blankToNull(row.cons),
        cost,
      });
    }
    const fields = {
      title: title.trim(),
      context: blankToNull(context),
      neededBy: blankToNull(neededBy),
      options,
    };
    await submit(async () => {
      if (decision) {
        const body: DecisionUpdate = { version: decision.version };
        if (fields.title !== decision.title) body.title = fields.title;
        if (fields.context !== decision.context) body.context = fields.context;
        if (fields.neededBy !== decision.neededBy) body.neededBy = fields.neededBy;
        if (JSON.stringify(options) !== JSON.stringify(decision.options)) body.options = options;
        await unwrap(
          api.PATCH('/api/decisions/{id}', { params: { path: { id: decision.id } }, body }),
        );
      } else if (programId) {
        await unwrap(
          api.POST('/api/programs/{id}/decisions', {
            params: { path: { id: programId } },
            body: fields,
          }),
        );
      } else {
        await unwrap(api.POST('/api/decisions', { body: fields }));
      }
      onDone(true);
    });
  }

  return (
    <form
      className="form decision-form"
      aria-label={decision ? `Edit decision ${decision.title}` : 'Propose a decision'}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
      <Field label="Decision to make" name="title" error={problem.byField.title} required>
        {(c) => (
          <input {...c} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <Field
        label="Context"
        name="context"
        error={problem.byField.context}
        hint="Why a decision is needed, and what constrains it"
      >
        {(c) => (
          <textarea
            {...c}
            rows={3}
            value={context}
            maxLength={10000}
            onChange={(e) => setContext(e.target.value)}
          />
        )}
      </Field>
      <DateField
        label="Needed by"
        name="neededBy"
        value={neededBy}
        onChange={setNeededBy}
        error={problem.byField.neededBy}
      />
      <fieldset className="decision-form__options">
        <legend>Options considered</legend>
        {rows.map((row, i) => (
          <div className="decision-form__option" key={i} data-testid="decision-option-row">
            {OPTION_PARTS.map((part) => (
              <Field
                key={part}
                label={`Option ${i + 1} ${part}`}
                name={`options[${i}].${part}`}
                error={problem.byField[`options[${i}].${part}`]}
                required={part === 'name'}
              >
                {(c) => (
                  <input
                    {...c}
                    {...(part === 'cost' ? { inputMode: 'decimal' as const } : {})}
                    value={row[part]}
                    onChange={(e) => setPart(i, part, e.target.value)}
                  />
                )}
              </Field>
            ))}
            <button
              type="button"
              className="link-button decision-form__remove"
              aria-label={`Remove option ${i + 1}`}
              onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        ))}
        {problem.byField.options ? (
          <p className="field__error" data-field-error="options">
            {problem.byField.options}
          </p>
        ) : null}
        {rows.length < OPTIONS_MAX ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => setRows((all) => [...all, { ...EMPTY_ROW }])}
          >
            Add option
          </button>
        ) : null}
      </fieldset>
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
        submitLabel={decision ? 'Save decision' : 'Propose decision'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
