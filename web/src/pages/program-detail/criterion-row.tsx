import { useEffect, useState, type FormEvent } from 'react';
import { formProblemOf, NO_PROBLEM, type FormProblem } from '../../api/issues';
import type { CriterionUpdate, SuccessCriterion } from '../../api/types';
import { CRITERION_STATE_LABEL, CRITERION_STATES } from '../../api/vocabulary';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { CRITERION_STATE_TONE } from '../../components/badge-tones';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
import { usePlan } from './plan-context';

const FIELDS = ['state', 'evidenceUrl'];
const MARK: Record<SuccessCriterion['state'], string> = { pending: '○', met: '✓', not_met: '✕' };

/** One success criterion: tick it met, or open it to record "not met" and an evidence link. */
export function CriterionRow({ criterion }: { criterion: SuccessCriterion }) {
  const { canWrite, reload } = usePlan();
  const [editing, setEditing] = useState(false);
  const [state, setState] = useState(criterion.state);
  const [evidenceUrl, setEvidenceUrl] = useState(criterion.evidenceUrl ?? '');
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);
  // The tick shows at once; the reloaded plan then confirms it (or the error undoes it).
  const [ticked, setTicked] = useState<boolean | null>(null);
  useEffect(() => setTicked(null), [criterion.version]);

  async function save(body: CriterionUpdate): Promise<boolean> {
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      await unwrap(
        api.PATCH('/api/criteria/{id}', {
          params: { path: { id: criterion.id } },
          body: { ...body, version: criterion.version },
        }),
      );
      reload();
      return true;
    } catch (error) {
      setProblem(formProblemOf(asProblem(error), FIELDS));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (await save({ state, evidenceUrl: blankToNull(evidenceUrl) })) setEditing(false);
  }

  const checkboxId = `criterion-${criterion.id}`;
  return (
    <li className={`criterion criterion--${criterion.state}`}>
      <div className="criterion__line">
        {canWrite ? (
          <input
            id={checkboxId}
            type="checkbox"
            className="criterion__check"
            checked={ticked ?? criterion.state === 'met'}
            disabled={busy}
            onChange={(e) => {
              const met = e.target.checked;
              setTicked(met);
              void save({ state: met ? 'met' : 'pending' }).then(
                (saved) => saved || setTicked(null),
              );
            }}
          />
        ) : (
          <span
            className={`criterion__mark criterion__mark--${criterion.state}`}
            aria-hidden="true"
          >
            {MARK[criterion.state]}
          </span>
        )}
        <div className="criterion__body">
          <label htmlFor={canWrite ? checkboxId : undefined} className="criterion__text">
            {criterion.description}
          </label>
          {criterion.state !== 'pending' || criterion.evidenceUrl ? (
            <div className="criterion__meta">
              {criterion.state !== 'pending' ? (
                <Badge tone={CRITERION_STATE_TONE[criterion.state]}>
                  {CRITERION_STATE_LABEL[criterion.state]}
                </Badge>
              ) : null}
              {criterion.evidenceUrl ? (
                <a
                  className="criterion__evidence"
                  href={criterion.evidenceUrl}
                  target="_blank"
                  rel="noreferrer noopener"
                >
                  Evidence
                  <span className="visually-hidden">
                    {' '}
                    for “{criterion.description}” (opens in a new tab)
                  </span>{' '}
                  ↗
                </a>
              ) : null}
            </div>
          ) : null}
        </div>
        {canWrite && !editing ? (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setState(criterion.state);
              setEvidenceUrl(criterion.evidenceUrl ?? '');
              setEditing(true);
            }}
            aria-label={`Edit criterion “${criterion.description}”`}
          >
            Edit
          </button>
        ) : null}
      </div>
      {!editing && problem.general.length > 0 ? (
        <FormAlert
          messages={
            problem.conflict
              ? problem.general
              : [...Object.values(problem.byField), ...problem.general].slice(0, 3)
          }
          onReload={problem.conflict ? reload : undefined}
        />
      ) : null}
      {editing ? (
        <form
          className="criterion__form"
          onSubmit={handleSubmit}
          noValidate
          aria-label={`Edit criterion “${criterion.description}”`}
        >
          <FormAlert messages={problem.general} onReload={problem.conflict ? reload : undefined} />
          <div className="form-row">
            <Field label="State" name="state" error={problem.byField.state}>
              {(c) => (
                <select
                  {...c}
                  value={state}
                  onChange={(e) => setState(e.target.value as SuccessCriterion['state'])}
                >
                  {CRITERION_STATES.map((s) => (
                    <option key={s} value={s}>
                      {CRITERION_STATE_LABEL[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label="Evidence link"
              name="evidenceUrl"
              error={problem.byField.evidenceUrl}
              className="grow"
            >
              {(c) => (
                <input
                  {...c}
                  type="url"
                  placeholder="https://…"
                  value={evidenceUrl}
                  onChange={(e) => setEvidenceUrl(e.target.value)}
                />
              )}
            </Field>
            <div className="form-row__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => setEditing(false)}
              >
                Cancel
              </button>
              <button
                type="submit"
                className="button button--primary button--small"
                disabled={busy}
              >
                Save
              </button>
            </div>
          </div>
        </form>
      ) : null}
    </li>
  );
}
