import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

/* Publishing a status report or a post-mortem tells the people it is for ("mentioned"). */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function ok(r: Promise<{ status: number; body: any }>) {
  const answer = await r;
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  return answer.body;
}

const mentions = async (client: Client) =>
  (
    (await ok(client.get('/api/notifications'))).items as {
      kind: string;
      message: string;
      link: string;
    }[]
  ).filter((n) => n.kind === 'mentioned');

describe('published notices', () => {
  it("a published status report reaches the program's members, not the one who published it", async () => {
    const tpm = await server.signIn('tpm');
    const viewer = await server.signIn('stakeholder');
    const outsider = await server.signIn('stakeholder');
    const program = await ok(tpm.post('/api/programs', { name: 'Harbour', status: 'active' }));
    await ok(
      tpm.post(`/api/programs/${program.id}/members`, { userId: viewer.user.id, role: 'viewer' }),
    );
    const draft = await ok(tpm.post(`/api/programs/${program.id}/status-reports`, {}));
    expect(await mentions(viewer)).toEqual([]);
    await ok(tpm.post(`/api/status-reports/${draft.id}/publish`, { version: draft.version }));

    const [notice, ...rest] = await mentions(viewer);
    expect(rest).toEqual([]);
    expect(notice!.message).toBe(`The status report “${draft.title}” of Harbour was published.`);
    expect(notice!.link).toBe(`/status-reports/${draft.id}`);
    expect(await mentions(tpm)).toEqual([]);
    expect(await mentions(outsider)).toEqual([]);
  });

  it('a published post-mortem reaches its facilitator and participants', async () => {
    const tpm = await server.signIn('tpm');
    const facilitator = await server.signIn('tpm');
    const participant = await server.signIn('tpm');
    const program = await ok(tpm.post('/api/programs', { name: 'Lighthouse', status: 'active' }));
    const pm = await ok(
      tpm.post(`/api/programs/${program.id}/post-mortems`, {
        title: 'Lighthouse retrospective',
        facilitatorId: facilitator.user.id,
        participantIds: [participant.user.id, tpm.user.id],
      }),
    );
    await ok(tpm.post(`/api/post-mortems/${pm.id}/publish`, { version: pm.version }));
    for (const who of [facilitator, participant])
      expect(await mentions(who)).toMatchObject([
        {
          message: 'The post-mortem “Lighthouse retrospective”, which names you, was published.',
          link: `/post-mortems/${pm.id}`,
        },
      ]);
    expect(await mentions(tpm)).toEqual([]);
  });
});
