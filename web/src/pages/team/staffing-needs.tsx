import { Fragment, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DecimalField, TextField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import type { HeadcountPlan, StaffingNeed } from './team-types';

const FIELDS = ['quarter', 'source', 'programId', 'description', 'fte'];
const COLUMNS = 6;
const SOURCE_LABEL = { program: 'Program', intake: 'Intake' } as const;

interface Shared {
  quarters: string[];
  programs: { id: string; name: string }[];
  canPlan: boolean;
  onChanged(): void;
}

/** A staffing need: how many people a program (or intake work) needs in a quarter. */
function NeedForm({
  need,
  quarters,
  programs,
  onSaved,
  onCancel,
  onReload,
}: Omit<Shared, 'canPlan' | 'onChanged'> & {
  need?: StaffingNeed;
  onSaved(): void;
  onCancel(): void;
  onReload(): void;
}) {
  const [quarter, setQuarter] = useState(need?.quarter ?? quarters[0] ?? '');
  const [source, setSource] = useState<StaffingNeed['source']>(need?.source ?? 'program');
  const [programId, setProgramId] = useState(need?.programId ?? '');
  const [description, setDescription] = useState(need?.description ?? '');
  const [fte, setFte] = useState(need ? String(need.fte) : '1');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);
  const quarterChoices =
    need && !quarters.includes(need.quarter) ? [need.quarter, ...quarters] : quarters;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const people = Number(fte);
    if (fte.trim() === '' || Number.isNaN(people)) {
      return setProblem({
        byField: { fte: 'FTE must be a number.' },
        general: ['Please correct the fields marked below.'],
        conflict: false,
      });
    }
    const fields = {
      quarter,
      source,
      // Intake demand belongs to no program.
      programId: source === 'program' ? programId || null : null,
      description: description.trim(),
      fte: people,
    };
    await submit(async () => {
      if (need) {
        await unwrap(
          api.PATCH('/api/headcount/needs/{id}', {
            params: { path: { id: need.id } },
            body: { ...fields, version: need.version },
          }),
        );
      } else {
        await unwrap(api.POST('/api/headcount/needs', { body: fields }));
      }
      onSaved();
    });
  }

  const e = problem.byField;
  return (
    <form
      className="form form--panel"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
      aria-label={need ? `Edit need ${need.programName ?? 'intake'} ${need.quarter}` : 'New need'}
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
      <div className="form-grid form-grid--4">
        <SelectField
          label="Quarter"
          name="quarter"
          error={e.quarter}
          value={quarter}
          onChange={setQuarter}
        >
          {quarterChoices.map((q) => (
            <option key={q}>{q}</option>
          ))}
        </SelectField>
        <SelectField
          label="Source"
          name="source"
          error={e.source}
          value={source}
          onChange={setSource}
        >
          <option value="program">Program</option>
          <option value="intake">Intake</option>
        </SelectField>
        {source === 'program' ? (
          <SelectField
            label="Program"
            name="programId"
            error={e.programId}
            value={programId}
            onChange={setProgramId}
            emptyLabel="Choose a program…"
          >
            <NamedOptions items={programs} />
            {need?.programId && !programs.some((p) => p.id === need.programId) ? (
              <option value={need.programId}>{need.programName ?? 'Current program'}</option>
            ) : null}
          </SelectField>
        ) : null}
        <DecimalField
          label="FTE"
          name="fte"
          error={e.fte}
          value={fte}
          onChange={setFte}
          inputProps={{ min: 0 }}
        />
        <TextField
          label="Description"
          name="description"
          className="span-2"
          error={e.description}
          value={description}
          onChange={setDescription}
        />
      </div>
      <FormActions
        submitLabel={need ? 'Save need' : 'Add need'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}

type Mode = 'reading' | 'editing' | 'deleting';

function NeedRow({ need: n, canPlan, onChanged, ...shared }: Shared & { need: StaffingNeed }) {
  const [mode, setMode] = useState<Mode>('reading');
  const reading = () => setMode('reading');
  const what = `${n.programName ?? 'Intake'} ${n.quarter}`;
  return (
    <Fragment>
      <tr data-testid="staffing-need">
        <td>{n.quarter}</td>
        <td>{SOURCE_LABEL[n.source]}</td>
        <td>{n.programName ?? '—'}</td>
        <td className="muted">{n.description || '—'}</td>
        <td className="numeric">{n.fte}</td>
        <td className="numeric nowrap">
          {canPlan && mode === 'reading' ? (
            <span className="button-group">
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Edit need ${what}`}
                onClick={() => setMode('editing')}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost button--small button--quiet-danger"
                aria-label={`Delete need ${what}`}
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
              <NeedForm
                need={n}
                {...shared}
                onCancel={reading}
                onSaved={() => {
                  reading();
                  onChanged();
                }}
                onReload={onChanged}
              />
            ) : (
              <DeleteConfirmation
                kind="need"
                name={what}
                consequence={`Demand in ${n.quarter} drops by ${n.fte} FTE.`}
                onConfirm={async () => {
                  await unwrap(
                    api.DELETE('/api/headcount/needs/{id}', {
                      params: { path: { id: n.id }, query: { version: n.version } },
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

/** The demand side of the plan: staffing needs per quarter, from programs and intake. */
export function StaffingNeeds({
  plan,
  ...shared
}: Omit<Shared, 'quarters'> & { plan: HeadcountPlan }) {
  const [adding, setAdding] = useState(false);
  const quarters = plan.quarters.map((q) => q.quarter);
  return (
    <section className="card card--flush" aria-labelledby="needs-title">
      <div className="card__header card__header--padded">
        <h2 id="needs-title">Staffing needs</h2>
        {shared.canPlan && !adding ? (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => setAdding(true)}
          >
            + Need
          </button>
        ) : null}
      </div>
      {adding ? (
        <NeedForm
          quarters={quarters}
          programs={shared.programs}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            shared.onChanged();
          }}
          onReload={shared.onChanged}
        />
      ) : null}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>Quarter</th>
              <th>Source</th>
              <th>Program</th>
              <th>Description</th>
              <th className="numeric">FTE</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.needs.map((n) => (
              <NeedRow key={`${n.id}:${n.version}`} need={n} quarters={quarters} {...shared} />
            ))}
          </tbody>
        </table>
        {plan.needs.length === 0 ? (
          <p className="empty muted">No staffing needs in this fiscal year.</p>
        ) : null}
      </div>
    </section>
  );
}
