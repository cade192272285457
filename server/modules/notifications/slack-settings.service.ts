import type { SlackSettings } from '../../../contracts/notification.schema.js';
import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';

const OWNERS = {
  program: { table: 'programs', label: 'Program' },
  team: { table: 'teams', label: 'Team' },
} as const;

/**
 * Where a program's or a team's events go in Slack: one incoming-webhook URL. The
 * URL is a secret (anyone holding it may post), so it is audited as set or cleared,
 * never copied into the audit log.
 */
export function createSlackSettingsService(db: Database) {
  return {
    async get(owner: keyof typeof OWNERS, id: string): Promise<SlackSettings> {
      const { table, label } = OWNERS[owner];
      const r = await db.query<{ url: string | null }>(
        `SELECT slack_webhook_url AS url FROM ${table} WHERE id = $1`,
        [id],
      );
      if (!r.rows[0]) throw new NotFoundError(label, id);
      return { slackWebhookUrl: r.rows[0].url };
    },
    async set(
      ctx: RequestContext,
      owner: keyof typeof OWNERS,
      id: string,
      settings: SlackSettings,
    ): Promise<SlackSettings> {
      const { table, label } = OWNERS[owner];
      await db.transaction(async (tx) => {
        const r = await tx.query<{ url: string | null }>(
          `SELECT slack_webhook_url AS url FROM ${table} WHERE id = $1 FOR UPDATE`,
          [id],
        );
        if (!r.rows[0]) throw new NotFoundError(label, id);
        await tx.query(`UPDATE ${table} SET slack_webhook_url = $2 WHERE id = $1`, [
          id,
          settings.slackWebhookUrl,
        ]);
        await recordAudit(tx, ctx, {
          entityType: `${owner}_notification_settings`,
          entityId: id,
          action: 'update',
          before: { slackWebhook: r.rows[0].url ? 'set' : 'none' },
          after: { slackWebhook: settings.slackWebhookUrl ? 'set' : 'none' },
          programId: owner === 'program' ? id : null,
        });
      });
      return settings;
    },
  };
}
