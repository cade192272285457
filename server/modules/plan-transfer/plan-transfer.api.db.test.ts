import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function created(client: Client, path: string, body: unknown) {
  const r = await client.post(path, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number };
}

/** Raw text bodies (the test client sends JSON only); same session cookie. */
async function sendText(client: Client, path: string, text: string, contentType: string) {
  const auth = (client as unknown as { auth: { cookie?: string } }).auth;
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(auth.cookie ? { cookie: auth.cookie, origin: server.url } : {}),
    },
    body: text,
  });
  const raw = await response.text();
  let body: unknown = raw;
  try {
    body = JSON.parse(raw);
  } catch {
    // not JSON
  }
  return { status: response.status, body: body as any };
}

/**
 * Mon 2027-01-04. Workstream Build: A (16 h) → B (8 h, SS+4h) → milestone M (due 2027-01-08);
 * C (4 h) on its own, no workstream, not before Wed 2027-01-06; D (4 h) must finish
 * on Tue 2027-01-05 at noon (MFO), E (2 h) as late as possible.
 */
async function smallProgram(client: Client, name: string) {
  const program = await created(client, '/api/programs', { name, startDate: '2027-01-04' });
  const ws = await created(client, `/api/programs/${program.id}/workstreams`, { name: 'Build' });
  const task = (n: string, estimateHours: number, workstreamId?: string, startDate?: string) =>
    created(client, `/api/programs/${program.id}/tasks`, {
      name: n,
      estimateHours,
      ...(workstreamId ? { workstreamId } : {}),
      ...(startDate ? { startDate } : {}),
    });
  const a = await task('A', 16, ws.id);
  const b = await task('B', 8, ws.id);
  await task('C', 4, undefined, '2027-01-06');
  await created(client, `/api/programs/${program.id}/tasks`, {
    name: 'D',
    estimateHours: 4,
    constraintType: 'MFO',
    constraintDate: '2027-01-05T12:00:00',
  });
  await created(client, `/api/programs/${program.id}/tasks`, {
    name: 'E',
    estimateHours: 2,
    constraintType: 'ALAP',
  });
  const m = await created(client, `/api/programs/${program.id}/milestones`, {
    name: 'M',
    dueDate: '2027-01-08',
    workstreamId: ws.id,
  });
  await created(client, '/api/dependencies', {
    predecessorId: a.id,
    successorId: b.id,
    type: 'SS',
    lagMinutes: 240,
  });
  await created(client, '/api/dependencies', { predecessorId: b.id, successorId: m.id });
  return program;
}

/** The plan and schedule by names, ids left out, so two programs can be compared. */
async function shape(client: Client, programId: string) {
  const plan = (await client.get(`/api/programs/${programId}/plan`)).body;
  const schedule = (await client.get(`/api/programs/${programId}/schedule`)).body;
  const wsName = new Map<string, string>(
    plan.workstreams.map((w: { id: string; name: string }) => [w.id, w.name]),
  );
  const sortBy = (list: any[], key: (t: any) => string): unknown[] =>
    [...list].sort((x, y) => key(x).localeCompare(key(y)));
  return {
    startDate: plan.program.startDate,
    workstreams: plan.workstreams.map((w: { name: string }) => w.name).sort(),
    tasks: sortBy(
      plan.tasks.map(
        (t: {
          name: string;
          estimateHours: number;
          workstreamId: string | null;
          startDate: string | null;
          constraintType: string | null;
          constraintDate: string | null;
        }) => ({
          name: t.name,
          estimateHours: t.estimateHours,
          workstream: t.workstreamId ? wsName.get(t.workstreamId) : null,
          startDate: t.startDate,
          constraint: t.constraintType ? `${t.constraintType} ${t.constraintDate}` : null,
        }),
      ),
      (t: { name: string }) => t.name,
    ),
    milestones: sortBy(
      plan.milestones.map((m: { name: string; dueDate: string | null }) => ({
        name: m.name,
        dueDate: m.dueDate,
      })),
      (m: { name: string }) => m.name,
    ),
    links: sortBy(
      plan.dependencies.map(
        (d: {
          predecessor: { name: string };
          successor: { name: string };
          type: string;
          lagMinutes: number;
        }) => `${d.predecessor.name}-${d.type}+${d.lagMinutes}->${d.successor.name}`,
      ),
      (s: string) => s,
    ),
    schedule: {
      start: schedule.start,
      finish: schedule.finish,
      items: sortBy(
        schedule.items.map(
          (i: {
            name: string;
            earlyStart: string;
            earlyFinish: string;
            totalSlackMinutes: number;
            critical: boolean;
            durationMinutes: number;
          }) => ({
            name: i.name,
            earlyStart: i.earlyStart,
            earlyFinish: i.earlyFinish,
            totalSlackMinutes: i.totalSlackMinutes,
            critical: i.critical,
            durationMinutes: i.durationMinutes,
          }),
        ),
        (i: { name: string }) => i.name,
      ),
    },
  };
}

