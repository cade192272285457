import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DateField, TextField } from '../../components/input-fields';
import { SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { OUTCOME_KIND_LABEL, type AgendaItem, type OutcomeKind } from './review-types';

const FIELDS = ['kind', 'text', 'resolved', 'decisionTitle', 'actionItem', 'date', 'itemKey'];

/** Records one outcome against one agenda item of one occurrence. */
export function OutcomeForm({
  reviewId,
  date,
  item,
  onSaved,
  onCancel,
}: {
  reviewId: string;
  date: string;
  item: AgendaItem;
  onSaved(): void;
  onCancel(): void;
}) {
  const [kind, setKind] = useState<OutcomeKind>('note');
  const [text, setText] = useState('');
  const [resolved, setResolved] = useState(false);
  const [dueDate, setDueDate] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS, {
    'actionItem.title': 'actionItem',
    'actionItem.dueDate': 'actionItem',
  });

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      await unwrap(
        api.POST('/api/reviews/{id}/outcomes', {
          params: { path: { id: reviewId } },
          body: {
            date,
            itemKey: item.key,
            kind,
            text: text.trim(),
            ...(kind === 'note' ? { resolved } : {}),
            ...(kind === 'action_item'
              ? {
                  actionItem: {
                    title: text.trim().slice(0, 300),
                    ...(dueDate ? { dueDate } : {}),
                  },
                }
              : {}),
          },
        }),
      );
      onSaved();
    });
  }

  return (
    <form
      className="form form--panel"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
      aria-label={`Outcome for ${item.title}`}
    >
      <FormAlert messages={problem.general} />
      <div className="form-row">
        <SelectField label="Outcome" name="kind" value={kind} onChange={setKind}>
          {Object.entries(OUTCOME_KIND_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={
            kind === 'decision'
              ? 'What was decided'
              : kind === 'note'
                ? 'Note'
                : 'What is to be done'
          }
          name="text"
          required
          error={problem.byField.text ?? problem.byField.itemKey}
          value={text}
          onChange={setText}
          className="span-2"
          inputProps={{ autoFocus: true, maxLength: 4000 }}
        />
        {kind === 'action_item' ? (
          <DateField
            label="Due"
            name="dueDate"
            error={problem.byField.actionItem}
            value={dueDate}
            onChange={setDueDate}
          />
        ) : null}
        {kind === 'note' ? (
          <label className="checkbox">
            <input
              type="checkbox"
              name="resolved"
              checked={resolved}
              onChange={(ev) => setResolved(ev.target.checked)}
            />{' '}
            Resolved (not carried over)
          </label>
        ) : null}
      </div>
      {kind === 'decision' ? (
        <p className="muted">
          The decision goes into the decision log of {item.programName ?? 'the portfolio'}.
        </p>
      ) : null}
      <FormActions
        submitLabel="Record"
        busyLabel="Recording…"
        busy={busy}
        onCancel={onCancel}
        compact
      />
    </form>
  );
}
