-- iCalendar feeds at secret URLs: one per program (its milestones) and one per user
-- (the milestones they own). Only the SHA-256 of the URL's token is stored; creating
-- a feed again replaces the token, so the old URL stops working.

CREATE TABLE calendar_feeds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash bytea NOT NULL CONSTRAINT calendar_feeds_hash_unique UNIQUE,
  program_id uuid REFERENCES programs (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT calendar_feeds_one_subject CHECK (num_nonnulls(program_id, user_id) = 1)
);
CREATE UNIQUE INDEX calendar_feeds_program ON calendar_feeds (program_id) WHERE program_id IS NOT NULL;
CREATE UNIQUE INDEX calendar_feeds_user ON calendar_feeds (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX calendar_feeds_created_by ON calendar_feeds (created_by) WHERE created_by IS NOT NULL;