const CONTENT_TYPES = { mspdi: 'application/xml', yaml: 'application/yaml', csv: 'text/csv' };

describe('GET /api/programs/:id/export', () => {
  it('writes each format with its content type and a file name', async () => {
    const tpm = await server.signIn('tpm');
    const program = await smallProgram(tpm, 'Export: Launch plan');
    const mspdi = await tpm.get(`/api/programs/${program.id}/export?format=mspdi`);
    expect(mspdi.status).toBe(200);
    expect(mspdi.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(mspdi.headers.get('content-disposition')).toBe(
      'attachment; filename="export-launch-plan.xml"',
    );
    expect(mspdi.body).toContain('<Project xmlns="http://schemas.microsoft.com/project"');
    expect(mspdi.body).toContain('<Name>A</Name>');

    const yaml = await tpm.get(`/api/programs/${program.id}/export?format=yaml`);
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(yaml.headers.get('content-disposition')).toContain('export-launch-plan.yaml');
    expect(yaml.body).toContain('start: 2027-01-04T08:00');
    expect(yaml.body).toContain('name: Build');

    const csv = await tpm.get(`/api/programs/${program.id}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toBe(
      'ID,WBS,Name,Duration,Predecessors,Start,Finish,Constraint Type,Constraint Date,Milestone,Deadline,Unique ID',
    );
    expect(lines).toHaveLength(8); // header, Build, A, B, M, C, D, E
    expect(lines.find((l) => l.includes(',D,'))).toMatch(/,MFO,2027-01-05T12:00/);
  });

  it('refuses an unknown format (400) and an unknown program (404)', async () => {
    const tpm = await server.signIn('tpm');
    const program = await smallProgram(tpm, 'Export errors');
    expect((await tpm.get(`/api/programs/${program.id}/export?format=pdf`)).status).toBe(400);
    expect(
      (await tpm.get(`/api/programs/00000000-0000-4000-8000-000000000000/export?format=csv`))
        .status,
    ).toBe(404);
  });
});

describe('POST /api/programs/import', () => {
  for (const format of ['mspdi', 'yaml', 'csv'] as const) {
    it(`round trip through ${format}: the same plan and the same schedule`, async () => {
      const tpm = await server.signIn('tpm');
      const original = await smallProgram(tpm, `Round trip ${format}`);
      const file = await tpm.get(`/api/programs/${original.id}/export?format=${format}`);
      expect(file.status).toBe(200);
      const r = await sendText(
        tpm,
        `/api/programs/import?format=${format}&name=${encodeURIComponent(`Imported ${format}`)}`,
        file.body as string,
        CONTENT_TYPES[format],
      );
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.name).toBe(`Imported ${format}`);
      const before = await shape(tpm, original.id);
      const after = await shape(tpm, r.body.id);
      expect(after).toEqual(before);
      expect(after.links).toEqual(['A-SS+240->B', 'B-FS+0->M']);
      expect(after.tasks).toContainEqual(
        expect.objectContaining({ name: 'C', startDate: '2027-01-06' }),
      );
      expect(after.tasks).toContainEqual(
        expect.objectContaining({ name: 'D', constraint: 'MFO 2027-01-05T12:00:00' }),
      );
      expect(after.tasks).toContainEqual(
        expect.objectContaining({ name: 'E', constraint: 'ALAP null' }),
      );
      expect(await server.auditActions('program', r.body.id)).toEqual(['import']);
    });
  }

  it('a plan file keeps the forecast inputs: estimate ranges, task costs and risks', async () => {
    const tpm = await server.signIn('tpm');
    const original = await smallProgram(tpm, 'Forecast inputs');
    const plan = (await tpm.get(`/api/programs/${original.id}/plan`)).body;
    const taskNamed = (n: string) => plan.tasks.find((t: { name: string }) => t.name === n);
    const a = taskNamed('A');
    const patched = await tpm.patch(`/api/tasks/${a.id}`, {
      version: a.version,
      estimateOptimisticHours: 12,
      estimatePessimisticHours: 30,
      fixedCost: 2500,
      costPerHour: 95.5,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    await created(tpm, `/api/programs/${original.id}/risks`, {
      title: 'Vendor late',
      probability: 0.25,
      delayHours: 16,
      cost: 4000,
      taskIds: [a.id, taskNamed('B').id],
    });
    const file = await tpm.get(`/api/programs/${original.id}/export?format=yaml`);
    expect(file.body).toContain('perHour: 95.5');
    const r = await sendText(
      tpm,
      '/api/programs/import?format=yaml&name=Forecast%20inputs%20again',
      file.body as string,
      'application/yaml',
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const copy = (await tpm.get(`/api/programs/${r.body.id}/plan`)).body;
    const copiedA = copy.tasks.find((t: { name: string }) => t.name === 'A');
    expect(copiedA).toMatchObject({
      estimateHours: 16,
      estimateOptimisticHours: 12,
      estimatePessimisticHours: 30,
      fixedCost: 2500,
      costPerHour: 95.5,
    });
    const risks = (await tpm.get(`/api/programs/${r.body.id}/risks`)).body.items;
    expect(risks).toHaveLength(1);
    expect(risks[0]).toMatchObject({
      title: 'Vendor late',
      probability: 0.25,
      delayHours: 16,
      cost: 4000,
    });
    const names = risks[0].taskIds.map(
      (id: string) => copy.tasks.find((t: { id: string }) => t.id === id).name,
    );
    expect(names.sort()).toEqual(['A', 'B']);
  });

  it('refuses a plan file whose risk names only a milestone, writing nothing', async () => {
    const tpm = await server.signIn('tpm');
    const before = await server.countRows('programs');
    const yaml = [
      'start: 2027-01-04T08:00',
      'tasks:',
      '  - { id: build, duration: 2d }',
      '  - { id: launch, milestone: true, after: [build] }',
      'risks:',
      '  - { id: slip, name: Launch slips, probability: 0.5, impact: { tasks: [launch], delay: 1d } }',
    ].join('\n');
    const r = await sendText(
      tpm,
      '/api/programs/import?format=yaml&name=Risky',
      yaml,
      'application/yaml',
    );
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.error.issues)).toContain(
      'risk slip \\"Launch slips\\": names no task',
    );
    expect(await server.countRows('programs')).toBe(before);
  });

  it('keeps a summary task with its own links, percent lags and the outline, and schedules as the file says', async () => {
    const tpm = await server.signIn('tpm');
    const yaml = [
      'name: Summary links',
      'start: 2027-01-04T08:00',
      'tasks:',
      '  - { id: design, name: Design }',
      '  - { id: ui, name: UI, parent: design, duration: 2d }',
      '  - { id: api, name: API, parent: design, duration: 3d }',
      '  - { id: build, name: Build, duration: 4d, after: [design] }',
      '  - { id: review, name: Review, duration: 1d, after: [{ task: build, lag: 50% }] }',
      '',
    ].join('\n');
    const r = await sendText(
      tpm,
      '/api/programs/import?format=yaml&name=Summary%20links',
      yaml,
      'application/yaml',
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.importWarnings).toEqual([]);
    const plan = (await tpm.get(`/api/programs/${r.body.id}/plan`)).body;
    // Design schedules something itself (Build waits for it): a summary task, not a workstream.
    expect(plan.workstreams).toEqual([]);
    const byName = new Map<string, any>(plan.tasks.map((t: any) => [t.name, t]));
    expect(byName.get('Design').estimateHours).toBeNull();
    expect(byName.get('UI').parentTaskId).toBe(byName.get('Design').id);
    expect(byName.get('API').parentTaskId).toBe(byName.get('Design').id);
    expect(
      plan.tasks
        .map((t: any) => t.name)
        .sort((a: string, b: string) => {
          return byName.get(a).position - byName.get(b).position;
        }),
    ).toEqual(['Design', 'UI', 'API', 'Build', 'Review']);
    const links = plan.dependencies.map(
      (d: any) =>
        `${d.predecessor.name}-${d.type}+${d.lagKind === 'percent' ? `${d.lagPercent}%` : d.lagMinutes}->${d.successor.name}`,
    );
    expect(links.sort()).toEqual(['Build-FS+50%->Review', 'Design-FS+0->Build']);
    const got = await shape(tpm, r.body.id);
    const at = (name: string) =>
      (got.schedule.items as { name: string; earlyStart: string }[]).find((i) => i.name === name)!;
    // Build waits for the whole of Design (API's 3 days: Mon–Wed), Review for 2 days after Build ends (Tue 12th).
    expect(at('Build').earlyStart).toBe('2027-01-07T08:00:00');
    expect(at('Review').earlyStart).toBe('2027-01-15T08:00:00');
  });

  it('imports a hand-written CSV with WBS, milestones and MS Project predecessors', async () => {
    const tpm = await server.signIn('tpm');
    const csv = [
      'ID,WBS,Name,Duration,Predecessors',
      '1,1,Design,,',
      '2,1.1,Spec,3d,',
      '3,1.2,Review,4h,2FS+1d',
      '4,2,Launch,0d,3',
    ].join('\n');
    const r = await sendText(
      tpm,
      '/api/programs/import?format=csv&name=Hand%20CSV',
      csv,
      'text/csv',
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const plan = (await tpm.get(`/api/programs/${r.body.id}/plan`)).body;
    expect(plan.workstreams.map((w: { name: string }) => w.name)).toEqual(['Design']);
    expect(
      plan.tasks.map((t: { name: string; estimateHours: number }) => [t.name, t.estimateHours]),
    ).toEqual(
      expect.arrayContaining([
        ['Spec', 24],
        ['Review', 4],
      ]),
    );
    expect(plan.milestones.map((m: { name: string }) => m.name)).toEqual(['Launch']);
    expect(plan.dependencies).toHaveLength(2);
    expect(
      plan.dependencies.find((d: { lagMinutes: number }) => d.lagMinutes === 480),
    ).toBeTruthy();
  });

  it('a CSV with two bad rows: 400 naming both lines, nothing written', async () => {
    const tpm = await server.signIn('tpm');
    const programs = await server.countRows('programs');
    const tasks = await server.countRows('tasks');
    const audits = await server.countRows('audit_events');
    const csv = [
      'ID,Name,Duration,Predecessors',
      '1,Good,2d,',
      '2,Bad duration,two days,1',
      '3,Also good,1d,1',
      '4,Bad link,1d,99',
    ].join('\n');
    const r = await sendText(tpm, '/api/programs/import?format=csv&name=Bad', csv, 'text/csv');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
    const messages: string[] = r.body.error.issues.map((i: { message: string }) => i.message);
    expect(r.body.error.issues.every((i: { path: string }) => i.path === 'body')).toBe(true);
    expect(messages.some((m) => m.startsWith('line 3 Duration:'))).toBe(true);
    expect(messages.some((m) => m.startsWith('line 5 Predecessors:'))).toBe(true);
    expect(await server.countRows('programs')).toBe(programs);
    expect(await server.countRows('tasks')).toBe(tasks);
    expect(await server.countRows('audit_events')).toBe(audits);
  });

  it('a broken MSPDI or YAML file is a 400 with the reason', async () => {
    const tpm = await server.signIn('tpm');
    const xml = await sendText(
      tpm,
      '/api/programs/import?format=mspdi&name=X',
      '<nope/>',
      'text/xml',
    );
    expect(xml.status).toBe(400);
    const yaml = await sendText(
      tpm,
      '/api/programs/import?format=yaml&name=Y',
      'start: 2027-01-04\ntasks:\n  - id: a\n    duration: soon\n',
      'text/yaml',
    );
    expect(yaml.status).toBe(400);
    expect(yaml.body.error.issues[0].message).toMatch(/^line 4 /);
  });

  it('a stakeholder cannot import (403)', async () => {
    const stakeholder = await server.signIn('stakeholder');
    const r = await sendText(
      stakeholder,
      '/api/programs/import?format=csv&name=No',
      'Name,Duration\nA,1d\n',
      'text/csv',
    );
    expect(r.status).toBe(403);
  });
});
