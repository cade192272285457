/**
 * Where test servers' clocks start unless a test says otherwise: Monday
 * 16 November 2026, 08:00 in Los Angeles (the programs' default zone), before
 * every date the tests plan with. Servers under test never read the real
 * date, so the suite passes whatever day it runs on.
 */
export const TEST_CLOCK_START = '2026-11-16T16:00:00Z';
