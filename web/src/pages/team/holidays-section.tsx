import { Fragment, useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { DateField, TextField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';

interface Holiday {
  id: string;
  day: string;
  name: string;
  version: number;
}

const FIELDS = ['day', 'name'];
const COLUMNS = 3;

/** A holiday's day and name: a new one, or a change sent with the version that was read. */
function HolidayForm({
  holiday,
  onSaved,
  onCancel,
  onReload,
}: {
  holiday?: Holiday;
  onSaved(): void;
  onCancel(): void;
  onReload(): void;
}) {
  const [day, setDay] = useState(holiday?.day ?? '');
  const [name, setName] = useState(holiday?.name ?? '');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!day) return setProblem(fieldProblem('day', 'Day is required.'));
    if (!name.trim()) return setProblem(fieldProblem('name', 'Name is required.'));
    await submit(async () => {
      if (holiday) {
        await unwrap(
          api.PATCH('/api/holidays/{id}', {
            params: { path: { id: holiday.id } },
            body: {
              version: holiday.version,
              ...(day !== holiday.day ? { day } : {}),
              ...(name.trim() !== holiday.name ? { name: name.trim() } : {}),
            },
          }),
        );
      } else {
        await unwrap(api.POST('/api/holidays', { body: { day, name: name.trim() } }));
      }
      onSaved();
    });
  }

  return (
    <form
      className="form form--panel"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
      aria-label={holiday ? `Edit holiday ${holiday.name}` : 'New holiday'}
    >
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                onReload();
                onCancel();
              }
            : undefined
        }
      />
      <div className="form-row">
        <DateField
          label="Day"
          name="day"
          error={problem.byField.day}
          required
          value={day}
          onChange={setDay}
          inputProps={{ autoFocus: true }}
        />
        <TextField
          label="Holiday name"
          name="name"
          error={problem.byField.name}
          required
          value={name}
          onChange={setName}
          inputProps={{ maxLength: 120 }}
        />
      </div>
      <FormActions
        submitLabel={holiday ? 'Save holiday' : 'Add holiday'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}

type Mode = 'reading' | 'editing' | 'deleting';

function HolidayRow({
  holiday: h,
  mayEdit,
  onChanged,
}: {
  holiday: Holiday;
  mayEdit: boolean;
  onChanged(): void;
}) {
  const [mode, setMode] = useState<Mode>('reading');
  const reading = () => setMode('reading');
  return (
    <Fragment>
      <tr data-testid="holiday-row">
        <td className="nowrap">{formatDate(h.day)}</td>
        <td>{h.name}</td>
        <td className="numeric nowrap">
          {mayEdit && mode === 'reading' ? (
            <span className="button-group">
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Edit holiday ${h.name}`}
                onClick={() => setMode('editing')}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost button--small button--quiet-danger"
                aria-label={`Delete holiday ${h.name}`}
                onClick={() => setMode('deleting')}
              >
                Delete
              </button>
            </span>
          ) : null}
        </td>
      </tr>
      {mode !== 'reading' ? (
        <tr className="team-editor-row">
          <td colSpan={COLUMNS}>
            {mode === 'editing' ? (
              <HolidayForm
                holiday={h}
                onCancel={reading}
                onSaved={() => {
                  reading();
                  onChanged();
                }}
                onReload={onChanged}
              />
            ) : (
              <DeleteConfirmation
                kind="holiday"
                name={h.name}
                consequence={`${formatDate(h.day)} becomes a working day again for every schedule and capacity calendar.`}
                onConfirm={async () => {
                  await unwrap(
                    api.DELETE('/api/holidays/{id}', {
                      params: { path: { id: h.id }, query: { version: h.version } },
                    }),
                  );
                  reading();
                  onChanged();
                }}
                onCancel={reading}
                onReload={onChanged}
              />
            )}
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

/** The organization's holidays: no schedule or capacity calendar works on them. */
export function HolidaysSection({ mayEdit }: { mayEdit: boolean }) {
  const holidays = useLoad(() => unwrap(api.GET('/api/holidays')), 'holidays');
  const [adding, setAdding] = useState(false);
  return (
    <section className="card card--flush" aria-labelledby="holidays-title">
      <div className="card__header card__header--padded">
        <h2 id="holidays-title">Holidays</h2>
        {mayEdit && !adding ? (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => setAdding(true)}
          >
            + Holiday
          </button>
        ) : null}
      </div>
      <p className="card__note muted">
        Days nobody in the organization works: no schedule or capacity calendar counts them.
      </p>
      {adding ? (
        <HolidayForm
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            holidays.reload();
          }}
          onReload={holidays.reload}
        />
      ) : null}
      {holidays.problem ? (
        <FormAlert messages={[holidays.problem.message]} onReload={holidays.reload} />
      ) : null}
      {holidays.data ? (
        <div className="table-wrap">
          <table className="table table--compact" data-testid="holidays-table">
            <thead>
              <tr>
                <th>Day</th>
                <th>Holiday</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {holidays.data.items.length === 0 ? (
                <tr>
                  <td colSpan={COLUMNS} className="empty muted">
                    No holidays yet.
                  </td>
                </tr>
              ) : null}
              {holidays.data.items.map((h) => (
                <HolidayRow
                  key={`${h.id}:${h.version}`}
                  holiday={h}
                  mayEdit={mayEdit}
                  onChanged={holidays.reload}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
