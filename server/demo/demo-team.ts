import { fiscalQuarterOf, shiftQuarter } from '../../engine/headcount/index.js';
import type { Queryable } from '../db/database.js';
import type { DemoOrganization, DemoPerson } from './demo-model.js';
import {
  DEMO_ALLOCATIONS,
  DEMO_ASSESSMENTS,
  DEMO_NEEDS,
  DEMO_NEEDS_FIRST_OFFSET,
  DEMO_PROFILES,
  DEMO_ROLES,
  DEMO_TIME_OFF,
  RUN_WORK_PREFIX,
} from './demo-team-data.js';

const DAY_MS = 86_400_000;
const IC_LEVELS: Record<number, string> = {
  5: 'associate',
  6: 'intermediate',
  7: 'senior',
  8: 'staff',
  9: 'principal',
};
const MANAGER_LEVELS: Record<number, string> = {
  8: 'manager',
  9: 'senior_manager',
  10: 'director',
  11: 'senior_director',
};

/** The ladder level of a demo person from their title and grade; null outside the ladder. */
export function demoLevelKey(p: Pick<DemoPerson, 'title' | 'grade'>): string | null {
  if (p.grade === null) return null;
  const manager = /^(Senior )?(Manager|Director),/.test(p.title);
  return (manager ? MANAGER_LEVELS : IC_LEVELS)[p.grade] ?? null;
}

async function idMap(
  tx: Queryable,
  sql: string,
  params: unknown[] = [],
): Promise<Map<string, string>> {
  const rows = (await tx.query<{ k: string; id: string }>(sql, params)).rows;
  return new Map(rows.map((r) => [r.k, r.id]));
}

function must<T>(map: Map<string, T>, key: string, what: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`demo team data: unknown ${what} ${JSON.stringify(key)}`);
  return v;
}

export interface DemoTeamCounts {
  profiles: number;
  allocations: number;
  timeOff: number;
  assessments: number;
  headcountRoles: number;
  staffingNeeds: number;
}

/**
 * Adds the team side of the demo organization (written by writeDemoOrganization
 * just before, in the same transaction): profiles on the ladder, reporting lines,
 * skills, allocations that over-book some weeks and leave others idle, time off,
 * holidays, assessments and a headcount plan around `org.today`.
 */
