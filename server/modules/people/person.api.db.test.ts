import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('people', () => {
  it('edits a profile, skills and time off, one audit row per write, and filters the directory', async () => {
    const admin = await server.signIn('admin');
    const boss = await server.signIn('tpm_manager', { name: 'Bea Boss' });
    const dev = await server.signIn('tpm', { name: 'Dana Dev' });
    const ladder = (await admin.get('/api/career-ladder')).body;
    const senior = ladder.levels.find((l: { key: string }) => l.key === 'senior');
    const track = ladder.tracks[0];

    const updated = await boss.patch(`/api/people/${dev.user.id}`, {
      version: 1,
      managerId: boss.user.id,
      levelId: senior.id,
      trackId: track.id,
      location: 'Lisbon',
      timeZone: 'Europe/Lisbon',
      workingHoursStart: 540,
      workingHoursEnd: 1020,
      workingDays: [1, 2, 3, 4],
      capacity: 0.8,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      managerId: boss.user.id,
      levelName: senior.name,
      grade: 7,
      trackName: track.name,
      timeZone: 'Europe/Lisbon',
      workingDays: [1, 2, 3, 4],
      capacity: 0.8,
      version: 2,
    });
    const skills = await dev.request('PUT', `/api/people/${dev.user.id}/skills`, {
      version: 2,
      skills: [
        { kind: 'skill', name: 'Release planning', proficiency: 4 },
        { kind: 'domain', name: 'Payments', proficiency: 3 },
      ],
    });
    expect(skills.status).toBe(200);
    expect(skills.body.skills).toHaveLength(2);
    const off = await dev.post(`/api/people/${dev.user.id}/time-off`, {
      from: '2026-12-21',
      to: '2026-12-31',
      kind: 'vacation',
    });
    expect(off.status).toBe(201);
    const person = (await dev.get(`/api/people/${dev.user.id}`)).body;
    expect(person.timeOff).toEqual([off.body]);
    expect((await dev.get(`/api/people/${boss.user.id}`)).body.directReportIds).toEqual([
      dev.user.id,
    ]);

    const bySkill = await dev.get('/api/people?skill=release%20planning');
    expect(bySkill.body.items.map((p: { id: string }) => p.id)).toEqual([dev.user.id]);
    const byLevel = await dev.get(`/api/people?levelId=${senior.id}`);
    expect(byLevel.body.items.map((p: { id: string }) => p.id)).toEqual([dev.user.id]);

    expect((await dev.delete(`/api/time-off/${off.body.id}`, 1)).status).toBe(204);
    expect(await server.auditActions('person', dev.user.id)).toEqual(['update', 'update']);
    expect(await server.auditActions('time_off', off.body.id)).toEqual(['create', 'delete']);
  });

  it('refuses a reporting loop, an unknown zone and reversed hours, naming the fields', async () => {
    const boss = await server.signIn('tpm_manager');
    const a = await server.signIn('tpm');
    const b = await server.signIn('tpm');
    expect(
      (await boss.patch(`/api/people/${b.user.id}`, { version: 1, managerId: a.user.id })).status,
    ).toBe(200);
    const loop = await boss.patch(`/api/people/${a.user.id}`, {
      version: 1,
      managerId: b.user.id,
      timeZone: 'Mars/Olympus',
    });
    expect(loop.status).toBe(400);
    expect(
      loop.body.error.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
    ).toEqual([
      ['body.managerId', 'reporting_cycle'],
      ['body.timeZone', 'invalid'],
    ]);
    const hours = await boss.patch(`/api/people/${a.user.id}`, {
      version: 1,
      workingHoursEnd: 300,
    });
    expect(hours.status).toBe(400);
    expect(hours.body.error.issues[0].path).toBe('body.workingHoursEnd');
    expect((await boss.get(`/api/people/${a.user.id}`)).body.version).toBe(1);
  });

  it('lets people change their own hours but not their level or anyone else', async () => {
    const me = await server.signIn('tpm');
    const other = await server.signIn('tpm');
    expect(
      (await me.patch(`/api/people/${me.user.id}`, { version: 1, location: 'Accra' })).status,
    ).toBe(200);
    const level = await me.patch(`/api/people/${me.user.id}`, { version: 2, capacity: 2 });
    expect(level.status).toBe(403);
    const someone = await me.patch(`/api/people/${other.user.id}`, { version: 1, location: 'x' });
    expect(someone.status).toBe(403);
    const dup = await me.request('PUT', `/api/people/${me.user.id}/skills`, {
      version: 2,
      skills: [
        { kind: 'skill', name: 'SQL', proficiency: 2 },
        { kind: 'skill', name: 'sql ', proficiency: 3 },
      ],
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.issues[0].path).toBe('body.skills[1].name');
  });
});

describe('editing time off', () => {
  it('lets the person and their manager change it, keeps the days in order and shows outsiders "away"', async () => {
    const boss = await server.signIn('tpm_manager');
    const lead = await server.signIn('tpm', { name: 'Lee Lead' });
    const dev = await server.signIn('tpm', { name: 'Dee Dev' });
    const peer = await server.signIn('tpm', { name: 'Pat Peer' });
    expect(
      (await boss.patch(`/api/people/${dev.user.id}`, { version: 1, managerId: lead.user.id }))
        .status,
    ).toBe(200);
    const { body: off } = await dev.post(`/api/people/${dev.user.id}/time-off`, {
      from: '2027-03-01',
      to: '2027-03-05',
      kind: 'vacation',
      note: 'Ski trip',
    });

    const byDev = await dev.patch(`/api/time-off/${off.id}`, { version: 1, to: '2027-03-08' });
    expect(byDev.status).toBe(200);
    expect(byDev.body).toMatchObject({
      from: '2027-03-01',
      to: '2027-03-08',
      kind: 'vacation',
      note: 'Ski trip',
      version: 2,
    });
    const byLead = await lead.patch(`/api/time-off/${off.id}`, {
      version: 2,
      kind: 'sick',
      note: '',
    });
    expect(byLead.body).toMatchObject({ kind: 'sick', note: '', to: '2027-03-08', version: 3 });

    const reversed = await dev.patch(`/api/time-off/${off.id}`, { version: 3, from: '2027-03-09' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.issues[0]).toMatchObject({ path: 'body.from', code: 'invalid' });
    const stale = await dev.patch(`/api/time-off/${off.id}`, { version: 1, note: 'x' });
    expect(stale.status).toBe(409);
    const unknown = await dev.patch(`/api/time-off/${off.id}`, { version: 3, reason: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0]).toMatchObject({
      path: 'body.reason',
      code: 'unknown_property',
    });
    const refused = await peer.patch(`/api/time-off/${off.id}`, { version: 3, note: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');

    const seenByPeer = (await peer.get(`/api/people/${dev.user.id}`)).body.timeOff;
    expect(seenByPeer).toEqual([{ ...byLead.body, kind: 'away', note: '' }]);
    expect((await dev.get(`/api/people/${dev.user.id}`)).body.timeOff).toEqual([byLead.body]);
    expect(await server.auditActions('time_off', off.id)).toEqual(['create', 'update', 'update']);
  });
});
