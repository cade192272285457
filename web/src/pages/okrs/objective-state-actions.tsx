import { useState } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import type { Objective } from './okr-types';

type Step = 'commit' | 'grade';

const CONFIRM: Record<Step, { question: string; consequence: string; label: string }> = {
  commit: {
    question: 'Commit this objective?',
    consequence: 'The owner stands behind it for the quarter; its key results stay editable.',
    label: 'Commit',
  },
  grade: {
    question: 'Grade this objective?',
    consequence:
      'Its score is frozen as the grade and the objective becomes read-only. This cannot be undone.',
    label: 'Grade',
  },
};

/** Commit and grade, each confirmed first: grading freezes the objective for good. */
export function ObjectiveStateActions({
  objective,
  onChanged,
}: {
  objective: Objective;
  onChanged(): void;
}) {
  const [asking, setAsking] = useState<Step | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const steps: Step[] = objective.state === 'draft' ? ['commit', 'grade'] : ['grade'];

  async function confirm(step: Step) {
    setBusy(true);
    setProblem(null);
    try {
      const path = step === 'commit' ? '/api/objectives/{id}/commit' : '/api/objectives/{id}/grade';
      await unwrap(
        api.POST(path, {
          params: { path: { id: objective.id } },
          body: { version: objective.version },
        }),
      );
      setAsking(null);
      onChanged();
    } catch (error) {
      setProblem(asProblem(error).message);
    } finally {
      setBusy(false);
    }
  }

  if (objective.state === 'graded') return null;
  return (
    <div>
      {problem ? <FormAlert messages={[problem]} /> : null}
      {asking ? (
        <div
          className="alert alert--warning"
          role="alertdialog"
          aria-label={CONFIRM[asking].question}
        >
          <p>
            <strong>{CONFIRM[asking].question}</strong>
          </p>
          <p>{CONFIRM[asking].consequence}</p>
          <div className="okr-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void confirm(asking)}
            >
              {`Yes, ${CONFIRM[asking].label.toLowerCase()}`}
            </button>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="okr-actions">
          {steps.map((step) => (
            <button key={step} type="button" className="button" onClick={() => setAsking(step)}>
              {CONFIRM[step].label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
