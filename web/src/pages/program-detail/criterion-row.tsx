import { useEffect, useState, type FormEvent } from 'react';
import type { CriterionUpdate, SuccessCriterion } from '../../api/types';
import { CRITERION_STATE_LABEL, CRITERION_STATES } from '../../api/vocabulary';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { CRITERION_STATE_TONE } from '../../components/badge-tones';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
import { SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from './plan-context';

const FIELDS = ['state', 'evidenceUrl'];
const MARK: Record<SuccessCriterion['state'], string> = { pending: '○', met: '✓', not_met: '✕' };

/** One success criterion: tick it met, or open it to record "not met" and an evidence link. */
export function CriterionRow({ criterion }: { criterion: SuccessCriterion }) {
  const { canWrite, reload } = usePlan();
  const [editing, setEditing] = useState(false);
  const [state, setState] = useState(criterion.state);
  const [evidenceUrl, setEvidenceUrl] = useState(criterion.evidenceUrl ?? '');
  const { problem, busy, submit } = useFormSubmission(FIELDS);
  // The tick shows at once; the reloaded plan then confirms it (or the error undoes it).
  const [ticked, setTicked] = useState<boolean | null>(null);
  useEffect(() => setTicked(null), [criterion.version]);

  function save(body: CriterionUpdate): Promise<boolean> {
    return submit(async () => {
      await unwrap(
        api.PATCH('/api/criteria/{id}', {
          params: { path: { id: criterion.id } },
          body: { ...body, version: criterion.version },
        }),
      );
      reload();
    });
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
            <SelectField
              label="State"
              name="state"
              error={problem.byField.state}
              value={state}
              onChange={setState}
            >
              <VocabularyOptions values={CRITERION_STATES} labels={CRITERION_STATE_LABEL} />
            </SelectField>
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
            <FormActions
              submitLabel="Save"
              busy={busy}
              onCancel={() => setEditing(false)}
              compact
            />
          </div>
        </form>
      ) : null}
    </li>
  );
}
