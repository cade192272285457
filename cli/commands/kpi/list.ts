import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable, type Column } from '../../output.js';
import { KPI_QUERY_FLAGS, kpiValueText } from './kpi-format.js';

type KpiRow =
  paths['/api/kpis']['get']['responses'][200]['content']['application/json']['items'][number];
type KpiQuery = NonNullable<paths['/api/kpis']['get']['parameters']['query']>;

const COLUMNS: readonly Column<KpiRow>[] = [
  { header: 'ID', value: (k) => k.id },
  { header: 'KPI', value: (k) => k.name, maxWidth: 44 },
  { header: 'VALUE', value: (k) => kpiValueText(k.value, k.unit) },
  { header: 'TARGET', value: (k) => kpiValueText(k.target.target, k.unit) },
  { header: 'RAG', value: (k) => k.rag },
  { header: 'COUNT', value: (k) => String(k.count) },
];

/** `waymark kpi list`: every KPI over the programs you can see. */
export function kpiListCommand(io: CliIo): Command {
  const command = new Command('list').description(
    'every KPI: value, target and RAG over the period (default: the last four fiscal quarters)',
  );
  addFieldOptions(command, KPI_QUERY_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(KPI_QUERY_FLAGS, options) as KpiQuery;
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/kpis', { params: { query } }));
    if (options.json) return printJson(io, list);
    io.out(`KPIs from ${list.from} to ${list.to}\n`);
    io.out(renderTable(COLUMNS, list.items));
  });
}
