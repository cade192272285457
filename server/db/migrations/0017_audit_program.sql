-- The audit viewer filters by program (issue 14): each event records the program
-- it belongs to, so "the program and everything under it" is one indexed lookup.
-- No foreign key: the events of a deleted program stay, with its id.
ALTER TABLE audit_events ADD COLUMN program_id uuid;

-- Events written before this column: the program is the entity itself, the
-- programId of the object before/after, or (success criteria) their milestone's
-- program. Everything else (users, people, teams...) belongs to no program.
-- The append-only trigger is lifted for this one backfill, in this transaction.
ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change;
UPDATE audit_events a
   SET program_id = found.program_id
  FROM (
    SELECT e.id,
           CASE
             WHEN e.entity_type = 'program' THEN e.entity_id
             ELSE COALESCE(
               e.after ->> 'programId',
               e.before ->> 'programId',
               (SELECT m.program_id::text FROM milestones m
                 WHERE m.id::text = COALESCE(e.after ->> 'milestoneId', e.before ->> 'milestoneId'))
             )
           END AS program_text
      FROM audit_events e
  ) AS raw
  CROSS JOIN LATERAL (
    SELECT CASE
             WHEN raw.program_text ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
             THEN raw.program_text::uuid
           END AS program_id
  ) AS found
 WHERE a.id = raw.id AND found.program_id IS NOT NULL;
ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change;

CREATE INDEX audit_events_program ON audit_events (program_id, id DESC) WHERE program_id IS NOT NULL;
CREATE INDEX audit_events_actor ON audit_events (actor_id, id DESC) WHERE actor_id IS NOT NULL;
CREATE INDEX audit_events_at ON audit_events (at);
