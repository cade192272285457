import { describe, expect, it } from 'vitest';
import { portFromPostmasterPid } from './backup-target.js';

describe('the port of a running embedded PostgreSQL', () => {
  it('is the 4th line of postmaster.pid', () => {
    const pidFile =
      '4242\n/data/postgres\n1796611371\n41873\n\n127.0.0.1\n  1234567  98304\nready   \n';
    expect(portFromPostmasterPid(pidFile)).toBe(41873);
  });

  it('is unknown in a file cut short', () => {
    expect(portFromPostmasterPid('4242\n/data/postgres\n')).toBeNull();
  });
});
