import type { Command } from 'commander';
import { call } from '../../connection.js';
import type { FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';

const TARGET_FLAGS: readonly FieldFlag[] = [
  { field: 'target', kind: 'number', description: 'the value aimed at' },
  { field: 'green', kind: 'number', description: 'green at or beyond this value' },
  { field: 'amber', kind: 'number', description: 'amber at or beyond this value, short of green' },
];

/** `waymark kpi target ID --target … --green … --amber …` (TPM managers and admins). */
export function kpiTargetCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'KPI',
    description: "change a KPI's target and thresholds; the others stay (TPM managers and admins)",
    flags: TARGET_FLAGS,
    read: async ({ url, client }, id) => {
      const target = await call(
        url,
        client.GET('/api/kpis/{id}/target', { params: { path: { id } } }),
      );
      return { what: `KPI target of ${id}`, version: target.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/kpis/{id}/target', { params: { path: { id } }, body }),
    done: (t) =>
      `Updated the target: ${t.target} (green ${t.green}, amber ${t.amber}), now version ${t.version}`,
  }).name('target');
}
