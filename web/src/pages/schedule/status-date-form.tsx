import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import { formatLocal } from './gantt-model';

interface StatusDateProps {
  programId: string;
  programVersion: number;
  /** The program's own status date; null: today on its clock. */
  statusDate: string | null;
  /** The one the schedule was computed at. */
  effective: string | undefined;
  canWrite: boolean;
  onChanged(): void;
}

/**
 * The status date: work before it is reported, from it on the plan. Shown
 * with the schedule's facts; planners set it (a report as of last Monday) or
 * go back to today.
 */
export function StatusDate(props: StatusDateProps) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(props.statusDate ?? props.effective ?? '');
  const { problem, busy, submit } = useFormSubmission(['statusDate']);

  async function save(statusDate: string | null) {
    const ok = await submit(async () => {
      await unwrap(
        api.PATCH('/api/programs/{id}', {
          params: { path: { id: props.programId } },
          body: { statusDate, version: props.programVersion },
        }),
      );
    });
    if (ok) {
      setOpen(false);
      props.onChanged();
    }
  }
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void save(value === '' ? null : value);
  }

  const shown = (
    <dd data-testid="status-date">
      {formatLocal(props.effective ? `${props.effective}T00:00:00` : null)}
      {props.statusDate === null ? <span className="muted"> (today)</span> : null}
    </dd>
  );
  if (!open)
    return (
      <div className="fact">
        <dt>Status date</dt>
        {shown}
        {props.canWrite ? (
          <button type="button" className="link-button" onClick={() => setOpen(true)}>
            Change
          </button>
        ) : null}
      </div>
    );
  return (
    <form className="status-date-form" aria-label="Status date" onSubmit={handleSubmit} noValidate>
      <Field
        label="Status date"
        name="statusDate"
        error={problem.byField.statusDate}
        hint="The first day not yet reported: earlier work is the past, unstarted work starts from it."
      >
        {(c) => (
          <input {...c} type="date" value={value} onChange={(e) => setValue(e.target.value)} />
        )}
      </Field>
      <div className="baseline-form__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          Set
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void save(null)}
        >
          Use today
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => setOpen(false)}
        >
          Cancel
        </button>
      </div>
      <FormAlert messages={problem.byField.statusDate ? [] : problem.general} />
    </form>
  );
}
