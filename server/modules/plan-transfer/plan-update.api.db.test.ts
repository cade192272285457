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

/** Raw text bodies (the test client sends JSON only); same session cookie, with the CSRF origin. */
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

const XML = 'application/xml';
const YAML = 'application/yaml';

/**
 * A program made from a file, so that every item has a UID: Build (A 16 h → B 8 h
 * → milestone M), C (4 h) → D (4 h) outside it; made in Waymark, exported, imported.
 */
async function importedProgram(client: Client, name: string, format: 'mspdi' | 'yaml' = 'mspdi') {
  const made = await created(client, '/api/programs', {
    name: `${name} source`,
    startDate: '2027-01-04',
  });
  const ws = await created(client, `/api/programs/${made.id}/workstreams`, { name: 'Build' });
  const task = (n: string, estimateHours: number, workstreamId?: string) =>
    created(client, `/api/programs/${made.id}/tasks`, {
      name: n,
      estimateHours,
      ...(workstreamId ? { workstreamId } : {}),
    });
  const a = await task('A', 16, ws.id);
  const b = await task('B', 8, ws.id);
  const c = await task('C', 4);
  const d = await task('D', 4);
  const m = await created(client, `/api/programs/${made.id}/milestones`, {
    name: 'M',
    dueDate: '2027-01-08',
    workstreamId: ws.id,
  });
  await created(client, '/api/dependencies', { predecessorId: a.id, successorId: b.id });
  await created(client, '/api/dependencies', { predecessorId: b.id, successorId: m.id });
  await created(client, '/api/dependencies', { predecessorId: c.id, successorId: d.id });
  const file = await exported(client, made.id, format);
  const imported = await sendText(
    client,
    `/api/programs/import?format=${format}&name=${encodeURIComponent(name)}`,
    file,
    format === 'mspdi' ? XML : YAML,
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(201);
  return imported.body as { id: string; version: number };
}

async function exported(client: Client, programId: string, format: 'mspdi' | 'yaml') {
  const r = await client.get(`/api/programs/${programId}/export?format=${format}`);
  expect(r.status).toBe(200);
  return r.body as string;
}

interface PlanTask {
  id: string;
  name: string;
  uid: number | null;
  estimateHours: number | null;
}

async function planOf(client: Client, programId: string) {
  const plan = (await client.get(`/api/programs/${programId}/plan`)).body;
  return plan as {
    program: { version: number };
    tasks: PlanTask[];
    milestones: { name: string; uid: number | null }[];
    dependencies: { predecessor: { name: string }; successor: { name: string } }[];
  };
}

/** The plan by names (ids left out): what an unchanged program must still look like. */
async function shape(client: Client, programId: string) {
  const plan = await planOf(client, programId);
  return {
    version: plan.program.version,
    tasks: plan.tasks.map((t) => `${t.uid}:${t.name}:${t.estimateHours}`).sort(),
    milestones: plan.milestones.map((m) => `${m.uid}:${m.name}`).sort(),
    links: plan.dependencies.map((d) => `${d.predecessor.name}->${d.successor.name}`).sort(),
  };
}

/** The MSPDI <Task> element of this UID. */
function taskBlock(xml: string, uid: number): string {
  const block = xml
    .split(/(?=<Task>)/)
    .map((part) => part.slice(0, part.indexOf('</Task>') + '</Task>'.length))
    .find((part) => part.startsWith('<Task>') && part.includes(`<UID>${uid}</UID>`));
  if (!block) throw new Error(`no task ${uid} in the file`);
  return block;
}

const empty = { added: [], changed: [], removed: [] };

function expectNothingToApply(preview: any) {
  expect(preview.program.changes).toEqual([]);
  for (const kind of ['calendars', 'workstreams', 'tasks', 'milestones', 'dependencies'])
    expect(preview[kind], kind).toMatchObject(empty);
}

describe('updating a program from its plan file (POST /api/programs/:id/import/preview|apply)', () => {
  it('previews exactly what an edited MSPDI export changes, applies it in one go, and then has nothing left to apply', async () => {
    const tpm = await server.signIn('tpm');
    const program = await importedProgram(tpm, 'Update me');
    const before = await planOf(tpm, program.id);
    const uid = (name: string) => before.tasks.find((t) => t.name === name)!.uid!;
    // Something made in Waymark (no UID) is left alone.
    await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'Local', estimateHours: 2 });

    const xml = await exported(tpm, program.id, 'mspdi');
    const clean = await sendText(
      tpm,
      `/api/programs/${program.id}/import/preview?format=mspdi`,
      xml,
      XML,
    );
    expect(clean.status, JSON.stringify(clean.body)).toBe(200);
    // The MSPDI export numbers the Waymark task: read back it would be a second one, and the preview says so.
    const local = (await planOf(tpm, program.id)).tasks.find((t) => t.name === 'Local')!;
    expect(local.uid).toBeNull();
    expect(clean.body.tasks.added.map((t: any) => t.name)).toEqual(['Local']);
    expect(clean.body.tasks.kept).toBe(1);
    expect(clean.body.warnings.map((w: any) => w.message).join('\n')).toMatch(
      /"Local" is added, and the program already has an item of that name made in Waymark/,
    );

    let edited = xml;
    const localBlock = xml.split(/(?=<Task>)/).find((p) => p.includes('<Name>Local</Name>'));
    if (localBlock)
      edited = edited.replace(localBlock.slice(0, localBlock.indexOf('</Task>') + 7), '');
    const a = taskBlock(edited, uid('A'));
    edited = edited.replace(a, a.replace('<Name>A</Name>', '<Name>Analyse</Name>'));
    const b = taskBlock(edited, uid('B'));
    edited = edited.replace(
      b,
      b.replace('<Duration>PT8H0M0S</Duration>', '<Duration>PT24H0M0S</Duration>'),
    );
    const c = taskBlock(edited, uid('C'));
    const extra = c
      .replace(`<UID>${uid('C')}</UID>`, '<UID>99</UID>')
      .replace(/<ID>\d+<\/ID>/, '<ID>99</ID>')
      .replace('<Name>C</Name>', '<Name>Extra</Name>');
    edited = edited.replace(c, c + extra);
    edited = edited.replace(taskBlock(edited, uid('D')), '');

    const preview = await sendText(
      tpm,
      `/api/programs/${program.id}/import/preview?format=mspdi`,
      edited,
      XML,
    );
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const p = preview.body;
    expect(p.programVersion).toBe(before.program.version);
    expect(p.program.changes).toEqual([]);
    expect(p.tasks.added).toEqual([{ id: null, uid: 99, name: 'Extra', changes: [] }]);
    expect(
      p.tasks.changed
        .map((t: any) => ({ name: t.name, changes: t.changes }))
        .sort((x: any, y: any) => x.name.localeCompare(y.name)),
    ).toEqual([
      { name: 'A', changes: [{ field: 'name', from: 'A', to: 'Analyse' }] },
      { name: 'B', changes: [{ field: 'estimateHours', from: 8, to: 24 }] },
    ]);
    expect(p.tasks.removed.map((t: any) => [t.name, t.uid])).toEqual([['D', uid('D')]]);
    expect(p.tasks.kept).toBe(1);
    expect(p.dependencies.removed.map((d: any) => d.name)).toEqual(['C → D (FS)']);
    expect(p.dependencies.added).toEqual([]);
    expect(p.milestones).toMatchObject({ ...empty, kept: 0 });
    expect(p.workstreams).toMatchObject(empty);
    // A preview writes nothing.
    expect((await planOf(tpm, program.id)).tasks.find((t) => t.uid === uid('A'))!.name).toBe('A');

    const applied = await sendText(
      tpm,
      `/api/programs/${program.id}/import/apply?format=mspdi&programVersion=${p.programVersion}`,
      edited,
      XML,
    );
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body.applied.tasks).toEqual({ added: 1, changed: 2, removed: 1 });
    expect(applied.body.applied.dependencies).toEqual({ added: 0, changed: 0, removed: 1 });
    expect(applied.body.programVersion).toBe(p.programVersion + 1);

    const after = await planOf(tpm, program.id);
    const names = after.tasks.map((t) => `${t.uid}:${t.name}:${t.estimateHours}`).sort();
    expect(names).toEqual(
      [
        `${uid('A')}:Analyse:16`,
        `${uid('B')}:B:24`,
        `${uid('C')}:C:4`,
        '99:Extra:4',
        'null:Local:2',
      ].sort(),
    );
    expect(
      after.dependencies.map((d) => `${d.predecessor.name}->${d.successor.name}`).sort(),
    ).toEqual(['Analyse->B', 'B->M']);

    const again = await sendText(
      tpm,
      `/api/programs/${program.id}/import/preview?format=mspdi`,
      edited,
      XML,
    );
    expect(again.status).toBe(200);
    expectNothingToApply(again.body);
    expect(again.body.tasks.kept).toBe(1);

    // Audited: the program's row, and one per item written.
    const admin = await server.signIn('admin');
    const audit = (await admin.get(`/api/audit?programId=${program.id}`)).body.items as {
      action: string;
      entityType: string;
    }[];
    expect(audit.filter((e) => e.action === 'update_from_file')).toHaveLength(1);
    expect(audit.filter((e) => e.entityType === 'task' && e.action === 'delete')).toHaveLength(1);
  });

  it('refuses a stale preview (409 version_conflict) and a bad file (400 by line), changing nothing', async () => {
    const tpm = await server.signIn('tpm');
    const program = await importedProgram(tpm, 'Stale');
    const xml = await exported(tpm, program.id, 'mspdi');
    const edited = xml.replace('<Name>C</Name>', '<Name>C renamed</Name>');
    const preview = await sendText(
      tpm,
      `/api/programs/${program.id}/import/preview?format=mspdi`,
      edited,
      XML,
    );
    expect(preview.body.tasks.changed).toHaveLength(1);
    const version = preview.body.programVersion as number;

    // Someone changes the program after the preview.
    const patched = await tpm.patch(`/api/programs/${program.id}`, {
      summary: 'Changed meanwhile',
      version,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const before = await shape(tpm, program.id);
    const stale = await sendText(
      tpm,
      `/api/programs/${program.id}/import/apply?format=mspdi&programVersion=${version}`,
      edited,
      XML,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.message).toMatch(/changed since the preview/);
    expect(await shape(tpm, program.id)).toEqual(before);

    // A second apply of the same (now fresh) preview is refused too: the first bumped the version.
    const fresh = before.version;
    const first = await sendText(
      tpm,
      `/api/programs/${program.id}/import/apply?format=mspdi&programVersion=${fresh}`,
      edited,
      XML,
    );
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await sendText(
      tpm,
      `/api/programs/${program.id}/import/apply?format=mspdi&programVersion=${fresh}`,
      edited,
      XML,
    );
    expect(second.status).toBe(409);

    const unchanged = await shape(tpm, program.id);
    for (const step of ['preview', `apply`]) {
      const bad = await sendText(
        tpm,
        `/api/programs/${program.id}/import/${step}?format=mspdi${step === 'apply' ? `&programVersion=${unchanged.version}` : ''}`,
        '<nope/>',
        XML,
      );
      expect(bad.status, step).toBe(400);
      expect(bad.body.error.issues[0].message).toMatch(/^line 1 file: not an MSPDI document/);
    }
    expect(await shape(tpm, program.id)).toEqual(unchanged);

    const missing = await sendText(
      tpm,
      '/api/programs/00000000-0000-4000-8000-000000000000/import/preview?format=mspdi',
      edited,
      XML,
    );
    expect(missing.status).toBe(404);
  });

  it('applies all or nothing: a refusal after the first writes leaves the program as it was', async () => {
    const tpm = await server.signIn('tpm');
    const program = await importedProgram(tpm, 'Atomic');
    const before = await planOf(tpm, program.id);
    const uidOf = (name: string) => before.tasks.find((t) => t.name === name)!.uid!;
    // A workstream made here (empty): the file renames Build to its name, and also drops D.
    await created(tpm, `/api/programs/${program.id}/workstreams`, { name: 'QA' });
    const xml = await exported(tpm, program.id, 'mspdi');
    // (An empty workstream is not exported: the file does not name QA itself.)
    expect(xml).not.toContain('<Name>QA</Name>');
    let edited = xml;
    edited = edited
      .replace(taskBlock(edited, uidOf('D')), '')
      .replace('<Name>Build</Name>', '<Name>QA</Name>');
    const preview = await sendText(
      tpm,
      `/api/programs/${program.id}/import/preview?format=mspdi`,
      edited,
      XML,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.tasks.removed.map((t: any) => t.name)).toEqual(['D']);
    expect(preview.body.warnings.map((w: any) => w.message).join('\n')).toMatch(
      /The workstream "QA" has the name of another workstream of the program/,
    );
    const unchanged = await shape(tpm, program.id);
    const refused = await sendText(
      tpm,
      `/api/programs/${program.id}/import/apply?format=mspdi&programVersion=${preview.body.programVersion}`,
      edited,
      XML,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('duplicate');
    // D (removed before the clash was met) is still there, and the version did not move.
    expect(await shape(tpm, program.id)).toEqual(unchanged);
  });

  it('updates from a YAML plan file too', async () => {
    const tpm = await server.signIn('tpm');
    const program = await importedProgram(tpm, 'From YAML', 'yaml');
    // A task made in Waymark: the plan file names it by its Waymark id, so it is matched, not added.
    await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'Local', estimateHours: 2 });
    const yaml = await exported(tpm, program.id, 'yaml');
    const clean = await sendText(
      tpm,
      `/api/programs/${program.id}/import/preview?format=yaml`,
      yaml,
      YAML,
    );
    expect(clean.status, JSON.stringify(clean.body)).toBe(200);
    // The export numbered it: that UID is all that the file changes, and it is kept from then on.
    expect(clean.body.tasks.changed.map((t: any) => [t.name, t.changes])).toEqual([
      ['Local', [{ field: 'uid', from: null, to: expect.any(Number) }]],
    ]);
    expect(clean.body.tasks).toMatchObject({ added: [], removed: [], kept: 0 });

    const edited = yaml.replace(/name: A\n/, 'name: Analyse\n');
    expect(edited).not.toBe(yaml);
    // A bad plan file: refused by line and field, nothing changed.
    const unchanged = await shape(tpm, program.id);
    const broken = edited.replace('duration: 4h', 'duration: four hours');
    expect(broken).not.toBe(edited);
    const bad = await sendText(
      tpm,
      `/api/programs/${program.id}/import/apply?format=yaml&programVersion=${unchanged.version}`,
      broken,
      YAML,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: any) => i.message).join('\n')).toMatch(
      /line \d+.*duration/i,
    );
    expect(await shape(tpm, program.id)).toEqual(unchanged);

    const preview = await sendText(
      tpm,
      `/api/programs/${program.id}/import/preview?format=yaml`,
      edited,
      YAML,
    );
    expect(preview.body.tasks.changed.map((t: any) => [t.name, t.changes[0]])).toEqual([
      ['A', { field: 'name', from: 'A', to: 'Analyse' }],
      ['Local', { field: 'uid', from: null, to: expect.any(Number) }],
    ]);
    const applied = await sendText(
      tpm,
      `/api/programs/${program.id}/import/apply?format=yaml&programVersion=${preview.body.programVersion}`,
      edited,
      YAML,
    );
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect((await planOf(tpm, program.id)).tasks.map((t) => t.name)).toContain('Analyse');
    const again = await sendText(
      tpm,
      `/api/programs/${program.id}/import/preview?format=yaml`,
      edited,
      YAML,
    );
    expectNothingToApply(again.body);
  });
});
