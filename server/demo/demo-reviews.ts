import type { Queryable } from '../db/database.js';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * Two reviews, cheap to write (their agendas are generated when read): a weekly
 * portfolio review on the weekday of `today`, and a fortnightly review of the first
 * program. Both start on `today` so the demo's next occurrence is today.
 */
export async function writeDemoReviews(tx: Queryable, today: string): Promise<void> {
  const weekday = WEEKDAYS[new Date(`${today}T00:00:00Z`).getUTCDay()]!;
  const program = (
    await tx.query<{ id: string; time_zone: string; owner_id: string | null }>(
      'SELECT id, time_zone, owner_id FROM programs ORDER BY name, id LIMIT 1',
    )
  ).rows[0];
  const insert = async (row: {
    title: string;
    scope: 'portfolio' | 'programs';
    time: string;
    timeZone: string;
    recurrence: string;
    createdBy: string | null;
  }) =>
    (
      await tx.query<{ id: string }>(
        `INSERT INTO reviews (title, scope, starts_on, time_of_day, duration_minutes, time_zone,
                              recurrence, created_by)
         VALUES ($1, $2, $3, $4, 60, $5, $6, $7) RETURNING id`,
        [row.title, row.scope, today, row.time, row.timeZone, row.recurrence, row.createdBy],
      )
    ).rows[0]!.id;
  await insert({
    title: 'Weekly portfolio review',
    scope: 'portfolio',
    time: '09:30',
    timeZone: 'America/Los_Angeles',
    recurrence: `FREQ=WEEKLY;BYDAY=${weekday}`,
    createdBy: null,
  });
  if (!program) return;
  const id = await insert({
    title: 'Program delivery review',
    scope: 'programs',
    time: '14:00',
    timeZone: program.time_zone,
    recurrence: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday}`,
    createdBy: program.owner_id,
  });
  await tx.query(
    'INSERT INTO review_programs (review_id, program_id, position) VALUES ($1, $2, 0)',
    [id, program.id],
  );
}
