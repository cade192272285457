import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain-errors.js';
import { resolveProgress, type StoredProgress } from './task-progress.js';

const NOW = '2026-12-07T10:15:00';
const STATUS = '2026-12-07';
const todo: StoredProgress = {
  state: 'todo',
  actual_start: null,
  actual_finish: null,
  percent_complete: 0,
  remaining_hours: null,
};
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.path, i.code]);
    throw e;
  }
  return [];
};

describe('resolveProgress', () => {
  it('moving to in_progress fills the actual start from the clock', () => {
    expect(resolveProgress(todo, { state: 'in_progress' }, NOW, STATUS)).toMatchObject({
      actual_start: NOW,
      actual_finish: null,
    });
  });

  it('moving to done fills both actuals and makes it 100%, unless given', () => {
    expect(resolveProgress(todo, { state: 'done' }, NOW, STATUS)).toEqual({
      actual_start: NOW,
      actual_finish: NOW,
      percent_complete: 100,
      remaining_hours: null,
    });
    const given = resolveProgress(
      { ...todo, state: 'in_progress', actual_start: '2026-11-30T08:00:00', percent_complete: 40 },
      { state: 'done', actualFinish: '2026-12-04T17:00:00' },
      NOW,
      STATUS,
    );
    expect(given).toMatchObject({
      actual_start: '2026-11-30T08:00:00',
      actual_finish: '2026-12-04T17:00:00',
      percent_complete: 100,
    });
  });

  it('a task created done without a percent is 100%', () => {
    expect(resolveProgress(null, { state: 'done' }, NOW, STATUS).percent_complete).toBe(100);
  });

  it('refuses bad progress, naming each field', () => {
    expect(issuesOf(() => resolveProgress(todo, { actualFinish: NOW }, NOW, STATUS))).toEqual([
      ['body.actualFinish', 'needs_actual_start'],
    ]);
    expect(
      issuesOf(() =>
        resolveProgress(
          todo,
          { actualStart: '2026-12-03T08:00:00', actualFinish: '2026-12-02T17:00:00' },
          NOW,
          STATUS,
        ),
      ),
    ).toEqual([['body.actualFinish', 'before_actual_start']]);
    expect(
      issuesOf(() => resolveProgress(todo, { actualStart: '2026-12-08T08:00:00' }, NOW, STATUS)),
    ).toEqual([['body.actualStart', 'after_status_date']]);
    expect(
      issuesOf(() => resolveProgress(todo, { state: 'done', percentComplete: 60 }, NOW, STATUS)),
    ).toEqual([['body.percentComplete', 'done_needs_100']]);
    // Filled from a clock past a status date set in the past: named too.
    expect(issuesOf(() => resolveProgress(todo, { state: 'done' }, NOW, '2026-11-30'))).toEqual([
      ['body.actualStart', 'after_status_date'],
      ['body.actualFinish', 'after_status_date'],
    ]);
  });

  it('actual dates on the status date itself are allowed', () => {
    expect(
      resolveProgress(todo, { actualStart: '2026-12-07T16:00:00' }, NOW, STATUS).actual_start,
    ).toBe('2026-12-07T16:00:00');
  });

  it('whatever is accepted keeps the rules: finish after start, done is 100%', () => {
    const date = fc
      .record({ d: fc.integer({ min: 1, max: 9 }), h: fc.integer({ min: 8, max: 17 }) })
      .map(({ d, h }) => `2026-12-0${d}T${String(h).padStart(2, '0')}:00:00`);
    fc.assert(
      fc.property(
        fc.record(
          {
            state: fc.constantFrom('todo', 'in_progress', 'blocked', 'done', 'cancelled' as const),
            actualStart: fc.option(date),
            actualFinish: fc.option(date),
            percentComplete: fc.integer({ min: 0, max: 100 }),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          let out;
          try {
            out = resolveProgress(todo, input, NOW, STATUS);
          } catch (e) {
            expect(e).toBeInstanceOf(ValidationError);
            return;
          }
          if (out.actual_finish !== null) {
            expect(out.actual_start).not.toBeNull();
            expect(out.actual_finish >= out.actual_start!).toBe(true);
          }
          if ((input.state ?? 'todo') === 'done') expect(out.percent_complete).toBe(100);
          for (const d of [out.actual_start, out.actual_finish])
            if (d !== null) expect(d.slice(0, 10) <= STATUS).toBe(true);
        },
      ),
    );
  });
});
