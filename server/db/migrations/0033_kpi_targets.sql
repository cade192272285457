-- KPI targets (issue 18, item 1). Every KPI has a default target in code
-- (engine/measures/kpi-catalogue.ts); a row exists only once a TPM manager or an
-- admin has changed it. Green and amber are thresholds read in the KPI's direction.
CREATE TABLE kpi_targets (
  kpi_id text PRIMARY KEY CONSTRAINT kpi_targets_kpi_id_length CHECK (char_length(kpi_id) BETWEEN 1 AND 60),
  target double precision NOT NULL,
  green double precision NOT NULL,
  amber double precision NOT NULL,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
