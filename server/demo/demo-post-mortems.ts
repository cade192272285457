import { buildPostMortemTimeline } from '../../engine/reporting/post-mortem-timeline.js';
import type { Queryable } from '../db/database.js';
import { readTimelineFacts } from '../modules/post-mortems/post-mortem-history.repository.js';
import { readTemplate } from '../modules/post-mortems/post-mortem.repository.js';
import { sectionsFromTemplate } from '../modules/post-mortems/post-mortem-rules.js';

/** The demo's most advanced program looks back on its first phase. Fictional, as all demo data. */
const PROGRAM = 'Payments Platform Migration';

/**
 * One published post-mortem, its timeline stored from the history the demo wrote
 * before it (so run it after the schedules and change requests).
 */
export async function writeDemoPostMortems(tx: Queryable, now: Date): Promise<void> {
  const program = await tx.query<{ id: string; owner_id: string | null; start: string }>(
    `SELECT id, owner_id, coalesce(start_date, created_at::date)::text AS start
       FROM programs WHERE name = $1`,
    [PROGRAM],
  );
  const p = program.rows[0];
  if (!p) return;
  const members = await tx.query<{ user_id: string }>(
    'SELECT user_id FROM program_members WHERE program_id = $1 AND user_id <> $2 ORDER BY user_id LIMIT 3',
    [p.id, p.owner_id],
  );
  const sections = sectionsFromTemplate((await readTemplate(tx)).sections).map((s) =>
    s.id === 'doDifferently'
      ? {
          ...s,
          items: [
            {
              text: 'Book the card networks’ certification slots before the build starts',
              category: 'vendors',
            },
            {
              text: 'Run the reconciliation job against production volumes every sprint',
              category: 'testing',
            },
          ],
        }
      : s,
  );
  const timeline = buildPostMortemTimeline(await readTimelineFacts(tx, p.id));
  await tx.query(
    `INSERT INTO post_mortems (program_id, title, status, period_from, period_to, went_well,
                               did_not_go_well, root_causes, sections, facilitator_id,
                               participant_ids, timeline, published_at, published_by_id)
     VALUES ($1, $2, 'published', $3::date, $4::date, $5, $6, $7, $8, $9, $10, $11, $12, $9)`,
    [
      p.id,
      'Payments migration: first phase',
      p.start,
      now.toISOString().slice(0, 10),
      JSON.stringify([
        {
          text: 'Dual-running the old and new ledgers caught every rounding difference early',
          category: 'testing',
        },
        {
          text: 'Weekly written status kept finance and support aligned',
          category: 'communication',
        },
      ]),
      JSON.stringify([
        {
          text: 'Card network certification took three weeks longer than planned',
          category: 'vendors',
        },
        { text: 'Settlement reports were specified late', category: 'scope' },
      ]),
      JSON.stringify([
        {
          text: 'Certification lead time was estimated from memory, not from the network’s calendar',
          category: 'estimation',
        },
        { text: 'Finance joined the program after the design was fixed', category: 'stakeholders' },
      ]),
      JSON.stringify(sections),
      p.owner_id,
      members.rows.map((m) => m.user_id),
      JSON.stringify(timeline),
      now,
    ],
  );
}
