-- Where and when people and teams work, and who works on which task.
-- Schedules use them: a task runs on its team's working hours, and a person's
-- load is measured against their own hours and capacity.

-- Working hours are minutes after local midnight in the row's time zone;
-- working days are ISO weekdays (1 = Monday … 7 = Sunday).
ALTER TABLE users
  ADD COLUMN time_zone text NOT NULL DEFAULT 'America/Los_Angeles',
  ADD COLUMN working_hours_start smallint NOT NULL DEFAULT 480,
  ADD COLUMN working_hours_end smallint NOT NULL DEFAULT 960,
  ADD COLUMN working_days smallint[] NOT NULL DEFAULT '{1,2,3,4,5}',
  -- Share of their working hours a person gives to program work (0.5 = half time).
  ADD COLUMN capacity numeric(4, 2) NOT NULL DEFAULT 1,
  ADD CONSTRAINT users_working_hours_order CHECK (
    working_hours_start >= 0 AND working_hours_end <= 1440 AND working_hours_start < working_hours_end),
  ADD CONSTRAINT users_working_days_valid CHECK (
    cardinality(working_days) BETWEEN 1 AND 7 AND working_days <@ '{1,2,3,4,5,6,7}'::smallint[]),
  ADD CONSTRAINT users_capacity_range CHECK (capacity > 0 AND capacity <= 2);

ALTER TABLE teams
  ADD COLUMN time_zone text NOT NULL DEFAULT 'America/Los_Angeles',
  ADD COLUMN working_hours_start smallint NOT NULL DEFAULT 480,
  ADD COLUMN working_hours_end smallint NOT NULL DEFAULT 960,
  ADD COLUMN working_days smallint[] NOT NULL DEFAULT '{1,2,3,4,5}',
  ADD CONSTRAINT teams_working_hours_order CHECK (
    working_hours_start >= 0 AND working_hours_end <= 1440 AND working_hours_start < working_hours_end),
  ADD CONSTRAINT teams_working_days_valid CHECK (
    cardinality(working_days) BETWEEN 1 AND 7 AND working_days <@ '{1,2,3,4,5,6,7}'::smallint[]);

-- Days nobody in the organization works (public holidays); every calendar skips them.
CREATE TABLE holidays (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  day date NOT NULL CONSTRAINT holidays_day_unique UNIQUE,
  name text NOT NULL CONSTRAINT holidays_name_length CHECK (char_length(name) BETWEEN 1 AND 120),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A person working on a task at some units of their time (1 = all of it).
CREATE TABLE task_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  units numeric(4, 2) NOT NULL DEFAULT 1 CONSTRAINT task_assignments_units_range CHECK (units > 0 AND units <= 2),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT task_assignments_unique UNIQUE (task_id, user_id)
);
CREATE INDEX task_assignments_user ON task_assignments (user_id);
