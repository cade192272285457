import type { IntakeRequest, RequestUpdate } from '../../../contracts/intake.schema.js';
import { systemClock, type Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import { recordRequestEvent } from './request-event.repository.js';
import { findRequest } from './request.repository.js';
import { isTriager, loadSlaSettings, OPEN_STATES, updateRequestInTx } from './request.service.js';
import { toIntakeRequest } from './request-sla.js';

const REQUEST_COLUMNS: Record<string, string> = {
  title: 'title',
  problem: 'problem',
  desiredOutcome: 'desired_outcome',
  businessValue: 'business_value',
  teams: 'teams',
  tags: 'tags',
  links: 'links',
  deadline: 'deadline',
  sizeGuess: 'size_guess',
};

/**
 * Changing what a request says (not its state: that is triage). Its requester may, while
 * it is open (new or acknowledged); a TPM may at any time. Someone else's request does not
 * exist for a requester (404), as when reading it. One history line and one audit row.
 */
export function createRequestEditService(db: Database, clock: Clock = systemClock) {
  return {
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: RequestUpdate,
    ): Promise<IntakeRequest> {
      const changes = columnChanges(input, REQUEST_COLUMNS);
      const fields = Object.keys(input).filter((k) => k !== 'version');
      if (fields.length === 0)
        throw ValidationError.field('body', 'empty', 'names nothing to change');
      const row = await db.transaction(async (tx) => {
        const seen = await findRequest(tx, id);
        const triager = isTriager(ctx);
        if (!seen || (!triager && seen.requester_id !== ctx.actor?.id))
          throw new NotFoundError('Request', id);
        const { after } = await updateRequestInTx(tx, ctx, id, version, changes, (r) => {
          if (!triager && !OPEN_STATES.includes(r.state))
            throw ValidationError.field(
              'body',
              'closed',
              `The request is ${r.state}; once triaged, only a TPM can change it.`,
            );
        });
        await recordRequestEvent(tx, ctx, id, {
          kind: 'edited',
          toState: after.state,
          note: `changed ${fields.join(', ')}`,
        });
        return after;
      });
      const sight = await programSight(db, ctx.actor, row.program_id ? [row.program_id] : []);
      const request = toIntakeRequest(row, await loadSlaSettings(db), clock().getTime());
      return request.programId === null || sight.canRead(request.programId)
        ? request
        : { ...request, programId: null };
    },
  };
}
export type RequestEditService = ReturnType<typeof createRequestEditService>;
