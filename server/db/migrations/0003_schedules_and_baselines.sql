-- Computed schedules (one per program, recomputed when its input changes) and
-- named baselines: snapshots of a program's schedule to compare against.

CREATE TABLE program_schedules (
  program_id uuid PRIMARY KEY REFERENCES programs (id) ON DELETE CASCADE,
  computed_at timestamptz NOT NULL DEFAULT now(),
  -- SHA-256 of the engine input; a different hash means the stored result is stale.
  input_hash text NOT NULL,
  -- The ScheduleSnapshot of contracts/schedule.schema.ts.
  result jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE baselines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  name text NOT NULL CONSTRAINT baselines_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
  -- The ScheduleSnapshot saved, and when that schedule was computed.
  schedule jsonb NOT NULL,
  schedule_computed_at timestamptz NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT baselines_name_unique UNIQUE (program_id, name)
);
CREATE INDEX baselines_created_by ON baselines (created_by) WHERE created_by IS NOT NULL;
