import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMspdi } from '../../../interchange/mspdi/index.js';
import { mspdiDoc, mspdiTask } from '../../../interchange/testing/mspdi-test-doc.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
let tpm: Awaited<ReturnType<TestServer['signIn']>>;
beforeAll(async () => {
  server = await startTestServer();
  tpm = await server.signIn('tpm', { name: 'Robin Planner' });
});
afterAll(async () => server?.close());

const resource = (uid: number, name: string) =>
  `<Resource><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><Type>1</Type><MaxUnits>1</MaxUnits></Resource>`;
const assignment = (uid: number, task: number, res: number) =>
  `<Assignment><UID>${uid}</UID><TaskUID>${task}</TaskUID><ResourceUID>${res}</ResourceUID><Units>1</Units><Work>PT40H0M0S</Work></Assignment>`;

const FILE = mspdiDoc(
  [
    mspdiTask(1),
    mspdiTask(2),
    mspdiTask(3, '<Duration>PT0H0M0S</Duration><Milestone>1</Milestone>'),
  ].join(''),
  '',
  `<Resources>${resource(1, 'Robin Planner')}${resource(2, 'Contractor Co')}${resource(
    3,
    'Concrete',
  ).replace('<Type>1</Type>', '<Type>0</Type>')}</Resources>
   <Assignments>${assignment(1, 1, 1)}${assignment(2, 2, 2)}${assignment(3, 3, 2)}</Assignments>`,
);

describe('resources from a plan file', () => {
  it('a resource named like a person is theirs; another is kept without an account; linking moves its work; export writes them back', async () => {
    const r = await fetch(`${server.url}/api/programs/import?format=mspdi&name=Resources`, {
      method: 'POST',
      headers: { cookie: tpm.auth.cookie!, origin: server.url, 'content-type': 'application/xml' },
      body: FILE,
    });
    const program = (await r.json()) as {
      id: string;
      importWarnings: { at: string; field: string; message: string }[];
    };
    expect(r.status, JSON.stringify(program)).toBe(201);
    const said = program.importWarnings.map((w) => `${w.at} ${w.field}: ${w.message}`);
    expect(said).toContain(
      'Resource[UID=1] Name: "Robin Planner" is the person of that name here: their assignments are theirs.',
    );
    expect(said).toContain(
      'Resource[UID=2] Name: "Contractor Co" has no account here: kept as a resource of the program without an account.',
    );
    expect(said.some((s) => s.startsWith('Resource[UID=3] Type:'))).toBe(true);
    expect(said.some((s) => /assignment to a milestone is not imported/.test(s))).toBe(true);

    const tasks = (await tpm.get(`/api/programs/${program.id}/tasks`)).body.items as any[];
    const byUid = new Map(tasks.map((t) => [t.uid, t]));
    const mine = await tpm.get(`/api/tasks/${byUid.get(1).id}/assignments`);
    expect(mine.body.items.map((a: { userId: string }) => a.userId)).toEqual([tpm.user.id]);

    const listed = (await tpm.get(`/api/programs/${program.id}/resources`)).body.items as any[];
    expect(listed.map((x) => [x.name, x.userId, x.uid, x.assignments.length])).toEqual([
      ['Robin Planner', tpm.user.id, 1, 0],
      ['Contractor Co', null, 2, 1],
    ]);
    const contractor = listed[1];
    expect(contractor.assignments[0]).toMatchObject({ taskId: byUid.get(2).id, units: 1 });

    // The export writes both resources with their UIDs and both assignments.
    const exported = await tpm.get(`/api/programs/${program.id}/export?format=mspdi`);
    const back = readMspdi(String(exported.body));
    expect(back.resources?.map((x) => [x.uid, x.name]).sort()).toEqual([
      [1, 'Robin Planner'],
      [2, 'Contractor Co'],
    ]);
    expect(back.assignments?.map((a) => [a.taskId, a.resourceId]).sort()).toEqual([
      ['1', '1'],
      ['2', '2'],
    ]);

    // Linking the kept resource to a person makes its work theirs.
    const other = await server.signIn('tpm', { name: 'Casey Contractor' });
    const linked = await tpm.patch(`/api/program-resources/${contractor.id}`, {
      version: contractor.version,
      userId: other.user.id,
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body).toMatchObject({
      userId: other.user.id,
      userName: 'Casey Contractor',
      assignments: [],
    });
    const theirs = await tpm.get(`/api/tasks/${byUid.get(2).id}/assignments`);
    expect(theirs.body.items.map((a: { userId: string }) => a.userId)).toEqual([other.user.id]);
    const relink = await tpm.patch(`/api/program-resources/${contractor.id}`, {
      version: linked.body.version,
      userId: tpm.user.id,
    });
    expect(relink.status).toBe(400);
    expect(relink.body.error.issues[0].path).toBe('body.userId');

    const gone = await tpm.delete(
      `/api/program-resources/${contractor.id}?version=${linked.body.version}`,
    );
    expect(gone.status).toBe(204);
    expect((await tpm.get(`/api/programs/${program.id}/resources`)).body.items).toHaveLength(1);
  });
});
