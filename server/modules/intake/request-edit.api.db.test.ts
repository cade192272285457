import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('PATCH /api/requests/:id', () => {
  it('its requester edits it while open, names only what changes; others cannot; a TPM can after triage', async () => {
    const requester = await server.signIn('stakeholder');
    const { body: created } = await requester.post('/api/requests', {
      title: 'Launch in the EU',
      problem: 'Five teams',
      tags: ['infra'],
    });
    const edited = await requester.patch(`/api/requests/${created.id}`, {
      version: created.version,
      title: 'Launch in the EU region',
      deadline: '2027-06-30',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Launch in the EU region',
      problem: 'Five teams',
      tags: ['infra'],
      deadline: '2027-06-30',
      version: created.version + 1,
    });
    const detail = (await requester.get(`/api/requests/${created.id}`)).body;
    expect(detail.events.at(-1)).toMatchObject({ kind: 'edited', note: 'changed title, deadline' });
    expect(await server.auditActions('intake_request', created.id)).toEqual(['create', 'update']);

    // A stale version changes nothing.
    const stale = await requester.patch(`/api/requests/${created.id}`, {
      version: created.version,
      title: 'Other',
    });
    expect(stale.status).toBe(409);
    const bad = await requester.patch(`/api/requests/${created.id}`, {
      version: edited.body.version,
      title: '',
      links: ['not a link'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.links[0]',
      'body.title',
    ]);

    // Someone else's request does not exist for another requester.
    const other = await server.signIn('stakeholder');
    const hidden = await other.patch(`/api/requests/${created.id}`, {
      version: edited.body.version,
      title: 'Mine now',
    });
    expect(hidden.status).toBe(404);

    // Once triaged, only a TPM changes it.
    const manager = await server.signIn('tpm');
    const triaged = await manager.post(`/api/requests/${created.id}/triage`, {
      version: edited.body.version,
      action: 'decline',
      reason: 'Not this quarter',
    });
    expect(triaged.status, JSON.stringify(triaged.body)).toBe(200);
    const late = await requester.patch(`/api/requests/${created.id}`, {
      version: triaged.body.version,
      title: 'Please reconsider',
    });
    expect(late.status).toBe(400);
    expect(late.body.error.message).toMatch(/declined; once triaged, only a TPM can change it/);
    const byTpm = await manager.patch(`/api/requests/${created.id}`, {
      version: triaged.body.version,
      sizeGuess: 'xl',
    });
    expect(byTpm.status).toBe(200);
    expect(byTpm.body.sizeGuess).toBe('xl');
  });
});
