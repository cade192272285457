-- Large plan imports run as background jobs (issue 13: nothing blocks the event
-- loop). The uploaded text is kept here until the job has run, so a restart
-- between the request and the job loses nothing; the job clears it when it
-- finishes. The program itself is still written in one transaction.
CREATE TABLE plan_import_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL DEFAULT 'queued'
    CONSTRAINT plan_import_jobs_status_known CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  phase text NOT NULL DEFAULT 'queued'
    CONSTRAINT plan_import_jobs_phase_known CHECK (phase IN ('queued', 'reading', 'writing', 'finished')),
  progress_done integer NOT NULL DEFAULT 0 CONSTRAINT plan_import_jobs_done_nonnegative CHECK (progress_done >= 0),
  progress_total integer NOT NULL DEFAULT 0 CONSTRAINT plan_import_jobs_total_nonnegative CHECK (progress_total >= 0),
  format text NOT NULL CONSTRAINT plan_import_jobs_format_known CHECK (format IN ('mspdi', 'yaml', 'csv')),
  program_name text NOT NULL CONSTRAINT plan_import_jobs_name_length CHECK (char_length(program_name) BETWEEN 1 AND 200),
  -- The file, until the job has read it.
  file_text text,
  program_id uuid REFERENCES programs (id) ON DELETE SET NULL,
  -- The ErrorBody of contracts/common.schema.ts when it failed.
  error jsonb,
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- The request that asked for it, for the program's audit row.
  request_id text,
  requested_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX plan_import_jobs_requested_by ON plan_import_jobs (requested_by) WHERE requested_by IS NOT NULL;
