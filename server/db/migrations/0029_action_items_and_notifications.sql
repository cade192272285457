-- Action items and notifications (issue 17, items 3 and 5).
--
-- An action item is something one person owes by a date. It comes from a review,
-- a post-mortem, a status report, a risk, or was written down by hand (manual);
-- `source_id` names that row (NULL for manual items). A program's items follow
-- the program's rules; an item of no program (program_id NULL) is the portfolio's.
CREATE TABLE action_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid REFERENCES programs (id) ON DELETE CASCADE,
  title text NOT NULL CONSTRAINT action_items_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  notes text CONSTRAINT action_items_notes_length CHECK (char_length(notes) <= 10000),
  owner_id uuid NOT NULL CONSTRAINT action_items_owner_id_fkey REFERENCES users (id),
  created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  due_date date,
  status text NOT NULL DEFAULT 'open'
    CONSTRAINT action_items_status_known CHECK (status IN ('open', 'done', 'cancelled')),
  completed_at timestamptz,
  source_kind text NOT NULL DEFAULT 'manual'
    CONSTRAINT action_items_source_kind_known
      CHECK (source_kind IN ('review', 'post_mortem', 'status_report', 'risk', 'manual')),
  source_id uuid,
  -- Each reminder is sent once: the sweep sets these when it notifies.
  due_notified_at timestamptz,
  overdue_notified_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_document tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(notes, ''))) STORED,
  CONSTRAINT action_items_manual_has_no_source CHECK ((source_kind = 'manual') = (source_id IS NULL)),
  CONSTRAINT action_items_done_has_completed_at CHECK ((status = 'done') = (completed_at IS NOT NULL))
);
CREATE INDEX action_items_program ON action_items (program_id);
CREATE INDEX action_items_owner_open ON action_items (owner_id, due_date) WHERE status = 'open';
CREATE INDEX action_items_source ON action_items (source_kind, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX action_items_search ON action_items USING gin (search_document);

-- Notifications were the intake's; they now say what they are about (subject),
-- in which program, where to look (a web path), and when they went out by e-mail.
ALTER TABLE notifications
  ADD COLUMN subject_kind text,
  ADD COLUMN subject_id uuid,
  ADD COLUMN program_id uuid REFERENCES programs (id) ON DELETE CASCADE,
  ADD COLUMN link text CONSTRAINT notifications_link_is_path CHECK (link LIKE '/%' AND char_length(link) <= 500),
  ADD COLUMN emailed_at timestamptz;
UPDATE notifications SET subject_kind = 'request', subject_id = request_id, link = '/intake/requests/' || request_id
 WHERE request_id IS NOT NULL;
CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL;

-- Per person, kind and channel: a row only where the person chose otherwise than the default.
CREATE TABLE notification_preferences (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CONSTRAINT notification_preferences_kind_known
    CHECK (kind IN ('assigned', 'due', 'mentioned', 'decision_needed', 'action_overdue', 'request')),
  channel text NOT NULL CONSTRAINT notification_preferences_channel_known
    CHECK (channel IN ('in_app', 'email')),
  enabled boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, kind, channel)
);

-- Where a program's or a team's events are posted in Slack (an incoming webhook).
ALTER TABLE programs
  ADD COLUMN slack_webhook_url text CONSTRAINT programs_slack_webhook_url_https
    CHECK (slack_webhook_url ~ '^https?://' AND char_length(slack_webhook_url) <= 500);
ALTER TABLE teams
  ADD COLUMN slack_webhook_url text CONSTRAINT teams_slack_webhook_url_https
    CHECK (slack_webhook_url ~ '^https?://' AND char_length(slack_webhook_url) <= 500);
