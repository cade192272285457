import type { Command } from 'commander';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';
import { readAllocation } from './update.js';

export function allocationDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'allocation',
    consequence: "The person's time on it is free again.",
    read: (connection, id) => readAllocation(connection, id),
    remove: ({ client }, id, version) =>
      client.DELETE('/api/allocations/{id}', { params: { path: { id }, query: { version } } }),
  });
}
