import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Brand } from '../../components/brand';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import type { PublicSurvey, SurveyQuestion } from './survey-types';
import './surveys.css';

type LinkState = 'loading' | 'open' | 'answered' | 'unknown' | 'thanks' | 'failed';

/** A 1–5 (or min–max) choice as a row of radio buttons, with its error under it. */
function ScaleChoice({
  question,
  value,
  error,
  onChange,
}: {
  question: SurveyQuestion;
  value: number | undefined;
  error: string | undefined;
  onChange(value: number): void;
}) {
  const points: number[] = [];
  for (let v = question.min ?? 1; v <= (question.max ?? 5); v++) points.push(v);
  const errorId = `answer-${question.id}-error`;
  return (
    <fieldset
      className={`survey-scale${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
      data-question={question.id}
    >
      <legend className="field__label">
        {question.text}
        {question.required ? <span className="field__required"> *</span> : null}
      </legend>
      <div className="survey-scale__points">
        {points.map((p) => (
          <label key={p} className="survey-scale__point">
            <input
              type="radio"
              name={question.id}
              value={p}
              checked={value === p}
              onChange={() => onChange(p)}
            />
            <span>{p}</span>
          </label>
        ))}
      </div>
      <p className="field__hint">
        {question.min} is the lowest, {question.max} the highest.
      </p>
      {error ? (
        <p id={errorId} className="field__error" data-field-error={`answers.${question.id}`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * Where a survey link lands; needs no account. Answers each question, takes a
 * comment, and thanks; says plainly when the link was used or does not work.
 */
export function PublicSurveyPage() {
  const { token = '' } = useParams();
  const [survey, setSurvey] = useState<PublicSurvey | null>(null);
  const [state, setState] = useState<LinkState>('loading');
  const [loadProblem, setLoadProblem] = useState('');
  const [answers, setAnswers] = useState<Record<string, number | string>>({});
  const [comment, setComment] = useState('');
  const fields = [...(survey?.questions ?? []).map((q) => `answers.${q.id}`), 'comment'];
  const { problem, setProblem, busy, submit } = useFormSubmission(fields);

  useEffect(() => {
    unwrap(api.GET('/api/survey-responses/{token}', { params: { path: { token } } }))
      .then((s) => {
        setSurvey(s);
        setState('open');
      })
      .catch((error: unknown) => {
        const p = asProblem(error);
        setLoadProblem(p.message);
        setState(
          p.status === 409
            ? 'answered'
            : p.status === 404 || p.status === 400
              ? 'unknown'
              : 'failed',
        );
      });
  }, [token]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      try {
        await unwrap(
          api.POST('/api/survey-responses/{token}', {
            params: { path: { token } },
            body: { answers, ...(comment.trim() ? { comment: comment.trim() } : {}) },
          }),
        );
        setState('thanks');
      } catch (error) {
        const p = asProblem(error);
        if (p.status === 409) return setState('answered');
        if (p.status === 404) return setState('unknown');
        throw error;
      }
    });
  }

  /** Answering a question clears what the last attempt said of it. */
  const set = (id: string, value: number | string) => {
    setAnswers((a) => ({ ...a, [id]: value }));
    const { [`answers.${id}`]: _answered, ...rest } = problem.byField;
    // With nothing left to correct, the banner saying so goes too.
    if (_answered !== undefined)
      setProblem({
        ...problem,
        byField: rest,
        general: Object.keys(rest).length ? problem.general : [],
      });
  };

  return (
    <div className="sign-in">
      <div className="sign-in__panel survey-public" data-testid="public-survey" data-state={state}>
        <Brand large />
        {state === 'loading' ? <p className="muted">Opening the survey…</p> : null}
        {state === 'answered' ? (
          <>
            <h1 className="sign-in__title">Already answered</h1>
            <p>
              This link has been used to answer the survey, and each link answers once. Thank you.
            </p>
          </>
        ) : null}
        {state === 'unknown' ? (
          <>
            <h1 className="sign-in__title">This link does not work</h1>
            <p>
              The survey link is unknown or has expired (links work for 30 days). Check that you
              copied the whole link, or ask whoever sent it for a new one.
            </p>
          </>
        ) : null}
        {state === 'failed' ? <FormAlert messages={[loadProblem]} /> : null}
        {state === 'thanks' ? (
          <>
            <h1 className="sign-in__title">Thank you</h1>
            <p>Your answers were recorded. You can close this page.</p>
          </>
        ) : null}
        {state === 'open' && survey ? (
          <form className="form" onSubmit={handleSubmit} noValidate aria-label="Answer the survey">
            <h1 className="sign-in__title">{survey.title}</h1>
            {survey.programName ? <p className="muted">About {survey.programName}</p> : null}
            <FormAlert messages={problem.general} />
            {survey.questions.map((q) =>
              q.kind === 'scale' ? (
                <ScaleChoice
                  key={q.id}
                  question={q}
                  value={answers[q.id] as number | undefined}
                  error={problem.byField[`answers.${q.id}`]}
                  onChange={(v) => set(q.id, v)}
                />
              ) : (
                <Field
                  key={q.id}
                  label={q.text}
                  name={`answers.${q.id}`}
                  error={problem.byField[`answers.${q.id}`]}
                  required={q.required}
                >
                  {(c) => (
                    <textarea
                      {...c}
                      rows={3}
                      maxLength={2000}
                      value={(answers[q.id] as string | undefined) ?? ''}
                      onChange={(e) => set(q.id, e.target.value)}
                    />
                  )}
                </Field>
              ),
            )}
            <Field label="Any comment?" name="comment" error={problem.byField.comment}>
              {(c) => (
                <textarea
                  {...c}
                  rows={4}
                  maxLength={5000}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                />
              )}
            </Field>
            <button type="submit" className="button button--primary button--block" disabled={busy}>
              {busy ? 'Sending…' : 'Send answers'}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
