import { fiscalQuarterOf, shiftQuarter } from '../../engine/headcount/fiscal-quarter.js';
import { okrPeriodRange } from '../../engine/measures/okr-period.js';
import { keyResultScore, objectiveScore } from '../../engine/measures/okr-score.js';
import type { Queryable } from '../db/database.js';

/** A demo key result; check-ins are [days before now, value, confidence, note]. */
interface DemoKeyResult {
  title: string;
  start: number;
  target: number;
  current: number;
  unit: string | null;
  checkIns?: [number, number, number, string][];
}

interface DemoObjective {
  title: string;
  description: string;
  team: boolean;
  keyResults: DemoKeyResult[];
  /** Indexes into the demo's programs (by name) that serve it. */
  programs: number[];
  children?: DemoObjective[];
}

const LAST_QUARTER: DemoObjective = {
  title: 'Deliver what we promise',
  description: 'Programs finish when we said they would, so the business can plan around them.',
  team: false,
  programs: [0, 1],
  keyResults: [
    { title: 'Milestones finished on time', start: 60, target: 85, current: 78, unit: '%' },
    { title: 'Median days late per milestone', start: 12, target: 4, current: 6, unit: 'days' },
  ],
  children: [
    {
      title: 'Forecast every program weekly',
      description: 'A forecast that nobody refreshes protects nobody.',
      team: true,
      programs: [1],
      keyResults: [
        { title: 'Programs with a weekly forecast', start: 2, target: 8, current: 8, unit: null },
      ],
    },
  ],
};

const THIS_QUARTER: DemoObjective = {
  title: 'Customers trust our dates',
  description: 'Every date we give is one we meet, and we say early when one moves.',
  team: false,
  programs: [0, 2],
  keyResults: [
    {
      title: 'Milestones finished on time',
      start: 78,
      target: 90,
      current: 83,
      unit: '%',
      checkIns: [
        [21, 79, 6, 'Two milestones slipped on vendor delays.'],
        [14, 81, 6, 'Vendor caught up; one review still late.'],
        [7, 83, 7, 'On track if the data migration holds.'],
      ],
    },
    {
      title: 'Hours to first answer on a request',
      start: 30,
      target: 8,
      current: 14,
      unit: 'hours',
      checkIns: [
        [14, 20, 5, 'Triage rota started.'],
        [7, 14, 7, 'Rota working; weekends still slow.'],
      ],
    },
  ],
  children: [
    {
      title: 'Say early when a date moves',
      description: 'Stakeholders hear about a slip from us, before they notice it.',
      team: true,
      programs: [2],
      keyResults: [
        {
          title: 'Slips announced a week ahead',
          start: 40,
          target: 90,
          current: 65,
          unit: '%',
          checkIns: [[10, 65, 5, 'Status reports now carry the forecast change.']],
        },
      ],
    },
  ],
};

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * OKRs for the demo: the last fiscal quarter's graded, the current one's committed
 * with check-ins, each an organization objective with a team objective cascading from it,
 * aligned to some demo programs (others stay unaligned, for the portfolio to point out).
 */
export async function writeDemoOkrs(tx: Queryable, today: string, now: Date): Promise<void> {
  const programs = (
    await tx.query<{ id: string }>(
      "SELECT id FROM programs WHERE status NOT IN ('completed', 'cancelled') ORDER BY name, id",
    )
  ).rows.map((r) => r.id);
  const teamId =
    (await tx.query<{ id: string }>('SELECT id FROM teams ORDER BY name LIMIT 1')).rows[0]?.id ??
    null;
  const authorId =
    (
      await tx.query<{ id: string }>(
        "SELECT id FROM users WHERE role IN ('tpm_manager', 'admin') ORDER BY role DESC, email LIMIT 1",
      )
    ).rows[0]?.id ?? null;
  const current = fiscalQuarterOf(today);
  const last = shiftQuarter(current, -1);
  // Graded a few days after the last quarter ended, and never after now.
  const endOfLast = new Date(`${okrPeriodRange(last).to}T17:00:00Z`);
  const gradedAt = new Date(Math.min(endOfLast.getTime() + 3 * 86_400_000, now.getTime()));

  async function write(o: DemoObjective, period: string, graded: boolean, parentId: string | null) {
    const ownerTeam = o.team && teamId ? teamId : null;
    const scores = o.keyResults.map((k) => keyResultScore(k.start, k.target, k.current));
    const grade = graded ? objectiveScore(scores) : null;
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO objectives (period, title, description, owner_kind, owner_team_id, parent_id,
                               state, grade, graded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        period,
        o.title,
        o.description,
        ownerTeam ? 'team' : 'organization',
        ownerTeam,
        parentId,
        graded ? 'graded' : 'committed',
        grade === null ? null : Math.round(grade * 10_000) / 10_000,
        graded ? gradedAt : null,
      ],
    );
    const id = rows[0]!.id;
    for (const k of o.keyResults) {
      const kr = await tx.query<{ id: string }>(
        `INSERT INTO key_results (objective_id, title, start_value, target_value, current_value, unit)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [id, k.title, k.start, k.target, k.current, k.unit],
      );
      for (const [daysAgo, value, confidence, note] of k.checkIns ?? [])
        await tx.query(
          `INSERT INTO key_result_check_ins (key_result_id, value, confidence, note, author_id, checked_in_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [kr.rows[0]!.id, value, confidence, note, authorId, daysBefore(now, daysAgo)],
        );
    }
    for (const index of o.programs) {
      const programId = programs[index];
      if (programId)
        await tx.query(
          'INSERT INTO objective_programs (objective_id, program_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
          [id, programId],
        );
    }
    for (const child of o.children ?? []) await write(child, period, graded, id);
  }

  await write(LAST_QUARTER, last, true, null);
  await write(THIS_QUARTER, current, false, null);
}
