import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import type { Competency } from './team-types';

const RATINGS = [
  [1, 'Not yet'],
  [2, 'Partly'],
  [3, 'Meets'],
  [4, 'Exceeds'],
] as const;
const FIELDS = ['competencyId', 'rating', 'evidenceUrls'];
const RENAME = { levelId: 'competencyId' };

/** Records a self or manager rating of one competency at the person's next level, with an evidence link. */
export function AssessmentForm({
  personId,
  levelId,
  competencies,
  kind,
  onSaved,
}: {
  personId: string;
  levelId: string;
  competencies: Competency[];
  kind: 'self' | 'manager';
  onSaved(): void;
}) {
  const [competencyId, setCompetencyId] = useState(competencies[0]?.id ?? '');
  const [rating, setRating] = useState(3);
  const [evidence, setEvidence] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS, RENAME);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    await submit(async () => {
      await unwrap(
        api.PUT('/api/people/{id}/assessments', {
          params: { path: { id: personId } },
          body: {
            competencyId,
            levelId,
            kind,
            rating,
            evidenceUrls: evidence.trim() ? [evidence.trim()] : [],
          },
        }),
      );
      setEvidence('');
      onSaved();
    });
  }

  const err = problem.byField;
  return (
    <form
      className="form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-label={`${kind} assessment`}
    >
      <FormAlert messages={problem.general} />
      <div className="form-row">
        <SelectField
          label="Competency"
          name="competencyId"
          error={err.competencyId}
          value={competencyId}
          onChange={setCompetencyId}
        >
          <NamedOptions items={competencies} />
        </SelectField>
        <SelectField
          label={kind === 'self' ? 'Self rating' : 'Manager rating'}
          name="rating"
          error={err.rating}
          value={String(rating)}
          onChange={(v) => setRating(Number(v))}
        >
          {RATINGS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Evidence link"
          name="evidenceUrls"
          error={err.evidenceUrls}
          value={evidence}
          onChange={setEvidence}
          inputProps={{ placeholder: 'https://…', inputMode: 'url' }}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          Save rating
        </button>
      </div>
    </form>
  );
}
