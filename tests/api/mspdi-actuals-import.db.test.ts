import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLocalDateTime } from '../../engine/calendar/local-time.js';
import { mspdiDoc, mspdiTask } from '../../interchange/testing/mspdi-test-doc.js';
import { readMspdi } from '../../interchange/mspdi/index.js';
import type { ApiClient } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * An MS Project file's actuals and status date reach the program through the import (HTTP),
 * its split tasks are named in the import warnings, and the export writes the actuals back.
 */

let server: TestServer;
let tpm: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  tpm = await server.signIn('tpm');
});
afterAll(async () => {
  await server?.close();
});

async function post(path: string, text: string): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/xml', cookie: tpm.auth.cookie!, origin: server.url },
    body: text,
  });
  return { status: response.status, body: await response.json() };
}

const FILE = mspdiDoc(
  [
    mspdiTask(
      1,
      '<PercentComplete>100</PercentComplete><ActualStart>2027-01-04T08:00:00</ActualStart><ActualFinish>2027-01-05T17:00:00</ActualFinish><Duration>PT16H0M0S</Duration>',
    ),
    mspdiTask(
      2,
      '<PercentComplete>25</PercentComplete><ActualStart>2027-01-06T08:00:00</ActualStart><RemainingDuration>PT30H0M0S</RemainingDuration>' +
        '<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink>',
    ),
    mspdiTask(
      3,
      '<Stop>2027-01-05T17:00:00</Stop><Resume>2027-01-07T08:00:00</Resume><ActualStart>2027-01-04T08:00:00</ActualStart><RemainingDuration>PT24H0M0S</RemainingDuration>',
    ),
    mspdiTask(
      4,
      '<Baseline><Number>0</Number><Start>2027-01-11T08:00:00</Start><Finish>2027-01-15T17:00:00</Finish><Duration>PT40H0M0S</Duration></Baseline>',
    ),
  ].join(''),
  '<StatusDate>2027-01-06T17:00:00</StatusDate>',
);

describe('importing an MSPDI file with actuals', () => {
  it('keeps actual dates, % complete, remaining hours and the status date, and names the split task', async () => {
    const r = await post('/api/programs/import?format=mspdi&name=Actuals', FILE);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    // MS Project's status date is the last instant reported (the 6th, 17:00); Waymark's the
    // first day not reported.
    expect(r.body.statusDate).toBe('2027-01-07');
    expect(r.body.importWarnings).toContainEqual({
      at: 'Task[UID=3]',
      field: 'file',
      message: 'Split task: its parts are imported as one task (Waymark does not split tasks)',
    });

    const tasks = (await tpm.get(`/api/programs/${r.body.id}/tasks`)).body.items as any[];
    const byUid = new Map(tasks.map((t) => [t.uid, t]));
    expect(byUid.get(1)).toMatchObject({
      actualStart: '2027-01-04T08:00:00',
      actualFinish: '2027-01-05T17:00:00',
      percentComplete: 100,
      state: 'done',
    });
    expect(byUid.get(2)).toMatchObject({
      actualStart: '2027-01-06T08:00:00',
      actualFinish: null,
      percentComplete: 25,
      remainingHours: 30,
      state: 'in_progress',
    });
    expect(byUid.get(4)).toMatchObject({ actualStart: null, percentComplete: 0 });

    // Exported, the actuals and the status date come back as the file had them.
    const exported = await fetch(`${server.url}/api/programs/${r.body.id}/export?format=mspdi`, {
      headers: { cookie: tpm.auth.cookie! },
    });
    expect(exported.status).toBe(200);
    const back = readMspdi(await exported.text());
    const original = readMspdi(FILE);
    const progress = (read: typeof back) =>
      Object.fromEntries(read.input.tasks.map((t) => [t.uid, t.progress ?? null]));
    expect(progress(back)).toEqual(progress(original));
    // Written as the start of the first unreported day: the same instant of reporting.
    expect(formatLocalDateTime(back.input.statusDate!)).toBe('2027-01-07T00:00:00');

    // Baseline 0 became a baseline of the program, and the export writes it back as Baseline 0.
    const baselines = (await tpm.get(`/api/programs/${r.body.id}/baselines`)).body.items as any[];
    expect(baselines.map((b) => b.name)).toEqual(['Baseline 0 (from the file)']);
    const saved = (await tpm.get(`/api/baselines/${baselines[0].id}`)).body;
    expect(saved.schedule.items).toEqual([
      expect.objectContaining({
        id: byUid.get(4).id,
        earlyStart: '2027-01-11T08:00:00',
        earlyFinish: '2027-01-15T17:00:00',
        durationMinutes: 2400,
      }),
    ]);
    expect(back.baseline).toEqual([
      {
        taskId: '4',
        start: original.baseline![0]!.start,
        finish: original.baseline![0]!.finish,
        durationMinutes: 2400,
      },
    ]);
  });
});
