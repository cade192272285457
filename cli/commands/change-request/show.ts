import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderFields, renderTable } from '../../output.js';
import { readableDay, readableDelta, type ChangeRequestView } from './change-request-input.js';

const percent = (p: number | null) => (p === null ? '–' : `${Math.round(p * 100)}%`);
const money = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-US'));

/** The impact side by side: before, after, and the difference. */
export function renderImpact(cr: ChangeRequestView): string {
  const impact = cr.impact;
  if (!impact) return 'No impact computed.\n';
  type Line = { what: string; before: string; after: string; delta: string };
  const lines: Line[] = [
    {
      what: 'Finish (CPM)',
      before: readableDay(impact.finish.before),
      after: readableDay(impact.finish.after),
      delta: readableDelta(impact.finishDeltaWorkingDays),
    },
    ...impact.milestones.map((m) => ({
      what: `  ${m.name}`,
      before: readableDay(m.before),
      after: readableDay(m.after),
      delta: readableDelta(m.deltaWorkingDays),
    })),
    {
      what: 'P80',
      before: readableDay(impact.p80.before),
      after: readableDay(impact.p80.after),
      delta: '',
    },
    {
      what: `Chance of target${impact.targetDate ? ` (${readableDay(impact.targetDate)})` : ''}`,
      before: percent(impact.targetProbability.before),
      after: percent(impact.targetProbability.after),
      delta: '',
    },
    { what: 'Cost', before: money(impact.cost.before), after: money(impact.cost.after), delta: '' },
    {
      what: 'Budget',
      before: money(impact.budget.before === null ? null : impact.budget.before / 100),
      after: money(impact.budget.after === null ? null : impact.budget.after / 100),
      delta: '',
    },
  ];
  let text = renderTable(
    [
      { header: 'IMPACT', value: (l: Line) => l.what, maxWidth: 40 },
      { header: 'BEFORE', value: (l: Line) => l.before },
      { header: 'AFTER', value: (l: Line) => l.after },
      { header: 'CHANGE', value: (l: Line) => l.delta },
    ],
    lines,
  );
  text += impact.newlyCritical.length
    ? `Newly critical: ${impact.newlyCritical.map((t) => t.name).join(', ')}\n`
    : 'Newly critical: none\n';
  text += impact.overAllocations.length
    ? `Newly over-allocated: ${impact.overAllocations.map((o) => `${o.name} week of ${readableDay(o.week)} (${o.hours} h of ${o.capacityHours} h)`).join('; ')}\n`
    : 'Newly over-allocated: nobody\n';
  return text;
}

export function changeRequestShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('a change request and its impact (recomputed when the plan changed)')
    .argument('<id>', 'change request id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const cr = await call(
      url,
      client.GET('/api/change-requests/{id}', { params: { path: { id } } }),
    );
    if (options.json) return printJson(io, cr);
    io.out(
      renderFields([
        ['Change request', `${cr.label} ${cr.title}`],
        ['Status', cr.status],
        ['Reason', cr.reason],
        ['Requested by', cr.requestedByName ?? '–'],
        ['Changes', cr.changes.map((c) => c.kind).join(', ') || 'none'],
        ...(cr.decision
          ? ([
              ['Decision', `${cr.decision.outcome}: ${cr.decision.reason}`],
              ...(cr.decision.deferredUntil
                ? [['Deferred until', readableDay(cr.decision.deferredUntil)]]
                : []),
            ] as [string, string][])
          : []),
      ]),
    );
    io.out('\n' + renderImpact(cr));
  });
}
