import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // Friday 20 November 2026: the horizon is the next eight weeks.
  server = await startTestServer({ now: '2026-11-20T09:00:00Z' });
});
afterAll(async () => server?.close());

interface Candidate {
  personId: string;
  reasons: { factor: string; score: number; detail: string }[];
}

describe('routing bandwidth is the load the heatmap counts', () => {
  it('ranks a person allocated 100% below an idle peer, saying how many hours are taken', async () => {
    const manager = await server.signIn('tpm_manager');
    const busy = await server.signIn('tpm', { name: 'Bandwidth Busy' });
    const idle = await server.signIn('tpm', { name: 'Bandwidth Idle' });
    const program = (await manager.post('/api/programs', { name: 'Full time elsewhere' })).body;
    const allocation = await manager.post('/api/allocations', {
      personId: busy.user.id,
      programId: program.id,
      percent: 100,
      from: '2026-11-01',
    });
    expect(allocation.status, JSON.stringify(allocation.body)).toBe(201);
    const request = await manager.post('/api/requests', { title: 'Who has time?' });
    const suggestion = await manager.post(
      `/api/requests/${request.body.id}/routing-suggestions`,
      undefined,
    );
    expect(suggestion.status, JSON.stringify(suggestion.body)).toBe(201);
    const candidates = suggestion.body.candidates as Candidate[];
    const rank = (id: string) => candidates.findIndex((c) => c.personId === id);
    expect(rank(idle.user.id)).toBeLessThan(rank(busy.user.id));
    const bandwidth = (id: string) =>
      candidates[rank(id)]!.reasons.find((r) => r.factor === 'bandwidth')!;
    // Fri 20 Nov – Fri 15 Jan: 41 working days of 8 h (the test database has no holidays).
    expect(bandwidth(busy.user.id)).toMatchObject({
      score: 0,
      detail: '328 of 328 h allocated over the horizon',
    });
    expect(bandwidth(idle.user.id)).toMatchObject({
      score: 1,
      detail: '0 of 328 h allocated over the horizon',
    });

    // Time off lowers capacity; the allocation still stands, so bandwidth stays at zero.
    const away = await manager.post(`/api/people/${busy.user.id}/time-off`, {
      from: '2026-11-23',
      to: '2026-11-27',
    });
    expect(away.status, JSON.stringify(away.body)).toBe(201);
    const again = await manager.post(
      `/api/requests/${request.body.id}/routing-suggestions`,
      undefined,
    );
    const busyAgain = (again.body.candidates as Candidate[]).find(
      (c) => c.personId === busy.user.id,
    )!;
    expect(busyAgain.reasons.find((r) => r.factor === 'bandwidth')).toMatchObject({
      score: 0,
      detail: '328 of 288 h allocated over the horizon',
    });
  });
});
