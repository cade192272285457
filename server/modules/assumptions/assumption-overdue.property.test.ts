import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { programToday } from '../../clock/program-clock.js';
import { toAssumption } from './assumption.repository.js';

const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];
const day = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));

const row = (
  status: 'unvalidated' | 'valid' | 'invalid',
  validateBy: string | null,
  zone: string,
) => ({
  id: '00000000-0000-4000-8000-000000000001',
  program_id: '00000000-0000-4000-8000-000000000002',
  program_name: 'P',
  program_time_zone: zone,
  statement: 'S',
  description: '',
  owner_id: null,
  owner_name: null,
  validate_by: validateBy,
  status,
  validated_at: null,
  note: '',
  version: 1,
  created_at: new Date(0),
  updated_at: new Date(0),
});

describe('an assumption is overdue', () => {
  it('exactly when unvalidated and its validate-by day is before the program’s today', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('unvalidated', 'valid', 'invalid'),
        fc.option(day, { nil: null }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }),
        (status, validateBy, zone, nowMs) => {
          const clock = () => new Date(nowMs);
          const today = programToday(clock, zone);
          const { overdue } = toAssumption(row(status, validateBy, zone), clock);
          expect(overdue).toBe(
            status === 'unvalidated' && validateBy !== null && validateBy < today,
          );
        },
      ),
    );
  });

  it('is not overdue on its validate-by day itself, whatever the zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 1000 }), (zone, d) => {
        const clock = () => new Date(Date.UTC(2025, 0, 1 + d, 12));
        const today = programToday(clock, zone);
        expect(toAssumption(row('unvalidated', today, zone), clock).overdue).toBe(false);
      }),
    );
  });
});
