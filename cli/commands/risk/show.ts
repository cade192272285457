import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';

/** One risk of the register; `--json` prints it as the API returns it. */
export function riskShowCommand(io: CliIo): Command {
  const command = new Command('show').description('show one risk').argument('<id>', 'risk id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const risk = await call(url, client.GET('/api/risks/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, risk);
    const delay =
      risk.delayOptimisticHours === null && risk.delayPessimisticHours === null
        ? `${risk.delayHours} h`
        : `${risk.delayOptimisticHours ?? risk.delayHours} / ${risk.delayHours} / ${risk.delayPessimisticHours ?? risk.delayHours} h`;
    io.out(
      renderFields([
        ['Risk', `${risk.title} (${risk.id})`],
        ['Program', `${risk.programName} (${risk.programId})`],
        ['Status', risk.status],
        ['Category', risk.category],
        ['Owner', orDash(risk.ownerName)],
        ['Score', `${risk.score} (likelihood ${risk.likelihood} × impact ${risk.impact})`],
        ['Probability', String(risk.probability)],
        ['Delay', delay],
        ['Tasks', String(risk.taskIds.length)],
        ['Cost', orDash(risk.cost)],
        ['Response', orDash(risk.response)],
        ['Mitigation', orDash(risk.mitigation)],
        ['Mitigation due', orDash(risk.mitigationDueDate)],
        ['Contingency', orDash(risk.contingency)],
        ['Trigger', orDash(risk.trigger)],
        ['Proximity', orDash(risk.proximityDate)],
        ['Review', orDash(risk.reviewDate)],
        ['Occurred', orDash(risk.occurredAt)],
        ['Closed', orDash(risk.closedAt)],
        ['Version', String(risk.version)],
      ]),
    );
    if (risk.description) io.out(`\n${risk.description}\n`);
  });
}
