import type { ScheduleItem, ScheduleSnapshot } from '../../contracts/schedule.schema.js';
import type { Queryable } from '../db/database.js';
import { WORKING_MINUTES_PER_DAY } from './demo-model.js';
import { DEMO_PEOPLE, DEMO_TEAMS } from './demo-people.js';
import {
  buildHistoryPrograms,
  type HistoryMilestone,
  type HistoryProgram,
} from './demo-history-plan.js';
import { writeHistoryChangeRequests, writeHistoryForecasts } from './demo-history-records.js';

const startOf = (day: string) => `${day}T08:00:00`;
const endOf = (day: string) => `${day}T17:00:00`;

async function idOf(tx: Queryable, sql: string, params: unknown[]): Promise<string> {
  const r = await tx.query<{ id: string }>(sql, params);
  const id = r.rows[0]?.id;
  if (!id) throw new Error(`demo history: nothing found for ${JSON.stringify(params)}`);
  return id;
}

function personEmail(key: string): string {
  const person = DEMO_PEOPLE.find((p) => p.key === key);
  if (!person) throw new Error(`demo history: unknown person key ${JSON.stringify(key)}`);
  return person.email;
}

function teamName(key: string): string {
  const team = DEMO_TEAMS.find((t) => t.key === key);
  if (!team) throw new Error(`demo history: unknown team key ${JSON.stringify(key)}`);
  return team.name;
}

/** The plan of record as the program's baseline: every item at its planned dates. */
function plannedSnapshot(
  program: HistoryProgram,
  ids: { milestones: string[]; tasks: string[][] },
): ScheduleSnapshot {
  const item = (
    id: string,
    kind: ScheduleItem['kind'],
    name: string,
    start: string,
    finish: string,
    days: number,
    estimateHours: number | null,
  ): ScheduleItem => ({
    id,
    kind,
    name,
    earlyStart: start,
    earlyFinish: finish,
    lateStart: start,
    lateFinish: finish,
    totalSlackMinutes: 0,
    freeSlackMinutes: 0,
    critical: true,
    drivingPredecessorIds: [],
    durationMinutes: days * WORKING_MINUTES_PER_DAY,
    estimateHours,
    percentComplete: 0,
    progress: 'not_started',
    parentId: null,
  });
  const items = program.milestones.flatMap((m, i) => [
    ...m.tasks.map((t, j) =>
      item(
        ids.tasks[i]![j]!,
        'task',
        t.name,
        startOf(t.plannedStart),
        endOf(t.plannedFinish),
        5,
        t.estimateHours,
      ),
    ),
    item(ids.milestones[i]!, 'milestone', m.name, endOf(m.planned), endOf(m.planned), 0, null),
  ]);
  return {
    start: startOf(program.startDate),
    finish: endOf(program.targetDate),
    statusDate: program.startDate,
    items,
    diagnostics: [],
  };
}

async function writeMilestone(
  tx: Queryable,
  programId: string,
  workstreamId: string,
  m: HistoryMilestone,
  ownerId: string,
  teamId: string,
): Promise<{ milestoneId: string; taskIds: string[] }> {
  const milestoneId = await idOf(
    tx,
    `INSERT INTO milestones (program_id, workstream_id, name, description, due_date, state, achieved_at)
     VALUES ($1, $2, $3, '', $4, 'achieved', $5) RETURNING id`,
    [programId, workstreamId, m.name, m.planned, endOf(m.achieved)],
  );
  const taskIds: string[] = [];
  for (const t of m.tasks) {
    const taskId = await idOf(
      tx,
      `INSERT INTO tasks (program_id, workstream_id, milestone_id, name, description, owner_id, team_id,
                          estimate_hours, start_date, due_date, state, actual_start, actual_finish, percent_complete,
                          cost_per_hour)
       VALUES ($1, $2, $3, $4, '', $5, $6, $7, $8, $9, 'done', $10, $11, 100, 110) RETURNING id`,
      [
        programId,
        workstreamId,
        milestoneId,
        t.name,
        ownerId,
        teamId,
        t.estimateHours,
        t.plannedStart,
        t.plannedFinish,
        startOf(t.actualStart),
        endOf(t.actualFinish),
      ],
    );
    // One after the other, as they ran.
    if (taskIds.length > 0)
      await tx.query(
        `INSERT INTO dependencies (predecessor_task_id, successor_task_id, type, lag_minutes) VALUES ($1, $2, 'FS', 0)`,
        [taskIds[taskIds.length - 1], taskId],
      );
    taskIds.push(taskId);
  }
  await tx.query(
    `INSERT INTO dependencies (predecessor_task_id, successor_milestone_id, type, lag_minutes) VALUES ($1, $2, 'FS', 0)`,
    [taskIds[taskIds.length - 1], milestoneId],
  );
  return { milestoneId, taskIds };
}

