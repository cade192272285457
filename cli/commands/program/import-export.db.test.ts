import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-transfer-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir: dir }, argv);

describe('waymark program export | import against a server', () => {
  it('exports to stdout and to a file, imports it back (format from the extension), and reports bad rows with exit 2', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'CLI plan', startDate: '2027-01-04' }))
      .body;
    const a = (await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'A', estimateHours: 8 }))
      .body;
    const b = (await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'B', estimateHours: 4 }))
      .body;
    await tpm.post('/api/dependencies', { predecessorId: a.id, successorId: b.id });

    const csv = await cli(token, ['program', 'export', program.id, '--format', 'csv']);
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(/^ID,WBS,Name,Duration,Predecessors/);

    const file = path.join(dir, 'plan.xml');
    const exported = await cli(token, [
      'program',
      'export',
      program.id,
      '--format',
      'mspdi',
      '--output',
      file,
    ]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('<Project');

    const imported = await cli(token, ['program', 'import', file, '--name', 'From CLI', '--json']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const created = JSON.parse(imported.stdout) as { id: string; name: string };
    expect(created.name).toBe('From CLI');
    const plan = (await tpm.get(`/api/programs/${created.id}/plan`)).body;
    expect(plan.tasks.map((t: { name: string }) => t.name).sort()).toEqual(['A', 'B']);
    expect(plan.dependencies).toHaveLength(1);

    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'Name,Duration,Predecessors\nGood,1d,\nBad,soon,\nWorse,1d,9\n');
    const refused = await cli(token, ['program', 'import', bad, '--name', 'Bad']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^line 3 Duration: .+\nline 4 Predecessors: .+\n$/);

    const unknown = await cli(token, [
      'program',
      'import',
      path.join(dir, 'plan.txt'),
      '--name',
      'X',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('cannot tell the format');
  });
});
