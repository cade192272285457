import { Option, type Command } from 'commander';
import { CliError } from './errors.js';

/**
 * A flag that carries one field of a request body or query. Flags mirror the
 * API's fields (`budgetCents` -> `--budget-cents`) so that what the CLI accepts
 * is what the contract says; a few references read better short (`--workstream`
 * for `workstreamId`), and then the mirrored name still works as a hidden alias.
 */
export interface FieldFlag {
  /** The API field, camelCase. */
  field: string;
  description: string;
  /** Numbers are checked here, so that `--budget-cents 12k` fails before any request. */
  kind?: 'string' | 'number';
  /** A shorter flag name than the kebab-case of `field`. */
  flag?: string;
  /** The field may be unset: the word `none` sends null (`--workstream none`). */
  nullable?: boolean;
  /** Repeatable flags collect their values; `toValue` turns the list into the field's value. */
  repeatable?: boolean;
  toValue?: (values: string[]) => unknown;
}

export function kebabCase(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function flagNames(spec: FieldFlag): string[] {
  const mirrored = kebabCase(spec.field);
  return spec.flag && spec.flag !== mirrored ? [spec.flag, mirrored] : [mirrored];
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function attributeOf(flag: string): string {
  return new Option(`--${flag} <value>`).attributeName();
}

/** What the help shows after a flag: `--owner-id <id>`, `--due-date <date>`, `--limit <n>`. */
function placeholderOf(spec: FieldFlag): string {
  if (spec.kind === 'number') return 'n';
  if (/Id$/.test(spec.field)) return 'id';
  if (/Date$/.test(spec.field)) return 'date';
  return 'text';
}

export function addFieldOptions(command: Command, specs: readonly FieldFlag[]): Command {
  for (const spec of specs) {
    const [primary, ...aliases] = flagNames(spec);
    const placeholder = placeholderOf(spec);
    const option = new Option(
      `--${primary} <${placeholder}>`,
      spec.description +
        (spec.repeatable ? ' (repeatable)' : '') +
        (spec.nullable ? '; "none" unsets it' : ''),
    );
    if (spec.repeatable) option.argParser(collect);
    command.addOption(option);
    for (const alias of aliases) {
      const hidden = new Option(`--${alias} <${placeholder}>`).hideHelp();
      if (spec.repeatable) hidden.argParser(collect);
      command.addOption(hidden);
    }
  }
  return command;
}

/** A number as a person types it: digits, optional sign, decimals, exponent; not '', not '12k'. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads the given flags into an object keyed by API field. Only flags the user
 * gave appear, so the server's defaults apply to the rest. Every bad number is
 * reported, not just the first.
 */
export function fieldsFromOptions(
  specs: readonly FieldFlag[],
  options: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const spec of specs) {
    const given = flagNames(spec)
      .map((flag) => options[attributeOf(flag)])
      .filter((value) => value !== undefined);
    if (given.length === 0) continue;
    if (spec.repeatable) {
      const values = given.flatMap((value) => value as string[]);
      result[spec.field] = spec.toValue ? spec.toValue(values) : values;
      continue;
    }
    const text = String(given[given.length - 1]);
    if (spec.nullable && text === 'none') {
      result[spec.field] = null;
    } else if (spec.kind === 'number') {
      const value = parseNumber(text);
      if (value === null) problems.push(`${spec.field}: must be a number`);
      else result[spec.field] = value;
    } else {
      result[spec.field] = spec.toValue ? spec.toValue([text]) : text;
    }
  }
  if (problems.length > 0) throw CliError.usage(...problems);
  return result;
}
