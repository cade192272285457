import type { Queryable } from '../db/database.js';

/** `today` + `days`, YYYY-MM-DD (the demo's dates are relative to the day it is seeded). */
function dayAfter(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The register fields of the two forecast risks every demo program has (demo-forecasts.ts). */
const ENRICHED: Record<string, Register> = {
  'Vendor delivers late': {
    category: 'vendor',
    status: 'mitigating',
    response: 'mitigate',
    impact: 4,
    description: 'The hardware vendor has missed two of its last five delivery dates.',
    mitigation: 'Order a week earlier and agree a penalty for late delivery.',
    mitigationDueInDays: 10,
    contingency: 'Borrow units from the staging pool until the order arrives.',
    trigger: 'No shipping notice five working days before the delivery date.',
    proximityInDays: 30,
    reviewInDays: 7,
  },
  'Security review asks for rework': {
    category: 'compliance',
    status: 'open',
    response: 'accept',
    impact: 3,
    description: 'The review board may ask for changes late, after the design is built.',
    mitigation: 'Walk the board through the design before the build starts.',
    mitigationDueInDays: 14,
    contingency: 'Plan one week of rework in the last phase.',
    trigger: 'Review findings rated high.',
    proximityInDays: 45,
    reviewInDays: 14,
  },
};

interface Register {
  category: string;
  status: 'open' | 'mitigating' | 'occurred' | 'closed';
  response: string | null;
  impact: number;
  description: string;
  mitigation: string | null;
  mitigationDueInDays: number | null;
  contingency: string | null;
  trigger: string | null;
  proximityInDays: number | null;
  reviewInDays: number;
}

/** More risks per program, without schedule impact: a register is more than forecast inputs. */
const EXTRA: readonly (Register & { title: string; probability: number; onProgram: number[] })[] = [
  {
    title: 'Key engineer leaves mid-program',
    probability: 0.15,
    category: 'resource',
    status: 'closed',
    response: 'mitigate',
    impact: 4,
    description: 'One engineer holds most of the knowledge of the legacy integration.',
    mitigation: 'Pair a second engineer on every change to the integration.',
    mitigationDueInDays: -20,
    contingency: 'Bring in the platform team for the remaining integration work.',
    trigger: null,
    proximityInDays: null,
    reviewInDays: 30,
    onProgram: [0, 1, 2, 3],
  },
  {
    title: 'Pilot users ask for more scope',
    probability: 0.6,
    category: 'scope',
    status: 'occurred',
    response: 'avoid',
    impact: 3,
    description: 'Pilot feedback has already produced requests outside the charter.',
    mitigation: 'Route every new request through change control.',
    mitigationDueInDays: -5,
    contingency: 'Defer the extra requests to the next release.',
    trigger: 'More than five new feature requests from the pilot.',
    proximityInDays: 0,
    reviewInDays: 3,
    onProgram: [0, 2],
  },
  {
    title: 'Budget cut in the next planning round',
    probability: 0.35,
    category: 'budget',
    status: 'open',
    response: 'transfer',
    impact: 5,
    description: 'Finance signalled that discretionary spend will be reviewed.',
    mitigation: 'Show the business case to the sponsor before the planning round.',
    mitigationDueInDays: 21,
    contingency: 'Drop the optional reporting workstream.',
    trigger: 'The planning round starts without a sponsor decision.',
    proximityInDays: 60,
    reviewInDays: 21,
    onProgram: [1, 3],
  },
  {
    title: 'Test environment is shared with another program',
    probability: 0.8,
    category: 'technical',
    status: 'mitigating',
    response: 'mitigate',
    impact: 2,
    description: 'Two programs test on the same environment in the same weeks.',
    mitigation: 'Agree a booking calendar for the environment.',
    mitigationDueInDays: 5,
    contingency: 'Rent a temporary environment.',
    trigger: 'A booking clash in the calendar.',
    proximityInDays: 14,
    reviewInDays: 7,
    onProgram: [0, 1, 2, 3],
  },
];

/**
 * The demo's risk register: owners (the program's members in turn), categories,
 * responses, mitigations with due dates and review dates on the forecast risks,
 * plus a few more per program, some occurred and some closed. Fictional, as all
 * demo data. Runs after seedDemoForecastInputs.
 */
export async function writeDemoRisks(tx: Queryable, today: string, now: Date): Promise<void> {
  const programs = (
    await tx.query<{ id: string; owners: string[] }>(
      `SELECT p.id, array_remove(array_agg(m.user_id ORDER BY m.role, m.user_id), NULL) AS owners
         FROM programs p LEFT JOIN program_members m ON m.program_id = p.id
        GROUP BY p.id ORDER BY p.name, p.id`,
    )
  ).rows;
  const set = async (id: string, r: Register, owner: string | null) => {
    const stamp = new Date(now.getTime() - 3 * 86_400_000);
    await tx.query(
      `UPDATE program_risks SET category = $2, status = $3, response = $4, impact = $5,
              description = $6, mitigation = $7, mitigation_due_date = $8, contingency = $9,
              trigger_event = $10, proximity_date = $11, review_date = $12, owner_id = $13,
              occurred_at = $14, closed_at = $15
        WHERE id = $1`,
      [
        id,
        r.category,
        r.status,
        r.response,
        r.impact,
        r.description,
        r.mitigation,
        r.mitigationDueInDays === null ? null : dayAfter(today, r.mitigationDueInDays),
        r.contingency,
        r.trigger,
        r.proximityInDays === null ? null : dayAfter(today, r.proximityInDays),
        dayAfter(today, r.reviewInDays),
        owner,
        r.status === 'occurred' ? stamp : null,
        r.status === 'closed' ? stamp : null,
      ],
    );
  };
  for (const [index, program] of programs.entries()) {
    const ownerAt = (k: number) =>
      program.owners.length ? program.owners[k % program.owners.length]! : null;
    const existing = await tx.query<{ id: string; title: string }>(
      'SELECT id, title FROM program_risks WHERE program_id = $1 ORDER BY title, id',
      [program.id],
    );
    let k = 0;
    for (const risk of existing.rows) {
      const register = ENRICHED[risk.title];
      if (register) await set(risk.id, register, ownerAt(k++));
    }
    for (const extra of EXTRA.filter((e) => e.onProgram.includes(index % 4))) {
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO program_risks (program_id, title, probability, delay_hours)
         VALUES ($1, $2, $3, 0) RETURNING id`,
        [program.id, extra.title, extra.probability],
      );
      await set(inserted.rows[0]!.id, extra, ownerAt(k++));
    }
  }
}
