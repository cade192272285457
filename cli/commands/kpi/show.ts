import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields, renderTable } from '../../output.js';
import { KPI_QUERY_FLAGS, kpiValueText } from './kpi-format.js';

type KpiQuery = NonNullable<paths['/api/kpis/{id}']['get']['parameters']['query']>;

/** `waymark kpi show ID`: value, target, RAG, the quarterly trend and the items behind it. */
export function kpiShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('one KPI: value, target, RAG, trend per fiscal quarter and the items behind it')
    .argument('<id>', 'KPI id, e.g. intake_sla_attainment');
  addFieldOptions(command, KPI_QUERY_FLAGS);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const query = fieldsFromOptions(KPI_QUERY_FLAGS, options) as KpiQuery;
    const { url, client } = await connect(io);
    const kpi = await call(url, client.GET('/api/kpis/{id}', { params: { path: { id }, query } }));
    if (options.json) return printJson(io, kpi);
    const text = (v: number | null) => kpiValueText(v, kpi.unit);
    io.out(
      renderFields([
        ['KPI', `${kpi.name} (${kpi.id})`],
        ['Period', `${kpi.from} to ${kpi.to}`],
        ['Value', `${text(kpi.value)} over ${kpi.count}`],
        ['RAG', kpi.rag],
        [
          'Target',
          `${text(kpi.target.target)} (green ${text(kpi.target.green)}, amber ${text(kpi.target.amber)}, ${kpi.direction.replaceAll('_', ' ')})`,
        ],
        ...kpi.figures.map((f): [string, string] => [f.label, kpiValueText(f.value, f.unit)]),
        ['Note', orDash(kpi.note)],
      ]),
    );
    io.out(`\n${kpi.definition}\n\nTrend\n`);
    io.out(
      renderTable(
        [
          { header: 'QUARTER', value: (t) => t.quarter },
          { header: 'FROM', value: (t) => t.from },
          { header: 'TO', value: (t) => t.to },
          { header: 'VALUE', value: (t) => text(t.value) },
          { header: 'COUNT', value: (t) => String(t.count) },
        ],
        kpi.trend,
      ),
    );
    if (kpi.items.length === 0) return io.out('\nNothing counted in the period.\n');
    io.out('\nItems\n');
    io.out(
      renderTable(
        [
          { header: 'COUNTS', value: (i) => i.counts },
          { header: 'DATE', value: (i) => orDash(i.date) },
          { header: 'ITEM', value: (i) => i.name, maxWidth: 40 },
          { header: 'PROGRAM', value: (i) => orDash(i.programName), maxWidth: 30 },
          { header: 'DETAIL', value: (i) => i.detail, maxWidth: 90 },
        ],
        kpi.items,
      ),
    );
  });
}
