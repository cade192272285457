import { useState, type FormEvent } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DateField, TextField, TimeField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import {
  recurrenceRule,
  WEEKDAY_LABEL,
  weekdayOf,
  type RecurrenceChoice,
} from './recurrence-choice';
import type { Review } from './review-types';

const FIELDS = ['title', 'programIds', 'startsOn', 'time', 'recurrence'];
const CHOICES: Record<RecurrenceChoice, string> = {
  none: 'Once',
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly, on the start date',
  custom: 'Custom RRULE (advanced)',
};

/** A new review: its program (or the whole portfolio), first day and how it recurs. */
export function ReviewForm({
  onSaved,
  onCancel,
}: {
  onSaved(review: Review): void;
  onCancel(): void;
}) {
  const programs = useLoad(() => unwrap(api.GET('/api/programs', {})), 'programs');
  const [title, setTitle] = useState('');
  const [programId, setProgramId] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [time, setTime] = useState('10:00');
  const [choice, setChoice] = useState<RecurrenceChoice>('weekly');
  const [weekday, setWeekday] = useState('');
  const [custom, setCustom] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS, { 'programIds[0]': 'programIds' });
  const day = weekday || (startsOn ? weekdayOf(startsOn) : 'MO');
  const rule = recurrenceRule(choice, day, startsOn, custom);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      const review = await unwrap(
        api.POST('/api/reviews', {
          body: {
            title: title.trim(),
            startsOn,
            ...(programId ? { programIds: [programId] } : {}),
            ...(time ? { time } : {}),
            recurrence: rule,
          },
        }),
      );
      onSaved(review);
    });
  }

  return (
    <form className="form form--panel" onSubmit={handleSubmit} noValidate aria-label="New review">
      <FormAlert messages={problem.general} />
      <div className="form-row">
        <TextField
          label="Title"
          name="title"
          required
          error={problem.byField.title}
          value={title}
          onChange={setTitle}
          inputProps={{ autoFocus: true, maxLength: 200 }}
        />
        <SelectField
          label="Program"
          name="programIds"
          emptyLabel="The whole portfolio"
          error={problem.byField.programIds}
          value={programId}
          onChange={setProgramId}
        >
          <NamedOptions items={programs.data?.items ?? []} />
        </SelectField>
        <DateField
          label="First day"
          name="startsOn"
          required
          error={problem.byField.startsOn}
          value={startsOn}
          onChange={setStartsOn}
        />
        <TimeField
          label="Time"
          name="time"
          error={problem.byField.time}
          value={time}
          onChange={setTime}
        />
      </div>
      <div className="form-row">
        <SelectField label="Repeats" name="repeats" value={choice} onChange={setChoice}>
          {Object.entries(CHOICES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        {choice === 'weekly' || choice === 'biweekly' ? (
          <SelectField label="On" name="weekday" value={day} onChange={setWeekday}>
            {Object.entries(WEEKDAY_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
        ) : null}
        {choice === 'custom' ? (
          <TextField
            label="RRULE"
            name="recurrence"
            hint="RFC 5545, e.g. FREQ=WEEKLY;BYDAY=MO,TH"
            error={problem.byField.recurrence}
            value={custom}
            onChange={setCustom}
            className="span-2"
          />
        ) : (
          <p className="muted review-form__rule" data-testid="review-rule">
            {rule ?? 'Meets once.'}
          </p>
        )}
      </div>
      {choice !== 'custom' && problem.byField.recurrence ? (
        <p className="field__error">{problem.byField.recurrence}</p>
      ) : null}
      <FormActions
        submitLabel="Create review"
        busyLabel="Creating…"
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
