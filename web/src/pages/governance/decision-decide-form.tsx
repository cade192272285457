import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
import { DateField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import type { Decision, DecisionUpdate } from './decision-types';

const FIELDS = ['decision', 'chosenOption', 'decidedOn', 'decidedById'];

/**
 * Records what was decided: the option chosen (if any) and the decision in words.
 * The day defaults to the program's today and the decider to the person deciding.
 */
export function DecisionDecideForm({
  decision,
  onDone,
  onReload,
}: {
  decision: Decision;
  onDone(saved: boolean): void;
  onReload(): void;
}) {
  const [text, setText] = useState(decision.decision ?? '');
  const [chosen, setChosen] = useState(
    decision.chosenOption === null ? '' : String(decision.chosenOption),
  );
  const [decidedOn, setDecidedOn] = useState(decision.decidedOn ?? '');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const body: DecisionUpdate = {
      version: decision.version,
      status: 'decided',
      decision: text.trim(),
      chosenOption: chosen === '' ? null : Number(chosen),
    };
    const day = blankToNull(decidedOn);
    if (day) body.decidedOn = day;
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/decisions/{id}', { params: { path: { id: decision.id } }, body }),
      );
      onDone(true);
    });
  }

  return (
    <form
      className="form decision-form"
      aria-label={`Decide ${decision.title}`}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
      {decision.options.length > 0 ? (
        <Field label="Option chosen" name="chosenOption" error={problem.byField.chosenOption}>
          {(c) => (
            <select {...c} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">None of them</option>
              {decision.options.map((o, i) => (
                <option key={i} value={String(i)}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label="Decision" name="decision" error={problem.byField.decision} required>
        {(c) => (
          <textarea
            {...c}
            rows={3}
            value={text}
            maxLength={10000}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <DateField
        label="Decided on"
        name="decidedOn"
        value={decidedOn}
        onChange={setDecidedOn}
        error={problem.byField.decidedOn}
        hint="Leave empty for today"
      />
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
        submitLabel="Record decision"
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
