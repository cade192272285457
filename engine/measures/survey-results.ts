/**
 * Survey statistics: per question, how many chose each point of its scale and the
 * mean; across the survey, the response rate. Pure: rows in, numbers out.
 */

export interface SurveyQuestionSpec {
  id: string;
  text: string;
  kind: 'scale' | 'text';
  /** Scale questions only. */
  min: number | null;
  max: number | null;
}

export interface SurveyResponseFacts {
  answers: Record<string, unknown>;
}

export interface QuestionStatistics {
  id: string;
  text: string;
  kind: 'scale' | 'text';
  answered: number;
  /** One entry per point from min to max (scale questions); empty for text. */
  distribution: { value: number; count: number }[];
  /** Arithmetic mean of the points chosen; null when nobody answered. */
  mean: number | null;
  /** Text questions: the non-empty answers, in the order of the responses given. */
  texts: string[];
}

/** responses / invited in [0, 1]; null when nobody was invited (nothing to divide by). */
export function responseRate(responses: number, invited: number): number | null {
  if (invited <= 0) return null;
  return Math.min(1, Math.max(0, responses / invited));
}

/** A point counts only when it is an integer on the question's scale (anything else is ignored). */
function pointOf(q: SurveyQuestionSpec, value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return null;
  if (q.min === null || q.max === null || value < q.min || value > q.max) return null;
  return value;
}

export function questionStatistics(
  q: SurveyQuestionSpec,
  responses: readonly SurveyResponseFacts[],
): QuestionStatistics {
  if (q.kind === 'text') {
    const texts = responses
      .map((r) => r.answers[q.id])
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    return { ...base(q), answered: texts.length, texts };
  }
  const min = q.min ?? 1;
  const max = q.max ?? 5;
  const counts = new Map<number, number>();
  for (let v = min; v <= max; v++) counts.set(v, 0);
  let sum = 0;
  let answered = 0;
  for (const r of responses) {
    const point = pointOf(q, r.answers[q.id]);
    if (point === null) continue;
    counts.set(point, (counts.get(point) ?? 0) + 1);
    sum += point;
    answered += 1;
  }
  return {
    ...base(q),
    answered,
    distribution: [...counts].map(([value, count]) => ({ value, count })),
    mean: answered ? sum / answered : null,
  };
}

function base(q: SurveyQuestionSpec): QuestionStatistics {
  return {
    id: q.id,
    text: q.text,
    kind: q.kind,
    answered: 0,
    distribution: [],
    mean: null,
    texts: [],
  };
}

export function surveyStatistics(
  questions: readonly SurveyQuestionSpec[],
  responses: readonly SurveyResponseFacts[],
  invited: number,
) {
  return {
    responses: responses.length,
    invited,
    responseRate: responseRate(responses.length, invited),
    questions: questions.map((q) => questionStatistics(q, responses)),
  };
}
