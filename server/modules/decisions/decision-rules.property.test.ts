import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISION_STATUSES } from '../../../contracts/decision.schema.js';
import { decisionStateIssues, hasAtMostTwoDecimals, type DecisionState } from './decision-rules.js';

const ID = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';

const state: fc.Arbitrary<DecisionState> = fc.record({
  id: fc.constantFrom(null, ID),
  status: fc.constantFrom(...DECISION_STATUSES),
  decision: fc.constantFrom(null, '', '  ', 'Buy it'),
  chosenOption: fc.option(fc.integer({ min: 0, max: 19 }), { nil: null }),
  optionCount: fc.integer({ min: 0, max: 20 }),
  supersededById: fc.constantFrom(null, ID, OTHER),
});

const pathsOf = (s: DecisionState) => decisionStateIssues(s).map((i) => i.path);

describe('decisionStateIssues', () => {
  it('names body.decision exactly when a decided one says nothing', () => {
    fc.assert(
      fc.property(state, (s) => {
        const silent = !s.decision?.trim();
        expect(pathsOf(s).includes('body.decision')).toBe(s.status === 'decided' && silent);
      }),
    );
  });

  it('names body.chosenOption exactly when the index is not one of the options', () => {
    fc.assert(
      fc.property(state, (s) => {
        const outside = s.chosenOption !== null && s.chosenOption >= s.optionCount;
        expect(pathsOf(s).includes('body.chosenOption')).toBe(outside);
      }),
    );
  });

  it('accepts a successor only on a superseded decision, and never itself', () => {
    fc.assert(
      fc.property(state, (s) => {
        const fine =
          (s.status === 'superseded') === (s.supersededById !== null) &&
          (s.id === null || s.supersededById !== s.id);
        expect(pathsOf(s).includes('body.supersededById')).toBe(!fine);
      }),
    );
  });
});

describe('hasAtMostTwoDecimals', () => {
  it('keeps the cases it got wrong once', () => {
    expect(hasAtMostTwoDecimals(5000.005)).toBe(false);
    expect(hasAtMostTwoDecimals(0.07)).toBe(true);
    expect(hasAtMostTwoDecimals(999_999_999_999)).toBe(true);
  });

  it('holds for every whole number of cents, and not for a tenth of a cent more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_999 }), (cents) => {
        expect(hasAtMostTwoDecimals(cents / 100)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (cents) => {
        expect(hasAtMostTwoDecimals(cents / 100 + 0.005)).toBe(false);
      }),
    );
  });
});
