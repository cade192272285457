import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISION_STATUSES } from '../../../contracts/decision.schema.js';
import { isDecisionOverdue } from './decision-overdue.js';

const day = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('isDecisionOverdue', () => {
  it('is overdue exactly when proposed and needed before today (by date, not by text)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DECISION_STATUSES), day, day, (status, neededBy, today) => {
        const byTime = new Date(neededBy).getTime() < new Date(today).getTime();
        expect(isDecisionOverdue(status, neededBy, today)).toBe(status === 'proposed' && byTime);
      }),
    );
  });

  it('a decision without a needed-by date, or needed today, is not overdue', () => {
    fc.assert(
      fc.property(day, (today) => {
        expect(isDecisionOverdue('proposed', null, today)).toBe(false);
        expect(isDecisionOverdue('proposed', today, today)).toBe(false);
      }),
    );
  });
});
