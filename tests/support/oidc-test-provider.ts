import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { OidcSettings } from '../../server/config.js';

export interface TestAccount {
  email: string;
  email_verified: boolean;
  name?: string;
}

export const TEST_CLIENT = { id: 'waymark-test', secret: 'waymark-test-secret-0123456789' };

/**
 * A real OpenID provider (oidc-provider) in this process on 127.0.0.1, with its development
 * login and consent pages: any login name signs in as the account of that id in `accounts`.
 * It listens first so its issuer URL is known to Waymark's settings; the client (with
 * Waymark's redirect URL) is registered once Waymark listens too.
 */
export async function startOidcTestProvider() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  return {
    issuer,
    accounts,
    settings(overrides: Partial<OidcSettings> = {}): OidcSettings {
      return {
        issuer,
        clientId: TEST_CLIENT.id,
        clientSecret: TEST_CLIENT.secret,
        name: 'Test Identity',
        createUsers: false,
        ...overrides,
      };
    },
    /** Registers Waymark's redirect URL(s) and starts answering. */
    register(redirectUris: string[]) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: TEST_CLIENT.id,
            client_secret: TEST_CLIENT.secret,
            redirect_uris: redirectUris,
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        findAccount: (_ctx, sub) => {
          const account = accounts.get(sub);
          if (!account) return undefined;
          return { accountId: sub, claims: () => ({ sub, ...account }) };
        },
        cookies: { keys: ['oidc-test-provider-cookie-key'] },
        features: { devInteractions: { enabled: true } },
      });
      server.on('request', provider.callback());
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type OidcTestProvider = Awaited<ReturnType<typeof startOidcTestProvider>>;
