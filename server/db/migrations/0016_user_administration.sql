-- User administration: deactivation, invitation and password-reset links,
-- sessions that can be listed and revoked one by one, token expiry and scope.

-- A deactivated account keeps its data; its sessions and tokens stop working.
ALTER TABLE users
  ADD COLUMN active boolean NOT NULL DEFAULT true,
  ADD COLUMN last_sign_in_at timestamptz;

-- Sessions were keyed only by their secret's hash; an id lets people name one to revoke it.
ALTER TABLE sessions
  ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
  ADD COLUMN user_agent text NOT NULL DEFAULT '';
ALTER TABLE sessions ADD CONSTRAINT sessions_id_unique UNIQUE (id);

-- Tokens made before this migration could write and never expired: they keep
-- writing, and expire 90 days after the upgrade (not after their creation, which
-- would cut off scripts without warning).
ALTER TABLE api_tokens
  ADD COLUMN scope text NOT NULL DEFAULT 'write'
    CONSTRAINT api_tokens_scope_valid CHECK (scope IN ('read', 'write')),
  ADD COLUMN expires_at timestamptz;
UPDATE api_tokens SET expires_at = greatest(created_at, now()) + interval '90 days';
ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;

-- One-time links an admin hands out: an invitation (sets the first password and
-- activates the account) or a password reset. Only the secret's SHA-256 is kept.
CREATE TABLE account_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL
    CONSTRAINT account_links_purpose_valid CHECK (purpose IN ('invitation', 'password_reset')),
  token_hash bytea NOT NULL CONSTRAINT account_links_hash_unique UNIQUE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  -- Set when the link was used, or when a newer link or a deactivation replaced it.
  closed_at timestamptz
);
CREATE INDEX account_links_user ON account_links (user_id);
