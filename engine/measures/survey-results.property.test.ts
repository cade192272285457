import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  questionStatistics,
  responseRate,
  surveyStatistics,
  type SurveyQuestionSpec,
} from './survey-results.js';

const satisfaction: SurveyQuestionSpec = {
  id: 'satisfaction',
  text: 'How satisfied are you?',
  kind: 'scale',
  min: 1,
  max: 5,
};
const answersOf = (points: unknown[]) => points.map((p) => ({ answers: { satisfaction: p } }));

describe('survey statistics', () => {
  it('works a worked example: 5, 4, 4 and 1 of 1–5 from 6 invited', () => {
    const stats = surveyStatistics([satisfaction], answersOf([5, 4, 4, 1]), 6);
    expect(stats.responseRate).toBeCloseTo(4 / 6);
    const q = stats.questions[0]!;
    expect(q.mean).toBe(3.5);
    expect(q.answered).toBe(4);
    expect(q.distribution).toEqual([
      { value: 1, count: 1 },
      { value: 2, count: 0 },
      { value: 3, count: 0 },
      { value: 4, count: 2 },
      { value: 5, count: 1 },
    ]);
  });

  it('has no rate when nobody was invited, and no mean with no answers', () => {
    expect(responseRate(0, 0)).toBeNull();
    expect(questionStatistics(satisfaction, []).mean).toBeNull();
  });

  it('ignores points off the scale and answers that are not integers', () => {
    const q = questionStatistics(satisfaction, answersOf([0, 6, 2.5, '3', null, 3]));
    expect(q.answered).toBe(1);
    expect(q.mean).toBe(3);
  });

  it('keeps the non-empty answers of text questions', () => {
    const q = questionStatistics(
      { id: 'best', text: 'What went best?', kind: 'text', min: null, max: null },
      [{ answers: { best: 'The demos' } }, { answers: { best: '  ' } }, { answers: {} }],
    );
    expect(q.texts).toEqual(['The demos']);
    expect(q.distribution).toEqual([]);
  });

  it('counts every answer once, keeps the mean on the scale, and the rate in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.oneof(fc.integer({ min: -3, max: 13 }), fc.constant(undefined)), {
          maxLength: 60,
        }),
        fc.integer({ min: 0, max: 100 }),
        (lo, span, points, extraInvited) => {
          const min = lo;
          const max = Math.min(10, lo + span);
          const q: SurveyQuestionSpec = { ...satisfaction, min, max };
          const stats = surveyStatistics([q], answersOf(points), points.length + extraInvited);
          const s = stats.questions[0]!;
          const onScale = points.filter(
            (p) => typeof p === 'number' && p >= min && p <= max,
          ).length;
          expect(s.distribution.reduce((n, d) => n + d.count, 0)).toBe(onScale);
          expect(s.answered).toBe(onScale);
          expect(s.distribution.map((d) => d.value)).toEqual(
            Array.from({ length: max - min + 1 }, (_, i) => min + i),
          );
          if (s.mean !== null) {
            expect(s.mean).toBeGreaterThanOrEqual(min);
            expect(s.mean).toBeLessThanOrEqual(max);
          } else expect(onScale).toBe(0);
          if (stats.responseRate !== null) {
            expect(stats.responseRate).toBeGreaterThanOrEqual(0);
            expect(stats.responseRate).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  it('one more top answer never lowers the mean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 }),
        (ps) => {
          const before = questionStatistics(satisfaction, answersOf(ps)).mean!;
          const after = questionStatistics(satisfaction, answersOf([...ps, 5])).mean!;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
