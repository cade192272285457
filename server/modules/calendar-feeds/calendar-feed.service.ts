import { systemClock, type Clock } from '../../clock/clock.js';
import { milestoneCalendar, type CalendarMilestone } from '../../../interchange/icalendar/index.js';
import type { Database, Queryable } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import { hashSecret, newSecret } from '../auth/secret-token.js';
import type { ScheduleService } from '../schedules/schedule.service.js';

/**
 * iCalendar feeds of milestones at secret URLs (`/api/feeds/<token>.ics`).
 *
 * - A program feed: the program's milestones.
 * - A person feed: the milestones the user owns, taken as the milestones that
 *   (a) have at least one task owned by the user (tasks.milestone_id), or
 *   (b) belong to a workstream the user leads. Across all programs.
 * - Each milestone is an all-day event on its dueDate, or, without one, on the
 *   date the program's computed schedule puts it (early finish); UID
 *   `milestone-<id>@waymark` so clients update rather than duplicate.
 * - Creating a feed again rotates its token: only the newest URL works. Only the
 *   token's SHA-256 is stored; the URL is returned once.
 */
export function createCalendarFeedService(
  db: Database,
  schedules: ScheduleService,
  clock: Clock = systemClock,
) {
  async function rotate(
    tx: Queryable,
    subject: { column: 'program_id' | 'user_id'; id: string },
    createdBy: string | null,
  ) {
    const token = newSecret('wmcal');
    const r = await tx.query<{ created_at: Date }>(
      `INSERT INTO calendar_feeds (token_hash, ${subject.column}, created_by) VALUES ($1, $2, $3)
       ON CONFLICT (${subject.column}) WHERE ${subject.column} IS NOT NULL
       DO UPDATE SET token_hash = EXCLUDED.token_hash, created_by = EXCLUDED.created_by, created_at = now()
       RETURNING created_at`,
      [hashSecret(token), subject.id, createdBy],
    );
    return { token, createdAt: r.rows[0]!.created_at.toISOString() };
  }

  async function milestoneEvents(
    rows: {
      id: string;
      name: string;
      due_date: string | null;
      program_id: string;
      program_name: string;
    }[],
  ): Promise<CalendarMilestone[]> {
    const scheduled = new Map<string, string>();
    for (const programId of new Set(rows.filter((m) => !m.due_date).map((m) => m.program_id))) {
      const schedule = await schedules.get(programId);
      for (const item of schedule.items)
        if (item.kind === 'milestone') scheduled.set(item.id, item.earlyFinish.slice(0, 10));
    }
    return rows.flatMap((m) => {
      const date = m.due_date ?? scheduled.get(m.id);
      if (!date) return [];
      return [
        {
          uid: `milestone-${m.id}@waymark`,
          title: m.name,
          description: `${m.program_name}${m.due_date ? '' : ' (scheduled date)'}`,
          date,
        },
      ];
    });
  }

  return {
    async rotateProgramFeed(ctx: RequestContext, programId: string) {
      return db.transaction(async (tx) => {
        const p = await tx.query('SELECT 1 FROM programs WHERE id = $1 FOR KEY SHARE', [programId]);
        if (p.rowCount === 0) throw new NotFoundError('Program', programId);
        const feed = await rotate(
          tx,
          { column: 'program_id', id: programId },
          ctx.actor?.id ?? null,
        );
        await recordAudit(tx, ctx, {
          entityType: 'program',
          entityId: programId,
          action: 'calendar_feed_rotate',
          before: null,
          after: { createdAt: feed.createdAt },
        });
        return feed;
      });
    },
    async rotatePersonFeed(ctx: RequestContext, userId: string) {
      return db.transaction(async (tx) => {
        const feed = await rotate(tx, { column: 'user_id', id: userId }, ctx.actor?.id ?? null);
        await recordAudit(tx, ctx, {
          entityType: 'user',
          entityId: userId,
          action: 'calendar_feed_rotate',
          before: null,
          after: { createdAt: feed.createdAt },
        });
        return feed;
      });
    },
    /** The feed's text for a token, or NotFound (an unknown or rotated token). */
    async render(token: string): Promise<string> {
      const feed = (
        await db.query<{ program_id: string | null; user_id: string | null }>(
          'SELECT program_id, user_id FROM calendar_feeds WHERE token_hash = $1',
          [hashSecret(token)],
        )
      ).rows[0];
      if (!feed) throw new NotFoundError('Calendar feed', 'at this URL');
      const select = `SELECT m.id, m.name, m.due_date, m.program_id, p.name AS program_name
                        FROM milestones m JOIN programs p ON p.id = m.program_id`;
      if (feed.program_id) {
        const program = await db.query<{ name: string }>(
          'SELECT name FROM programs WHERE id = $1',
          [feed.program_id],
        );
        const rows = await db.query<Parameters<typeof milestoneEvents>[0][number]>(
          `${select} WHERE m.program_id = $1 ORDER BY m.due_date NULLS LAST, m.name, m.id`,
          [feed.program_id],
        );
        return milestoneCalendar({
          name: `${program.rows[0]!.name} milestones`,
          milestones: await milestoneEvents(rows.rows),
          now: clock(),
        });
      }
      const user = await db.query<Actor>('SELECT id, email, name, role FROM users WHERE id = $1', [
        feed.user_id,
      ]);
      const rows = await db.query<Parameters<typeof milestoneEvents>[0][number]>(
        `${select}
          WHERE EXISTS (SELECT 1 FROM tasks t WHERE t.milestone_id = m.id AND t.owner_id = $1)
             OR EXISTS (SELECT 1 FROM workstreams w WHERE w.id = m.workstream_id AND w.lead_id = $1)
          ORDER BY m.due_date NULLS LAST, m.name, m.id`,
        [feed.user_id],
      );
      // The feed speaks for its person: only milestones of programs they may see.
      const sight = await programSight(
        db,
        user.rows[0] ?? null,
        rows.rows.map((m) => m.program_id),
      );
      return milestoneCalendar({
        name: `${user.rows[0]!.name}'s milestones`,
        milestones: await milestoneEvents(rows.rows.filter((m) => sight.canRead(m.program_id))),
        now: clock(),
      });
    },
  };
}
export type CalendarFeedService = ReturnType<typeof createCalendarFeedService>;
