import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer();
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-criterion-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

describe('waymark criterion list | add | update | delete', () => {
  it('adds, marks met with evidence (found with or without --milestone), refuses stale, deletes with --yes', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    // Another program first: naming its milestone with --milestone must be refused.
    const other = (await tpm.post('/api/programs', { name: 'Other' })).body;
    const elsewhere = (
      await tpm.post(`/api/programs/${other.id}/milestones`, {
        name: 'Elsewhere',
        criteria: [{ description: 'Not this one' }],
      })
    ).body;
    const program = (await tpm.post('/api/programs', { name: 'Beacon' })).body;
    const milestone = (
      await tpm.post(`/api/programs/${program.id}/milestones`, {
        name: 'GA',
        criteria: [{ description: 'Docs published' }],
      })
    ).body;

    const added = await cli(['criterion', 'add', milestone.id, '--description', 'p99 < 200 ms']);
    expect(added.stderr).toBe('');
    const id = /\(([0-9a-f-]{36})\)/.exec(added.stdout)![1]!;
    expect(added.stdout).toBe(`Added success criterion "p99 < 200 ms" (${id}), pending\n`);

    const listed = await cli(['criterion', 'list', milestone.id]);
    const lines = listed.stdout.split('\n');
    expect(lines[0]).toBe(`Milestone "GA" (${milestone.id}), planned`);
    expect(lines[1]).toMatch(/^ID\s+STATE\s+DESCRIPTION\s+EVIDENCE$/);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+pending\\s+p99 < 200 ms\\s+-$`, 'm'));
    const json = JSON.parse((await cli(['criterion', 'list', milestone.id, '--json'])).stdout);
    expect(json.items.map((c: { description: string }) => c.description)).toEqual([
      'Docs published',
      'p99 < 200 ms',
    ]);

    const met = await cli([
      'criterion',
      'update',
      id,
      '--met',
      '--evidence-url',
      'https://grafana.example.test/d/latency',
    ]);
    expect(met.stderr).toBe('');
    expect(met.stdout).toBe(
      `Updated success criterion "p99 < 200 ms" (${id}): met, now version 2\n`,
    );
    let stored = (await tpm.get(`/api/milestones/${milestone.id}`)).body.criteria[1];
    expect(stored).toMatchObject({
      state: 'met',
      evidenceUrl: 'https://grafana.example.test/d/latency',
    });

    const badUrl = await cli(['criterion', 'update', id, '--evidence-url', 'not a link']);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toMatch(/^evidenceUrl: /);

    const stale = await cli(['criterion', 'update', id, '--not-met', '--version', '1']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(
      /^Someone else changed success criterion "p99 < 200 ms" \(.*\) after you read it \(you had version 1, it is now 2\); nothing was changed\.\n/,
    );
    stored = (await tpm.get(`/api/milestones/${milestone.id}`)).body.criteria[1];
    expect(stored.state).toBe('met');

    const byMilestone = await cli([
      'criterion',
      'update',
      id,
      '--milestone',
      milestone.id,
      '--description',
      'p99 under 200 ms',
      '--evidence-url',
      'none',
      '--json',
    ]);
    expect(JSON.parse(byMilestone.stdout)).toMatchObject({
      description: 'p99 under 200 ms',
      evidenceUrl: null,
      state: 'met',
      version: 3,
    });

    const wrongMilestone = await cli([
      'criterion',
      'update',
      id,
      '--milestone',
      elsewhere.id,
      '--met',
    ]);
    expect(wrongMilestone.code).toBe(2);
    expect(wrongMilestone.stderr).toBe(
      `criterion: milestone ${elsewhere.id} has no success criterion ${id} (see "waymark criterion list ${elsewhere.id}")\n`,
    );

    const missing = await cli([
      'criterion',
      'update',
      '00000000-0000-4000-8000-000000000000',
      '--met',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'criterion: no success criterion 00000000-0000-4000-8000-000000000000 in any program you can see\n',
    );

    const refused = await cli(['criterion', 'delete', id]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/pass --yes to delete it from a script\.\n$/);
    expect((await tpm.get(`/api/milestones/${milestone.id}`)).body.criteria).toHaveLength(2);

    const deleted = await cli(['criterion', 'delete', id, '--yes']);
    expect(deleted.stdout).toBe(
      `Deleted success criterion "p99 under 200 ms" of milestone "GA" (${id})\n`,
    );
    const left = (await tpm.get(`/api/milestones/${milestone.id}`)).body.criteria;
    expect(left.map((c: { description: string }) => c.description)).toEqual(['Docs published']);
  });
});

describe('waymark criterion show', () => {
  it('shows one criterion with its milestone through GET /api/criteria/:id; --json is the API body', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    const program = (await tpm.post('/api/programs', { name: 'Lighthouse' })).body;
    const milestone = (
      await tpm.post(`/api/programs/${program.id}/milestones`, {
        name: 'Beta',
        criteria: [{ description: 'Ten pilot customers' }],
      })
    ).body;
    const id = milestone.criteria[0].id;
    await tpm.patch(`/api/criteria/${id}`, {
      version: 1,
      state: 'met',
      evidenceUrl: 'https://crm.example.test/pilots',
    });

    const shown = await cli(['criterion', 'show', id]);
    expect(shown.stderr).toBe('');
    expect(shown.stdout).toBe(
      [
        `Criterion: Ten pilot customers (${id})`,
        'State:     met',
        'Evidence:  https://crm.example.test/pilots',
        `Milestone: Beta (${milestone.id}), planned`,
        'Version:   2',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await cli(['criterion', 'show', id, '--json'])).stdout);
    expect(json).toEqual((await tpm.get(`/api/criteria/${id}`)).body);

    const missing = await cli(['criterion', 'show', '00000000-0000-4000-8000-000000000000']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'criterion: no success criterion 00000000-0000-4000-8000-000000000000 in any program you can see\n',
    );
  });
});
