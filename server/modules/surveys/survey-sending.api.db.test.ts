import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpInbox, type SmtpInbox } from '../../../tests/support/smtp-inbox.js';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runSurveyAutoSend } from '../../jobs/survey-auto-send.job.js';

const FROM = 'Waymark Test <waymark@example.test>';
const LINK_IN_TEXT = /https?:\/\/\S+\/survey\/wms_\S+/;

describe('survey links by e-mail, with WAYMARK_SMTP_URL set', () => {
  let inbox: SmtpInbox;
  let server: TestServer;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await startTestServer({ runJobs: true, mail: { smtpUrl: inbox.url, from: FROM } });
  });
  afterAll(async () => {
    await server?.close();
    await inbox?.close();
  });

  it('e-mails each invitee the link shown in the answer; the link answers the survey', async () => {
    const manager = await server.signIn('tpm_manager');
    const p = await manager.post('/api/programs', { name: 'Mailed' });
    const s = await manager.post('/api/surveys', { title: 'Pulse', programId: p.body.id });
    const invited = await manager.post(`/api/surveys/${s.body.id}/invitations`, {
      emails: ['ada@example.test'],
    });
    expect(invited.status).toBe(201);
    expect(invited.body.emailed).toBe(true);
    const [mail] = await inbox.waitForMails(1);
    expect(mail!.to).toMatchObject({ value: [{ address: 'ada@example.test' }] });
    expect(mail!.subject).toBe('Your feedback about Mailed: Pulse');
    const link = LINK_IN_TEXT.exec(mail!.text ?? '')?.[0];
    expect(link).toBe(invited.body.items[0].url);
    const token = link!.split('/survey/')[1]!;
    const answered = await server.anonymous().post(`/api/survey-responses/${token}`, {
      answers: { satisfaction: 5, communication: 5, responsiveness: 5 },
    });
    expect(answered.status).toBe(201);
  });
});

describe('automatic sending (the cron task, run with a pinned clock)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: TEST_CLOCK_START });
  });
  afterAll(async () => server?.close());

  const run = (at: string) =>
    runSurveyAutoSend({
      db: server.db,
      clock: () => new Date(at),
      surveys: server.container.services.surveys,
      origin: 'https://waymark.example.test',
    });

  it('sends a quarterly survey on the first day of the next fiscal quarter, once', async () => {
    const manager = await server.signIn('tpm_manager');
    const p = await manager.post('/api/programs', { name: 'Quarterly' });
    const s = await manager.post('/api/surveys', {
      title: 'Every quarter',
      programId: p.body.id,
      sendTrigger: 'quarterly',
      recipients: ['ada@example.test', 'ben@example.test'],
    });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    // Made on 16 Nov 2026, in FY2027-Q4 (which began 1 Nov): nothing until FY2028-Q1.
    expect((await run('2027-01-31T12:00:00Z')).filter((x) => x.surveyId === s.body.id)).toEqual([]);
    const first = await run('2027-02-01T01:00:00Z');
    expect(first.filter((x) => x.surveyId === s.body.id)).toEqual([
      { surveyId: s.body.id, occasion: 'quarter:FY2028-Q1', invited: 2 },
    ]);
    // The next hour's run finds it sent.
    expect((await run('2027-02-01T02:00:00Z')).filter((x) => x.surveyId === s.body.id)).toEqual([]);
    expect((await manager.get(`/api/surveys/${s.body.id}`)).body.invited).toBe(2);
    expect(await server.auditActions('survey', s.body.id)).toEqual(['create', 'invite']);
  });

  it('sends after each milestone of its program is achieved, once per milestone', async () => {
    const manager = await server.signIn('tpm_manager');
    const p = await manager.post('/api/programs', { name: 'Milestones' });
    const s = await manager.post('/api/surveys', {
      title: 'After each milestone',
      programId: p.body.id,
      sendTrigger: 'milestone_achieved',
      recipients: ['ada@example.test'],
    });
    const m = await manager.post(`/api/programs/${p.body.id}/milestones`, { name: 'Beta' });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    const ours = (xs: { surveyId: string }[]) => xs.filter((x) => x.surveyId === s.body.id);
    expect(ours(await run('2026-11-25T10:00:00Z'))).toEqual([]);
    await server.db.query(
      `UPDATE milestones SET state = 'achieved', achieved_at = '2026-11-24T15:00:00' WHERE id = $1`,
      [m.body.id],
    );
    expect(ours(await run('2026-11-25T11:00:00Z'))).toEqual([
      { surveyId: s.body.id, occasion: `milestone:${m.body.id}`, invited: 1 },
    ]);
    expect(ours(await run('2026-11-25T12:00:00Z'))).toEqual([]);
  });

  it('sends at the program’s close once, and never for a manual survey', async () => {
    const manager = await server.signIn('tpm_manager');
    const p = await manager.post('/api/programs', { name: 'Closing' });
    const closing = await manager.post('/api/surveys', {
      title: 'At the close',
      programId: p.body.id,
      sendTrigger: 'program_completed',
      recipients: ['ada@example.test'],
    });
    const manual = await manager.post('/api/surveys', {
      title: 'By hand',
      programId: p.body.id,
      recipients: ['ada@example.test'],
    });
    const ours = (xs: { surveyId: string }[]) =>
      xs.filter((x) => x.surveyId === closing.body.id || x.surveyId === manual.body.id);
    expect(ours(await run('2026-11-20T10:00:00Z'))).toEqual([]);
    await server.db.query(`UPDATE programs SET status = 'completed' WHERE id = $1`, [p.body.id]);
    expect(ours(await run('2026-11-20T11:00:00Z'))).toEqual([
      { surveyId: closing.body.id, occasion: 'program_completed', invited: 1 },
    ]);
    expect(ours(await run('2026-11-20T12:00:00Z'))).toEqual([]);
    expect((await manager.get(`/api/surveys/${manual.body.id}`)).body.invited).toBe(0);
  });
});
