import type { Queryable } from '../../db/database.js';
import { hashSecret } from '../auth/secret-token.js';

/** How long a person has to finish signing in at the provider. */
export const ATTEMPT_MINUTES = 10;

export interface OidcAttempt {
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  /** The Waymark path to open once signed in. */
  returnTo: string;
}

export async function saveAttempt(
  db: Queryable,
  a: OidcAttempt & { state: string; browserSecret: string; now: Date },
): Promise<void> {
  // Abandoned attempts are cleared as new ones start, so the table stays small.
  await db.query('DELETE FROM oidc_sign_in_attempts WHERE expires_at <= $1', [a.now]);
  await db.query(
    `INSERT INTO oidc_sign_in_attempts (state_hash, browser_hash, nonce, code_verifier, redirect_uri, return_to, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz + $8::interval)`,
    [
      hashSecret(a.state).toString('base64url'),
      hashSecret(a.browserSecret).toString('base64url'),
      a.nonce,
      a.codeVerifier,
      a.redirectUri,
      a.returnTo,
      a.now,
      `${ATTEMPT_MINUTES} minutes`,
    ],
  );
}

/**
 * The attempt this state belongs to, taken (deleted) so it cannot be used twice; undefined
 * when the state is unknown, used, expired, or was started in another browser.
 */
export async function takeAttempt(
  db: Queryable,
  state: string,
  browserSecret: string,
  now: Date,
): Promise<OidcAttempt | undefined> {
  const r = await db.query<{
    nonce: string;
    code_verifier: string;
    redirect_uri: string;
    return_to: string;
  }>(
    `DELETE FROM oidc_sign_in_attempts
      WHERE state_hash = $1 AND browser_hash = $2 AND expires_at > $3
      RETURNING nonce, code_verifier, redirect_uri, return_to`,
    [hashSecret(state).toString('base64url'), hashSecret(browserSecret).toString('base64url'), now],
  );
  const row = r.rows[0];
  return row
    ? {
        nonce: row.nonce,
        codeVerifier: row.code_verifier,
        redirectUri: row.redirect_uri,
        returnTo: row.return_to,
      }
    : undefined;
}
