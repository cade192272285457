import type { StatusReport } from '../../../contracts/status-report.schema.js';

const HEALTH_EMOJI = {
  green: ':large_green_circle:',
  amber: ':large_orange_circle:',
  red: ':red_circle:',
} as const;

/** Slack's mrkdwn treats these three as markup; data is escaped before it is sent. */
const slackText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Posts a short form of the report to a Slack incoming webhook; a refusal is an error. */
export async function deliverToSlack(webhookUrl: string, report: StatusReport): Promise<void> {
  const f = report.facts;
  const lines = [
    `${HEALTH_EMOJI[report.effectiveHealth]} *${slackText(report.title)}* (${report.effectiveHealth})`,
    slackText(report.summary),
    ...(f.milestones.slipped.length
      ? [
          `Slipped: ${f.milestones.slipped.map((m) => `${slackText(m.name)} (+${m.slipWorkingDays ?? 0}d)`).join(', ')}`,
        ]
      : []),
    ...(f.milestones.upcoming.length
      ? [
          `Upcoming: ${f.milestones.upcoming.map((m) => `${slackText(m.name)} ${m.date}`).join(', ')}`,
        ]
      : []),
    ...(report.asks ? [`Asks: ${slackText(report.asks)}`] : []),
  ];
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: lines.join('\n') }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok)
    throw new Error(`Slack answered ${response.status} to the status report delivery.`);
}
