-- A program's schedule runs on its own clock (time zone), and a TPM may ask for
-- it to be levelled against people's capacity.
ALTER TABLE programs
  ADD COLUMN time_zone text NOT NULL DEFAULT 'America/Los_Angeles',
  ADD COLUMN levelling text NOT NULL DEFAULT 'none'
    CONSTRAINT programs_levelling_valid CHECK (levelling IN ('none', 'within_slack', 'beyond_slack'));
