-- The RAID log's assumptions, issues and external dependencies (issue 16). Only a
-- title (a statement for assumptions) is required; everything else has a default or
-- comes later. Owners are accounts; linked tasks and risks stay in the row's program
-- (checked by the services, which name the offending index).

CREATE TABLE program_assumptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  statement text NOT NULL
    CONSTRAINT program_assumptions_statement_length CHECK (char_length(statement) BETWEEN 1 AND 500),
  description text NOT NULL DEFAULT '',
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  validate_by date,
  status text NOT NULL DEFAULT 'unvalidated'
    CONSTRAINT program_assumptions_status_valid CHECK (status IN ('unvalidated', 'valid', 'invalid')),
  -- When it became valid or invalid (the server's clock); NULL while unvalidated.
  validated_at timestamptz,
  note text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX program_assumptions_program ON program_assumptions (program_id);

CREATE TABLE program_issues (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  title text NOT NULL
    CONSTRAINT program_issues_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  severity text NOT NULL DEFAULT 'medium'
    CONSTRAINT program_issues_severity_valid CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  due_date date,
  status text NOT NULL DEFAULT 'open'
    CONSTRAINT program_issues_status_valid CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
  escalation_level text NOT NULL DEFAULT 'none'
    CONSTRAINT program_issues_escalation_valid
      CHECK (escalation_level IN ('none', 'program', 'director', 'executive')),
  -- Blocked work and related risks of the same program; a deleted one drops out on read.
  task_ids uuid[] NOT NULL DEFAULT '{}',
  risk_ids uuid[] NOT NULL DEFAULT '{}',
  -- When it became resolved or closed (the server's clock); NULL while open.
  resolved_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX program_issues_program ON program_issues (program_id);

CREATE TABLE external_dependencies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  title text NOT NULL
    CONSTRAINT external_dependencies_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  kind text NOT NULL DEFAULT 'team'
    CONSTRAINT external_dependencies_kind_valid CHECK (kind IN ('team', 'vendor', 'date')),
  -- The team or vendor by name; a Waymark team may be named too (team_id).
  party text NOT NULL DEFAULT '',
  team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
  need_by_date date,
  status text NOT NULL DEFAULT 'pending'
    CONSTRAINT external_dependencies_status_valid
      CHECK (status IN ('pending', 'committed', 'at_risk', 'delivered', 'missed')),
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  task_ids uuid[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX external_dependencies_program ON external_dependencies (program_id);
