import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';

export function taskDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'task',
    consequence: 'Its dependencies go too.',
    async read({ url, client }, id) {
      const task = await call(url, client.GET('/api/tasks/{id}', { params: { path: { id } } }));
      return { what: `task "${task.name}" (${task.id})`, version: task.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/tasks/{id}', { params: { path: { id }, query: { version } } }),
  });
}
