import type { StatusReport } from '../../../contracts/status-report.schema.js';

/**
 * A report as a standalone document. Both forms come from one outline (sections of
 * headings, paragraphs, tables), so they say the same; HTML escapes every piece of
 * data, never building markup from it.
 */
type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; head: string[]; rows: string[][] };

const HEALTH_WORD = { green: 'Green', amber: 'Amber', red: 'Red' } as const;

function outline(report: StatusReport): Block[] {
  const f = report.facts;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${report.programName}, ${report.periodStart} to ${report.periodEnd}. ${report.status === 'published' && report.publishedAt ? `Published ${report.publishedAt.slice(0, 10)}${report.publishedByName ? ` by ${report.publishedByName}` : ''}.` : 'Draft.'}`,
    },
    { kind: 'heading', text: `Health: ${HEALTH_WORD[report.effectiveHealth]}` },
  ];
  if (report.healthOverride)
    blocks.push({
      kind: 'paragraph',
      text: `Set by the TPM (computed: ${HEALTH_WORD[report.health]}): ${report.healthOverride.reason}`,
    });
  blocks.push({
    kind: 'table',
    head: ['Rule', 'Level', 'Finding'],
    rows: f.healthReasons.map((r) => [r.rule, r.level ?? 'not assessed', r.message]),
  });
  if (report.summary)
    blocks.push({ kind: 'heading', text: 'Summary' }, { kind: 'paragraph', text: report.summary });
  if (report.asks)
    blocks.push({ kind: 'heading', text: 'Asks' }, { kind: 'paragraph', text: report.asks });
  const milestoneTable = (
    title: string,
    items: StatusReport['facts']['milestones']['completed'],
  ): Block[] => [
    { kind: 'heading', text: title },
    items.length
      ? {
          kind: 'table',
          head: ['Milestone', 'Date', 'Was', 'Slip (working days)'],
          rows: items.map((m) => [
            m.name,
            m.date,
            m.previousDate ?? '',
            m.slipWorkingDays ? String(m.slipWorkingDays) : '',
          ]),
        }
      : { kind: 'paragraph', text: 'None.' },
  ];
  blocks.push(
    ...milestoneTable('Completed milestones', f.milestones.completed),
    ...milestoneTable('Slipped milestones', f.milestones.slipped),
    ...milestoneTable('Upcoming milestones', f.milestones.upcoming),
  );
  const c = f.changes;
  blocks.push(
    { kind: 'heading', text: 'Forecast' },
    {
      kind: 'table',
      head: ['', 'Before', 'Now'],
      rows: [
        ['P50 finish', c.forecast.p50Before ?? '', c.forecast.p50After ?? ''],
        ['P80 finish', c.forecast.p80Before ?? '', c.forecast.p80After ?? ''],
        ['Scheduled finish', '', f.schedule.cpmFinish ?? ''],
        ['Target date', '', f.schedule.targetDate ?? ''],
      ],
    },
    { kind: 'heading', text: 'What changed' },
  );
  const changes: string[][] = [
    ...c.criticalPath.joined.map((i) => ['Joined the critical path', i.name]),
    ...c.criticalPath.left.map((i) => ['Left the critical path', i.name]),
    ...c.risks.opened.map((r) => ['New risk', r.title]),
    ...c.risks.changed.map((r) => ['Risk changed', `${r.title} (${r.from} to ${r.to})`]),
    ...c.risks.closed.map((r) => ['Risk closed', r.title]),
    ...c.issues.opened.map((i) => ['Issue opened', `${i.title} (${i.severity})`]),
    ...c.issues.closed.map((i) => ['Issue closed', i.title]),
    ...c.decisions.map((d) => ['Decision', `${d.title} (${d.decidedOn})`]),
    ...c.changeRequests.map((r) => [`CR-${r.number} ${r.status}`, r.title]),
    ...c.scope.added.map((i) => [`Added ${i.kind}`, i.name]),
    ...c.scope.removed.map((i) => [`Removed ${i.kind}`, i.name]),
  ];
  blocks.push(
    changes.length
      ? { kind: 'table', head: ['Change', 'What'], rows: changes }
      : { kind: 'paragraph', text: 'Nothing changed.' },
  );
  return blocks;
}

/** Markdown passes raw HTML through to its reader: brackets are escaped, never markup. */
const markdownText = (text: string) => text.replace(/[<>]/g, (c) => `\\${c}`);
const markdownCell = (text: string) =>
  markdownText(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function reportMarkdown(report: StatusReport): string {
  const lines = [`# ${markdownText(report.title)}`, ''];
  for (const b of outline(report)) {
    if (b.kind === 'heading') lines.push(`## ${markdownText(b.text)}`, '');
    else if (b.kind === 'paragraph') lines.push(markdownText(b.text), '');
    else
      lines.push(
        `| ${b.head.map(markdownCell).join(' | ')} |`,
        `|${b.head.map(() => ' --- |').join('')}`,
        ...b.rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`),
        '',
      );
  }
  return lines.join('\n');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
table{border-collapse:collapse;margin:0 0 1rem}th,td{border:1px solid #cbd2d9;padding:.3rem .6rem;text-align:left}
th{background:#f0f4f8}`;

export function reportHtml(report: StatusReport): string {
  const body = outline(report)
    .map((b) => {
      if (b.kind === 'heading') return `<h2>${escapeHtml(b.text)}</h2>`;
      if (b.kind === 'paragraph') return `<p>${escapeHtml(b.text)}</p>`;
      const head = b.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
      const rows = b.rows
        .map((r) => `<tr>${r.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('\n');
      return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
${body}
</body>
</html>
`;
}
