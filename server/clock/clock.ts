/**
 * The server's one source of "now". Services, jobs and the demo read time
 * only through a Clock handed to them by the composition root, so tests can
 * pin it and the suite can be run as if it were another day.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * A clock that reads `start` at the moment it is made and then runs on with
 * real time: dates are pinned, yet timestamps still order and expire.
 */
export function clockStartingAt(start: Date, realNow: () => number = Date.now): Clock {
  const offset = start.getTime() - realNow();
  return () => new Date(realNow() + offset);
}

/** The clock's date in UTC, `YYYY-MM-DD`. */
export const utcDay = (clock: Clock): string => clock().toISOString().slice(0, 10);
