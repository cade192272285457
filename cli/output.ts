import { Option, type Command } from 'commander';
import type { CliIo } from './io.js';

/** Every command has `--json`: it prints the API's response body unchanged, for scripts. */
export function addJsonOption(command: Command): Command {
  return command.addOption(new Option('--json', "print the API's response body as JSON"));
}

export function printJson(io: CliIo, body: unknown): void {
  io.out(`${JSON.stringify(body, null, 2)}\n`);
}

export interface Column<Row> {
  header: string;
  value(row: Row): string;
  /** Long free text gets cut so one row stays one line. */
  maxWidth?: number;
}

function cut(text: string, maxWidth: number | undefined): string {
  const oneLine = text.replace(/\s+/g, ' ');
  if (maxWidth === undefined || oneLine.length <= maxWidth) return oneLine;
  return `${oneLine.slice(0, Math.max(0, maxWidth - 1))}…`;
}

/** A plain, space-aligned table; no colours, so it survives pipes and logs. */
export function renderTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => cut(column.value(row), column.maxWidth)));
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((line) => line[i]!.length)),
  );
  const format = (line: string[]) =>
    line
      .map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(columns.map((column) => column.header)), ...cells.map(format)].join('\n') + '\n';
}

/** Key/value lines for one record, labels aligned. */
export function renderFields(fields: readonly [string, string][]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return (
    fields.map(([label, value]) => `${`${label}:`.padEnd(width + 1)} ${value}`).join('\n') + '\n'
  );
}

export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '-' : String(value);
}
