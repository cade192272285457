import type { ChangeRequestImpact } from '../../contracts/change-request.schema.js';
import type { ForecastSummary } from '../../contracts/forecast.schema.js';
import { PERCENTILE_METHOD } from '../../engine/forecasting/forecast-result.js';
import type { Queryable } from '../db/database.js';
import type { HistoryForecast, HistoryProgram } from './demo-history-plan.js';

const endOf = (day: string) => `${day}T17:00:00`;
const ITERATIONS = 2000;

/** A stored run's summary with the P-dates it gave; the parts not needed for accuracy are empty. */
function forecastSummary(
  f: HistoryForecast,
  program: HistoryProgram,
  milestoneIds: string[],
): ForecastSummary {
  const percentiles = (
    [
      [50, f.finish.p50],
      [80, f.finish.p80],
      [95, f.finish.p95],
    ] as const
  ).map(([p, day]) => ({ p, finish: endOf(day), low: endOf(day), high: endOf(day) }));
  return {
    iterations: ITERATIONS,
    percentileMethod: PERCENTILE_METHOD,
    deterministicFinish: endOf(program.targetDate),
    finish: { mean: endOf(f.finish.p50), sdMinutes: 2400, percentiles },
    sCurve: percentiles.map(({ p, finish }) => ({ p, finish })),
    histogram: [],
    probabilityOfTarget: null,
    milestones: f.milestones.map((m) => ({
      id: milestoneIds[m.index]!,
      name: program.milestones[m.index]!.name,
      p50: endOf(m.p50),
      p80: endOf(m.p80),
      p95: endOf(m.p95),
    })),
    tasks: [],
    sensitivity: [],
    tornado: [],
    cost: null,
    jointConfidence: [],
    diagnostics: [],
  };
}

/** The forecasts run while the program ran: early (a third in) and late (two thirds in). */
export async function writeHistoryForecasts(
  tx: Queryable,
  programId: string,
  program: HistoryProgram,
  milestoneIds: string[],
  requestedBy: string,
): Promise<void> {
  for (const [i, f] of program.forecasts.entries())
    await tx.query(
      `INSERT INTO forecasts (program_id, status, progress, iterations, seed, requested_by, requested_at,
                              started_at, finished_at, result)
       VALUES ($1, 'succeeded', 1, $2, $3, $4, $5::timestamptz, $5::timestamptz,
               $5::timestamptz + interval '20 seconds', $6)`,
      [
        programId,
        ITERATIONS,
        1000 + i,
        requestedBy,
        `${f.on}T16:00:00Z`,
        JSON.stringify(forecastSummary(f, program, milestoneIds)),
      ],
    );
}

function impact(
  program: HistoryProgram,
  decidedOn: string,
  budget: { before: number; after: number },
  finishDeltaWorkingDays: number,
): ChangeRequestImpact {
  return {
    finish: { before: endOf(program.targetDate), after: endOf(program.targetDate) },
    finishDeltaWorkingDays,
    milestones: [],
    p80: { before: null, after: null },
    targetDate: program.targetDate,
    targetProbability: { before: null, after: null },
    pCurve: { before: [], after: [] },
    forecast: { iterations: ITERATIONS, seed: 7, distribution: 'triangular' },
    cost: { before: null, after: null },
    budget,
    overAllocations: [],
    newlyCritical: [],
    computedAt: `${decidedOn}T15:00:00.000Z`,
    planHash: `demo-history-${decidedOn}`,
  };
}

/**
 * What was decided while the program ran: two approved budget changes (scope
 * the sponsor asked for), and on the programs that slipped a rejected one.
 */
export async function writeHistoryChangeRequests(
  tx: Queryable,
  programId: string,
  program: HistoryProgram,
  milestoneIds: string[],
  ownerId: string,
): Promise<void> {
  const budget = program.spec.budgetCents;
  const late = program.milestones.some((m) => m.slipDays > 0);
  const requests = [
    {
      title: 'Add a contingency for the second phase',
      reason: 'The first milestone showed more site work than planned.',
      on: program.milestones[0]!.planned,
      status: 'approved',
      before: budget,
      after: Math.round(budget * 1.05),
      delta: 0,
    },
    {
      title: 'Fund the extra training sessions',
      reason: 'The sponsor asked for sessions on every shift.',
      on: program.milestones[1]!.tasks[1]!.plannedStart,
      status: 'approved',
      before: Math.round(budget * 1.05),
      after: Math.round(budget * 1.1),
      delta: 0,
    },
    ...(late
      ? [
          {
            title: 'Move the last milestone out a week',
            reason: 'The late work would fit if the final milestone moved.',
            on: program.milestones[1]!.achieved,
            status: 'rejected',
            before: Math.round(budget * 1.1),
            after: Math.round(budget * 1.1),
            delta: 5,
          },
        ]
      : []),
  ];
  for (const [i, r] of requests.entries()) {
    const changes =
      r.status === 'rejected'
        ? [
            {
              kind: 'move_milestone',
              milestoneId: milestoneIds[2],
              date: program.milestones[2]!.achieved,
            },
          ]
        : [{ kind: 'change_budget', budgetCents: r.after }];
    await tx.query(
      `INSERT INTO change_requests (program_id, number, title, reason, requested_by_id, changes, status,
                                    decision_reason, decided_by_id, decided_at, impact, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $5, $9::timestamptz, $10, $9::timestamptz - interval '2 days',
               $9::timestamptz)`,
      [
        programId,
        i + 1,
        r.title,
        r.reason,
        ownerId,
        JSON.stringify(changes),
        r.status,
        r.status === 'approved' ? 'Agreed at the steering meeting.' : 'Hold the date; add people.',
        `${r.on}T15:00:00Z`,
        JSON.stringify(impact(program, r.on, { before: r.before, after: r.after }, r.delta)),
      ],
    );
  }
}
