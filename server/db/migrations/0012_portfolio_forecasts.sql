-- A forecast of several programs at once (a portfolio, cross-program links
-- inside its network) is stored beside the program forecasts, so its history
-- exists too. A portfolio run belongs to no single program: it names the
-- programs it forecast in program_ids (kept as they were when it ran).
ALTER TABLE forecasts
  ALTER COLUMN program_id DROP NOT NULL,
  ADD COLUMN scope text NOT NULL DEFAULT 'program'
    CONSTRAINT forecasts_scope_known CHECK (scope IN ('program', 'portfolio')),
  ADD COLUMN program_ids uuid[],
  ADD CONSTRAINT forecasts_scope_program CHECK (
    (scope = 'program' AND program_id IS NOT NULL)
    OR (scope = 'portfolio' AND program_id IS NULL)
  );

CREATE INDEX forecasts_portfolio ON forecasts (requested_at DESC) WHERE scope = 'portfolio';
