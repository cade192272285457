-- Change requests (issue 16): proposed plan edits (`changes`, validated as the direct
-- edits they stand for), their impact computed on a copy of the plan and stored with
-- the hash of the plan it was computed on (plan_hash), and the decision. Numbered per
-- program (CR-1, CR-2, ...).
CREATE TABLE change_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  number integer NOT NULL CONSTRAINT change_requests_number_positive CHECK (number > 0),
  title text NOT NULL CONSTRAINT change_requests_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
  reason text NOT NULL CONSTRAINT change_requests_reason_length CHECK (char_length(reason) BETWEEN 1 AND 10000),
  requested_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  changes jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'submitted'
    CONSTRAINT change_requests_status_known
    CHECK (status IN ('draft', 'submitted', 'approved', 'deferred', 'rejected')),
  decision_reason text CONSTRAINT change_requests_decision_reason_length CHECK (char_length(decision_reason) <= 10000),
  decided_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_at timestamptz,
  deferred_until date,
  baseline_id uuid REFERENCES baselines (id) ON DELETE SET NULL,
  impact jsonb,
  plan_hash text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT change_requests_number_unique UNIQUE (program_id, number),
  CONSTRAINT change_requests_deferred_needs_date CHECK (status <> 'deferred' OR deferred_until IS NOT NULL)
);
CREATE INDEX change_requests_program ON change_requests (program_id, status);
