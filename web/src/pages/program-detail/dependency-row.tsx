import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_LAG_MINUTES } from '../../../../contracts/dependency.schema';
import { fieldProblem, SEE_FIELDS_MESSAGE } from '../../api/issues';
import type { Dependency, DependencyType, DependencyUpdate } from '../../api/types';
import { DEPENDENCY_TYPE_LABEL, DEPENDENCY_TYPES } from '../../api/vocabulary';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { parseDecimal } from '../../components/format';
import { SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { LAG_KIND_LABEL, lagInput, lagText, type LagKind } from './dependency-lag';
import { usePlan } from './plan-context';
import { ItemRef } from './plan-item-ref';

const FIELDS = ['type', 'lagKind', 'lagHours'];
// One input holds the lag, in hours or in percent as the kind says.
const FIELD_RENAMES = { lagMinutes: 'lagHours', lagPercent: 'lagHours' };
const COLUMNS = 5;

/**
 * One link between two items. A writer changes its type and lag in place (typed in
 * working hours, as when it was added), or deletes it after a confirmation.
 */
export function DependencyRow({
  dependency: d,
  programNames,
}: {
  dependency: Dependency;
  programNames: Map<string, string>;
}) {
  const { plan, canWrite, reload } = usePlan();
  const [mode, setMode] = useState<'reading' | 'editing' | 'deleting'>('reading');
  const [type, setType] = useState<DependencyType>(d.type);
  const [lagKind, setLagKind] = useState<LagKind>(d.lagKind);
  const [lagHours, setLagHours] = useState(lagInput(d));
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS, FIELD_RENAMES);
  const formId = `dependency-edit-${d.id}`;
  const label = `${d.predecessor.name} to ${d.successor.name}`;

  function startEditing() {
    setType(d.type);
    setLagKind(d.lagKind);
    setLagHours(lagInput(d));
    setProblem({ byField: {}, general: [], conflict: false });
    setMode('editing');
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const lag = parseDecimal(lagHours);
    const percent = lagKind === 'percent';
    if (lag !== null && Number.isNaN(lag)) {
      setProblem(
        fieldProblem(
          'lagHours',
          percent ? 'Lag must be a percentage.' : 'Lag must be a number of hours.',
        ),
      );
      return;
    }
    const lagMinutes = Math.round((lag ?? 0) * 60);
    // The API counts the bound in minutes; said here in the hours the person typed.
    if (!percent && Math.abs(lagMinutes) > MAX_LAG_MINUTES) {
      setProblem(
        fieldProblem(
          'lagHours',
          `Lag must be at most ${(MAX_LAG_MINUTES / 60).toLocaleString('en')} working hours either way.`,
        ),
      );
      return;
    }
    const body: DependencyUpdate = { version: d.version };
    if (type !== d.type) body.type = type;
    if (lagKind !== d.lagKind) body.lagKind = lagKind;
    if (percent && (lag ?? 0) !== d.lagPercent) body.lagPercent = lag ?? 0;
    if (!percent && (lagMinutes !== d.lagMinutes || lagKind !== d.lagKind))
      body.lagMinutes = lagMinutes;
    await submit(async () => {
      await unwrap(api.PATCH('/api/dependencies/{id}', { params: { path: { id: d.id } }, body }));
      reload();
      setMode('reading');
    });
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') setMode('reading');
  }

  const editing = mode === 'editing';
  const control = { form: formId, onKeyDown: handleKeyDown };
  const typed = parseDecimal(lagHours);
  return (
    <>
      <tr data-testid="dependency-row" className={editing ? 'table__editing' : undefined}>
        <td>
          <ItemRef item={d.predecessor} programId={plan.program.id} programNames={programNames} />
        </td>
        <td className="nowrap">
          {editing ? (
            <div className="dependency-edit">
              <form
                id={formId}
                onSubmit={handleSubmit}
                noValidate
                aria-label={`Edit dependency ${label}`}
              />
              <SelectField
                label="Link type"
                name="type"
                error={problem.byField.type}
                className="field--cell"
                selectProps={control}
                value={type}
                onChange={setType}
              >
                {DEPENDENCY_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {t} — {DEPENDENCY_TYPE_LABEL[t]}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label="Lag kind"
                name="lagKind"
                error={problem.byField.lagKind}
                className="field--cell"
                selectProps={control}
                value={lagKind}
                onChange={setLagKind}
              >
                <VocabularyOptions values={LAG_KINDS} labels={LAG_KIND_LABEL} />
              </SelectField>
              <Field
                label={
                  lagKind === 'percent' ? 'Lag (% of the predecessor)' : `Lag (${lagKind} hours)`
                }
                name="lagHours"
                error={problem.byField.lagHours}
                hint={lagHint(lagKind, typed)}
              >
                {(c) => (
                  <div className="input-suffix">
                    <input
                      {...c}
                      {...control}
                      type="number"
                      step="any"
                      inputMode="decimal"
                      value={lagHours}
                      onChange={(ev) => setLagHours(ev.target.value)}
                      autoFocus
                    />
                    <span aria-hidden="true">{lagKind === 'percent' ? '%' : 'h'}</span>
                  </div>
                )}
              </Field>
            </div>
          ) : (
            <>
              <span className="link-type" title={DEPENDENCY_TYPE_LABEL[d.type]}>
                {/* MS Project's notation: a share of the predecessor reads "FS+50%". */}
                {d.lagKind === 'percent' ? `${d.type}${lagText(d)}` : d.type}
              </span>{' '}
              <span className="muted" data-testid="dependency-lag">
                {d.lagKind === 'percent' ? 'of the predecessor’s duration' : lagText(d)}
              </span>
            </>
          )}
        </td>
        <td>
          <ItemRef item={d.successor} programId={plan.program.id} programNames={programNames} />
        </td>
        <td>
          {d.crossProgram ? (
            <Badge tone="violet">Cross-program</Badge>
          ) : (
            <span className="muted">Within program</span>
          )}
        </td>
        {canWrite ? (
          <td className="table__actions">
            {/* Keyed apart: a reused Edit button turning into Save mid-click would submit the form. */}
            {editing ? (
              <div className="button-group" key="editing">
                <button
                  type="submit"
                  form={formId}
                  className="button button--primary button--small"
                  disabled={busy}
                >
                  Save
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setMode('reading')}
                >
                  Cancel
                </button>
              </div>
            ) : mode === 'reading' ? (
              <div className="button-group" key="reading">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={startEditing}
                  aria-label={`Edit dependency ${label}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small button--quiet-danger"
                  onClick={() => setMode('deleting')}
                  aria-label={`Delete dependency ${label}`}
                >
                  Delete
                </button>
              </div>
            ) : null}
          </td>
        ) : null}
      </tr>
      {editing && problem.general.some((m) => m !== SEE_FIELDS_MESSAGE) ? (
        <tr className="table__editing">
          <td colSpan={COLUMNS}>
            <FormAlert
              messages={problem.general}
              onReload={
                problem.conflict
                  ? () => {
                      reload();
                      setMode('reading');
                    }
                  : undefined
              }
            />
          </td>
        </tr>
      ) : null}
      {mode === 'deleting' ? (
        <tr>
          <td colSpan={COLUMNS}>
            <DeleteConfirmation
              kind="dependency"
              name={`${d.predecessor.name} → ${d.successor.name}`}
              consequence={`${d.successor.name} no longer waits on ${d.predecessor.name}; the schedule is recomputed.`}
              onConfirm={async () => {
                await unwrap(
                  api.DELETE('/api/dependencies/{id}', {
                    params: { path: { id: d.id }, query: { version: d.version } },
                  }),
                );
                reload();
              }}
              onCancel={() => setMode('reading')}
              onReload={reload}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}

const LAG_KINDS: readonly LagKind[] = ['working', 'elapsed', 'percent'];

/** What the typed lag will mean, in the notation the row shows after saving. */
function lagHint(kind: LagKind, typed: number | null): string {
  if (typed === null || Number.isNaN(typed))
    return kind === 'percent' ? 'Negative for a lead' : 'Negative for a lead; 8 h is a working day';
  const minutes = Math.round(typed * 60);
  const reads = lagText({ lagKind: kind, lagMinutes: minutes, lagPercent: typed });
  return kind === 'working' ? `Reads ${reads}; 8 h is a working day` : `Reads ${reads}`;
}
