import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { SURVEY_ANSWERS_PER_WINDOW } from './survey.routes.js';

/*
 * Satisfaction surveys through HTTP: a manager makes one and invites; a stakeholder
 * with no account answers through the link, once. The clock is pinned at TEST_CLOCK_START.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function program(client: Client, body: Record<string, unknown> = {}): Promise<string> {
  const r = await client.post('/api/programs', { name: 'Surveyed', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

async function survey(client: Client, body: Record<string, unknown>) {
  const r = await client.post('/api/surveys', body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function invite(client: Client, id: string, emails: string[]) {
  const r = await client.post(`/api/surveys/${id}/invitations`, { emails });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.items as { email: string; token: string; url: string; expiresAt: string }[];
}

const paths = (r: { body: { error: { issues: { path: string }[] } } }) =>
  r.body.error.issues.map((i) => i.path);

const GOOD = { satisfaction: 4, communication: 5, responsiveness: 3 };

describe('a survey', () => {
  it('asks the default template when it names no questions', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const s = await survey(tpm, { title: 'Launch feedback', programId });
    expect(s).toMatchObject({
      programId,
      programName: 'Surveyed',
      title: 'Launch feedback',
      anonymous: false,
      sendTrigger: 'manual',
      recipients: [],
      invited: 0,
      responses: 0,
      version: 1,
    });
    expect(s.questions.map((q: { id: string }) => q.id)).toEqual([
      'satisfaction',
      'communication',
      'responsiveness',
    ]);
    expect(s.questions[0]).toMatchObject({ kind: 'scale', min: 1, max: 5, required: true });
    expect((await tpm.get(`/api/surveys/${s.id}`)).body).toEqual(s);
    expect(await server.auditActions('survey', s.id)).toEqual(['create']);
  });

  it('refuses duplicate question ids and a scale that does not run upwards, naming the field', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const r = await tpm.post('/api/surveys', {
      title: 'Broken',
      programId,
      questions: [
        { id: 'a', text: 'A?' },
        { id: 'a', text: 'Again?' },
        { id: 'b', text: 'B?', min: 3, max: 3 },
      ],
    });
    expect(r.status).toBe(400);
    expect(paths(r)).toEqual(['body.questions[1].id', 'body.questions[2].max']);
  });

  it('lists only surveys of programs the caller sees, filtered by program', async () => {
    const owner = await server.signIn('tpm');
    const hidden = await program(owner, { name: 'Secret', visibility: 'members' });
    const open = await program(owner, { name: 'Open' });
    const secret = await survey(owner, { title: 'Hidden survey', programId: hidden });
    const visible = await survey(owner, { title: 'Open survey', programId: open });
    const outsider = await server.signIn('tpm');
    const ids = (await outsider.get('/api/surveys')).body.items.map((s: { id: string }) => s.id);
    expect(ids).toContain(visible.id);
    expect(ids).not.toContain(secret.id);
    const filtered = (await owner.get(`/api/surveys?programId=${open}`)).body.items;
    expect(filtered.map((s: { id: string }) => s.id)).toEqual([visible.id]);
    // A members-only program does not exist for outsiders, nor do its surveys.
    expect((await outsider.get(`/api/surveys/${secret.id}`)).status).toBe(404);
  });

  it('of no program is made only by TPM managers and admins', async () => {
    const tpm = await server.signIn('tpm');
    expect((await tpm.post('/api/surveys', { title: 'Portfolio pulse' })).status).toBe(403);
    const manager = await server.signIn('tpm_manager');
    const s = await survey(manager, { title: 'Portfolio pulse' });
    expect(s.programId).toBeNull();
    const r = await tpm.patch(`/api/surveys/${s.id}`, { version: 1, title: 'Mine now' });
    expect(r.status).toBe(403);
  });

  it('is deleted with its version', async () => {
    const tpm = await server.signIn('tpm');
    const s = await survey(tpm, { title: 'Short-lived', programId: await program(tpm) });
    expect((await tpm.request('DELETE', `/api/surveys/${s.id}?version=1`)).status).toBe(204);
    expect((await tpm.get(`/api/surveys/${s.id}`)).status).toBe(404);
    expect(await server.auditActions('survey', s.id)).toEqual(['create', 'delete']);
  });
});

describe('invitations', () => {
  it('give one link per e-mail (256 bits), storing only the hash, valid for 30 days', async () => {
    const tpm = await server.signIn('tpm');
    const s = await survey(tpm, { title: 'Links', programId: await program(tpm) });
    const items = await invite(tpm, s.id, ['ada@example.test', 'ben@example.test']);
    expect(items.map((i) => i.email)).toEqual(['ada@example.test', 'ben@example.test']);
    for (const item of items) {
      expect(item.token).toMatch(/^wms_[A-Za-z0-9_-]{43}$/);
      expect(item.url).toBe(`${server.url}/survey/${item.token}`);
      // The server's clock runs on from TEST_CLOCK_START: 30 days after now, give or take the run.
      const days = (Date.parse(item.expiresAt) - Date.parse(TEST_CLOCK_START)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(30);
      expect(days).toBeLessThan(30.01);
    }
    const rows = await server.db.query<{ email: string; token_hash: Buffer }>(
      'SELECT email, token_hash FROM survey_invitations WHERE survey_id = $1 ORDER BY email',
      [s.id],
    );
    expect(rows.rows.map((r) => r.token_hash.toString('hex'))).toEqual(
      items.map((i) => createHash('sha256').update(i.token).digest('hex')),
    );
    const dump = JSON.stringify(
      (await server.db.query('SELECT * FROM survey_invitations WHERE survey_id = $1', [s.id])).rows,
    );
    for (const item of items) expect(dump).not.toContain(item.token.slice(4));
    expect((await tpm.get(`/api/surveys/${s.id}`)).body.invited).toBe(2);
  });

  it('refuses the same address twice in one call, naming the field', async () => {
    const tpm = await server.signIn('tpm');
    const s = await survey(tpm, { title: 'Twice', programId: await program(tpm) });
    const r = await tpm.post(`/api/surveys/${s.id}/invitations`, {
      emails: ['ada@example.test', 'ADA@example.test'],
    });
    expect(r.status).toBe(400);
    expect(paths(r)).toEqual(['body.emails[1]']);
    expect(await server.countRows('survey_invitations')).toBeGreaterThanOrEqual(0);
    expect((await tpm.get(`/api/surveys/${s.id}`)).body.invited).toBe(0);
  });
});

describe('answering through a link, signed out', () => {
  it('shows the title, the program and the questions, nothing else; answers once', async () => {
    const tpm = await server.signIn('tpm');
    const s = await survey(tpm, { title: 'Quarterly pulse', programId: await program(tpm) });
    const [link] = await invite(tpm, s.id, ['ada@example.test']);
    const agent = server.anonymous();
    const shown = await agent.get(`/api/survey-responses/${link!.token}`);
    expect(shown.status).toBe(200);
    expect(Object.keys(shown.body).sort()).toEqual(['programName', 'questions', 'title']);
    expect(shown.body).toMatchObject({ title: 'Quarterly pulse', programName: 'Surveyed' });

    const answered = await agent.post(`/api/survey-responses/${link!.token}`, {
      answers: GOOD,
      comment: 'Clear weekly updates.',
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    const again = await agent.post(`/api/survey-responses/${link!.token}`, { answers: GOOD });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('survey_link_used');
    expect((await agent.get(`/api/survey-responses/${link!.token}`)).status).toBe(409);

    const row = await server.db.query<{ invitation_id: string | null; answers: unknown }>(
      'SELECT invitation_id, answers FROM survey_responses WHERE survey_id = $1',
      [s.id],
    );
    expect(row.rows).toHaveLength(1);
    expect(row.rows[0]!.invitation_id).not.toBeNull();
    expect(row.rows[0]!.answers).toEqual(GOOD);
    const inv = await server.db.query<{ responded_at: Date | null }>(
      'SELECT responded_at FROM survey_invitations WHERE survey_id = $1',
      [s.id],
    );
    expect(inv.rows[0]!.responded_at?.toISOString()).toBeDefined();
  });

  it('answers 404 for an unknown or an expired link', async () => {
    const agent = server.anonymous();
    const unknown = await agent.get('/api/survey-responses/wms_nosuchlinkatall');
    expect(unknown.status).toBe(404);
    expect(
      (await agent.post('/api/survey-responses/wms_nosuchlinkatall', { answers: GOOD })).status,
    ).toBe(404);
    const tpm = await server.signIn('tpm');
    const s = await survey(tpm, { title: 'Old', programId: await program(tpm) });
    const [link] = await invite(tpm, s.id, ['late@example.test']);
    await server.db.query(
      `UPDATE survey_invitations SET expires_at = $2::timestamptz - interval '1 second' WHERE survey_id = $1`,
      [s.id, TEST_CLOCK_START],
    );
    expect((await agent.get(`/api/survey-responses/${link!.token}`)).status).toBe(404);
    expect(
      (await agent.post(`/api/survey-responses/${link!.token}`, { answers: GOOD })).status,
    ).toBe(404);
  });

  it('refuses out-of-range, unknown and missing answers with 400 naming each field', async () => {
    const tpm = await server.signIn('tpm');
    const s = await survey(tpm, { title: 'Strict', programId: await program(tpm) });
    const [link] = await invite(tpm, s.id, ['ada@example.test']);
    const agent = server.anonymous();
    const post = (answers: Record<string, unknown>) =>
      agent.post(`/api/survey-responses/${link!.token}`, { answers });
    const outOfRange = await post({ ...GOOD, satisfaction: 6 });
    expect(outOfRange.status).toBe(400);
    expect(paths(outOfRange)).toEqual(['body.answers.satisfaction']);
    const unknown = await post({ ...GOOD, mood: 3 });
    expect(unknown.status).toBe(400);
    expect(paths(unknown)).toEqual(['body.answers.mood']);
    const missing = await post({ satisfaction: 4, responsiveness: 3 });
    expect(missing.status).toBe(400);
    expect(paths(missing)).toEqual(['body.answers.communication']);
    expect(
      await server.db.query('SELECT 1 FROM survey_responses WHERE survey_id = $1', [s.id]),
    ).toMatchObject({ rowCount: 0 });
    // The link still works after a refused answer.
    expect((await post(GOOD)).status).toBe(201);
  });
});

describe('results', () => {
  it('give the response rate, each question’s distribution and mean, and the comments', async () => {
    const tpm = await server.signIn('tpm');
    const s = await survey(tpm, { title: 'Counted', programId: await program(tpm) });
    const links = await invite(tpm, s.id, ['a@example.test', 'b@example.test', 'c@example.test']);
    const agent = server.anonymous();
    await agent.post(`/api/survey-responses/${links[0]!.token}`, {
      answers: { satisfaction: 5, communication: 4, responsiveness: 4 },
      comment: 'Great demos.',
    });
    await agent.post(`/api/survey-responses/${links[1]!.token}`, {
      answers: { satisfaction: 2, communication: 4, responsiveness: 3 },
    });
    const r = await tpm.get(`/api/surveys/${s.id}/results`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ invited: 3, responses: 2, anonymous: false });
    expect(r.body.responseRate).toBeCloseTo(2 / 3);
    const satisfaction = r.body.questions.find((q: { id: string }) => q.id === 'satisfaction');
    expect(satisfaction.mean).toBe(3.5);
    expect(satisfaction.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 1 },
      { value: 3, count: 0 },
      { value: 4, count: 0 },
      { value: 5, count: 1 },
    ]);
    expect(r.body.comments).toEqual([
      expect.objectContaining({ text: 'Great demos.', email: 'a@example.test' }),
    ]);
  });

  it('of an anonymous survey never show an e-mail, and the answer is not linked to its invitation', async () => {
    const tpm = await server.signIn('tpm');
    const s = await survey(tpm, {
      title: 'Anonymous',
      programId: await program(tpm),
      anonymous: true,
    });
    const [link] = await invite(tpm, s.id, ['secret-sayer@example.test']);
    await server.anonymous().post(`/api/survey-responses/${link!.token}`, {
      answers: GOOD,
      comment: 'Too many meetings.',
    });
    const row = await server.db.query<{ invitation_id: string | null }>(
      'SELECT invitation_id FROM survey_responses WHERE survey_id = $1',
      [s.id],
    );
    expect(row.rows).toEqual([{ invitation_id: null }]);
    const r = await tpm.get(`/api/surveys/${s.id}/results`);
    expect(r.body.responses).toBe(1);
    expect(r.body.comments).toEqual([
      expect.objectContaining({ text: 'Too many meetings.', email: null }),
    ]);
    expect(JSON.stringify(r.body)).not.toContain('@');
  });
});

describe('editing an answered survey', () => {
  it('changes question text and adds questions; ids and scales are frozen (409)', async () => {
    const tpm = await server.signIn('tpm');
    const s = await survey(tpm, { title: 'Frozen', programId: await program(tpm) });
    const [link] = await invite(tpm, s.id, ['a@example.test']);
    await server.anonymous().post(`/api/survey-responses/${link!.token}`, { answers: GOOD });
    const questions = s.questions.map((q: Record<string, unknown>) => ({
      id: q.id,
      text: q.text,
      min: q.min,
      max: q.max,
    }));
    questions[0].text = 'All in all, how satisfied are you?';
    const edited = await tpm.patch(`/api/surveys/${s.id}`, {
      version: 1,
      questions: [...questions, { id: 'best', text: 'What went best?', kind: 'text' }],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.questions).toHaveLength(4);
    expect(edited.body.questions[0].text).toBe('All in all, how satisfied are you?');

    const removed = await tpm.patch(`/api/surveys/${s.id}`, {
      version: 2,
      questions: questions.slice(1),
    });
    expect(removed.status).toBe(409);
    expect(removed.body.error.code).toBe('survey_answered');
    const rescaled = await tpm.patch(`/api/surveys/${s.id}`, {
      version: 2,
      questions: [{ ...questions[0], max: 10 }, ...questions.slice(1)],
    });
    expect(rescaled.status).toBe(409);
    expect(rescaled.body.error.message).toMatch(/scale/);
    expect((await tpm.get(`/api/surveys/${s.id}`)).body.version).toBe(2);
  });
});

describe('the public routes', () => {
  it('are rate-limited per address', async () => {
    const limited = await startTestServer({
      rateLimits: { windowMs: 60_000, perUser: 1000, publicPerAddress: 2 },
    });
    try {
      const agent = limited.anonymous();
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await agent.get('/api/survey-responses/wms_nosuchlinkatall')).status);
      expect(statuses).toEqual([404, 404, 429]);
    } finally {
      await limited.close();
    }
  });

  it('count answers apart, with a lower limit of their own', async () => {
    const limited = await startTestServer({
      rateLimits: { windowMs: 60_000, perUser: 1000, publicPerAddress: 100 },
    });
    try {
      const agent = limited.anonymous();
      const statuses = [];
      for (let i = 0; i <= SURVEY_ANSWERS_PER_WINDOW; i++)
        statuses.push(
          (await agent.post('/api/survey-responses/wms_nosuchlinkatall', { answers: GOOD })).status,
        );
      expect(statuses.slice(0, -1).every((s) => s === 404)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      // Reading a link still works: the answers' limit is their own.
      expect((await agent.get('/api/survey-responses/wms_nosuchlinkatall')).status).toBe(404);
    } finally {
      await limited.close();
    }
  });
});
