import { describe, expect, it } from 'vitest';
import { createDatabaseAvailability } from './database-availability.js';

function recorded() {
  const lines: string[] = [];
  let now = Date.parse('2027-01-04T09:00:00Z');
  const availability = createDatabaseAvailability({
    log: (m) => lines.push(m),
    clock: () => new Date(now),
  });
  return { availability, lines, advance: (ms: number) => (now += ms) };
}

describe('database availability', () => {
  it('logs one line per change of state, however many failures report it', () => {
    const { availability, lines, advance } = recorded();
    for (let i = 0; i < 1000; i++) availability.markDown('connection refused');
    advance(4200);
    for (let i = 0; i < 1000; i++) availability.markUp();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^database is down: connection refused/);
    expect(lines[1]).toBe('database is back up after 4.2 s');
  });

  it('says since when it is down, and tells listeners of each change once', () => {
    const { availability } = recorded();
    const seen: string[] = [];
    availability.onChange((s) => seen.push(s));
    expect(availability.downSince()).toBeNull();
    availability.markDown('x');
    availability.markDown('y');
    expect(availability.state()).toBe('down');
    expect(availability.downSince()?.toISOString()).toBe('2027-01-04T09:00:00.000Z');
    availability.markUp();
    expect(seen).toEqual(['down', 'up']);
    expect(availability.downSince()).toBeNull();
  });

  it('ends an outage on a successful query only when no supervisor holds it down', () => {
    const { availability } = recorded();
    availability.markDown('connection refused');
    availability.reportSuccess();
    expect(availability.state()).toBe('up');
    availability.markDown('postmaster killed', { held: true });
    availability.markDown('connection refused');
    availability.reportSuccess();
    expect(availability.state()).toBe('down');
    availability.markUp('restarted');
    expect(availability.state()).toBe('up');
  });
});
