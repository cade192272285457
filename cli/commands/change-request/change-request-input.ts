import { readFile } from 'node:fs/promises';
import type { paths } from '../../../contracts/api-client.js';
import { CliError } from '../../errors.js';

export type ChangeRequestBody =
  paths['/api/programs/{id}/change-requests']['post']['requestBody']['content']['application/json'];
export type PlanChanges = ChangeRequestBody['changes'];
export type ChangeRequestView =
  paths['/api/change-requests/{id}']['get']['responses'][200]['content']['application/json'];

/**
 * The changes of `--change '{"kind": …}'` (repeatable, in order) or of
 * `--changes-file F.json` (a JSON array); undefined when neither is given.
 * Only JSON is checked here: the server checks each change as its direct edit.
 */
export async function changesFromOptions(options: {
  change?: string[];
  changesFile?: string;
}): Promise<PlanChanges | undefined> {
  if (options.change?.length && options.changesFile)
    throw CliError.usage('Give either --change (repeatable) or --changes-file, not both');
  if (options.changesFile) {
    let text: string;
    try {
      text = await readFile(options.changesFile, 'utf8');
    } catch {
      throw CliError.usage(`changes-file: cannot read ${options.changesFile}`);
    }
    const parsed = parseJson(text, 'changes-file');
    if (!Array.isArray(parsed))
      throw CliError.usage('changes-file: must hold a JSON array of changes');
    return parsed as PlanChanges;
  }
  if (!options.change?.length) return undefined;
  return options.change.map((text, i) => parseJson(text, `change ${i + 1}`)) as PlanChanges;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw CliError.usage(
      `${what}: is not JSON, e.g. '{"kind":"update_task","taskId":"…","estimateHours":80}'`,
    );
  }
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** `2026-11-09T17:00:00` → `9 Nov 2026`; null → `–`. */
export function readableDay(localDateTime: string | null | undefined): string {
  if (!localDateTime) return '–';
  const [y, m, d] = localDateTime.slice(0, 10).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** `+3 wd`, `-2 wd`, `0`: a delta in working days. */
export function readableDelta(days: number): string {
  return days === 0 ? '0' : `${days > 0 ? '+' : ''}${days} wd`;
}
