import type { Queryable } from '../db/database.js';

/** Two risks per program, on its two open tasks due last (near the finish). Fictional, as all demo data. */
const DEMO_RISKS = [
  { title: 'Vendor delivers late', probability: 0.3, delayHours: 40, cost: 15000 },
  { title: 'Security review asks for rework', probability: 0.2, delayHours: 24, cost: null },
] as const;

/**
 * What the forecast needs on top of the plans: a three-point estimate on every
 * open task with an estimate (optimistic 80%, pessimistic 150–300% of the
 * likely one, varied by name so that tasks differ), a blended hourly rate on
 * every task with an estimate (90–150, varied by name; done ones too, as their
 * cost counts), and two risks per program.
 */
export async function seedDemoForecastInputs(tx: Queryable): Promise<void> {
  await tx.query(
    `UPDATE tasks
        SET estimate_optimistic_hours = round(estimate_hours * 0.8, 2),
            estimate_pessimistic_hours = round(estimate_hours * (1.5 + (abs(hashtext(name)) % 16) / 10.0), 2)
      WHERE estimate_hours IS NOT NULL AND state IN ('todo', 'in_progress', 'blocked')`,
  );
  await tx.query(
    `UPDATE tasks SET cost_per_hour = 90 + (abs(hashtext(name)) % 5) * 15
      WHERE estimate_hours IS NOT NULL`,
  );
  const largest = await tx.query<{ program_id: string; id: string; rank: number }>(
    `SELECT program_id, id, rank FROM (
       SELECT program_id, id,
              row_number() OVER (PARTITION BY program_id ORDER BY due_date DESC NULLS LAST, name, id)::int AS rank
         FROM tasks WHERE estimate_hours IS NOT NULL AND state IN ('todo', 'in_progress', 'blocked')
     ) ranked WHERE rank <= $1 ORDER BY program_id, rank`,
    [DEMO_RISKS.length],
  );
  for (const row of largest.rows) {
    const risk = DEMO_RISKS[row.rank - 1]!;
    await tx.query(
      `INSERT INTO program_risks (program_id, title, probability, delay_hours, cost, task_ids)
       VALUES ($1, $2, $3, $4, $5, ARRAY[$6::uuid])`,
      [row.program_id, risk.title, risk.probability, risk.delayHours, risk.cost, row.id],
    );
  }
}
