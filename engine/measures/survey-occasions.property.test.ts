import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueSurveyOccasions, type SurveyOccasionFacts } from './survey-occasions.js';

const facts = (over: Partial<SurveyOccasionFacts>): SurveyOccasionFacts => ({
  trigger: 'manual',
  createdDay: '2026-05-10',
  today: '2026-08-01',
  achievedMilestones: [],
  programCompleted: false,
  sent: new Set(),
  ...over,
});

describe('when a survey sends itself', () => {
  it('never sends a manual survey', () => {
    expect(
      dueSurveyOccasions(
        facts({
          achievedMilestones: [{ id: 'm1', achievedDay: '2026-06-01' }],
          programCompleted: true,
        }),
      ),
    ).toEqual([]);
  });

  it('sends for milestones achieved since it was made, each once', () => {
    const milestones = [
      { id: 'before', achievedDay: '2026-05-09' },
      { id: 'after', achievedDay: '2026-06-01' },
    ];
    expect(
      dueSurveyOccasions(facts({ trigger: 'milestone_achieved', achievedMilestones: milestones })),
    ).toEqual(['milestone:after']);
    expect(
      dueSurveyOccasions(
        facts({
          trigger: 'milestone_achieved',
          achievedMilestones: milestones,
          sent: new Set(['milestone:after']),
        }),
      ),
    ).toEqual([]);
  });

  it('sends at the program’s close once', () => {
    expect(
      dueSurveyOccasions(facts({ trigger: 'program_completed', programCompleted: true })),
    ).toEqual(['program_completed']);
    expect(
      dueSurveyOccasions(facts({ trigger: 'program_completed', programCompleted: false })),
    ).toEqual([]);
  });

  it('sends quarterly from the first quarter that begins after it was made', () => {
    // FY2027-Q2 begins 2026-05-01, before the survey (2026-05-10): not yet.
    expect(dueSurveyOccasions(facts({ trigger: 'quarterly', today: '2026-07-31' }))).toEqual([]);
    // FY2027-Q3 begins 2026-08-01.
    expect(dueSurveyOccasions(facts({ trigger: 'quarterly', today: '2026-08-01' }))).toEqual([
      'quarter:FY2027-Q3',
    ]);
  });

  it('is idempotent: what is due, once marked sent, is never due again', () => {
    const day = fc
      .date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom('manual', 'milestone_achieved', 'program_completed', 'quarterly' as const),
        day,
        day,
        fc.array(fc.record({ id: fc.uuid(), achievedDay: day }), { maxLength: 5 }),
        fc.boolean(),
        (trigger, a, b, achievedMilestones, programCompleted) => {
          const [createdDay, today] = a <= b ? [a, b] : [b, a];
          const first = dueSurveyOccasions(
            facts({ trigger, createdDay, today, achievedMilestones, programCompleted }),
          );
          expect(new Set(first).size).toBe(first.length);
          const again = dueSurveyOccasions(
            facts({
              trigger,
              createdDay,
              today,
              achievedMilestones,
              programCompleted,
              sent: new Set(first),
            }),
          );
          expect(again).toEqual([]);
        },
      ),
    );
  });
});
