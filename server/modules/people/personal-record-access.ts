import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../request-context.js';

/**
 * Who may see a person's personal record: their assessments, promotion readiness, and the
 * kind and note of their time off. The one place that decides it, so every page, list and
 * export agrees: the person themself, anyone above them in the reporting line (manager,
 * manager's manager, …), any TPM manager and any admin. Everyone else sees dates only.
 */

/** Roles that look after everyone's career and leave, whatever the reporting line. */
function seesEveryone(actor: Actor | null): boolean {
  return actor?.role === 'admin' || actor?.role === 'tpm_manager';
}

/** Whether `actor` may see the personal record of `personId`. */
export async function canSeePersonalRecord(
  db: Queryable,
  actor: Actor | null,
  personId: string,
): Promise<boolean> {
  if (!actor) return false;
  if (seesEveryone(actor) || actor.id === personId) return true;
  // Walk up from the person; UNION (not UNION ALL) stops on a reporting loop.
  const r = await db.query(
    `WITH RECURSIVE above (id) AS (
       SELECT manager_id FROM users WHERE id = $1 AND manager_id IS NOT NULL
       UNION
       SELECT u.manager_id FROM above a JOIN users u ON u.id = a.id WHERE u.manager_id IS NOT NULL)
     SELECT 1 FROM above WHERE id = $2`,
    [personId, actor.id],
  );
  return (r.rowCount ?? 0) > 0;
}

/** The people whose personal records `actor` may see, for filtering a list in one query. */
export interface PersonalRecordAudience {
  /** True for admins and TPM managers: every record, present and future. */
  everyone: boolean;
  /** Without `everyone`: the actor and everyone below them in the reporting line. */
  personIds: ReadonlySet<string>;
}

export async function personalRecordAudience(
  db: Queryable,
  actor: Actor | null,
): Promise<PersonalRecordAudience> {
  if (!actor) return { everyone: false, personIds: new Set() };
  if (seesEveryone(actor)) return { everyone: true, personIds: new Set() };
  const r = await db.query<{ id: string }>(
    `WITH RECURSIVE below (id) AS (
       SELECT id FROM users WHERE manager_id = $1
       UNION
       SELECT u.id FROM below b JOIN users u ON u.manager_id = b.id)
     SELECT id FROM below`,
    [actor.id],
  );
  return { everyone: false, personIds: new Set([actor.id, ...r.rows.map((x) => x.id)]) };
}

export function audienceIncludes(audience: PersonalRecordAudience, personId: string): boolean {
  return audience.everyone || audience.personIds.has(personId);
}
