import type { paths } from '../../../contracts/api-client.js';

export type IntakeRequest =
  paths['/api/requests/{id}']['get']['responses'][200]['content']['application/json']['request'];
export type SlaClock = IntakeRequest['firstResponse'];

function hours(minutes: number): string {
  const h = Math.abs(minutes) / 60;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}

/** `on track, 13 h left (due 2027-01-13T23:00:00.000Z)`: one clock, as a sentence fragment. */
export function describeClock(clock: SlaClock): string {
  const state = clock.state.replace('_', ' ');
  if (clock.state === 'met' || clock.state === 'met_late' || clock.state === 'paused') return state;
  const left =
    clock.workingMinutesLeft >= 0
      ? `${hours(clock.workingMinutesLeft)} left`
      : `${hours(clock.workingMinutesLeft)} over`;
  return `${state}, ${left} (due ${clock.dueAt ?? '-'})`;
}
