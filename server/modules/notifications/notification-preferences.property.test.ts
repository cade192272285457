import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
} from '../../../contracts/notification.schema.js';
import {
  DEFAULT_PREFERENCES,
  preferenceKind,
  preferenceRowsOf,
  preferencesFrom,
  type PreferenceRow,
} from './notification-preferences.js';

const row: fc.Arbitrary<PreferenceRow> = fc.record({
  kind: fc.constantFrom(...NOTIFICATION_KINDS),
  channel: fc.constantFrom(...NOTIFICATION_CHANNELS),
  enabled: fc.boolean(),
});

describe('notification preferences', () => {
  it('are the defaults where nothing is stored, and the last stored choice elsewhere', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const prefs = preferencesFrom(rows);
        for (const kind of NOTIFICATION_KINDS)
          for (const channel of NOTIFICATION_CHANNELS) {
            const last = rows.filter((r) => r.kind === kind && r.channel === channel).at(-1);
            expect(prefs[kind][channel]).toBe(
              last ? last.enabled : DEFAULT_PREFERENCES[kind][channel],
            );
          }
      }),
    );
    // Laying choices over the defaults never changes the defaults themselves.
    preferencesFrom([{ kind: 'due', channel: 'in_app', enabled: false }]);
    expect(DEFAULT_PREFERENCES.due.in_app).toBe(true);
  });

  it('a PUT of a full preference set stores it exactly', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const wanted = preferencesFrom(rows);
        expect(preferencesFrom(preferenceRowsOf(wanted))).toEqual(wanted);
      }),
    );
  });

  it('files unknown kinds (the intake’s) under request', () => {
    expect(preferenceKind('sla_breached')).toBe('request');
    expect(preferenceKind('action_overdue')).toBe('action_overdue');
  });
});
