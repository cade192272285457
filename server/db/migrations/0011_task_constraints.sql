-- A task may carry a scheduling constraint as MS Project has them (start or
-- finish no earlier/later than, must start/finish on, as late as possible),
-- at a date and time on its program's clock (local, no zone: the program's
-- time zone says where). A plain "not before this day" stays the task's
-- start_date.
ALTER TABLE tasks
  ADD COLUMN constraint_type text
    CONSTRAINT tasks_constraint_type_valid
      CHECK (constraint_type IN ('SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO', 'ALAP')),
  ADD COLUMN constraint_date timestamp without time zone,
  ADD CONSTRAINT tasks_constraint_date_required
    CHECK (constraint_type IS NULL OR constraint_type = 'ALAP' OR constraint_date IS NOT NULL),
  ADD CONSTRAINT tasks_constraint_type_required
    CHECK (constraint_date IS NULL OR (constraint_type IS NOT NULL AND constraint_type <> 'ALAP'));
