import { useState, type FormEvent } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import type { Competency } from './team-types';

const RATINGS = [
  [1, 'Not yet'],
  [2, 'Partly'],
  [3, 'Meets'],
  [4, 'Exceeds'],
] as const;

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
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
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
      setProblems([]);
      setEvidence('');
      onSaved();
    } catch (error) {
      const p = asProblem(error);
      setProblems(
        p.issues.length
          ? p.issues.map((i) => `${i.path.replace(/^body\./, '')}: ${i.message}`)
          : [p.message],
      );
    }
  }

  return (
    <form className="form form--panel" onSubmit={submit} aria-label={`${kind} assessment`}>
      <div className="form-row">
        <div className="field">
          <label className="field__label" htmlFor="assess-competency">
            Competency
          </label>
          <select
            id="assess-competency"
            value={competencyId}
            onChange={(e) => setCompetencyId(e.target.value)}
          >
            {competencies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="assess-rating">
            {kind === 'self' ? 'Self rating' : 'Manager rating'}
          </label>
          <select
            id="assess-rating"
            value={rating}
            onChange={(e) => setRating(Number(e.target.value))}
          >
            {RATINGS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="assess-evidence">
            Evidence link
          </label>
          <input
            id="assess-evidence"
            type="url"
            placeholder="https://…"
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        </div>
      </div>
      <FormAlert messages={problems} />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small">
          Save rating
        </button>
      </div>
    </form>
  );
}
