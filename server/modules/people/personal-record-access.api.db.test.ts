import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { canSeePersonalRecord, personalRecordAudience } from './personal-record-access.js';

type Client = Awaited<ReturnType<TestServer['signIn']>>;

let server: TestServer;
let admin: Client, manager: Client, grand: Client, lead: Client, dev: Client;
let peer: Client, stakeholder: Client;
let ladder: {
  levels: { id: string; key: string }[];
  competencies: { id: string }[];
};

/**
 * The reporting line: grand → lead → dev, all plain TPMs, so only the chain (not a role)
 * lets grand and lead in. `peer` is a TPM outside it, `manager` a TPM manager outside it.
 */
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  manager = await server.signIn('tpm_manager', { name: 'Mo Manager' });
  grand = await server.signIn('tpm', { name: 'Gil Grand' });
  lead = await server.signIn('tpm', { name: 'Lee Lead' });
  dev = await server.signIn('tpm', { name: 'Dee Dev' });
  peer = await server.signIn('tpm', { name: 'Pat Peer' });
  stakeholder = await server.signIn('stakeholder', { name: 'Sam Stakeholder' });
  ladder = (await admin.get('/api/career-ladder')).body;
  const associate = ladder.levels[0]!.id;
  const patch = async (who: Client, body: object) =>
    expect((await admin.patch(`/api/people/${who.user.id}`, { version: 1, ...body })).status).toBe(
      200,
    );
  await patch(lead, { managerId: grand.user.id });
  await patch(dev, { managerId: lead.user.id, levelId: associate });
  await patch(peer, { levelId: associate });
  await patch(stakeholder, { levelId: associate });
});
afterAll(async () => server?.close());

const ids = (items: { personId: string }[]) => items.map((i) => i.personId).sort();

describe('time off outside the person’s circle', () => {
  it('shows the kind and note to the person, their managers up the line, TPM managers and admins; "away" to others', async () => {
    const off = await dev.post(`/api/people/${dev.user.id}/time-off`, {
      from: '2026-11-02',
      to: '2026-11-04',
      kind: 'sick',
      note: 'flu',
    });
    expect(off.status).toBe(201);
    expect(off.body).toMatchObject({ kind: 'sick', note: 'flu' });

    for (const reader of [dev, lead, grand, manager, admin]) {
      const seen = await reader.get(`/api/people/${dev.user.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.timeOff).toEqual([off.body]);
    }
    for (const reader of [peer, stakeholder]) {
      const seen = await reader.get(`/api/people/${dev.user.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.timeOff).toEqual([{ ...off.body, kind: 'away', note: '' }]);
    }
    // Looking up the line gives nothing away: a report does not see their manager's leave kind.
    const bossOff = await lead.post(`/api/people/${lead.user.id}/time-off`, {
      from: '2026-11-09',
      to: '2026-11-09',
      kind: 'parental',
    });
    expect(bossOff.status).toBe(201);
    expect((await dev.get(`/api/people/${lead.user.id}`)).body.timeOff[0].kind).toBe('away');
    expect((await grand.get(`/api/people/${lead.user.id}`)).body.timeOff[0].kind).toBe('parental');
  });

  it('lets the person, their managers, a TPM manager or an admin record and remove it; nobody else', async () => {
    const before = await server.countRows('time_off');
    const body = { from: '2026-12-01', to: '2026-12-01', kind: 'training' };
    const refused = await peer.post(`/api/people/${dev.user.id}/time-off`, body);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await stakeholder.post(`/api/people/${dev.user.id}/time-off`, body)).status).toBe(403);
    expect(await server.countRows('time_off')).toBe(before);

    // grand is two levels up and a plain TPM: the reporting line alone allows it.
    const byGrand = await grand.post(`/api/people/${dev.user.id}/time-off`, body);
    expect(byGrand.status).toBe(201);
    const removeByPeer = await peer.delete(`/api/time-off/${byGrand.body.id}`, 1);
    expect(removeByPeer.status).toBe(403);
    expect((await lead.delete(`/api/time-off/${byGrand.body.id}`, 1)).status).toBe(204);
    const byManager = await manager.post(`/api/people/${dev.user.id}/time-off`, body);
    expect(byManager.status).toBe(201);
    expect((await admin.delete(`/api/time-off/${byManager.body.id}`, 1)).status).toBe(204);
    expect(await server.countRows('time_off')).toBe(before);
  });
});

