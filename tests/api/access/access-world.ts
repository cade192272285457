import { expect } from 'vitest';
import type { Queryable } from '../../../server/db/database.js';
import type { ApiClient } from '../../support/api-client.js';
import { created } from '../../support/api-steps.js';

/** One of everything under a members-only program, and a person with personal records. */
export interface AccessWorld {
  program: string;
  workstream: string;
  calendar: string;
  /** A resource without an account, as a plan file brings (no route creates one by hand). */
  programResource: string;
  milestone: string;
  criterion: string;
  task: string;
  task2: string;
  dependency: string;
  baseline: string;
  forecast: string;
  risk: string;
  assumption: string;
  programIssue: string;
  externalDependency: string;
  changeRequest: string;
  taskAssignment: string;
  allocation: string;
  /** A person nobody in the matrix manages: their records are personal. */
  person: string;
  timeOff: string;
  /** A second viewer, whom the member-removal route may remove. */
  removableMember: string;
  /** Seeded ladder rows: admin-only writes reach a real row (and send no version, so change none). */
  careerTrack: string;
  careerLevel: string;
  competency: string;
  headcountRole: string;
  /** A staffing need of the members-only program: who may not see it reads it unnamed. */
  staffingNeed: string;
  /** A decision of the members-only program. */
  decision: string;
  /** An action item of the members-only program. */
  actionItem: string;
  /** A published status report of the members-only program (every reader sees it). */
  statusReport: string;
  /** A draft post-mortem of the members-only program. */
  postMortem: string;
  /** A review of the members-only program. */
  review: string;
  /** A satisfaction survey of the members-only program. */
  survey: string;
  /** An organization objective (of no program) that the members-only program serves. */
  objective: string;
  /** A manual key result of that objective. */
  keyResult: string;
}

