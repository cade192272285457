-- Indexes for the plan slices: the foreign keys that lists filter on and whose
-- ON DELETE actions would otherwise scan whole tables (deleting one task must not
-- read every dependency).

CREATE INDEX tasks_workstream ON tasks (workstream_id) WHERE workstream_id IS NOT NULL;
CREATE INDEX tasks_milestone ON tasks (milestone_id) WHERE milestone_id IS NOT NULL;
CREATE INDEX tasks_team ON tasks (team_id) WHERE team_id IS NOT NULL;
CREATE INDEX milestones_workstream ON milestones (workstream_id) WHERE workstream_id IS NOT NULL;
CREATE INDEX workstreams_lead ON workstreams (lead_id) WHERE lead_id IS NOT NULL;

CREATE INDEX dependencies_predecessor_task ON dependencies (predecessor_task_id) WHERE predecessor_task_id IS NOT NULL;
CREATE INDEX dependencies_predecessor_milestone ON dependencies (predecessor_milestone_id) WHERE predecessor_milestone_id IS NOT NULL;
CREATE INDEX dependencies_successor_task ON dependencies (successor_task_id) WHERE successor_task_id IS NOT NULL;
CREATE INDEX dependencies_successor_milestone ON dependencies (successor_milestone_id) WHERE successor_milestone_id IS NOT NULL;