describe('assessments and promotion readiness', () => {
  const mid = () => ladder.levels[1]!.id;
  const put = (who: Client, kind: 'self' | 'manager', rating = 3) =>
    who.request('PUT', `/api/people/${dev.user.id}/assessments`, {
      competencyId: ladder.competencies[0]!.id,
      levelId: mid(),
      kind,
      rating,
    });

  it('are written by the person (self) and anyone up the line (manager), never by others', async () => {
    expect((await put(dev, 'self')).status).toBe(200);
    expect((await put(grand, 'manager', 4)).status).toBe(200);
    expect((await put(lead, 'manager', 3)).status).toBe(200);
    const before = await server.countRows('competency_assessments');
    const byPeer = await put(peer, 'manager');
    expect(byPeer.status).toBe(403);
    expect(byPeer.body.error.code).toBe('forbidden');
    expect((await put(peer, 'self')).status).toBe(403);
    expect((await put(lead, 'self')).status).toBe(403);
    expect((await put(stakeholder, 'manager')).status).toBe(403);
    expect(await server.countRows('competency_assessments')).toBe(before);
  });

  it("are a 403 with a plain sentence for anyone outside the person's circle", async () => {
    for (const reader of [dev, lead, grand, manager, admin]) {
      const seen = await reader.get(`/api/people/${dev.user.id}/assessments`);
      expect(seen.status).toBe(200);
      expect(seen.body.items.map((a: { kind: string }) => a.kind).sort()).toEqual([
        'manager',
        'self',
      ]);
    }
    for (const reader of [peer, stakeholder]) {
      const refused = await reader.get(`/api/people/${dev.user.id}/assessments`);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
      expect(refused.body.error.message).toMatch(/assessments/);
    }
    expect((await stakeholder.get(`/api/people/${stakeholder.user.id}/assessments`)).status).toBe(
      200,
    );
  });

  it('lists readiness only for the people the reader may see', async () => {
    const readiness = async (who: Client) =>
      ids((await who.get('/api/career-ladder/readiness')).body.items);
    const onLadder = [dev, peer, stakeholder].map((c) => c.user.id).sort();
    expect(await readiness(admin)).toEqual(onLadder);
    expect(await readiness(manager)).toEqual(onLadder);
    expect(await readiness(grand)).toEqual([dev.user.id]);
    expect(await readiness(lead)).toEqual([dev.user.id]);
    expect(await readiness(dev)).toEqual([dev.user.id]);
    expect(await readiness(peer)).toEqual([peer.user.id]);
    expect(await readiness(stakeholder)).toEqual([stakeholder.user.id]);
  });
});

describe('the reporting line', () => {
  it('ends on a loop written past the API (no endless walk), still letting in whoever is on it', async () => {
    const a = await server.signIn('tpm');
    const b = await server.signIn('tpm');
    // The API refuses a reporting loop; a restore or a hand edit could still leave one.
    await server.db.query('UPDATE users SET manager_id = $2 WHERE id = $1', [a.user.id, b.user.id]);
    await server.db.query('UPDATE users SET manager_id = $2 WHERE id = $1', [b.user.id, a.user.id]);
    expect(await canSeePersonalRecord(server.db, b.user, a.user.id)).toBe(true);
    expect(await canSeePersonalRecord(server.db, peer.user, a.user.id)).toBe(false);
    const audience = await personalRecordAudience(server.db, a.user);
    expect([...audience.personIds].sort()).toEqual([a.user.id, b.user.id].sort());
  });
});
