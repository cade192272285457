-- Intake and triage: the request template, requests and their history, SLA
-- pauses, routing suggestions with the manager's choice, in-app notifications,
-- and the deliveries received from Slack and GitLab (for idempotency).

-- One template for the organization (id is always 1). `fields` holds the label
-- and help text of each field of the submit form; SLA targets are working hours
-- on the calendar of `calendar_team_id` (NULL = 08:00–16:00 America/Los_Angeles).
CREATE TABLE request_templates (
  id smallint PRIMARY KEY DEFAULT 1 CONSTRAINT request_templates_singleton CHECK (id = 1),
  intro text NOT NULL DEFAULT '',
  fields jsonb NOT NULL,
  first_response_hours numeric(6, 2) NOT NULL DEFAULT 24
    CONSTRAINT request_templates_first_response_hours_range CHECK (first_response_hours > 0 AND first_response_hours <= 1000),
  triage_hours numeric(6, 2) NOT NULL DEFAULT 40
    CONSTRAINT request_templates_triage_hours_range CHECK (triage_hours > 0 AND triage_hours <= 1000),
  calendar_team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
  gitlab_label text NOT NULL DEFAULT 'tpm-request',
  gitlab_handle text NOT NULL DEFAULT 'tpm-team',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO request_templates (intro, fields) VALUES (
  'Tell us about work that spans several teams and matters to the business. A TPM answers within one working day (24 working hours, 08:00–16:00 Pacific).',
  '[
    {"key": "title", "label": "Title", "help": "A short name for the initiative, as you would say it in a meeting."},
    {"key": "problem", "label": "Problem", "help": "What is wrong or missing today, and who feels it."},
    {"key": "desiredOutcome", "label": "Desired outcome", "help": "What is true when this is done? How would we know?"},
    {"key": "teams", "label": "Teams and functions involved", "help": "Engineering groups, product, design, sales, support, legal… everyone who has to act."},
    {"key": "businessValue", "label": "Why it matters to the business", "help": "Revenue, customers, risk, cost or a commitment already made."},
    {"key": "deadline", "label": "Deadline", "help": "A hard date and why, or leave empty when there is none."},
    {"key": "sizeGuess", "label": "Size guess", "help": "Your best guess: a few weeks (S), a quarter (M), several quarters (L)."},
    {"key": "links", "label": "Links", "help": "Issues, epics, documents or threads that give context."}
  ]'::jsonb
);

CREATE SEQUENCE intake_request_number;

CREATE TABLE intake_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Short number people type (`/tpm status 12`).
  number integer NOT NULL DEFAULT nextval('intake_request_number') CONSTRAINT intake_requests_number_unique UNIQUE,
  title text NOT NULL CONSTRAINT intake_requests_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
  problem text NOT NULL DEFAULT '',
  desired_outcome text NOT NULL DEFAULT '',
  business_value text NOT NULL DEFAULT '',
  teams text[] NOT NULL DEFAULT '{}',
  tags text[] NOT NULL DEFAULT '{}',
  links text[] NOT NULL DEFAULT '{}',
  deadline date,
  size_guess text NOT NULL DEFAULT 'unknown'
    CONSTRAINT intake_requests_size_guess_valid CHECK (size_guess IN ('unknown', 'xs', 's', 'm', 'l', 'xl')),
  source text NOT NULL CONSTRAINT intake_requests_source_valid CHECK (source IN ('web', 'api', 'cli', 'slack', 'gitlab')),
  requester_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Who asked, also when they have no account (a Slack user, a GitLab author).
  requester_name text NOT NULL,
  requester_time_zone text,
  assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
  state text NOT NULL DEFAULT 'new'
    CONSTRAINT intake_requests_state_valid CHECK (state IN ('new', 'acknowledged', 'accepted', 'declined', 'deferred', 'duplicate')),
  state_reason text,
  deferred_until date,
  duplicate_of_id uuid REFERENCES intake_requests (id) ON DELETE SET NULL,
  program_id uuid REFERENCES programs (id) ON DELETE SET NULL,
  first_response_at timestamptz,
  triaged_at timestamptz,
  first_response_breach_flagged_at timestamptz,
  triage_breach_flagged_at timestamptz,
  slack_user_id text,
  slack_channel_id text,
  slack_response_url text,
  gitlab_project_id bigint,
  gitlab_project_path text,
  gitlab_issue_iid bigint,
  gitlab_issue_url text,
  gitlab_issue_state text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT intake_requests_declined_reason CHECK (state <> 'declined' OR coalesce(state_reason, '') <> ''),
  CONSTRAINT intake_requests_deferred_until CHECK (state <> 'deferred' OR (deferred_until IS NOT NULL AND coalesce(state_reason, '') <> '')),
  CONSTRAINT intake_requests_duplicate_of CHECK (state <> 'duplicate' OR duplicate_of_id IS NOT NULL),
  CONSTRAINT intake_requests_not_own_duplicate CHECK (duplicate_of_id IS NULL OR duplicate_of_id <> id)
);
CREATE INDEX intake_requests_state ON intake_requests (state, created_at);
CREATE INDEX intake_requests_requester ON intake_requests (requester_id);
CREATE INDEX intake_requests_assignee ON intake_requests (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE UNIQUE INDEX intake_requests_gitlab_issue ON intake_requests (gitlab_project_id, gitlab_issue_iid)
  WHERE gitlab_project_id IS NOT NULL;

-- Spans while the team waits on the requester: the SLA clocks do not run.
CREATE TABLE intake_request_pauses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES intake_requests (id) ON DELETE CASCADE,
  paused_at timestamptz NOT NULL,
  resumed_at timestamptz,
  reason text NOT NULL DEFAULT '',
  CONSTRAINT intake_request_pauses_order CHECK (resumed_at IS NULL OR resumed_at >= paused_at)
);
CREATE INDEX intake_request_pauses_request ON intake_request_pauses (request_id, paused_at);
-- At most one open pause per request.
CREATE UNIQUE INDEX intake_request_pauses_one_open ON intake_request_pauses (request_id) WHERE resumed_at IS NULL;

-- The history a requester sees: every change of state, assignment, pause, breach.
CREATE TABLE intake_request_events (
  id bigserial PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES intake_requests (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_name text NOT NULL,
  kind text NOT NULL,
  from_state text,
  to_state text,
  note text NOT NULL DEFAULT ''
);
CREATE INDEX intake_request_events_request ON intake_request_events (request_id, id);

-- Each ranking computed for a request, and (once the manager assigns) who was
-- chosen and at which rank, so routing quality can be measured later.
CREATE TABLE routing_suggestions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES intake_requests (id) ON DELETE CASCADE,
  computed_at timestamptz NOT NULL DEFAULT now(),
  candidates jsonb NOT NULL,
  chosen_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  chosen_rank integer,
  chosen_by uuid REFERENCES users (id) ON DELETE SET NULL,
  chosen_at timestamptz
);
CREATE INDEX routing_suggestions_request ON routing_suggestions (request_id, computed_at DESC);

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  request_id uuid REFERENCES intake_requests (id) ON DELETE CASCADE,
  kind text NOT NULL,
  message text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);

-- Deliveries already acted on: a redelivered event (same key) creates nothing.
CREATE TABLE integration_deliveries (
  source text NOT NULL CONSTRAINT integration_deliveries_source_valid CHECK (source IN ('slack', 'gitlab')),
  delivery_key text NOT NULL,
  request_id uuid REFERENCES intake_requests (id) ON DELETE SET NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source, delivery_key)
);
