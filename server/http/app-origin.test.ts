import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../config.js';
import { appOriginsOf, originOf } from './app-origin.js';

const request = (protocol: string, host: string) => ({ protocol, host }) as FastifyRequest;

describe('the app origin', () => {
  it('is the scheme and Host the request was addressed to, default ports folded', () => {
    expect(appOriginsOf(request('http', '127.0.0.1:8080'), undefined)).toEqual([
      'http://127.0.0.1:8080',
    ]);
    expect(appOriginsOf(request('https', 'waymark.example.com:443'), undefined)).toEqual([
      'https://waymark.example.com',
    ]);
  });

  it('adds WAYMARK_PUBLIC_URL when it differs (a proxy that rewrites Host or terminates TLS)', () => {
    expect(
      appOriginsOf(request('http', '10.0.0.5:8080'), 'https://waymark.example.com/base/'),
    ).toEqual(['http://10.0.0.5:8080', 'https://waymark.example.com']);
    expect(
      appOriginsOf(request('https', 'waymark.example.com'), 'https://waymark.example.com'),
    ).toEqual(['https://waymark.example.com']);
  });

  it('reads an Origin header strictly: only http(s) origins, never "null"', () => {
    expect(originOf('HTTP://Example.COM:80')).toBe('http://example.com');
    expect(originOf('null')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });

  it('WAYMARK_PUBLIC_URL must be an http(s) URL', () => {
    expect(readConfig({ WAYMARK_PUBLIC_URL: 'https://waymark.example.com/' }).publicUrl).toBe(
      'https://waymark.example.com',
    );
    expect(readConfig({}).publicUrl).toBeUndefined();
    expect(() => readConfig({ WAYMARK_PUBLIC_URL: 'waymark.example.com' })).toThrow(ConfigError);
    expect(() => readConfig({ WAYMARK_PUBLIC_URL: 'ftp://waymark.example.com' })).toThrow(
      ConfigError,
    );
  });
});
