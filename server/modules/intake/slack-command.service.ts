import { systemClock, type Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { SYSTEM_CONTEXT } from '../../request-context.js';
import { claimDelivery, linkDelivery } from './integration-delivery.repository.js';
import { findRequest, findRequestByNumber } from './request.repository.js';
import { createRequestInTx } from './request.service.js';
import { REQUEST_LIMITS } from '../../../contracts/intake.schema.js';

export interface SlackReply {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
}

const HELP =
  'Usage: `/tpm <title> | <problem and desired outcome>` files a request for the TPM team; `/tpm status <number>` tells where a request stands.';

/**
 * The slash command, after its signature was verified: `status N` answers the
 * state of request N; `help` (or nothing) explains; anything else files a
 * request. Replies are ephemeral (only the person who typed sees them).
 */
export function createSlackCommandService(db: Database, clock: Clock = systemClock) {
  return {
    async handle(
      form: URLSearchParams,
      links: { requestUrl: (id: string) => string },
    ): Promise<SlackReply> {
      const text = (form.get('text') ?? '').trim();
      const userName = form.get('user_name') || form.get('user_id') || 'someone on Slack';
      if (text === '' || /^help$/i.test(text)) return { response_type: 'ephemeral', text: HELP };

      const status = /^status\s+#?(\S+)$/i.exec(text);
      if (status) {
        const ref = status[1]!;
        const row = /^\d{1,9}$/.test(ref)
          ? await findRequestByNumber(db, Number(ref))
          : /^[0-9a-f-]{36}$/i.test(ref)
            ? await findRequest(db, ref)
            : null;
        if (!row) return { response_type: 'ephemeral', text: `No request ${ref}.` };
        const who = row.assignee_name ? `, picked up by ${row.assignee_name}` : '';
        const why = row.state_reason ? ` (${row.state_reason})` : '';
        return {
          response_type: 'ephemeral',
          text: `Request #${row.number} "${row.title}" is ${row.state}${why}${who}. ${links.requestUrl(row.id)}`,
        };
      }

      const [titlePart, ...rest] = text.split('|');
      const title =
        titlePart!.trim().slice(0, REQUEST_LIMITS.title) || text.slice(0, REQUEST_LIMITS.title);
      const triggerId = form.get('trigger_id');
      const created = await db.transaction(async (tx) => {
        // Slack does not resend slash commands, but a proxy might: the trigger id names one invocation.
        if (triggerId && !(await claimDelivery(tx, 'slack', triggerId))) return null;
        const row = await createRequestInTx(
          tx,
          SYSTEM_CONTEXT,
          {
            title,
            problem: rest.join('|').trim().slice(0, REQUEST_LIMITS.text),
            source: 'slack',
            requesterId: null,
            createdAt: clock(),
            requesterName: `@${userName}`,
            requesterTimeZone: null,
            slack: {
              userId: form.get('user_id') ?? '',
              channelId: form.get('channel_id') ?? '',
              responseUrl: form.get('response_url') ?? '',
            },
          },
          `Slack: @${userName}`,
        );
        if (triggerId) await linkDelivery(tx, 'slack', triggerId, row.id);
        return row;
      });
      if (!created) return { response_type: 'ephemeral', text: 'This request was already filed.' };
      return {
        response_type: 'ephemeral',
        text: `Thanks! Request #${created.number} "${created.title}" is in the TPM queue; a TPM responds within one working day. ${links.requestUrl(created.id)}`,
      };
    },
  };
}
