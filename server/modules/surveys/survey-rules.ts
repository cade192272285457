import type { Issue } from '../../../contracts/common.schema.js';
import type { SurveyQuestion, SurveyQuestionInput } from '../../../contracts/survey.schema.js';

/** The template a survey asks when it names no questions; every survey also takes a free comment. */
export const DEFAULT_SURVEY_QUESTIONS: SurveyQuestion[] = [
  {
    id: 'satisfaction',
    text: 'Overall, how satisfied are you with how this program is run?',
    kind: 'scale',
    min: 1,
    max: 5,
    required: true,
  },
  {
    id: 'communication',
    text: 'How well are you kept informed about progress, risks and changes?',
    kind: 'scale',
    min: 1,
    max: 5,
    required: true,
  },
  {
    id: 'responsiveness',
    text: 'How quickly are your requests and questions answered?',
    kind: 'scale',
    min: 1,
    max: 5,
    required: true,
  },
];

/** Fills in the defaults: scale 1–5, scale questions required, text questions optional. */
export function normalizeQuestion(q: SurveyQuestionInput): SurveyQuestion {
  const kind = q.kind ?? 'scale';
  return kind === 'scale'
    ? {
        id: q.id,
        text: q.text,
        kind,
        min: q.min ?? 1,
        max: q.max ?? 5,
        required: q.required ?? true,
      }
    : { id: q.id, text: q.text, kind, min: null, max: null, required: q.required ?? false };
}

/** Ids unique within the survey; a scale runs upwards; text questions have no scale. */
export function questionIssues(inputs: readonly SurveyQuestionInput[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  inputs.forEach((q, i) => {
    if (seen.has(q.id))
      issues.push({
        path: `body.questions[${i}].id`,
        code: 'duplicate',
        message: `is used by another question of this survey`,
      });
    seen.add(q.id);
    const n = normalizeQuestion(q);
    if (n.kind === 'scale' && n.min! >= n.max!)
      issues.push({
        path: `body.questions[${i}].max`,
        code: 'out_of_range',
        message: `must be above the lowest point (${n.min})`,
      });
    if (n.kind === 'text' && (q.min !== undefined || q.max !== undefined))
      issues.push({
        path: `body.questions[${i}].${q.min !== undefined ? 'min' : 'max'}`,
        code: 'not_allowed',
        message: 'applies to scale questions only',
      });
  });
  return issues;
}

/**
 * Once a survey has answers, its questions keep their ids and scales, so every answer
 * keeps its meaning; text may change and questions may be added. Returns a sentence
 * saying what would change, or null when the new list keeps them.
 */
export function frozenQuestionChange(
  before: readonly SurveyQuestion[],
  after: readonly SurveyQuestion[],
): string | null {
  for (const old of before) {
    const now = after.find((q) => q.id === old.id);
    if (!now)
      return `The survey has answers, so its question "${old.id}" cannot be removed; change its text instead.`;
    if (now.kind !== old.kind || now.min !== old.min || now.max !== old.max)
      return `The survey has answers, so the scale of its question "${old.id}" cannot change; add a new question instead.`;
  }
  return null;
}

/**
 * What is wrong with one response: answers to unknown questions, points off a
 * question's scale, a text where a point is asked (and the reverse), required
 * questions left out. Each issue names `body.answers.<questionId>`.
 */
export function answerIssues(
  questions: readonly SurveyQuestion[],
  answers: Readonly<Record<string, number | string>>,
): Issue[] {
  const issues: Issue[] = [];
  const path = (id: string) => `body.answers.${id}`;
  for (const [id, value] of Object.entries(answers)) {
    const q = questions.find((x) => x.id === id);
    if (!q) {
      issues.push({ path: path(id), code: 'unknown', message: 'is not a question of this survey' });
      continue;
    }
    if (q.kind === 'scale') {
      if (typeof value !== 'number' || !Number.isInteger(value))
        issues.push({
          path: path(id),
          code: 'type',
          message: `must be a whole number from ${q.min} to ${q.max}`,
        });
      else if (value < q.min! || value > q.max!)
        issues.push({
          path: path(id),
          code: 'out_of_range',
          message: `must be from ${q.min} to ${q.max}`,
        });
    } else if (typeof value !== 'string')
      issues.push({ path: path(id), code: 'type', message: 'must be text' });
  }
  for (const q of questions) {
    const value = answers[q.id];
    if (q.required && (value === undefined || (typeof value === 'string' && value.trim() === '')))
      issues.push({ path: path(q.id), code: 'required', message: 'is required' });
  }
  return issues;
}
