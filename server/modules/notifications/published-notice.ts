import type { Queryable } from '../../db/database.js';
import { notify } from './notify.js';

/** Something of a program made public: a status report or a post-mortem. */
interface Published {
  subjectKind: 'status_report' | 'post_mortem';
  subjectId: string;
  programId: string;
  /** "The status report “Atlas status 2026-11-20” of Atlas was published." */
  message: string;
  link: string;
}

/**
 * Tells each person once that something naming them was published ("mentioned"),
 * in the transaction of the publishing, never the person who published it.
 */
export async function tellPublished(
  tx: Queryable,
  recipients: readonly (string | null)[],
  publisherId: string | null,
  p: Published,
): Promise<void> {
  const ids = new Set(recipients.filter((id): id is string => id !== null && id !== publisherId));
  for (const userId of ids)
    await notify(tx, {
      userId,
      kind: 'mentioned',
      message: p.message,
      subjectKind: p.subjectKind,
      subjectId: p.subjectId,
      programId: p.programId,
      link: p.link,
    });
}

/** The program's owner and members of every role: those a status report is written for. */
export async function programAudience(tx: Queryable, programId: string): Promise<string[]> {
  const r = await tx.query<{ user_id: string }>(
    `SELECT user_id FROM program_members WHERE program_id = $1
     UNION SELECT owner_id FROM programs WHERE id = $1 AND owner_id IS NOT NULL`,
    [programId],
  );
  return r.rows.map((row) => row.user_id);
}
