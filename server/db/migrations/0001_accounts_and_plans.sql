-- Accounts, audit, and the programs & plans capability.

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CONSTRAINT teams_name_length CHECK (char_length(name) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT teams_name_unique UNIQUE (name)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CONSTRAINT users_role_valid CHECK (role IN ('admin', 'tpm_manager', 'tpm', 'stakeholder')),
  title text NOT NULL DEFAULT '',
  team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
  password_hash text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));

CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  prefix text NOT NULL,
  token_hash bytea NOT NULL CONSTRAINT api_tokens_hash_unique UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Append-only: the trigger below refuses UPDATE and DELETE.
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid,
  actor_email text,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL,
  before jsonb,
  after jsonb,
  request_id text
);
CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id, id DESC);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

CREATE TABLE programs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CONSTRAINT programs_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
  summary text NOT NULL DEFAULT '',
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  sponsor text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'proposed'
    CONSTRAINT programs_status_valid CHECK (status IN ('proposed', 'active', 'on_hold', 'completed', 'cancelled')),
  health text NOT NULL DEFAULT 'green' CONSTRAINT programs_health_valid CHECK (health IN ('green', 'amber', 'red')),
  start_date date,
  target_date date,
  budget_cents bigint CONSTRAINT programs_budget_cents_nonnegative CHECK (budget_cents >= 0),
  currency text NOT NULL DEFAULT 'USD',
  task_count integer NOT NULL DEFAULT 0,
  done_task_count integer NOT NULL DEFAULT 0,
  rollup_at timestamptz,
  rollup_runs integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT programs_target_date_after_start CHECK (target_date IS NULL OR start_date IS NULL OR target_date >= start_date)
);
CREATE INDEX programs_owner ON programs (owner_id);

CREATE TABLE workstreams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  lead_id uuid REFERENCES users (id) ON DELETE SET NULL,
  sort_order integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT workstreams_name_unique UNIQUE (program_id, name)
);

CREATE TABLE milestones (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  workstream_id uuid REFERENCES workstreams (id) ON DELETE SET NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  due_date date,
  state text NOT NULL DEFAULT 'planned' CONSTRAINT milestones_state_valid CHECK (state IN ('planned', 'achieved', 'missed')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX milestones_program ON milestones (program_id);

CREATE TABLE success_criteria (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  milestone_id uuid NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
  description text NOT NULL,
  state text NOT NULL DEFAULT 'pending' CONSTRAINT success_criteria_state_valid CHECK (state IN ('pending', 'met', 'not_met')),
  evidence_url text,
  sort_order integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX success_criteria_milestone ON success_criteria (milestone_id, sort_order);

CREATE TABLE tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  workstream_id uuid REFERENCES workstreams (id) ON DELETE SET NULL,
  milestone_id uuid REFERENCES milestones (id) ON DELETE SET NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
  estimate_hours numeric(10, 2) CONSTRAINT tasks_estimate_hours_nonnegative CHECK (estimate_hours >= 0),
  start_date date,
  due_date date,
  state text NOT NULL DEFAULT 'todo'
    CONSTRAINT tasks_state_valid CHECK (state IN ('todo', 'in_progress', 'blocked', 'done', 'cancelled')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tasks_due_date_after_start CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
);
CREATE INDEX tasks_program ON tasks (program_id);
CREATE INDEX tasks_owner ON tasks (owner_id);

-- A dependency joins two plan items (task or milestone), possibly in different programs.
-- Exactly one column of each pair is set.
CREATE TABLE dependencies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  predecessor_task_id uuid REFERENCES tasks (id) ON DELETE CASCADE,
  predecessor_milestone_id uuid REFERENCES milestones (id) ON DELETE CASCADE,
  successor_task_id uuid REFERENCES tasks (id) ON DELETE CASCADE,
  successor_milestone_id uuid REFERENCES milestones (id) ON DELETE CASCADE,
  predecessor_id uuid GENERATED ALWAYS AS (coalesce(predecessor_task_id, predecessor_milestone_id)) STORED,
  successor_id uuid GENERATED ALWAYS AS (coalesce(successor_task_id, successor_milestone_id)) STORED,
  type text NOT NULL DEFAULT 'FS' CONSTRAINT dependencies_type_valid CHECK (type IN ('FS', 'SS', 'FF', 'SF')),
  lag_minutes integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dependencies_one_predecessor CHECK (num_nonnulls(predecessor_task_id, predecessor_milestone_id) = 1),
  CONSTRAINT dependencies_one_successor CHECK (num_nonnulls(successor_task_id, successor_milestone_id) = 1),
  CONSTRAINT dependencies_not_self CHECK (predecessor_id <> successor_id),
  CONSTRAINT dependencies_pair_unique UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX dependencies_successor ON dependencies (successor_id);
