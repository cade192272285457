import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_JOB_THRESHOLD_ROWS } from '../../../contracts/plan-transfer.schema.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startTestServer({ runJobs: true });
  dir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-large-import-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function csvOf(rows: number, bad: Record<number, string> = {}): string {
  const lines = ['Name,Duration,Predecessors,Start'];
  for (let i = 1; i <= rows; i++)
    lines.push(bad[i + 1] ?? `Task ${i},1d,${i > 1 ? i - 1 : ''},${i === 1 ? '2027-01-04' : ''}`);
  return `${lines.join('\n')}\n`;
}

describe('waymark program import of a large file (a background job on the server)', () => {
  it('waits for the job, shows its progress on stderr, then prints the program as for a small file', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir: dir }, argv);
    const file = path.join(dir, 'large.csv');
    writeFileSync(file, csvOf(IMPORT_JOB_THRESHOLD_ROWS + 100));

    const imported = await cli(['program', 'import', file, '--name', 'Large from CLI']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/^import [0-9a-f-]{36}: (queued|reading|writing)/m);
    const id = /\(([0-9a-f-]{36})\)\n$/.exec(imported.stdout)?.[1];
    expect(imported.stdout).toBe(`Imported ${file} as program "Large from CLI" (${id})\n`);
    expect(await server.countRows(`tasks WHERE program_id = '${id}'`)).toBe(
      IMPORT_JOB_THRESHOLD_ROWS + 100,
    );

    const bad = path.join(dir, 'large-bad.csv');
    writeFileSync(bad, csvOf(IMPORT_JOB_THRESHOLD_ROWS + 100, { 7: 'Seven,soon,,' }));
    const refused = await cli(['program', 'import', bad, '--name', 'Bad']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/\nline 7 Duration: "soon" is not a duration .+\n$/);
  }, 60_000);
});