async function writeHistoryProgram(tx: Queryable, program: HistoryProgram): Promise<void> {
  const { spec } = program;
  const owner = await idOf(tx, 'SELECT id FROM users WHERE email = $1', [
    personEmail(spec.ownerKey),
  ]);
  const sponsor = DEMO_PEOPLE.find((p) => p.key === spec.sponsorKey)!.name;
  const teamId = await idOf(tx, 'SELECT id FROM teams WHERE name = $1', [teamName(spec.teamKey)]);
  const programId = await idOf(
    tx,
    `INSERT INTO programs (name, summary, owner_id, sponsor, status, health, start_date, target_date,
                           budget_cents, currency, status_date)
     VALUES ($1, $2, $3, $4, 'completed', 'green', $5, $6, $7, 'USD', $8) RETURNING id`,
    [
      spec.name,
      spec.summary,
      owner,
      sponsor,
      program.startDate,
      program.targetDate,
      spec.budgetCents,
      program.finishedOn,
    ],
  );
  await tx.query(
    `INSERT INTO program_members (program_id, user_id, role) VALUES ($1, $2, 'owner')`,
    [programId, owner],
  );
  const workstreams: string[] = [];
  for (const [order, name] of spec.workstreams.entries())
    workstreams.push(
      await idOf(
        tx,
        `INSERT INTO workstreams (program_id, name, description, lead_id, sort_order)
         VALUES ($1, $2, '', $3, $4) RETURNING id`,
        [programId, name, owner, order],
      ),
    );
  const ids = { milestones: [] as string[], tasks: [] as string[][] };
  for (const m of program.milestones) {
    const written = await writeMilestone(
      tx,
      programId,
      workstreams[m.workstream]!,
      m,
      owner,
      teamId,
    );
    ids.milestones.push(written.milestoneId);
    ids.tasks.push(written.taskIds);
  }
  await tx.query(
    `INSERT INTO task_assignments (task_id, user_id)
       SELECT id, owner_id FROM tasks WHERE program_id = $1`,
    [programId],
  );
  await tx.query(
    `UPDATE programs SET task_count = $3, done_task_count = $3, rollup_at = $2::timestamp WHERE id = $1`,
    [programId, endOf(program.finishedOn), ids.tasks.flat().length],
  );
  await tx.query(
    `INSERT INTO baselines (program_id, name, schedule, schedule_computed_at, created_by)
     VALUES ($1, 'Plan of record', $2, $3::timestamp AT TIME ZONE 'UTC', $4)`,
    [programId, JSON.stringify(plannedSnapshot(program, ids)), startOf(program.startDate), owner],
  );
  await writeHistoryForecasts(tx, programId, program, ids.milestones, owner);
  await writeHistoryChangeRequests(tx, programId, program, ids.milestones, owner);
}

const DAY_MS = 86_400_000;

/**
 * Before the demo's current allocations (which start eight weeks before this week's
 * Monday), every TPM was busy on earlier programs and operations: one standing
 * allocation each over the year before, between 45% and 84%, so that utilisation has
 * a history too.
 */
async function writeHistoryAllocations(tx: Queryable, today: string): Promise<number> {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const monday = todayMs - ((new Date(todayMs).getUTCDay() + 6) % 7) * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const r = await tx.query(
    `INSERT INTO allocations (user_id, program_id, run_work, percent, from_date, to_date)
     SELECT id, NULL, 'Earlier programs and operations',
            45 + ((row_number() OVER (ORDER BY email))::int * 13) % 40, $1::date, $2::date
       FROM users WHERE role IN ('tpm', 'tpm_manager') AND active`,
    [iso(todayMs - 365 * DAY_MS), iso(monday - 8 * 7 * DAY_MS - DAY_MS)],
  );
  return r.rowCount ?? 0;
}

/**
 * A year of finished programs for the KPIs' trends: four small programs closed
 * over the last four fiscal quarters, each with its plan done (actual starts
 * and finishes), its baseline, achieved milestones (some on time, some late),
 * forecasts made while it ran, and approved change requests; and the TPMs'
 * allocations of the year before the current ones. Written last, so
 * no other demo writer (risks, RAID, status reports) picks them up.
 */
export async function writeDemoHistory(
  tx: Queryable,
  today: string,
): Promise<{ programs: number; tasks: number }> {
  const programs = buildHistoryPrograms(today);
  for (const program of programs) await writeHistoryProgram(tx, program);
  await writeHistoryAllocations(tx, today);
  return {
    programs: programs.length,
    tasks: programs.reduce((n, p) => n + p.milestones.flatMap((m) => m.tasks).length, 0),
  };
}
