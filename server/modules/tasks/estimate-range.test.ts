import { describe, expect, it } from 'vitest';
import { estimateRangeFollowingLikely } from './estimate-range.js';

const range = { estimate_optimistic_hours: 8, estimate_pessimistic_hours: 24 };

describe('estimateRangeFollowingLikely', () => {
  it('raises the pessimistic or lowers the optimistic to meet a likely estimate outside the range', () => {
    expect(estimateRangeFollowingLikely(range, { estimateHours: 40 })).toEqual({
      estimate_pessimistic_hours: 40,
    });
    expect(estimateRangeFollowingLikely(range, { estimateHours: 4 })).toEqual({
      estimate_optimistic_hours: 4,
    });
  });

  it('leaves a likely estimate inside the range, a range sent with it, and tasks without a range alone', () => {
    expect(estimateRangeFollowingLikely(range, { estimateHours: 16 })).toEqual({});
    expect(
      estimateRangeFollowingLikely(range, { estimateHours: 40, estimatePessimisticHours: 30 }),
    ).toEqual({});
    expect(
      estimateRangeFollowingLikely(
        { estimate_optimistic_hours: null, estimate_pessimistic_hours: null },
        { estimateHours: 40 },
      ),
    ).toEqual({});
    expect(estimateRangeFollowingLikely(range, { estimateHours: null })).toEqual({});
    expect(estimateRangeFollowingLikely(range, {})).toEqual({});
  });
});
