import type { Ajv } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** The years a date may name: plans, forecasts and schedules all stay well inside them. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

function yearWithinLimits(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return /^\d{4}-/.test(text) && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

function validatorOf(format: unknown): (text: string) => boolean {
  const definition = format as { validate: RegExp | ((text: string) => boolean) };
  const check = definition.validate;
  return typeof check === 'function' ? check : (text) => check.test(text);
}

/**
 * `date` and `date-time` as ajv-formats checks them (real calendar days), and in
 * years 1900-2200: year 1 or 9999 is always a typo or an attack, and a plan that
 * starts there would schedule or forecast past year 9999, which no date type writes.
 */
export function addBoundedDateFormats(ajv: Ajv): void {
  for (const name of ['date', 'date-time'] as const) {
    const full = validatorOf(fullFormats[name]);
    ajv.addFormat(name, {
      type: 'string',
      validate: (text) => yearWithinLimits(text) && full(text),
    });
  }
}
