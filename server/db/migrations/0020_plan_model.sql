-- What a plan file carries, kept (issue 15): working calendars of a program
-- (the program's own working week, task calendars) with their exceptions,
-- summary tasks at any depth in outline order, elapsed durations, deadlines,
-- percent and elapsed lags, constraints on milestones, and the MSPDI UID of
-- each item so that an export writes it back.

CREATE TABLE program_calendars (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  name text NOT NULL CONSTRAINT program_calendars_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
  -- A derived calendar takes the weekdays it does not name from its base.
  base_calendar_id uuid REFERENCES program_calendars (id) ON DELETE SET NULL,
  -- NULL: the program's time zone.
  time_zone text,
  -- The engine's CalendarDefinition week and exceptions, validated by the API's schema.
  week jsonb NOT NULL DEFAULT '{}'::jsonb,
  exceptions jsonb NOT NULL DEFAULT '[]'::jsonb,
  uid integer,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT program_calendars_not_own_base CHECK (base_calendar_id IS NULL OR base_calendar_id <> id)
);
CREATE INDEX program_calendars_program ON program_calendars (program_id);

-- NULL calendar: the organization's standard week with its holidays. start_time:
-- the time of day (HH:MM) the plan starts on its start date (NULL: 08:00).
ALTER TABLE programs
  ADD COLUMN calendar_id uuid REFERENCES program_calendars (id) ON DELETE SET NULL,
  ADD COLUMN start_time text CONSTRAINT programs_start_time_format CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');

-- A workstream read from a plan file's level-1 summary keeps its UID for the export.
ALTER TABLE workstreams ADD COLUMN uid integer CONSTRAINT workstreams_uid_positive CHECK (uid > 0);

ALTER TABLE tasks
  -- A task with children is a summary: its dates roll up from them.
  ADD COLUMN parent_task_id uuid REFERENCES tasks (id) ON DELETE SET NULL,
  ADD COLUMN position integer,
  ADD COLUMN uid integer CONSTRAINT tasks_uid_positive CHECK (uid > 0),
  ADD COLUMN calendar_id uuid REFERENCES program_calendars (id) ON DELETE SET NULL,
  -- Elapsed: the estimate is wall-clock time (24 × 7), not working time.
  ADD COLUMN duration_elapsed boolean NOT NULL DEFAULT false,
  ADD COLUMN deadline timestamp without time zone,
  ADD CONSTRAINT tasks_not_own_parent CHECK (parent_task_id IS NULL OR parent_task_id <> id);
CREATE INDEX tasks_parent ON tasks (parent_task_id) WHERE parent_task_id IS NOT NULL;
CREATE UNIQUE INDEX tasks_program_uid ON tasks (program_id, uid) WHERE uid IS NOT NULL;

ALTER TABLE milestones
  ADD COLUMN parent_task_id uuid REFERENCES tasks (id) ON DELETE SET NULL,
  ADD COLUMN position integer,
  ADD COLUMN uid integer CONSTRAINT milestones_uid_positive CHECK (uid > 0),
  ADD COLUMN calendar_id uuid REFERENCES program_calendars (id) ON DELETE SET NULL,
  ADD COLUMN constraint_type text
    CONSTRAINT milestones_constraint_type_valid
      CHECK (constraint_type IN ('SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO', 'ALAP')),
  ADD COLUMN constraint_date timestamp without time zone,
  ADD CONSTRAINT milestones_constraint_date_required
    CHECK (constraint_type IS NULL OR constraint_type = 'ALAP' OR constraint_date IS NOT NULL),
  ADD CONSTRAINT milestones_constraint_type_required
    CHECK (constraint_date IS NULL OR (constraint_type IS NOT NULL AND constraint_type <> 'ALAP'));
CREATE UNIQUE INDEX milestones_program_uid ON milestones (program_id, uid) WHERE uid IS NOT NULL;

-- A lag is working minutes (on the successor's calendar), wall-clock minutes
-- (elapsed), or a percentage of the predecessor's duration (negative: a lead).
ALTER TABLE dependencies
  ADD COLUMN lag_kind text NOT NULL DEFAULT 'working'
    CONSTRAINT dependencies_lag_kind_valid CHECK (lag_kind IN ('working', 'elapsed', 'percent')),
  ADD COLUMN lag_percent double precision,
  ADD CONSTRAINT dependencies_lag_percent_kind
    CHECK ((lag_kind = 'percent') = (lag_percent IS NOT NULL)),
  ADD CONSTRAINT dependencies_lag_percent_range CHECK (lag_percent BETWEEN -100000 AND 100000);

-- What an import could not keep, for the one who asked (shown with the finished job).
ALTER TABLE plan_import_jobs ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'::jsonb;
