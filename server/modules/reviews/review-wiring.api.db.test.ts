import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../../../tests/support/api-steps.js';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

/*
 * A review's agenda with the rest of issue 17: red and amber programs (from their
 * status reports), overdue action items, and action items written as outcomes, which
 * keep their agenda item open until done. Reviews meet on Tuesdays from 2 March 2027.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;
interface AgendaItem {
  key: string;
  kind: string;
  title: string;
  detail: string;
  carriedOverFrom?: string;
  outcomes: { id: string; kind: string; actionItemId: string | null }[];
}

async function agenda(client: Client, reviewId: string, date: string): Promise<AgendaItem[]> {
  const r = await client.get(`/api/reviews/${reviewId}/agenda?date=${date}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.items;
}

async function reviewOf(client: Client, programIds: string[]) {
  return created(client, '/api/reviews', {
    title: 'Weekly delivery review',
    programIds,
    startsOn: '2027-03-02',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
  });
}

describe('a review agenda, wired to reports and action items', () => {
  it('lists a program whose published report is red, with the reason given', async () => {
    const tpm = await server.signIn('tpm');
    const red = await created(tpm, '/api/programs', { name: 'Redwood', status: 'active' });
    const green = await created(tpm, '/api/programs', { name: 'Greenfield', status: 'active' });
    const report = await created(tpm, `/api/programs/${red.id}/status-reports`, {});
    const overridden = await tpm.patch(`/api/status-reports/${report.id}`, {
      version: report.version,
      healthOverride: { health: 'red', reason: 'The vendor slipped a month.' },
    });
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(200);
    const published = await tpm.post(`/api/status-reports/${report.id}/publish`, {
      version: overridden.body.version,
    });
    expect(published.status).toBe(200);
    const review = await reviewOf(tpm, [red.id, green.id]);

    const items = await agenda(tpm, review.id, '2027-03-02');
    const health = items.filter((i) => i.key.startsWith('program_'));
    expect(health.map((i) => i.title).join(' ')).toContain('Redwood');
    expect(health.map((i) => i.title).join(' ')).not.toContain('Greenfield');
    expect(health[0]!.detail).toContain('The vendor slipped a month.');
  });

  it('lists overdue action items, and an action item outcome keeps its item open until done', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Harbour', status: 'active' });
    await created(tpm, '/api/action-items', {
      title: 'Send the vendor the contract',
      programId: program.id,
      dueDate: '2027-02-26',
    });
    const review = await reviewOf(tpm, [program.id]);
    const first = await agenda(tpm, review.id, '2027-03-02');
    const overdue = first.find((i) => i.title.includes('Send the vendor the contract'));
    expect(overdue, JSON.stringify(first)).toBeDefined();

    // An action item as the outcome: written with the review as its source.
    const outcome = await tpm.post(`/api/reviews/${review.id}/outcomes`, {
      date: '2027-03-02',
      itemKey: overdue!.key,
      kind: 'action_item',
      text: 'Chase legal for a signature.',
      actionItem: { title: 'Chase legal', dueDate: '2027-03-08' },
    });
    expect(outcome.status, JSON.stringify(outcome.body)).toBe(201);
    const actionItemId = outcome.body.actionItemId as string;
    const item = (await tpm.get(`/api/action-items/${actionItemId}`)).body;
    expect(item).toMatchObject({
      title: 'Chase legal',
      programId: program.id,
      sourceKind: 'review',
      sourceId: review.id,
      status: 'open',
    });

    // Carried to the next Tuesday while the item is open…
    const second = await agenda(tpm, review.id, '2027-03-09');
    expect(second.find((i) => i.key === overdue!.key)?.carriedOverFrom).toBe('2027-03-02');
    // …and no longer once both items are done.
    for (const id of [actionItemId, overdue!.key.split(':')[1]!]) {
      const current = (await tpm.get(`/api/action-items/${id}`)).body;
      const done = await tpm.patch(`/api/action-items/${id}`, {
        version: current.version,
        status: 'done',
      });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
    }
    const third = await agenda(tpm, review.id, '2027-03-09');
    expect(third.find((i) => i.key === overdue!.key)).toBeUndefined();
  });

  it('refuses a review of another program as the source of an action item', async () => {
    const tpm = await server.signIn('tpm');
    const a = await created(tpm, '/api/programs', { name: 'A' });
    const b = await created(tpm, '/api/programs', { name: 'B' });
    const review = await reviewOf(tpm, [a.id]);
    const wrong = await tpm.post('/api/action-items', {
      title: 'Elsewhere',
      programId: b.id,
      sourceKind: 'review',
      sourceId: review.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0].path).toBe('body.sourceId');
  });

  it('tells the people added to a review, once, and not the one adding them', async () => {
    const tpm = await server.signIn('tpm');
    const first = await server.signIn('tpm');
    const second = await server.signIn('stakeholder');
    const program = await created(tpm, '/api/programs', { name: 'Told', status: 'active' });
    const review = await created(tpm, '/api/reviews', {
      title: 'Launch readiness',
      programIds: [program.id],
      startsOn: '2027-03-02',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      participantIds: [tpm.user.id, first.user.id],
    });
    const added = async (client: Client) =>
      ((await client.get('/api/notifications')).body.items as { message: string; link: string }[])
        .filter((n) => n.link === `/reviews/${review.id}`)
        .map((n) => n.message);
    expect(await added(first)).toEqual([
      'You were added to the review "Launch readiness"; it meets next on 2027-03-02.',
    ]);
    expect(await added(tpm)).toEqual([]);
    const changed = await tpm.patch(`/api/reviews/${review.id}`, {
      version: review.version,
      participantIds: [tpm.user.id, first.user.id, second.user.id],
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(await added(first)).toHaveLength(1);
    expect(await added(second)).toHaveLength(1);
  });
});
