import type { Queryable } from '../db/database.js';

/** `today` moved by whole days, `YYYY-MM-DD`. */
const dayFrom = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface DemoProgram {
  id: string;
  name: string;
  owner_id: string | null;
  /** An owner of one of its tasks other than the program's owner, when there is one. */
  other_owner_id: string | null;
  /** Its open task due first: the work the critical issue blocks. */
  blocked_task_id: string | null;
  team_id: string | null;
}

/**
 * The RAID log of every demo program (fictional, as all demo data): three assumptions
 * (one valid, one invalid, one still to check), three issues (one critical, escalated to
 * a director and blocking the program's next task) and three external dependencies (a
 * vendor, another team, a date), each with an owner.
 */
export async function writeDemoRaidLog(tx: Queryable, today: string, now: Date): Promise<void> {
  const programs = await tx.query<DemoProgram>(
    `SELECT p.id, p.name, p.owner_id,
            (SELECT t.owner_id FROM tasks t
              WHERE t.program_id = p.id AND t.owner_id IS DISTINCT FROM p.owner_id
                AND t.owner_id IS NOT NULL
              ORDER BY t.due_date NULLS LAST, t.id LIMIT 1) AS other_owner_id,
            (SELECT t.id FROM tasks t
              WHERE t.program_id = p.id AND t.state IN ('todo', 'in_progress', 'blocked')
              ORDER BY t.due_date NULLS LAST, t.id LIMIT 1) AS blocked_task_id,
            (SELECT tm.id FROM teams tm
              WHERE tm.id NOT IN (SELECT team_id FROM tasks WHERE program_id = p.id AND team_id IS NOT NULL)
              ORDER BY tm.name LIMIT 1) AS team_id
       FROM programs p ORDER BY p.name`,
  );
  for (const p of programs.rows) {
    const owner = p.owner_id;
    const other = p.other_owner_id ?? owner;
    for (const a of [
      ['Peak traffic stays under twice last year’s', 'valid', owner, -20, 'Load tests confirm it.'],
      [
        'The platform team keeps the current API version until launch',
        'invalid',
        other,
        -5,
        'They announced its retirement next quarter.',
      ],
      ['Legal signs off on data retention within two weeks', 'unvalidated', owner, 10, ''],
    ] as const)
      await tx.query(
        `INSERT INTO program_assumptions (program_id, statement, status, owner_id, validate_by, note, validated_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $3 = 'unvalidated' THEN NULL ELSE $7::timestamptz END)`,
        [p.id, a[0], a[1], a[2], dayFrom(today, a[3]), a[4], now],
      );
    for (const i of [
      [
        'Staging environment is down',
        'critical',
        'in_progress',
        'director',
        owner,
        2,
        p.blocked_task_id ? [p.blocked_task_id] : [],
      ],
      ['Two engineers are out sick this week', 'medium', 'open', 'none', other, 7, []],
      ['Design review feedback arrived late', 'low', 'resolved', 'none', owner, -3, []],
    ] as const)
      await tx.query(
        `INSERT INTO program_issues (program_id, title, severity, status, escalation_level, owner_id,
                                     due_date, task_ids, resolved_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], CASE WHEN $4 = 'resolved' THEN $9::timestamptz END)`,
        [p.id, i[0], i[1], i[2], i[3], i[4], dayFrom(today, i[5]), i[6], now],
      );
    for (const d of [
      [
        'Hardware delivery for the new cluster',
        'vendor',
        'Example Racks Ltd',
        null,
        'at_risk',
        owner,
        14,
      ],
      [
        'Identity service adds the new scopes',
        'team',
        'Identity team',
        p.team_id,
        'committed',
        other,
        21,
      ],
      ['Regulator publishes the final rules', 'date', 'Regulator', null, 'pending', owner, 45],
    ] as const)
      await tx.query(
        `INSERT INTO external_dependencies (program_id, title, kind, party, team_id, status, owner_id, need_by_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [p.id, d[0], d[1], d[2], d[3], d[4], d[5], dayFrom(today, d[6])],
      );
  }
}
