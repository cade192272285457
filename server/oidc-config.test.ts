import { describe, expect, it } from 'vitest';
import { oidcSettings } from './config.js';

const ALL = {
  WAYMARK_OIDC_ISSUER: 'https://login.example.com/realms/main',
  WAYMARK_OIDC_CLIENT_ID: 'waymark',
  WAYMARK_OIDC_CLIENT_SECRET: 's3cret',
};

describe('WAYMARK_OIDC_*', () => {
  it('is off when none is set', () => {
    expect(oidcSettings({})).toBeNull();
  });

  it('reads all three; the provider is named after its host and creates no accounts by default', () => {
    expect(oidcSettings(ALL)).toEqual({
      issuer: 'https://login.example.com/realms/main',
      clientId: 'waymark',
      clientSecret: 's3cret',
      name: 'login.example.com',
      createUsers: false,
    });
    expect(
      oidcSettings({ ...ALL, WAYMARK_OIDC_NAME: 'Keycloak', WAYMARK_OIDC_CREATE_USERS: 'on' }),
    ).toMatchObject({ name: 'Keycloak', createUsers: true });
  });

  it('needs all three together and names the missing ones', () => {
    expect(() => oidcSettings({ ...ALL, WAYMARK_OIDC_CLIENT_SECRET: '' })).toThrow(
      'Sign-in with OpenID Connect needs WAYMARK_OIDC_ISSUER, WAYMARK_OIDC_CLIENT_ID, WAYMARK_OIDC_CLIENT_SECRET together; WAYMARK_OIDC_CLIENT_SECRET is not set',
    );
    expect(() => oidcSettings({ WAYMARK_OIDC_ISSUER: ALL.WAYMARK_OIDC_ISSUER })).toThrow(
      'WAYMARK_OIDC_CLIENT_ID and WAYMARK_OIDC_CLIENT_SECRET are not set',
    );
  });

  it('refuses an issuer over plain http except on this machine', () => {
    expect(() => oidcSettings({ ...ALL, WAYMARK_OIDC_ISSUER: 'http://login.example.com' })).toThrow(
      /WAYMARK_OIDC_ISSUER must be the provider's https URL/,
    );
    expect(() => oidcSettings({ ...ALL, WAYMARK_OIDC_ISSUER: 'not a url' })).toThrow(
      /got "not a url"/,
    );
    expect(oidcSettings({ ...ALL, WAYMARK_OIDC_ISSUER: 'http://127.0.0.1:9000' })?.issuer).toBe(
      'http://127.0.0.1:9000',
    );
  });
});
