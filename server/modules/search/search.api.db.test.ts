import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../../../tests/support/api-steps.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

/*
 * Search through HTTP: a program with a milestone, a RAID issue and a member-only
 * sibling, and a person with a skill. Words are invented so nothing else matches.
 */
let server: TestServer;
type Client = Awaited<ReturnType<TestServer['signIn']>>;
let owner: Client;
let programId: string;
let milestoneId: string;
let issueId: string;
let hiddenProgramId: string;

const search = (client: Client, query: string) =>
  client.get(`/api/search?${query.startsWith('q=') ? query : `q=${encodeURIComponent(query)}`}`);
const kindsAndIds = (body: { items: { kind: string; id: string }[] }) =>
  body.items.map((i) => `${i.kind}:${i.id}`);

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.signIn('tpm');
  programId = (await created(owner, '/api/programs', { name: 'Harbour relocation' })).id;
  milestoneId = (
    await created(owner, `/api/programs/${programId}/milestones`, {
      name: 'Quayside cutover rehearsal',
      description: 'The second rehearsal moves the ferry timetables before the zephyrine freeze.',
    })
  ).id;
  issueId = (
    await created(owner, `/api/programs/${programId}/issues`, {
      title: 'Crane vendor missed the gantry survey',
      description: 'Blocks the quayside work until the survey is redone.',
    })
  ).id;
  hiddenProgramId = (
    await created(owner, '/api/programs', { name: 'Quayside secret', visibility: 'members' })
  ).id;
  await created(owner, `/api/programs/${hiddenProgramId}/milestones`, {
    name: 'Quayside confidential milestone',
  });
});
afterAll(async () => server?.close());

describe('GET /api/search', () => {
  it('finds a milestone by a word of its name, with its program, link and highlights', async () => {
    const r = await search(owner, 'cutover');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(kindsAndIds(r.body)).toEqual([`milestone:${milestoneId}`]);
    const [hit] = r.body.items;
    expect(hit).toMatchObject({
      title: 'Quayside cutover rehearsal',
      programId,
      programName: 'Harbour relocation',
      link: `/programs/${programId}/schedule`,
    });
    expect(hit.titleHighlights).toEqual([{ start: 9, length: 7 }]);
    expect(hit.rank).toBeGreaterThan(0);
    expect(r.body.nextCursor).toBeNull();
  });

  it('finds by prefix of the last word, and marks the matched words of the snippet as text', async () => {
    const r = await search(owner, 'ferry timet');
    expect(kindsAndIds(r.body)).toEqual([`milestone:${milestoneId}`]);
    const { snippet, highlights } = r.body.items[0];
    expect(snippet).not.toMatch(/[<>]/);
    const marked = highlights.map((h: { start: number; length: number }) =>
      snippet.slice(h.start, h.start + h.length),
    );
    expect(marked).toEqual(['ferry', 'timetables']);
  });

  it('finds a RAID issue by its description, and ranks a title match above it', async () => {
    const r = await search(owner, 'quayside');
    const ids = kindsAndIds(r.body);
    expect(ids).toContain(`issue:${issueId}`);
    expect(ids.indexOf(`milestone:${milestoneId}`)).toBeLessThan(ids.indexOf(`issue:${issueId}`));
    expect(r.body.items.find((i: { kind: string }) => i.kind === 'issue').link).toBe(
      `/programs/${programId}/governance`,
    );
  });

  it('finds a person by name and by skill, in the directory only', async () => {
    const person = await server.signIn('tpm', { name: 'Wilhelmina Quarrington' });
    const me = (await person.get(`/api/people/${person.user.id}`)).body;
    const put = await person.put(`/api/people/${person.user.id}/skills`, {
      version: me.version,
      skills: [{ kind: 'skill', name: 'Hydrography', proficiency: 4 }],
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    for (const q of ['quarrington', 'wilhel', 'hydrography']) {
      const r = await search(owner, q);
      expect(kindsAndIds(r.body), q).toEqual([`person:${person.user.id}`]);
      expect(r.body.items[0]).toMatchObject({
        programId: null,
        link: `/team/people/${person.user.id}`,
      });
    }
    // People belong to no program: a program filter leaves them out.
    expect((await search(owner, `q=quarrington&programId=${programId}`)).body.items).toEqual([]);
  });

  it('filters by kind and by program, and pages with a cursor', async () => {
    const onlyIssues = await search(owner, 'q=quayside&kinds=issue,risk');
    expect(kindsAndIds(onlyIssues.body)).toEqual([`issue:${issueId}`]);
    const inProgram = await search(owner, `q=quayside&programId=${programId}`);
    expect(
      inProgram.body.items.every((i: { programId: string }) => i.programId === programId),
    ).toBe(true);
    const all = kindsAndIds((await search(owner, 'q=quayside&limit=50')).body);
    expect(all.length).toBeGreaterThan(2);
    const first = await search(owner, 'q=quayside&limit=2');
    expect(first.body.nextCursor).not.toBeNull();
    const second = await search(owner, `q=quayside&limit=2&cursor=${first.body.nextCursor}`);
    expect([...kindsAndIds(first.body), ...kindsAndIds(second.body)]).toEqual(all.slice(0, 4));
  });

  it("shows a members-only program's rows to its members only", async () => {
    const ownerSees = kindsAndIds((await search(owner, 'confidential')).body);
    expect(ownerSees).toHaveLength(1);
    const outsider = await server.signIn('tpm');
    expect((await search(outsider, 'confidential')).body.items).toEqual([]);
    const outsiderQuayside = (await search(outsider, 'q=quayside&limit=50')).body.items;
    expect(
      outsiderQuayside.some((i: { programId: string }) => i.programId === hiddenProgramId),
    ).toBe(false);
    expect(outsiderQuayside.some((i: { id: string }) => i.id === hiddenProgramId)).toBe(false);
    // Naming the hidden program is refused by the route's program rule.
    expect((await search(outsider, `q=quayside&programId=${hiddenProgramId}`)).status).toBe(404);
  });

  it('shows intake requests to their requester and to triagers, not to other requesters', async () => {
    const requester = await server.signIn('stakeholder');
    const request = await created(requester, '/api/requests', {
      title: 'Seawall telemetry dashboard',
    });
    const hit = [`intake_request:${request.id}`];
    expect(kindsAndIds((await search(requester, 'seawall')).body)).toEqual(hit);
    expect(kindsAndIds((await search(owner, 'seawall')).body)).toEqual(hit);
    const other = await server.signIn('stakeholder');
    expect((await search(other, 'seawall')).body.items).toEqual([]);
  });

  // The error handler names query-string fields `query.<name>` (as every route does).
  it('refuses a missing, empty or too long q naming query.q', async () => {
    for (const query of ['', 'q=', `q=${'a'.repeat(201)}`]) {
      const r = await owner.get(`/api/search?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.body.error.issues.map((i: { path: string }) => i.path)).toContain('query.q');
    }
    expect((await search(owner, 'q=x&kinds=planet')).status).toBe(400);
  });

  it('answers 200 to hostile input: operators, quotes, unicode', async () => {
    for (const q of ["'", '&|!():*', "quay' & !(", '\\', 'ünïcødé 語 😀', ':*', '<->', "o'clock"]) {
      const r = await search(owner, q);
      expect(r.status, q).toBe(200);
      expect(Array.isArray(r.body.items)).toBe(true);
    }
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
          .filter((s) => !s.includes('\0')),
        async (q) => {
          const r = await search(owner, q);
          expect(r.status, `${JSON.stringify(q)} → ${JSON.stringify(r.body)}`).toBe(200);
          expect(Array.isArray(r.body.items)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
