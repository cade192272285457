import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('headcount plan', () => {
  it('compares demand with staff and roles per quarter, the gap as a number', async () => {
    const boss = await server.signIn('tpm_manager');
    const admin = await server.signIn('admin');
    const ladder = (await boss.get('/api/career-ladder')).body;
    const senior = ladder.levels.find((l: { key: string }) => l.key === 'senior');
    // Two TPMs on the ladder: one full time, one at 0.5.
    for (const capacity of [1, 0.5]) {
      const p = await server.signIn('tpm');
      await admin.patch(`/api/people/${p.user.id}`, { version: 1, levelId: senior.id, capacity });
    }
    const program = (await boss.post('/api/programs', { name: 'Atlas' })).body;
    const need = (q: string, fte: number, programId: string | null) =>
      boss.post('/api/headcount/needs', {
        quarter: q,
        source: programId ? 'program' : 'intake',
        programId,
        fte,
      });
    expect((await need('FY2027-Q1', 2, program.id)).status).toBe(201);
    await need('FY2027-Q2', 3, program.id);
    await need('FY2027-Q2', 1, null);
    const role = await boss.post('/api/headcount/roles', {
      title: 'Senior TPM, payments',
      quarter: 'FY2027-Q2',
      levelId: senior.id,
      trackId: ladder.tracks[0].id,
      status: 'open',
    });
    expect(role.status).toBe(201);
    expect(role.body).toMatchObject({ levelName: senior.name, grade: 7, status: 'open' });

    const plan = (await boss.get('/api/headcount?fiscalYear=FY2027')).body;
    expect(
      plan.quarters.map(
        (q: { quarter: string; demandFte: number; staffFte: number; gapFte: number }) => [
          q.quarter,
          q.demandFte,
          q.staffFte,
          q.gapFte,
        ],
      ),
    ).toEqual([
      ['FY2027-Q1', 2, 1.5, 0.5],
      ['FY2027-Q2', 4, 1.5, 1.5],
      ['FY2027-Q3', 0, 1.5, -2.5],
      ['FY2027-Q4', 0, 1.5, -2.5],
    ]);
    expect(plan.totals).toMatchObject({ rolesOpen: 1, peakGapFte: 1.5 });

    const filled = await boss.patch(`/api/headcount/roles/${role.body.id}`, {
      version: 1,
      status: 'filled',
    });
    expect(filled.status).toBe(200);
    expect(await server.auditActions('headcount_role', role.body.id)).toEqual(['create', 'update']);
  });

  it('refuses a program need without a program, a bad quarter, and tpm writers', async () => {
    const boss = await server.signIn('tpm_manager');
    const tpm = await server.signIn('tpm');
    const noProgram = await boss.post('/api/headcount/needs', {
      quarter: 'FY2027-Q1',
      source: 'program',
      fte: 1,
    });
    expect(noProgram.status).toBe(400);
    expect(noProgram.body.error.issues[0].path).toBe('body.programId');
    const badQuarter = await boss.post('/api/headcount/roles', { title: 'x', quarter: '2027-Q1' });
    expect(badQuarter.status).toBe(400);
    expect(badQuarter.body.error.issues[0].path).toBe('body.quarter');
    expect(
      (await tpm.post('/api/headcount/roles', { title: 'x', quarter: 'FY2027-Q1' })).status,
    ).toBe(403);
  });

  it("counts the intake queue's accepted requests as demand by their size, until a program takes them", async () => {
    const boss = await server.signIn('tpm_manager');
    const before = (await boss.get('/api/headcount?fiscalYear=FY2028')).body.quarters;
    // Set up through SQL: an accepted L request (1 FTE for three quarters from FY2027-Q4) and one already a program.
    const program = (await boss.post('/api/programs', { name: 'Taken over' })).body;
    await server.db.query(
      `INSERT INTO intake_requests (title, source, requester_name, size_guess, state, triaged_at, program_id)
       VALUES ('Data retention', 'web', 'Riley', 'l', 'accepted', '2026-12-15T12:00:00Z', NULL),
              ('Already running', 'web', 'Riley', 'xl', 'accepted', '2026-12-15T12:00:00Z', $1)`,
      [program.id],
    );
    const after = (await boss.get('/api/headcount?fiscalYear=FY2028')).body.quarters;
    expect(
      after.map(
        (q: { intakeDemandFte: number }, i: number) =>
          q.intakeDemandFte - before[i].intakeDemandFte,
      ),
    ).toEqual([1, 1, 0, 0]);
  });
});

