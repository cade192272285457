import type { TimelineFacts } from '../../../engine/reporting/post-mortem-timeline.js';
import type { Queryable } from '../../db/database.js';

/**
 * When a row of this program reached a state, by its audit events (the time the
 * change was made), falling back to the row's own stamp for rows older than
 * their audit trail. `$1` is the program; `became` is a condition on `a.after`
 * and `a.before` (jsonb API objects).
 */
const auditedAt = (entityType: string, idColumn: string, became: string, fallback: string) =>
  `coalesce((SELECT min(a.at) FROM audit_events a
              WHERE a.entity_type = '${entityType}' AND a.entity_id = ${idColumn}::text
                AND (${became})), ${fallback})`;

const BECAME = (field: string, value: string) =>
  `a.after ->> '${field}' = '${value}' AND (a.before IS NULL OR a.before ->> '${field}' IS DISTINCT FROM '${value}')`;

const iso = (d: Date) => d.toISOString();

/**
 * The rows a post-mortem's timeline is built from: baselines and the stored
 * schedule (their milestones' finishes), change requests past draft, risks that
 * occurred, decisions made, milestones achieved and issues raised.
 */
export async function readTimelineFacts(db: Queryable, programId: string): Promise<TimelineFacts> {
  const milestonesOf = (column: string) => `coalesce((
      SELECT json_agg(json_build_object('id', i ->> 'id', 'name', i ->> 'name', 'finish', i ->> 'earlyFinish')
                      ORDER BY i ->> 'id')
        FROM jsonb_array_elements(${column} -> 'items') i WHERE i ->> 'kind' = 'milestone'), '[]'::json)`;
  type Snapshot = {
    id: string;
    name: string;
    at: Date;
    milestones: TimelineFacts['snapshots'][number]['milestones'];
  };
  const baselines = await db.query<Snapshot>(
    `SELECT b.id, b.name, ${auditedAt('baseline', 'b.id', "a.action = 'create'", 'b.created_at')} AS at,
            ${milestonesOf('b.schedule')} AS milestones
       FROM baselines b WHERE b.program_id = $1`,
    [programId],
  );
  // The live schedule's milestones moved when the plan last changed (its audit trail).
  const schedule = await db.query<Snapshot>(
    `SELECT s.program_id AS id, 'current schedule' AS name,
            greatest(s.computed_at, (SELECT max(a.at) FROM audit_events a
                                      WHERE a.program_id = $1
                                        AND a.entity_type IN ('task', 'milestone', 'dependency', 'workstream',
                                                              'program', 'change_request'))) AS at,
            ${milestonesOf('s.result')} AS milestones
       FROM program_schedules s WHERE s.program_id = $1`,
    [programId],
  );
  const changeRequests = await db.query<{
    id: string;
    at: Date;
    label: string;
    title: string;
    status: string;
  }>(
    `SELECT c.id, 'CR-' || c.number AS label, c.title, c.status,
            CASE WHEN c.status IN ('approved', 'rejected', 'deferred')
                 THEN ${auditedAt('change_request', 'c.id', `a.after ->> 'status' = c.status AND a.before ->> 'status' IS DISTINCT FROM c.status`, 'coalesce(c.decided_at, c.updated_at)')}
                 ELSE ${auditedAt('change_request', 'c.id', "a.action = 'create'", 'c.created_at')} END AS at
       FROM change_requests c WHERE c.program_id = $1 AND c.status <> 'draft'`,
    [programId],
  );
  type Subject = { id: string; at: Date; title: string; detail: string };
  const risks = await db.query<Subject>(
    `SELECT r.id, r.title, ${auditedAt('program_risk', 'r.id', BECAME('status', 'occurred'), 'r.occurred_at')} AS at,
            'Probability ' || r.probability || ', impact ' || r.impact || '.' AS detail
       FROM program_risks r WHERE r.program_id = $1 AND r.occurred_at IS NOT NULL`,
    [programId],
  );
  const decisions = await db.query<Subject>(
    `SELECT d.id, d.title, left(coalesce(d.decision, ''), 500) AS detail,
            ${auditedAt('decision', 'd.id', BECAME('status', 'decided'), '(d.decided_on::timestamp AT TIME ZONE p.time_zone)')} AS at
       FROM decisions d JOIN programs p ON p.id = d.program_id
      WHERE d.program_id = $1 AND d.status IN ('decided', 'superseded') AND d.decided_on IS NOT NULL`,
    [programId],
  );
  const milestones = await db.query<Subject>(
    `SELECT m.id, m.name AS title,
            ${auditedAt('milestone', 'm.id', BECAME('state', 'achieved'), '(coalesce(m.achieved_at, m.updated_at::timestamp) AT TIME ZONE p.time_zone)')} AS at,
            CASE WHEN m.achieved_at IS NULL THEN 'Marked achieved.'
                 ELSE 'Achieved ' || to_char(m.achieved_at, 'YYYY-MM-DD HH24:MI') || ' on the program''s clock.' END AS detail
       FROM milestones m JOIN programs p ON p.id = m.program_id
      WHERE m.program_id = $1 AND m.state = 'achieved'`,
    [programId],
  );
  const issues = await db.query<Subject>(
    `SELECT i.id, i.title, ${auditedAt('program_issue', 'i.id', "a.action = 'create'", 'i.created_at')} AS at,
            'Severity ' || i.severity || '; now ' || replace(i.status, '_', ' ') || '.' AS detail
       FROM program_issues i WHERE i.program_id = $1`,
    [programId],
  );
  const subjects = (rows: Subject[]) => rows.map((r) => ({ ...r, at: iso(r.at) }));
  return {
    snapshots: [
      ...baselines.rows.map((b) => ({ ...b, source: 'baseline' as const, at: iso(b.at) })),
      ...schedule.rows.map((s) => ({ ...s, source: 'schedule' as const, at: iso(s.at) })),
    ],
    changeRequests: changeRequests.rows.map((c) => ({ ...c, at: iso(c.at) })),
    risksOccurred: subjects(risks.rows),
    decisions: subjects(decisions.rows),
    milestonesCompleted: subjects(milestones.rows),
    issues: subjects(issues.rows),
  };
}
