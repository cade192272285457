import * as client from 'openid-client';
import type { Clock } from '../../clock/clock.js';
import type { OidcSettings } from '../../config.js';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { newSecret } from '../auth/secret-token.js';
import { openSession } from '../auth/session.service.js';
import { findUserByEmail, insertUser, type UserRow } from '../users/user.repository.js';
import { saveAttempt, takeAttempt } from './oidc-attempt.repository.js';
import { findUserByIdentity, linkIdentity } from './oidc-identity.repository.js';

/** A sign-in the provider vouched for but Waymark will not complete; the message is for the person. */
export class OidcSignInRefused extends Error {}

export interface OidcClaims {
  sub: string;
  email?: string | undefined;
  email_verified?: boolean | undefined;
  name?: string | undefined;
}

function toActor(r: UserRow): Actor {
  return { id: r.id, email: r.email, name: r.name, role: r.role };
}

/**
 * Sign-in with OpenID Connect: the authorization code flow with PKCE (openid-client).
 * The provider's metadata is fetched once, on the first sign-in, and again after a failure.
 */
export function createOidcSignIn(db: Database, clock: Clock, settings: OidcSettings) {
  let configuration: Promise<client.Configuration> | undefined;
  const issuerUrl = new URL(settings.issuer);

  function provider(): Promise<client.Configuration> {
    configuration ??= client
      .discovery(
        issuerUrl,
        settings.clientId,
        settings.clientSecret,
        undefined,
        // config.ts admits plain http only for a provider on this machine.
        issuerUrl.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw new OidcSignInRefused(
          `${settings.name} did not answer (${error instanceof Error ? error.message : String(error)}); try again later or sign in with your password.`,
        );
      });
    return configuration;
  }

  /** The account these verified claims belong to, linked to the provider's subject; refuses otherwise. */
  async function accountFor(
    tx: Queryable,
    ctx: RequestContext,
    claims: OidcClaims,
  ): Promise<UserRow> {
    const linked = await findUserByIdentity(tx, settings.issuer, claims.sub);
    if (linked) return linked;
    const email = claims.email?.trim();
    if (!email)
      throw new OidcSignInRefused(
        `${settings.name} did not share your e-mail address, which Waymark needs to find your account.`,
      );
    if (claims.email_verified !== true)
      throw new OidcSignInRefused(
        `${settings.name} has not verified your e-mail address ${email}; verify it there, then sign in again.`,
      );
    let user = await findUserByEmail(tx, email);
    if (!user) {
      if (!settings.createUsers)
        throw new OidcSignInRefused(
          `No Waymark account uses ${email}; ask a Waymark admin to add you, then sign in again.`,
        );
      user = await insertUser(tx, {
        email,
        name: claims.name?.trim() || email,
        role: 'stakeholder',
        passwordHash: null,
      });
      await recordAudit(
        tx,
        { ...ctx, actor: toActor(user) },
        {
          entityType: 'user',
          entityId: user.id,
          action: 'create',
          before: null,
          after: { email: user.email, name: user.name, role: user.role, via: 'oidc' },
        },
      );
    }
    await linkIdentity(tx, settings.issuer, claims.sub, user.id);
    return user;
  }

  return {
    name: settings.name,

    /** Where to send the browser, and the secret its cookie must carry back to the callback. */
    async start(
      redirectUri: string,
      returnTo: string,
    ): Promise<{ location: string; browserSecret: string }> {
      const config = await provider();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const browserSecret = newSecret('wmo');
      await saveAttempt(db, {
        state,
        nonce,
        codeVerifier,
        redirectUri,
        returnTo,
        browserSecret,
        now: clock(),
      });
      const location = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { location: location.href, browserSecret };
    },

    /**
     * Completes the sign-in the provider sent back to `callbackUrl`: checks state, nonce and
     * PKCE, then opens a Waymark session exactly as password sign-in does.
     */
    async finish(
      ctx: RequestContext,
      callbackUrl: URL,
      browserSecret: string | undefined,
      userAgent = '',
    ): Promise<{ user: UserRow; sessionSecret: string; returnTo: string }> {
      const providerError = callbackUrl.searchParams.get('error');
      const state = callbackUrl.searchParams.get('state');
      const attempt =
        state && browserSecret ? await takeAttempt(db, state, browserSecret, clock()) : undefined;
      if (!attempt)
        throw new OidcSignInRefused(
          `This sign-in with ${settings.name} was not started in this browser, was already used, or took longer than 10 minutes; start again.`,
        );
      if (providerError)
        throw new OidcSignInRefused(
          `${settings.name} did not sign you in (${callbackUrl.searchParams.get('error_description') ?? providerError}).`,
        );
      const config = await provider();
      // The provider redirected to the address we registered; the request may have reached us
      // under another (behind a proxy), so the checks use the registered one.
      const current = new URL(attempt.redirectUri);
      current.search = callbackUrl.search;
      let claims: OidcClaims;
      try {
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: attempt.codeVerifier,
          expectedState: state!,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims()!;
        claims = { sub: idClaims.sub, ...pickClaims(idClaims) };
        // Many providers put e-mail only in the userinfo answer, not in the ID token.
        if (claims.email === undefined || claims.email_verified === undefined) {
          const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
          claims = { sub: idClaims.sub, ...pickClaims(idClaims), ...pickClaims(info) };
        }
      } catch (error) {
        throw new OidcSignInRefused(
          `${settings.name} sent an answer Waymark could not verify (${error instanceof Error ? error.message : String(error)}); start again.`,
        );
      }
      return db.transaction(async (tx) => {
        const user = await accountFor(tx, ctx, claims);
        // The provider vouches for the person, not for their Waymark account: a deactivated
        // account (or an invitation not yet accepted) stays closed, as with a password.
        if (!user.active)
          throw new OidcSignInRefused(
            `Your Waymark account ${user.email} is not active (deactivated, or its invitation not yet accepted); ask a Waymark admin.`,
          );
        const sessionSecret = newSecret('wms');
        await openSession(tx, { secret: sessionSecret, userId: user.id, at: clock(), userAgent });
        await recordAudit(
          tx,
          { ...ctx, actor: toActor(user) },
          {
            entityType: 'session',
            entityId: user.id,
            action: 'sign_in',
            before: null,
            after: {
              userId: user.id,
              method: 'oidc',
              issuer: settings.issuer,
              subject: claims.sub,
            },
          },
        );
        return { user, sessionSecret, returnTo: attempt.returnTo };
      });
    },
  };
}
export type OidcSignIn = ReturnType<typeof createOidcSignIn>;

function pickClaims(source: Record<string, unknown>): Omit<OidcClaims, 'sub'> {
  const out: Omit<OidcClaims, 'sub'> = {};
  if (typeof source.email === 'string') out.email = source.email;
  if (typeof source.email_verified === 'boolean') out.email_verified = source.email_verified;
  if (typeof source.name === 'string') out.name = source.name;
  return out;
}
