-- The resources of a plan file (issue 15): matched to a person by name on import when
-- one exists (user_id), otherwise kept as a resource without an account. An assignment
-- to a matched resource is the person's task assignment (task_assignments); one to an
-- unmatched resource is kept here, with its units.
CREATE TABLE program_resources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  name text NOT NULL CONSTRAINT program_resources_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- 1 = one full-time resource; a pool may be more.
  max_units double precision NOT NULL DEFAULT 1
    CONSTRAINT program_resources_max_units_range CHECK (max_units > 0 AND max_units <= 1000),
  calendar_id uuid REFERENCES program_calendars (id) ON DELETE SET NULL,
  uid integer CONSTRAINT program_resources_uid_positive CHECK (uid > 0),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX program_resources_program ON program_resources (program_id);

CREATE TABLE resource_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  resource_id uuid NOT NULL REFERENCES program_resources (id) ON DELETE CASCADE,
  units double precision NOT NULL DEFAULT 1
    CONSTRAINT resource_assignments_units_range CHECK (units > 0 AND units <= 1000),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT resource_assignments_unique UNIQUE (task_id, resource_id)
);
CREATE INDEX resource_assignments_resource ON resource_assignments (resource_id);
