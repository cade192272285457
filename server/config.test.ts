import { describe, expect, it } from 'vitest';
import { ConfigError, rateLimits, readConfig, trustProxy } from './config.js';
import { DEFAULT_RATE_LIMITS } from './modules/rate-limits/rate-limit-settings.js';

describe('WAYMARK_TRUST_PROXY', () => {
  it('is off unless set: the socket address is the client', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    for (const off of ['', ' ', '0', 'false', 'off', 'no']) expect(trustProxy(off)).toBe(false);
  });

  it('takes proxy addresses and CIDR ranges, separated by commas', () => {
    expect(trustProxy('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(trustProxy('10.0.0.0/8, 192.168.1.5 ,::1,fd00::/8')).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      '::1',
      'fd00::/8',
    ]);
    expect(trustProxy('loopback,uniquelocal')).toEqual(['loopback', 'uniquelocal']);
  });

  it('refuses "true", which would let any client choose its address', () => {
    expect(() => trustProxy('true')).toThrow(ConfigError);
    expect(() => trustProxy('TRUE')).toThrow(/any client could then choose its own address/);
  });

  it('refuses a hop count, which Fastify 5 ignores as unsafe, and says why', () => {
    expect(() => trustProxy('1')).toThrow(
      /a hop count \("1"\) cannot tell a proxy from a client that connects directly/,
    );
  });

  it('names the entries that are not addresses or ranges', () => {
    expect(() => trustProxy('127.0.0.1,proxy.local')).toThrow(/lists "proxy.local"/);
    expect(() => trustProxy('10.0.0.0/33')).toThrow(/"10.0.0.0\/33"/);
    expect(() => trustProxy('::1/129')).toThrow(ConfigError);
    expect(() => trustProxy('10.0.0.1/8/2')).toThrow(ConfigError);
    expect(() => trustProxy('127.0.0.1,')).toThrow(/lists ""/);
  });
});

describe('WAYMARK_RATE_LIMIT_*', () => {
  it('defaults to the production limits', () => {
    expect(rateLimits({})).toEqual(DEFAULT_RATE_LIMITS);
  });

  it('reads each limit and the window in seconds', () => {
    expect(
      rateLimits({
        WAYMARK_RATE_LIMIT_WINDOW: '30',
        WAYMARK_RATE_LIMIT_USER: '100',
        WAYMARK_RATE_LIMIT_PUBLIC: '10',
      }),
    ).toEqual({ windowMs: 30_000, perUser: 100, publicPerAddress: 10 });
  });

  it('is turned off by WAYMARK_RATE_LIMITS=off', () => {
    expect(rateLimits({ WAYMARK_RATE_LIMITS: 'off' })).toBeNull();
  });

  it('refuses a limit that is not a positive whole number, naming the variable', () => {
    for (const bad of ['0', '-5', '1.5', 'lots', '2000000'])
      expect(() => rateLimits({ WAYMARK_RATE_LIMIT_USER: bad })).toThrow(
        `WAYMARK_RATE_LIMIT_USER must be a whole number from 1 to 1000000, got "${bad}"`,
      );
  });
});
