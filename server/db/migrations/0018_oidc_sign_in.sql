-- Sign-in with OpenID Connect. A person is recognised by the provider's subject identifier
-- (stable for the account), so a later change of e-mail address at the provider still finds them.
CREATE TABLE oidc_identities (
  issuer text NOT NULL,
  subject text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_identities_user ON oidc_identities (user_id);

-- A sign-in in progress: what the callback must check (state, nonce, PKCE verifier) between
-- the redirect to the provider and its return. Each row is used once; the state is stored
-- hashed, and the browser that started it holds the matching secret in a cookie.
CREATE TABLE oidc_sign_in_attempts (
  state_hash text PRIMARY KEY,
  browser_hash text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  redirect_uri text NOT NULL,
  -- The Waymark page to open once signed in (a path on this site).
  return_to text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_sign_in_attempts_expiry ON oidc_sign_in_attempts (expires_at);
