import { Type } from 'typebox';
import { ClosedObject, ErrorResponses } from '../../../contracts/common.schema.js';
import { SignInMethods } from '../../../contracts/sign-in-methods.schema.js';
import type { Container } from '../../container.js';
import { DomainError, ValidationError } from '../../domain-errors.js';
import { contextOf, type App } from '../../http/typed-app.js';
import { SESSION_COOKIE, SESSION_DAYS } from '../auth/auth.service.js';
import { ATTEMPT_MINUTES } from './oidc-attempt.repository.js';
import { OidcSignInRefused } from './oidc-sign-in.service.js';

const tags = ['accounts'];
const START = '/api/auth/oidc/start';
const CALLBACK = '/api/auth/oidc/callback';
/** Ties a sign-in in progress to the browser that started it; sent only to the two routes. */
const ATTEMPT_COOKIE = 'waymark_oidc';
const ATTEMPT_COOKIE_PATH = '/api/auth/oidc';

const Redirect = Type.Null({ description: 'Redirect (Location header).' });

/** Refusals go back to the sign-in page as a sentence it shows. */
function signInPageWith(message: string): string {
  return `/sign-in?${new URLSearchParams({ error: message })}`;
}

export async function oidcRoutes(app: App, { oidc, http }: Container) {
  app.get('/api/auth/methods', {
    config: { public: true },
    schema: {
      operationId: 'getSignInMethods',
      tags,
      summary: 'How people can sign in here (password, and OpenID Connect when configured)',
      security: [],
      response: { 200: SignInMethods, ...ErrorResponses },
    },
    handler: async () => ({
      password: true,
      oidc: oidc ? { name: oidc.name, startUrl: START } : null,
    }),
  });

  app.get(START, {
    config: { public: true },
    schema: {
      operationId: 'startOidcSignIn',
      tags,
      summary: 'Start signing in with the OpenID Connect provider; redirects there',
      description:
        'Redirects (302) to the provider with state, nonce and a PKCE challenge, and sets a short-lived HTTP-only cookie that ties the attempt to this browser. When the provider cannot be reached, redirects to the sign-in page with the reason. 404 when OpenID Connect is not configured.',
      security: [],
      querystring: ClosedObject({
        next: Type.Optional(
          Type.String({
            maxLength: 2000,
            description: 'The Waymark page to open once signed in (a path such as /programs).',
          }),
        ),
      }),
      response: { 302: Redirect, ...ErrorResponses },
    },
    handler: async (req, reply) => {
      if (!oidc)
        throw new DomainError(
          'not_found',
          'Sign-in with OpenID Connect is not configured on this Waymark (WAYMARK_OIDC_ISSUER).',
        );
      const next = req.query.next ?? '/';
      // A path on this site only, so a crafted link cannot send people elsewhere.
      if (!/^\/(?![/\\])/.test(next))
        throw ValidationError.field(
          'query.next',
          'not_a_local_path',
          `next must be a path on this Waymark such as /programs, not "${next}".`,
        );
      const base = http.publicUrl ?? `${req.protocol}://${req.host}`;
      try {
        const { location, browserSecret } = await oidc.start(`${base}${CALLBACK}`, next);
        reply.setCookie(ATTEMPT_COOKIE, browserSecret, {
          path: ATTEMPT_COOKIE_PATH,
          httpOnly: true,
          // lax: the provider's redirect back is a top-level GET from another site.
          sameSite: 'lax',
          secure: req.protocol === 'https',
          maxAge: ATTEMPT_MINUTES * 60,
        });
        return reply.redirect(location, 302);
      } catch (error) {
        if (error instanceof OidcSignInRefused)
          return reply.redirect(signInPageWith(error.message), 302);
        throw error;
      }
    },
  });

  app.get(CALLBACK, {
    config: { public: true },
    schema: {
      operationId: 'finishOidcSignIn',
      tags,
      summary: 'Where the OpenID Connect provider sends the browser back; sets the session cookie',
      description:
        "Exchanges the code (with the PKCE verifier), checks state and nonce, and matches the account: first by the provider's subject linked earlier, else by e-mail (case-insensitive) only when the provider says it is verified. With WAYMARK_OIDC_CREATE_USERS=on an unknown verified e-mail gets a new stakeholder account. Success redirects to the app with the session cookie set; a refusal redirects to the sign-in page with `?error=<sentence>`.",
      security: [],
      querystring: Type.Object(
        {
          code: Type.Optional(Type.String({ maxLength: 4096 })),
          state: Type.Optional(Type.String({ maxLength: 1024 })),
          error: Type.Optional(Type.String({ maxLength: 1024 })),
          error_description: Type.Optional(Type.String({ maxLength: 4096 })),
          iss: Type.Optional(Type.String({ maxLength: 2048 })),
        },
        // Providers add their own parameters (session_state, scope).
        { additionalProperties: true },
      ),
      response: { 302: Redirect, ...ErrorResponses },
    },
    handler: async (req, reply) => {
      const browserSecret = req.cookies[ATTEMPT_COOKIE];
      reply.clearCookie(ATTEMPT_COOKIE, { path: ATTEMPT_COOKIE_PATH });
      if (!oidc)
        return reply.redirect(
          signInPageWith('Sign-in with OpenID Connect is not configured on this Waymark.'),
          302,
        );
      try {
        const { sessionSecret, returnTo } = await oidc.finish(
          contextOf(req),
          new URL(req.url, 'http://callback.invalid'),
          browserSecret,
          req.headers['user-agent'] ?? '',
        );
        reply.setCookie(SESSION_COOKIE, sessionSecret, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: req.protocol === 'https',
          maxAge: SESSION_DAYS * 24 * 3600,
        });
        return reply.redirect(returnTo, 302);
      } catch (error) {
        if (error instanceof OidcSignInRefused) {
          req.log.warn({ reason: error.message }, 'OpenID Connect sign-in refused');
          return reply.redirect(signInPageWith(error.message), 302);
        }
        throw error;
      }
    },
  });
}
