import type { Queryable } from '../db/database.js';

/** An option as the demo lays it out; costs in the major unit. Fictional, as all demo data. */
interface DemoOption {
  name: string;
  pros: string;
  cons: string;
  cost: number | null;
}

const BUILD_OR_BUY: DemoOption[] = [
  {
    name: 'Build it in-house',
    pros: 'Fits our data model exactly',
    cons: 'Two engineers for a quarter',
    cost: 84000,
  },
  {
    name: 'Buy a hosted service',
    pros: 'Live in three weeks; vendor support',
    cons: 'Yearly licence; less control',
    cost: 36000,
  },
];
const CADENCE: DemoOption[] = [
  { name: 'Weekly meeting', pros: 'Fast feedback', cons: 'Costly in people’s time', cost: null },
  {
    name: 'Fortnightly written digest',
    pros: 'Async; leaves a record',
    cons: 'Slower',
    cost: null,
  },
];

/** One decision row and its options; returns its id. Dates are days from `today`. */
async function insertDemoDecision(
  tx: Queryable,
  today: string,
  row: {
    programId: string | null;
    title: string;
    context: string;
    options?: DemoOption[];
    decision?: string;
    chosenOption?: number;
    decidedById?: string | null;
    decidedDaysAgo?: number;
    status?: 'proposed' | 'decided';
    neededInDays: number;
  },
): Promise<string> {
  const decided = row.status === 'decided';
  const r = await tx.query<{ id: string }>(
    `INSERT INTO decisions (program_id, title, context, decision, chosen_option, decided_by_id,
                            decided_on, status, needed_by)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE $8::date - $7::int END,
             $9, $8::date + $10::int)
     RETURNING id`,
    [
      row.programId,
      row.title,
      row.context,
      row.decision ?? null,
      row.chosenOption ?? null,
      decided ? (row.decidedById ?? null) : null,
      decided ? (row.decidedDaysAgo ?? 0) : null,
      today,
      row.status ?? 'proposed',
      row.neededInDays,
    ],
  );
  const id = r.rows[0]!.id;
  for (const [position, o] of (row.options ?? []).entries())
    await tx.query(
      `INSERT INTO decision_options (decision_id, position, name, pros, cons, cost)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, position, o.name, o.pros, o.cons, o.cost],
    );
  return id;
}

/**
 * Each demo program's decision log: a build-or-buy decided with its options, a
 * status cadence decided and later superseded, and one decision still pending past
 * its needed-by date (linked to the program's first risk); plus one portfolio decision.
 */
export async function writeDemoDecisions(tx: Queryable, today: string): Promise<void> {
  const programs = await tx.query<{ id: string; owner_id: string | null; risk_id: string | null }>(
    `SELECT p.id, p.owner_id,
            (SELECT r.id FROM program_risks r WHERE r.program_id = p.id ORDER BY r.created_at, r.id LIMIT 1) AS risk_id
       FROM programs p ORDER BY p.name, p.id`,
  );
  for (const p of programs.rows) {
    await insertDemoDecision(tx, today, {
      programId: p.id,
      title: 'Build or buy the integration layer?',
      context: 'The partner feeds change every quarter; the team is already at capacity.',
      options: BUILD_OR_BUY,
      decision: 'Buy the hosted service and revisit at renewal.',
      chosenOption: 1,
      decidedById: p.owner_id,
      decidedDaysAgo: 24,
      status: 'decided',
      neededInDays: -21,
    });
    const weekly = await insertDemoDecision(tx, today, {
      programId: p.id,
      title: 'Status meeting every week',
      context: 'Stakeholders asked for a regular view of progress.',
      options: CADENCE,
      decision: 'Meet weekly with every workstream lead.',
      chosenOption: 0,
      decidedById: p.owner_id,
      decidedDaysAgo: 40,
      status: 'decided',
      neededInDays: -38,
    });
    const digest = await insertDemoDecision(tx, today, {
      programId: p.id,
      title: 'Replace the weekly meeting with a fortnightly digest',
      context: 'The weekly meeting repeated what the status report already said.',
      options: CADENCE,
      decision: 'Publish a written digest every other Friday.',
      chosenOption: 1,
      decidedById: p.owner_id,
      decidedDaysAgo: 7,
      status: 'decided',
      neededInDays: -5,
    });
    await tx.query(
      `UPDATE decisions SET status = 'superseded', superseded_by_id = $2 WHERE id = $1`,
      [weekly, digest],
    );
    const pending = await insertDemoDecision(tx, today, {
      programId: p.id,
      title: 'Hold the launch for the security review?',
      context: 'The review may not finish before the planned launch date.',
      options: [
        {
          name: 'Hold the launch',
          pros: 'No open findings at launch',
          cons: 'Slips two weeks',
          cost: 12000,
        },
        {
          name: 'Launch to a pilot group',
          pros: 'Keeps the date',
          cons: 'Findings fixed live',
          cost: 4000,
        },
      ],
      neededInDays: -3,
    });
    if (p.risk_id)
      await tx.query(
        'INSERT INTO decision_risks (decision_id, risk_id, position) VALUES ($1, $2, 0)',
        [pending, p.risk_id],
      );
  }
  await insertDemoDecision(tx, today, {
    programId: null,
    title: 'Freeze new program intake for the last quarter?',
    context: 'Three programs share the same platform team during the year-end change freeze.',
    options: [
      {
        name: 'Freeze intake',
        pros: 'Protects running programs',
        cons: 'Requests wait',
        cost: null,
      },
      {
        name: 'Accept with later starts',
        pros: 'Nothing is refused',
        cons: 'Longer queue',
        cost: null,
      },
    ],
    neededInDays: 14,
  });
}
