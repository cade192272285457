import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../tests/support/api-client.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { conformanceAvailable, CONFORMANCE_ROOT } from '../../../tests/conformance/corpus.js';

let server: TestServer;
let tpm: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  tpm = await server.signIn('tpm');
});
afterAll(async () => server?.close());

async function importXml(name: string, xml: string) {
  const r = await fetch(
    `${server.url}/api/programs/import?format=mspdi&name=${encodeURIComponent(name)}`,
    {
      method: 'POST',
      headers: { cookie: tpm.auth.cookie!, origin: server.url, 'content-type': 'application/xml' },
      body: xml,
    },
  );
  return { status: r.status, body: (await r.json()) as any };
}

const task = (uid: number, body: string) => `<Task><UID>${uid}</UID><ID>${uid}</ID>${body}</Task>`;

/** Features the program model has no place for, each in one row. */
const OUTSIDE_THE_MODEL = `<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <StartDate>2027-01-04T08:00:00</StartDate>
  <Tasks>
    ${task(1, '<Name>Manual</Name><Manual>1</Manual><Duration>PT8H0M0S</Duration>')}
    ${task(2, '<Name>Switched off</Name><Active>0</Active><Duration>PT8H0M0S</Duration>')}
    ${task(3, '<Name>Gate</Name><Milestone>1</Milestone><Duration>PT16H0M0S</Duration>')}
    ${task(4, '<Name>Launch</Name><Duration>PT0H0M0S</Duration><Deadline>2027-01-15T12:00:00</Deadline>')}
    ${task(
      5,
      `<Name>Twice linked</Name><Duration>PT8H0M0S</Duration>
      <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type></PredecessorLink>
      <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>`,
    )}
  </Tasks>
  <Resources><Resource><UID>1</UID><ID>1</ID><Name>Builder</Name><Type>1</Type><MaxUnits>1</MaxUnits></Resource></Resources>
  <Assignments><Assignment><UID>1</UID><TaskUID>5</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units><Work>PT8H0M0S</Work></Assignment></Assignments>
</Project>`;

describe('an import says what it could not keep', () => {
  it('lists each feature outside the model by UID and field, and imports the rest', async () => {
    const r = await importXml('Outside the model', OUTSIDE_THE_MODEL);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const warnings = r.body.importWarnings as { at: string; field: string; message: string }[];
    const at = (uid: number, field: string) =>
      warnings.find((w) => w.at === `Task[UID=${uid}]` && w.field === field);
    expect(at(1, 'Manual')?.message).toMatch(
      /manually scheduled task is imported as automatically scheduled/,
    );
    expect(at(2, 'Active')?.message).toMatch(/inactive task is not imported/);
    expect(at(3, 'Milestone')?.message).toMatch(/milestone that takes time is imported as a task/);
    expect(at(4, 'Deadline')?.message).toMatch(/kept as 2027-01-15/);
    expect(at(5, 'PredecessorLink')?.message).toMatch(/only the first is imported/);
    expect(warnings.find((w) => w.at === 'Resource[UID=1]')?.message).toMatch(
      /"Builder" has no account here: kept as a resource of the program without an account/,
    );
    // Nothing else was dropped without a word: every other row is there.
    const plan = (await tpm.get(`/api/programs/${r.body.id}/plan`)).body;
    expect(plan.tasks.map((t: { name: string }) => t.name).sort()).toEqual([
      'Gate',
      'Manual',
      'Twice linked',
    ]);
    expect(
      plan.milestones.map((m: { name: string; dueDate: string }) => [m.name, m.dueDate]),
    ).toEqual([['Launch', '2027-01-15']]);
    expect(plan.dependencies).toHaveLength(1);
  });

  it('a bad file changes nothing, and the error names the line, not a program', async () => {
    const before = await server.countRows('programs');
    const r = await importXml('Broken', '<Project><Tasks><Task>');
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].message).toMatch(/^line \d+/);
    expect(JSON.stringify(r.body)).not.toMatch(/Broken/);
    expect(await server.countRows('programs')).toBe(before);
  });

  it.skipIf(!conformanceAvailable)(
    `corpus files with manual tasks and resources say so (${CONFORMANCE_ROOT})`,
    async () => {
      const read = (name: string) => readFileSync(`${CONFORMANCE_ROOT}/mspdi/${name}`, 'utf8');
      const manual = await importXml('Manual links', read('task-links-p2016-manual.xml'));
      expect(manual.status).toBe(201);
      expect(
        (manual.body.importWarnings as { field: string }[]).filter((w) => w.field === 'Manual'),
      ).toHaveLength(16);
      const resources = await importXml('Resources', read('resource-3tasks.xml'));
      expect(resources.status).toBe(201);
      expect(
        (resources.body.importWarnings as { at: string }[]).filter((w) =>
          w.at.startsWith('Resource[UID='),
        ).length,
      ).toBeGreaterThan(0);
    },
  );
});