export async function buildAccessWorld(
  admin: ApiClient,
  db: Queryable,
  members: { viewer: string; editor: string; person: string; removableMember: string },
): Promise<AccessWorld> {
  const program = (
    await created(admin, '/api/programs', {
      name: `Members-only ${Math.random().toString(36).slice(2, 8)}`,
      visibility: 'members',
      startDate: '2026-01-05',
      budgetCents: 500_000_00,
    })
  ).id;
  for (const [userId, role] of [
    [members.viewer, 'viewer'],
    [members.editor, 'editor'],
    [members.removableMember, 'viewer'],
  ] as const) {
    const r = await admin.post(`/api/programs/${program}/members`, { userId, role });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }
  const workstream = (await created(admin, `/api/programs/${program}/workstreams`, { name: 'W' }))
    .id;
  const calendar = (
    await created(admin, `/api/programs/${program}/calendars`, {
      name: 'Night shift',
      week: { '1': [{ from: 1200, to: 1440 }] },
    })
  ).id;
  const programResource = (
    await db.query<{ id: string }>(
      `INSERT INTO program_resources (program_id, name, uid) VALUES ($1, 'Contractor', 9) RETURNING id`,
      [program],
    )
  ).rows[0]!.id;
  const milestone = (await created(admin, `/api/programs/${program}/milestones`, { name: 'M' })).id;
  const criterion = (
    await created(admin, `/api/milestones/${milestone}/criteria`, { description: 'Done' })
  ).id;
  const task = (await created(admin, `/api/programs/${program}/tasks`, { name: 'A' })).id;
  const task2 = (await created(admin, `/api/programs/${program}/tasks`, { name: 'B' })).id;
  const dependency = (
    await created(admin, '/api/dependencies', { predecessorId: task, successorId: task2 })
  ).id;
  const baseline = (await created(admin, `/api/programs/${program}/baselines`, { name: 'B1' })).id;
  const forecastRun = await admin.post(`/api/programs/${program}/forecasts`, { iterations: 200 });
  expect([201, 202], JSON.stringify(forecastRun.body)).toContain(forecastRun.status);
  const risk = (
    await created(admin, `/api/programs/${program}/risks`, {
      title: 'R',
      probability: 0.5,
      delayHours: 8,
      taskIds: [task],
    })
  ).id;
  const assumption = (
    await created(admin, `/api/programs/${program}/assumptions`, { statement: 'A' })
  ).id;
  const programIssue = (
    await created(admin, `/api/programs/${program}/issues`, { title: 'I', taskIds: [task] })
  ).id;
  const externalDependency = (
    await created(admin, `/api/programs/${program}/external-dependencies`, { title: 'D' })
  ).id;
  const changeRequest = (
    await created(admin, `/api/programs/${program}/change-requests`, {
      title: 'CR',
      reason: 'Access matrix',
      changes: [],
    })
  ).id;
  const taskAssignment = (
    await created(admin, `/api/tasks/${task}/assignments`, {
      userId: members.person,
      confirmOverAllocation: true,
    })
  ).id;
  const allocation = (
    await created(admin, '/api/allocations', {
      personId: members.person,
      programId: program,
      percent: 10,
      from: '2026-01-05',
      confirmOverAllocation: true,
    })
  ).id;
  const timeOff = (
    await created(admin, `/api/people/${members.person}/time-off`, {
      from: '2026-03-02',
      to: '2026-03-06',
      kind: 'sick',
    })
  ).id;
  const ladder = (await admin.get('/api/career-ladder')).body;
  const headcountRole = (
    await created(admin, '/api/headcount/roles', { title: 'TPM', quarter: 'FY2027-Q1' })
  ).id;
  const staffingNeed = (
    await created(admin, '/api/headcount/needs', {
      quarter: 'FY2027-Q1',
      source: 'program',
      programId: program,
      fte: 1,
    })
  ).id;
  const decision = (
    await created(admin, `/api/programs/${program}/decisions`, {
      title: 'Which vendor?',
      options: [{ name: 'Build' }, { name: 'Buy', cost: 1000 }],
      riskIds: [risk],
    })
  ).id;
  const actionItem = (
    await created(admin, '/api/action-items', { title: 'Follow up', programId: program })
  ).id;
  const draftedReport = await created(admin, `/api/programs/${program}/status-reports`, {});
  const publishedReport = await admin.post(`/api/status-reports/${draftedReport.id}/publish`, {
    version: draftedReport.version,
  });
  expect(publishedReport.status, JSON.stringify(publishedReport.body)).toBe(200);
  const postMortem = (
    await created(admin, `/api/programs/${program}/post-mortems`, {
      title: 'Launch retrospective',
      rootCauses: [{ text: 'Estimates left out review time', category: 'estimation' }],
    })
  ).id;
  const review = (
    await created(admin, '/api/reviews', {
      title: 'Weekly review',
      programIds: [program],
      startsOn: '2026-01-06',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    })
  ).id;
  const survey = (
    await created(admin, '/api/surveys', { title: 'Quarterly pulse', programId: program })
  ).id;
  const objective = (
    await created(admin, '/api/objectives', {
      ownerKind: 'organization',
      period: 'FY2027-Q4',
      title: 'Deliver what we promise',
    })
  ).id;
  const keyResult = (
    await created(admin, `/api/objectives/${objective}/key-results`, {
      title: 'Milestones on time',
      startValue: 0,
      targetValue: 10,
    })
  ).id;
  const aligned = await admin.post(`/api/objectives/${objective}/programs`, { programId: program });
  expect(aligned.status, JSON.stringify(aligned.body)).toBe(200);
  return {
    program,
    workstream,
    calendar,
    programResource,
    milestone,
    criterion,
    task,
    task2,
    dependency,
    baseline,
    forecast: forecastRun.body.id,
    risk,
    assumption,
    programIssue,
    externalDependency,
    changeRequest,
    taskAssignment,
    allocation,
    person: members.person,
    timeOff,
    removableMember: members.removableMember,
    careerTrack: ladder.tracks[0].id,
    careerLevel: ladder.levels[0].id,
    competency: ladder.competencies[0].id,
    headcountRole,
    staffingNeed,
    decision,
    actionItem,
    statusReport: draftedReport.id,
    postMortem,
    review,
    survey,
    objective,
    keyResult,
  };
}