describe('editing a staffing need', () => {
  it('changes only the fields named, keeps source and program paired, and refuses a tpm', async () => {
    const boss = await server.signIn('tpm_manager');
    const program = (await boss.post('/api/programs', { name: 'Needs staff' })).body;
    const { body: need } = await boss.post('/api/headcount/needs', {
      quarter: 'FY2027-Q2',
      source: 'program',
      programId: program.id,
      description: 'Two more TPMs',
      fte: 2,
    });
    const updated = await boss.patch(`/api/headcount/needs/${need.id}`, { version: 1, fte: 2.5 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      quarter: 'FY2027-Q2',
      programId: program.id,
      description: 'Two more TPMs',
      fte: 2.5,
      version: 2,
    });
    const toIntake = await boss.patch(`/api/headcount/needs/${need.id}`, {
      version: 2,
      source: 'intake',
      programId: null,
    });
    expect(toIntake.body).toMatchObject({ source: 'intake', programId: null, version: 3 });

    // Program source without a program: refused, naming the field, nothing written.
    const unpaired = await boss.patch(`/api/headcount/needs/${need.id}`, {
      version: 3,
      source: 'program',
      fte: 9,
    });
    expect(unpaired.status).toBe(400);
    expect(unpaired.body.error.issues[0]).toMatchObject({ path: 'body.programId' });
    const stale = await boss.patch(`/api/headcount/needs/${need.id}`, { version: 1, fte: 3 });
    expect(stale.status).toBe(409);
    const unknown = await boss.patch(`/api/headcount/needs/${need.id}`, { version: 3, owner: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0]).toMatchObject({
      path: 'body.owner',
      code: 'unknown_property',
    });
    const tpm = await server.signIn('tpm');
    expect(
      (await tpm.patch(`/api/headcount/needs/${need.id}`, { version: 3, fte: 1 })).status,
    ).toBe(403);

    const plan = (await boss.get('/api/headcount?fiscalYear=FY2027')).body;
    expect(plan.needs.find((n: { id: string }) => n.id === need.id)).toEqual(toIntake.body);
    expect(await server.auditActions('staffing_need', need.id)).toEqual([
      'create',
      'update',
      'update',
    ]);
  });
});

describe('reading one role or need', () => {
  it('answers a role and a need as the plan lists them, 404 when unknown; a hidden program goes unnamed', async () => {
    const boss = await server.signIn('tpm_manager');
    const role = (
      await boss.post('/api/headcount/roles', { title: 'TPM II', quarter: 'FY2027-Q4' })
    ).body;
    const read = await boss.get(`/api/headcount/roles/${role.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(role);
    const program = (
      await boss.post('/api/programs', { name: 'Quiet program', visibility: 'members' })
    ).body;
    const need = (
      await boss.post('/api/headcount/needs', {
        quarter: 'FY2027-Q4',
        source: 'program',
        programId: program.id,
        description: 'One TPM',
        fte: 1,
      })
    ).body;
    expect((await boss.get(`/api/headcount/needs/${need.id}`)).body).toEqual(need);
    const tpm = await server.signIn('tpm');
    expect((await tpm.get(`/api/headcount/needs/${need.id}`)).body).toMatchObject({
      programId: null,
      programName: 'Members-only program',
      description: '',
      fte: 1,
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of [`/api/headcount/roles/${unknown}`, `/api/headcount/needs/${unknown}`]) {
      const r = await boss.get(path);
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe('not_found');
    }
  });
});