export async function writeDemoTeam(tx: Queryable, org: DemoOrganization): Promise<DemoTeamCounts> {
  const counts: DemoTeamCounts = {
    profiles: 0,
    allocations: 0,
    timeOff: 0,
    assessments: 0,
    headcountRoles: 0,
    staffingNeeds: 0,
  };
  const emails = org.people.map((p) => p.email);
  const byEmail = await idMap(
    tx,
    'SELECT lower(email) AS k, id FROM users WHERE lower(email) = ANY($1::text[])',
    [emails.map((e) => e.toLowerCase())],
  );
  const people = new Map(
    org.people.map((p) => [p.key, must(byEmail, p.email.toLowerCase(), 'person')]),
  );
  const tracks = await idMap(tx, 'SELECT key AS k, id FROM career_tracks');
  const levels = await idMap(tx, 'SELECT key AS k, id FROM career_levels');
  const programByName = await idMap(tx, 'SELECT name AS k, id FROM programs');
  const programs = new Map(
    org.programs.map((p) => [p.key, must(programByName, p.name, 'program')]),
  );

  for (const p of org.people) {
    const profile = DEMO_PROFILES[p.key];
    if (!profile) throw new Error(`demo team data: no profile for ${p.key}`);
    const levelKey = demoLevelKey(p);
    const [start, end] = profile.hours ?? [480, 960];
    await tx.query(
      `UPDATE users SET track_id = $2, level_id = $3, manager_id = $4, location = $5, time_zone = $6,
              working_hours_start = $7, working_hours_end = $8, working_days = $9, capacity = $10, flexible_hours = $11
        WHERE id = $1`,
      [
        people.get(p.key),
        p.track === 'partner' ? null : must(tracks, p.track, 'track'),
        levelKey === null ? null : must(levels, levelKey, 'level'),
        p.managerKey === null ? null : must(people, p.managerKey, 'manager'),
        profile.location,
        profile.timeZone,
        start,
        end,
        profile.days ?? [1, 2, 3, 4, 5],
        profile.capacity ?? 1,
        profile.flexible ?? false,
      ],
    );
    for (const [kind, list] of [
      ['skill', profile.skills],
      ['domain', profile.domains],
    ] as const)
      for (const [name, proficiency] of list)
        await tx.query(
          'INSERT INTO person_skills (user_id, kind, name, proficiency) VALUES ($1, $2, $3, $4)',
          [people.get(p.key), kind, name, proficiency],
        );
    counts.profiles++;
  }

  const todayMs = Date.parse(`${org.today}T00:00:00Z`);
  const mondayMs = todayMs - ((new Date(todayMs).getUTCDay() + 6) % 7) * DAY_MS;
  const dayAfterMonday = (n: number) => new Date(mondayMs + n * DAY_MS).toISOString().slice(0, 10);

  for (const [personKey, target, amount, fromWeek, toWeek] of DEMO_ALLOCATIONS) {
    const run = target.startsWith(RUN_WORK_PREFIX);
    const hours = typeof amount === 'string' ? Number(amount.slice(0, -1)) : null;
    await tx.query(
      `INSERT INTO allocations (user_id, program_id, run_work, percent, hours_per_week, from_date, to_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        must(people, personKey, 'person'),
        run ? null : must(programs, target, 'program'),
        run ? target.slice(RUN_WORK_PREFIX.length) : '',
        hours === null ? amount : null,
        hours,
        dayAfterMonday(fromWeek * 7),
        toWeek === null ? null : dayAfterMonday(toWeek * 7 + 4),
      ],
    );
    counts.allocations++;
  }
  for (const [personKey, from, to, kind] of DEMO_TIME_OFF) {
    await tx.query(
      'INSERT INTO time_off (user_id, from_date, to_date, kind) VALUES ($1, $2, $3, $4)',
      [must(people, personKey, 'person'), dayAfterMonday(from), dayAfterMonday(to), kind],
    );
    counts.timeOff++;
  }
  const competencies = (
    await tx.query<{ id: string }>('SELECT id FROM competencies ORDER BY sort_order, name')
  ).rows;
  const levelRows = (
    await tx.query<{ id: string; key: string; path: string; grade: number }>(
      'SELECT id, key, path, grade FROM career_levels ORDER BY grade',
    )
  ).rows;
  for (const [personKey, byManager, bySelf] of DEMO_ASSESSMENTS) {
    const person = org.people.find((p) => p.key === personKey)!;
    const current = levelRows.find((l) => l.key === demoLevelKey(person))!;
    const next = levelRows.find((l) => l.path === current.path && l.grade > current.grade)!;
    const managerId = person.managerKey ? must(people, person.managerKey, 'manager') : null;
    for (const [i, c] of competencies.entries()) {
      for (const [kind, met, by] of [
        ['manager', byManager, managerId],
        ['self', bySelf, people.get(personKey)],
      ] as const) {
        await tx.query(
          `INSERT INTO competency_assessments (user_id, competency_id, level_id, kind, rating, evidence_urls, assessed_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            people.get(personKey),
            c.id,
            next.id,
            kind,
            i < met ? 3 : 2,
            i === 0 ? [`https://wiki.waymark.test/growth/${personKey}`] : [],
            by,
          ],
        );
        counts.assessments++;
      }
    }
  }

  const quarter = fiscalQuarterOf(org.today);
  for (const [title, offset, track, level, status, filledBy] of DEMO_ROLES) {
    await tx.query(
      `INSERT INTO headcount_roles (title, quarter, track_id, level_id, status, filled_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        title,
        shiftQuarter(quarter, offset),
        must(tracks, track, 'track'),
        must(levels, level, 'level'),
        status,
        filledBy === null ? null : must(people, filledBy, 'person'),
      ],
    );
    counts.headcountRoles++;
  }
  for (const [source, perQuarter] of Object.entries(DEMO_NEEDS)) {
    for (const [i, fte] of perQuarter.entries()) {
      if (fte <= 0) continue;
      await tx.query(
        'INSERT INTO staffing_needs (quarter, source, program_id, fte) VALUES ($1, $2, $3, $4)',
        [
          shiftQuarter(quarter, DEMO_NEEDS_FIRST_OFFSET + i),
          source === 'intake' ? 'intake' : 'program',
          source === 'intake' ? null : must(programs, source, 'program'),
          fte,
        ],
      );
      counts.staffingNeeds++;
    }
  }
  return counts;
}
