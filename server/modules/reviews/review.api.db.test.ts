import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../../../tests/support/api-steps.js';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

/*
 * Reviews through HTTP. The clock is pinned at TEST_CLOCK_START (Monday 16
 * November 2026); the plans start in March 2027, so dates never depend on today.
 * The review meets on Tuesdays from 2 March 2027.
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
  link: string;
  carriedOverFrom?: string;
  outcomes: { id: string; kind: string; decisionId: string | null; version: number }[];
}

const paths = (r: { body: { error: { issues: { path: string }[] } } }) =>
  r.body.error.issues.map((i) => i.path);

/** A program with milestone "Launch" (due Friday 5 March 2027) reached by task "Build" (16 h). */
async function plan(client: Client, extra: object = {}) {
  const program = await created(client, '/api/programs', {
    name: `Reviewed ${Math.random().toString(36).slice(2, 8)}`,
    startDate: '2027-03-01',
    timeZone: 'Europe/Berlin',
    ...extra,
  });
  const launch = await created(client, `/api/programs/${program.id}/milestones`, {
    name: 'Launch',
    dueDate: '2027-03-05',
  });
  const build = await created(client, `/api/programs/${program.id}/tasks`, {
    name: 'Build',
    estimateHours: 16,
    milestoneId: launch.id,
  });
  return { programId: program.id as string, launch, build };
}

async function weeklyReview(client: Client, programIds: string[], extra: object = {}) {
  return created(client, '/api/reviews', {
    title: 'Weekly delivery review',
    programIds,
    startsOn: '2027-03-02',
    time: '10:00',
    durationMinutes: 45,
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    ...extra,
  });
}

