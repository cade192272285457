import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import type { Survey, SurveyQuestion } from './survey-types';

const FIELDS = ['questions'];

/**
 * The questions, with their wording editable and new 1–5 questions added at the end.
 * Once answered, ids and scales are fixed (the server refuses otherwise), so only
 * text and additions are offered here.
 */
export function SurveyQuestions({
  survey,
  canWrite,
  onSaved,
}: {
  survey: Survey;
  canWrite: boolean;
  onSaved(): void;
}) {
  const [editing, setEditing] = useState(false);
  const [questions, setQuestions] = useState<SurveyQuestion[]>(survey.questions);
  const [newText, setNewText] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  const setText = (i: number, text: string) =>
    setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, text } : q)));

  function addQuestion() {
    const text = newText.trim();
    if (!text) return;
    const taken = new Set(questions.map((q) => q.id));
    let n = questions.length + 1;
    while (taken.has(`question_${n}`)) n++;
    setQuestions((qs) => [
      ...qs,
      { id: `question_${n}`, text, kind: 'scale', min: 1, max: 5, required: false },
    ]);
    setNewText('');
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/surveys/{id}', {
          params: { path: { id: survey.id } },
          body: {
            version: survey.version,
            questions: questions.map((q) =>
              q.kind === 'scale'
                ? {
                    id: q.id,
                    text: q.text,
                    kind: q.kind,
                    min: q.min!,
                    max: q.max!,
                    required: q.required,
                  }
                : { id: q.id, text: q.text, kind: q.kind, required: q.required },
            ),
          },
        }),
      );
      setEditing(false);
      onSaved();
    });
  }

  return (
    <section className="card" aria-label="Questions">
      <div className="card__header">
        <h2>Questions</h2>
        {canWrite && !editing ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setQuestions(survey.questions);
              setEditing(true);
            }}
          >
            Edit questions
          </button>
        ) : null}
      </div>
      {editing ? (
        <form className="form" onSubmit={handleSubmit} noValidate aria-label="Edit questions">
          <FormAlert messages={problem.general} />
          {problem.byField.questions ? (
            <p className="field__error">{problem.byField.questions}</p>
          ) : null}
          {questions.map((q, i) => (
            <Field
              key={q.id}
              label={`${q.id} (${q.kind === 'scale' ? `${q.min}–${q.max}` : 'text'})`}
              name={`q-${q.id}`}
            >
              {(c) => (
                <input
                  {...c}
                  value={q.text}
                  maxLength={500}
                  onChange={(e) => setText(i, e.target.value)}
                />
              )}
            </Field>
          ))}
          <div className="survey-questions__add">
            <Field label="New question (1–5)" name="newQuestion">
              {(c) => (
                <input
                  {...c}
                  value={newText}
                  maxLength={500}
                  onChange={(e) => setNewText(e.target.value)}
                />
              )}
            </Field>
            <button type="button" className="button button--small" onClick={addQuestion}>
              Add question
            </button>
          </div>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save questions'}
            </button>
          </div>
        </form>
      ) : (
        <ol className="survey-questions">
          {survey.questions.map((q) => (
            <li key={q.id}>
              {q.text}{' '}
              <span className="muted">
                ({q.kind === 'scale' ? `${q.min}–${q.max}` : 'free text'}
                {q.required ? ', required' : ''})
              </span>
            </li>
          ))}
          <li>
            Any comment? <span className="muted">(free text)</span>
          </li>
        </ol>
      )}
    </section>
  );
}
