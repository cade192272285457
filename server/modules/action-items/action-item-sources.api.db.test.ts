import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

/* An action item's source must be a row of that kind in the item's own program. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('action item sources', () => {
  it('takes a status report or a post-mortem of its program, and names the field otherwise', async () => {
    const tpm = await server.signIn('tpm');
    const mine = (await tpm.post('/api/programs', { name: 'Mine' })).body;
    const other = (await tpm.post('/api/programs', { name: 'Other' })).body;
    const report = (await tpm.post(`/api/programs/${mine.id}/status-reports`, {})).body;
    const postMortem = (
      await tpm.post(`/api/programs/${mine.id}/post-mortems`, { title: 'Look back' })
    ).body;

    for (const [sourceKind, sourceId] of [
      ['status_report', report.id],
      ['post_mortem', postMortem.id],
    ]) {
      const good = await tpm.post('/api/action-items', {
        title: `Follow up the ${sourceKind}`,
        programId: mine.id,
        sourceKind,
        sourceId,
      });
      expect(good.status, JSON.stringify(good.body)).toBe(201);
      const listed = await tpm.get(
        `/api/action-items?sourceKind=${sourceKind}&sourceId=${sourceId}`,
      );
      expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([good.body.id]);

      const elsewhere = await tpm.post('/api/action-items', {
        title: 'Wrong program',
        programId: other.id,
        sourceKind,
        sourceId,
      });
      expect(elsewhere.status).toBe(400);
      expect(elsewhere.body.error.issues).toMatchObject([
        {
          path: 'body.sourceId',
          message: `Source is not a ${sourceKind === 'status_report' ? 'status report' : 'post-mortem'} of this program`,
        },
      ]);
    }
    const noProgram = await tpm.post('/api/action-items', {
      title: 'No program',
      sourceKind: 'post_mortem',
      sourceId: postMortem.id,
    });
    expect(noProgram.status).toBe(400);
    expect(noProgram.body.error.issues[0].message).toBe(
      'names a post-mortem, and post-mortems belong to programs: send its programId too',
    );
  });
});
