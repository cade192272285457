import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completedAtAfter,
  isActionItemOverdue,
  nextDay,
  reminderDue,
  sourceIssues,
} from './action-item-rules.js';
import {
  ACTION_ITEM_SOURCE_KINDS,
  ACTION_ITEM_STATUSES,
} from '../../../contracts/action-item.schema.js';

const day = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2199-12-30T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const status = fc.constantFrom(...ACTION_ITEM_STATUSES);

describe('action item rules', () => {
  it('only open items are overdue, and only once their due day has passed', () => {
    fc.assert(
      fc.property(status, fc.option(day, { nil: null }), day, (s, due, today) => {
        const overdue = isActionItemOverdue(s, due, today);
        expect(overdue).toBe(s === 'open' && due !== null && due < today);
        if (due !== null) expect(isActionItemOverdue(s, due, due)).toBe(false);
      }),
    );
  });

  it('the next day is later, one day on, and a valid date', () => {
    fc.assert(
      fc.property(day, (d) => {
        const next = nextDay(d);
        expect(next > d).toBe(true);
        expect(Date.parse(`${next}T00:00:00Z`) - Date.parse(`${d}T00:00:00Z`)).toBe(86_400_000);
      }),
    );
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('reminds at most once of each kind, never for closed items, overdue before due', () => {
    fc.assert(
      fc.property(status, day, day, fc.boolean(), fc.boolean(), (s, due, today, dn, on) => {
        const r = reminderDue(
          { status: s, dueDate: due, dueNotified: dn, overdueNotified: on },
          today,
        );
        if (s !== 'open') expect(r).toBeNull();
        if (r === 'action_overdue') expect(on || due >= today).toBe(false);
        if (r === 'due') expect(due).toBe(nextDay(today));
        // Once notified, the same reminder is not owed again.
        if (r === 'due')
          expect(
            reminderDue({ status: s, dueDate: due, dueNotified: true, overdueNotified: on }, today),
          ).toBeNull();
        if (r === 'action_overdue')
          expect(
            reminderDue({ status: s, dueDate: due, dueNotified: dn, overdueNotified: true }, today),
          ).toBeNull();
      }),
    );
  });

  it('completedAt is set exactly while done, and keeps the first completion', () => {
    const stamp = fc.constantFrom('2026-11-01T10:00:00.000Z', '2026-11-20T09:00:00.000Z');
    fc.assert(
      fc.property(status, status, stamp, stamp, (from, to, earlier, now) => {
        const before = { status: from, completedAt: from === 'done' ? earlier : null };
        const after = completedAtAfter(before, to, now);
        expect(after !== null).toBe(to === 'done');
        if (from === 'done' && to === 'done') expect(after).toBe(earlier);
        if (from !== 'done' && to === 'done') expect(after).toBe(now);
      }),
    );
  });

  it('names a source exactly when the item is not manual', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTION_ITEM_SOURCE_KINDS),
        fc.option(fc.uuid(), { nil: null }),
        (kind, id) => {
          const issues = sourceIssues(kind, id);
          expect(issues.length === 0).toBe((kind === 'manual') === (id === null));
          for (const i of issues) expect(i.path).toBe('body.sourceId');
        },
      ),
    );
  });
});
