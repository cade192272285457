import { Command, InvalidArgumentError } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type Comparison =
  paths['/api/programs/{id}/baselines/compare']['get']['responses'][200]['content']['application/json'];
type Variance = Comparison['items'][number];
type CompareQuery = NonNullable<
  paths['/api/programs/{id}/baselines/compare']['get']['parameters']['query']
>;

const WORKDAY_MINUTES = 480;

/** Working minutes as `+1d 2h 30m` (a day is 8 working hours); `0` when equal, `-` when unknown. */
export function formatWorkingMinutes(minutes: number | null): string {
  if (minutes === null) return '-';
  if (minutes === 0) return '0';
  const sign = minutes > 0 ? '+' : '-';
  let rest = Math.round(Math.abs(minutes));
  const days = Math.floor(rest / WORKDAY_MINUTES);
  rest -= days * WORKDAY_MINUTES;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', mins ? `${mins}m` : ''];
  return sign + parts.filter(Boolean).join(' ');
}

function formatHours(hours: number | null): string {
  if (hours === null) return '-';
  return hours > 0 ? `+${hours}h` : `${hours}h`;
}

const COLUMNS: readonly Column<Variance>[] = [
  { header: 'ITEM', value: (v) => v.name, maxWidth: 40 },
  { header: 'KIND', value: (v) => v.kind },
  { header: 'FINISH', value: (v) => formatWorkingMinutes(v.finishVarianceMinutes) },
  { header: 'START', value: (v) => formatWorkingMinutes(v.startVarianceMinutes) },
  { header: 'DURATION', value: (v) => formatWorkingMinutes(v.durationVarianceMinutes) },
  { header: 'COST', value: (v) => formatHours(v.costVarianceHours) },
  { header: 'NOW FINISHES', value: (v) => orDash(v.toFinish) },
];

function sideLabel(side: Comparison['from']): string {
  return side.kind === 'current' ? 'the current schedule' : `baseline "${side.name}"`;
}

/** The table: items whose finish slipped, largest slip first, then a line counting the rest. */
export function renderComparison(comparison: Comparison, limit: number): string {
  const { from, to } = comparison;
  const lines = [
    `From ${sideLabel(from)} to ${sideLabel(to)} (working time; a day is 8 h; + = later)`,
    `Program finish: ${from.finish} -> ${to.finish} (${formatWorkingMinutes(comparison.finishVarianceMinutes)})`,
    '',
  ];
  const slipped = comparison.items.filter((v) => (v.finishVarianceMinutes ?? 0) > 0);
  const earlier = comparison.items.filter((v) => (v.finishVarianceMinutes ?? 0) < 0).length;
  const added = comparison.items.filter((v) => v.presence === 'added').length;
  const removed = comparison.items.filter((v) => v.presence === 'removed').length;
  let text = lines.join('\n') + '\n';
  if (slipped.length === 0) text += 'No item finishes later.\n';
  else {
    text += renderTable(COLUMNS, slipped.slice(0, limit));
    if (slipped.length > limit)
      text += `... and ${slipped.length - limit} more that finish later (--limit, or --json for all)\n`;
  }
  const rest = [
    earlier ? `${earlier} finish earlier` : '',
    added ? `${added} added` : '',
    removed ? `${removed} removed` : '',
  ].filter(Boolean);
  if (rest.length) text += `${rest.join(', ')}.\n`;
  return text;
}

function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return n;
}

export function baselineCompareCommand(io: CliIo): Command {
  const command = new Command('compare')
    .description(
      'compare two baselines, or a baseline and the current schedule (the largest slips; --json for all)',
    )
    .requiredOption('--program <id>', 'program id')
    .option('--from <id|current>', 'baseline id or "current" (default: the latest baseline)')
    .option('--to <id|current>', 'baseline id or "current" (default: current)')
    .option('--limit <n>', 'rows in the table (default 10)', positiveInteger, 10);
  addJsonOption(command);
  return command.action(
    async (options: {
      program: string;
      from?: string;
      to?: string;
      limit: number;
      json?: boolean;
    }) => {
      const query: CompareQuery = {};
      if (options.from !== undefined) query.from = options.from;
      if (options.to !== undefined) query.to = options.to;
      const { url, client } = await connect(io);
      const comparison = await call(
        url,
        client.GET('/api/programs/{id}/baselines/compare', {
          params: { path: { id: options.program }, query },
        }),
      );
      if (options.json) return printJson(io, comparison);
      io.out(renderComparison(comparison, options.limit));
    },
  );
}
