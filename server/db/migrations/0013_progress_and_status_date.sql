-- The living plan: what has happened to each task and milestone, and the
-- date up to which a program reports it. Actuals are on the program's clock
-- (local, no zone), like constraint dates. remaining_hours is NULL while it
-- follows from the estimate and the percent complete.
ALTER TABLE tasks
  ADD COLUMN actual_start timestamp without time zone,
  ADD COLUMN actual_finish timestamp without time zone,
  ADD COLUMN percent_complete smallint NOT NULL DEFAULT 0
    CONSTRAINT tasks_percent_complete_range CHECK (percent_complete BETWEEN 0 AND 100),
  ADD COLUMN remaining_hours double precision
    CONSTRAINT tasks_remaining_hours_range CHECK (remaining_hours >= 0 AND remaining_hours <= 100000);

-- Tasks already done before progress existed are done in full.
UPDATE tasks SET percent_complete = 100 WHERE state = 'done';

ALTER TABLE tasks
  ADD CONSTRAINT tasks_actual_finish_needs_start
    CHECK (actual_finish IS NULL OR (actual_start IS NOT NULL AND actual_finish >= actual_start)),
  ADD CONSTRAINT tasks_done_is_complete CHECK (state <> 'done' OR percent_complete = 100);

ALTER TABLE milestones ADD COLUMN achieved_at timestamp without time zone;
UPDATE milestones SET state = 'achieved' WHERE achieved_at IS NOT NULL;

ALTER TABLE programs ADD COLUMN status_date date;