async function agenda(client: Client, reviewId: string, date: string): Promise<AgendaItem[]> {
  const r = await client.get(`/api/reviews/${reviewId}/agenda?date=${date}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.date).toBe(date);
  return r.body.items;
}

describe('a review', () => {
  it("a review's agenda contains the slipped milestone and the pending change request", async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const review = await weeklyReview(tpm, [p.programId]);
    expect(review).toMatchObject({
      scope: 'programs',
      programs: [{ id: p.programId }],
      timeZone: 'Europe/Berlin',
      nextOccurrence: '2027-03-02',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      version: 1,
    });
    const before = await agenda(tpm, review.id, '2027-03-09');
    expect(before.map((i) => i.kind)).not.toContain('milestone_slipped');

    // Build grows past Launch's due date; a change request waits for a decision.
    const grown = await tpm.patch(`/api/tasks/${p.build.id}`, {
      version: p.build.version,
      estimateHours: 120,
    });
    expect(grown.status, JSON.stringify(grown.body)).toBe(200);
    const cr = await created(tpm, `/api/programs/${p.programId}/change-requests`, {
      title: 'Add offline mode',
      reason: 'Field teams asked for it',
      changes: [],
    });

    const items = await agenda(tpm, review.id, '2027-03-09');
    const slipped = items.find((i) => i.key === `milestone_slipped:${p.launch.id}`);
    expect(slipped).toMatchObject({
      kind: 'milestone_slipped',
      title: 'Launch',
      link: `/programs/${p.programId}/schedule`,
      outcomes: [],
    });
    const pending = items.find((i) => i.key === `change_request_pending:${cr.id}`);
    expect(pending).toMatchObject({
      kind: 'change_request_pending',
      link: `/programs/${p.programId}/change-requests/${cr.id}`,
    });
    // Agenda order: milestones before change requests.
    expect(items.indexOf(slipped!)).toBeLessThan(items.indexOf(pending!));
  });

  it('writes a decision outcome into the decision log and carries open items to the next occurrence', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    await tpm.patch(`/api/tasks/${p.build.id}`, { version: p.build.version, estimateHours: 120 });
    const cr = await created(tpm, `/api/programs/${p.programId}/change-requests`, {
      title: 'Drop reports',
      reason: 'Late',
      changes: [],
    });
    const risk = await created(tpm, `/api/programs/${p.programId}/risks`, {
      title: 'Vendor late',
      reviewDate: '2027-03-08',
    });
    const review = await weeklyReview(tpm, [p.programId]);
    const first = await agenda(tpm, review.id, '2027-03-09');
    const keys = first.map((i) => i.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        `milestone_slipped:${p.launch.id}`,
        `change_request_pending:${cr.id}`,
        `risk_review_due:${risk.id}`,
      ]),
    );

    const outcome = (body: object) => tpm.post(`/api/reviews/${review.id}/outcomes`, body);
    const decided = await outcome({
      date: '2027-03-09',
      itemKey: `change_request_pending:${cr.id}`,
      kind: 'decision',
      text: 'Defer the reports to the next release.',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body).toMatchObject({
      kind: 'decision',
      item: { title: 'CR-1 Drop reports', subjectKind: 'change_request', subjectId: cr.id },
    });
    const decision = (await tpm.get(`/api/decisions/${decided.body.decisionId}`)).body;
    expect(decision).toMatchObject({
      programId: p.programId,
      status: 'decided',
      decision: 'Defer the reports to the next release.',
      decidedOn: '2027-03-09',
      changeRequestIds: [cr.id],
    });
    const log = (await tpm.get(`/api/programs/${p.programId}/decisions`)).body.items;
    expect(log.map((d: { id: string }) => d.id)).toContain(decision.id);

    for (const [itemKey, resolved] of [
      [`milestone_slipped:${p.launch.id}`, false],
      [`risk_review_due:${risk.id}`, false],
    ] as const) {
      const r = await outcome({
        date: '2027-03-09',
        itemKey,
        kind: 'note',
        text: 'Chase',
        resolved,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const again = await agenda(tpm, review.id, '2027-03-09');
    expect(again.find((i) => i.key === `change_request_pending:${cr.id}`)!.outcomes).toHaveLength(
      1,
    );

    // The risk is closed meanwhile: the data no longer produces it, the open note carries it.
    const r = (await tpm.get(`/api/risks/${risk.id}`)).body;
    const closed = await tpm.patch(`/api/risks/${risk.id}`, {
      version: r.version,
      status: 'closed',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);

    const next = await agenda(tpm, review.id, '2027-03-16');
    const byKey = new Map(next.map((i) => [i.key, i]));
    expect(byKey.get(`milestone_slipped:${p.launch.id}`)?.carriedOverFrom).toBe('2027-03-09');
    expect(byKey.get(`risk_review_due:${risk.id}`)).toMatchObject({
      carriedOverFrom: '2027-03-09',
      title: 'Vendor late',
      outcomes: [],
    });
    // Decided: still submitted (so still live), but not carried over.
    expect(byKey.get(`change_request_pending:${cr.id}`)?.carriedOverFrom).toBeUndefined();

    // A resolved note at 16 March closes the risk item for 23 March.
    const resolved = await outcome({
      date: '2027-03-16',
      itemKey: `risk_review_due:${risk.id}`,
      kind: 'note',
      text: 'Closed',
      resolved: true,
    });
    expect(resolved.status).toBe(201);
    const third = await agenda(tpm, review.id, '2027-03-23');
    expect(third.map((i) => i.key)).not.toContain(`risk_review_due:${risk.id}`);
    expect(third.find((i) => i.key === `milestone_slipped:${p.launch.id}`)?.carriedOverFrom).toBe(
      '2027-03-09',
    );

    // Deleting an outcome keeps the decision it wrote.
    const gone = await tpm.delete(
      `/api/reviews/${review.id}/outcomes/${decided.body.id}?version=1`,
    );
    expect(gone.status).toBe(204);
    expect((await tpm.get(`/api/decisions/${decision.id}`)).status).toBe(200);
    expect(await server.auditActions('review_outcome', decided.body.id)).toEqual([
      'create',
      'delete',
    ]);
  });

  it('refuses outcomes off the agenda or off the series, and fields of another kind', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const review = await weeklyReview(tpm, [p.programId]);
    const post = (body: object) => tpm.post(`/api/reviews/${review.id}/outcomes`, body);
    const stored = await server.countRows('review_outcomes');
    const notTuesday = await post({ date: '2027-03-10', itemKey: 'x:y', kind: 'note', text: 'a' });
    expect(notTuesday.status).toBe(400);
    expect(paths(notTuesday)).toEqual(['body.date']);
    const offAgenda = await post({ date: '2027-03-09', itemKey: 'x:y', kind: 'note', text: 'a' });
    expect(paths(offAgenda)).toEqual(['body.itemKey']);
    const mixed = await post({
      date: '2027-03-09',
      itemKey: 'x:y',
      kind: 'decision',
      text: 'a',
      resolved: true,
    });
    expect(paths(mixed)).toEqual(['body.resolved']);
    const noAction = await post({
      date: '2027-03-09',
      itemKey: 'x:y',
      kind: 'action_item',
      text: 'a',
    });
    expect(paths(noAction)).toEqual(['body.actionItem']);
    const badDate = await tpm.get(`/api/reviews/${review.id}/agenda?date=2027-03-03`);
    expect(badDate.status).toBe(400);
    expect(paths(badDate)).toEqual(['query.date']);
    expect(await server.countRows('review_outcomes')).toBe(stored);
  });
});

describe('recurrence', () => {
  it('refuses invalid rules and more than one occurrence a day, naming body.recurrence', async () => {
    const tpm = await server.signIn('tpm');
    for (const recurrence of [
      'FREQ=FORTNIGHTLY',
      'FREQ=HOURLY',
      'FREQ=DAILY;BYHOUR=9,17',
      'weekly',
    ]) {
      const r = await tpm.post('/api/reviews', {
        title: 'Bad',
        startsOn: '2027-03-02',
        recurrence,
      });
      expect(r.status, recurrence).toBe(400);
      expect(paths(r)).toEqual(['body.recurrence']);
    }
    const review = await weeklyReview(tpm, []);
    const patch = await tpm.patch(`/api/reviews/${review.id}`, {
      version: 1,
      recurrence: 'FREQ=MINUTELY',
    });
    expect(paths(patch)).toEqual(['body.recurrence']);
    expect((await tpm.get(`/api/reviews/${review.id}`)).body.recurrence).toBe(
      'FREQ=WEEKLY;BYDAY=TU',
    );
  });

  it('lists occurrences (at most 100) and moves with the rule', async () => {
    const tpm = await server.signIn('tpm');
    const review = await weeklyReview(tpm, [], {
      recurrence: 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    });
    expect(review).toMatchObject({ scope: 'portfolio', timeZone: 'UTC', programs: [] });
    const r = await tpm.get(`/api/reviews/${review.id}/occurrences?limit=3`);
    expect(r.body.items).toEqual(['2027-03-02', '2027-03-16', '2027-03-30']);
    const many = await tpm.get(
      `/api/reviews/${review.id}/occurrences?from=2027-01-01&to=2035-01-01&limit=100`,
    );
    expect(many.body.items).toHaveLength(100);
    expect((await tpm.get(`/api/reviews/${review.id}/occurrences?limit=101`)).status).toBe(400);

    const moved = await tpm.patch(`/api/reviews/${review.id}`, {
      version: 1,
      recurrence: null,
      startsOn: '2027-04-01',
    });
    expect(moved.body).toMatchObject({
      recurrence: null,
      nextOccurrence: '2027-04-01',
      version: 2,
    });
    expect(await server.auditActions('review', review.id)).toEqual(['create', 'update']);
  });
});

describe('who sees and changes a review', () => {
  it('hides a members-only program review from non-members; shows portfolio reviews to all', async () => {
    const owner = await server.signIn('tpm');
    const other = await server.signIn('tpm');
    const stakeholder = await server.signIn('stakeholder');
    const p = await plan(owner, { visibility: 'members' });
    const secret = await weeklyReview(owner, [p.programId], { title: 'Secret review' });
    const open = await weeklyReview(owner, [], { title: 'Portfolio review' });

    expect((await other.get(`/api/reviews/${secret.id}`)).status).toBe(404);
    const listed = (await other.get('/api/reviews')).body.items.map((r: { id: string }) => r.id);
    expect(listed).toContain(open.id);
    expect(listed).not.toContain(secret.id);
    expect((await stakeholder.get(`/api/reviews/${open.id}`)).status).toBe(200);

    // The portfolio agenda leaves out what the caller cannot see.
    await owner.patch(`/api/tasks/${p.build.id}`, { version: p.build.version, estimateHours: 120 });
    const ownerKeys = (await agenda(owner, open.id, '2027-03-09')).map((i) => i.key);
    expect(ownerKeys).toContain(`milestone_slipped:${p.launch.id}`);
    const otherKeys = (await agenda(other, open.id, '2027-03-09')).map((i) => i.key);
    expect(otherKeys).not.toContain(`milestone_slipped:${p.launch.id}`);

    // A portfolio review is changed by its creator, TPM managers and admins only.
    expect(
      (await other.patch(`/api/reviews/${open.id}`, { version: 1, title: 'Mine' })).status,
    ).toBe(403);
    expect((await stakeholder.delete(`/api/reviews/${open.id}?version=1`)).status).toBe(403);
    const manager = await server.signIn('tpm_manager');
    const renamed = await manager.patch(`/api/reviews/${open.id}`, { version: 1, title: 'Ours' });
    expect(renamed.status).toBe(200);
    expect((await owner.delete(`/api/reviews/${open.id}?version=2`)).status).toBe(204);
    expect((await owner.get(`/api/reviews/${open.id}`)).status).toBe(404);
  });

  it('refuses unknown programs and inactive participants with their fields', async () => {
    const tpm = await server.signIn('tpm');
    const r = await tpm.post('/api/reviews', {
      title: 'X',
      startsOn: '2027-03-02',
      participantIds: ['00000000-0000-4000-8000-000000000001'],
      timeZone: 'Mars/Olympus',
    });
    expect(r.status).toBe(400);
    expect(paths(r).sort()).toEqual(['body.participantIds[0]', 'body.timeZone']);
  });
});
