-- Monte Carlo forecasting: three-point estimates on tasks (estimate_hours is the
-- likely one), the program's risk events, and every forecast run with its
-- inputs and results, so that forecast history (and later its accuracy) exists.

ALTER TABLE tasks
  ADD COLUMN estimate_optimistic_hours numeric(10, 2)
    CONSTRAINT tasks_estimate_optimistic_range CHECK (
      estimate_optimistic_hours >= 0
      AND (estimate_hours IS NULL OR estimate_optimistic_hours <= estimate_hours)
    ),
  ADD COLUMN estimate_pessimistic_hours numeric(10, 2)
    CONSTRAINT tasks_estimate_pessimistic_range CHECK (
      (estimate_hours IS NULL OR estimate_pessimistic_hours >= estimate_hours)
      AND (estimate_optimistic_hours IS NULL OR estimate_pessimistic_hours >= estimate_optimistic_hours)
    );

-- A discrete risk event: with `probability`, each listed task takes
-- `delay_hours` (working hours) longer and `cost` is incurred once.
CREATE TABLE program_risks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  title text NOT NULL CONSTRAINT program_risks_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  probability double precision NOT NULL
    CONSTRAINT program_risks_probability_range CHECK (probability >= 0 AND probability <= 1),
  delay_hours numeric(10, 2) NOT NULL
    CONSTRAINT program_risks_delay_nonnegative CHECK (delay_hours >= 0),
  cost numeric(14, 2) CONSTRAINT program_risks_cost_nonnegative CHECK (cost >= 0),
  -- Task ids of this program; checked by the service (an array cannot hold foreign keys).
  task_ids uuid[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX program_risks_program ON program_risks (program_id);

CREATE TABLE forecasts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'queued'
    CONSTRAINT forecasts_status_known CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  -- 0–1, written by the job while it runs.
  progress double precision NOT NULL DEFAULT 0,
  iterations integer NOT NULL CONSTRAINT forecasts_iterations_range CHECK (iterations BETWEEN 100 AND 1000000),
  seed bigint NOT NULL CONSTRAINT forecasts_seed_range CHECK (seed BETWEEN 0 AND 4294967295),
  distribution text NOT NULL DEFAULT 'triangular'
    CONSTRAINT forecasts_distribution_known CHECK (distribution IN ('triangular', 'pert')),
  target_date date,
  -- SHA-256 of the engine input, set when the job builds it.
  input_hash text,
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  -- The ForecastSummary of contracts/forecast.schema.ts.
  result jsonb,
  error text,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX forecasts_program ON forecasts (program_id, requested_at DESC);
CREATE INDEX forecasts_requested_by ON forecasts (requested_by) WHERE requested_by IS NOT NULL;
