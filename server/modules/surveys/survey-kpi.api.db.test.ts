import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

// Answers given through the public links feed stakeholder_satisfaction at once.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
});
afterAll(async () => server?.close());

describe('stakeholder satisfaction after answers through the links', () => {
  it('moves the KPI and its response rate with each answer', async () => {
    const tpm = await server.signIn('tpm');
    const programId = (await tpm.post('/api/programs', { name: 'Pulse-checked' })).body.id;
    const survey = (await tpm.post('/api/surveys', { title: 'Pulse', programId })).body;
    const links = (
      await tpm.post(`/api/surveys/${survey.id}/invitations`, {
        emails: ['one@example.test', 'two@example.test', 'three@example.test', 'four@example.test'],
      })
    ).body.items as { token: string }[];
    const kpi = async () => {
      const r = await tpm.get(`/api/kpis/stakeholder_satisfaction?programId=${programId}`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const rate = r.body.figures.find((f: { label: string }) =>
        f.label.startsWith('Response rate'),
      );
      return { value: r.body.value, count: r.body.count, rate: rate?.value ?? null };
    };
    expect(await kpi()).toEqual({ value: null, count: 0, rate: 0 });

    // Worked example: answers 2 then 5 of four invitations: mean 2, then 3.5; rate 1/4, then 2/4.
    const stakeholder = server.anonymous();
    const answer = (token: string, satisfaction: number) =>
      stakeholder.post(`/api/survey-responses/${token}`, {
        answers: { satisfaction, communication: 3, responsiveness: 3 },
      });
    expect((await answer(links[0]!.token, 2)).status).toBe(201);
    expect(await kpi()).toEqual({ value: 2, count: 1, rate: 0.25 });
    expect((await answer(links[1]!.token, 5)).status).toBe(201);
    expect(await kpi()).toEqual({ value: 3.5, count: 2, rate: 0.5 });

    // A refused answer (out of range) and a second answer on a used link change nothing.
    expect((await answer(links[2]!.token, 6)).status).toBe(400);
    expect((await answer(links[0]!.token, 1)).status).toBe(409);
    expect(await kpi()).toEqual({ value: 3.5, count: 2, rate: 0.5 });
  });
});
