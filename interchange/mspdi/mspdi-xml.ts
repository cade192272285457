import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseLocalDateTime, type LocalMinutes } from '../../engine/calendar/local-time.js';

/** Reading MSPDI's XML: the parser set-up and typed access to elements. */

export type Node = Record<string, unknown>;

export const ARRAYS = new Set([
  'Calendar',
  'WeekDay',
  'WorkingTime',
  'Exception',
  'WorkWeek',
  'Task',
  'PredecessorLink',
  'Resource',
  'Assignment',
  'TimephasedData',
  'ExtendedAttribute',
  'Baseline',
  'OutlineCode',
  'Value',
]);

/** Where an XML file stops being well-formed (the parser itself reads on past it). */
export interface XmlSyntaxProblem {
  line: number;
  message: string;
}

/** Null when the text is well-formed XML; else its first problem and line. */
export function xmlSyntaxProblem(xml: string): XmlSyntaxProblem | null {
  const result = XMLValidator.validate(xml);
  return result === true ? null : { line: result.err.line, message: result.err.msg };
}

export function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  });
}

export function child(node: unknown, key: string): Node | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const v = (node as Node)[key];
  if (Array.isArray(v)) return v[0] as Node | undefined;
  return v !== null && typeof v === 'object' ? (v as Node) : undefined;
}

export function list(node: unknown, key: string): Node[] {
  if (node === null || typeof node !== 'object') return [];
  const v = (node as Node)[key];
  if (Array.isArray(v)) return v.filter((x): x is Node => x !== null && typeof x === 'object');
  return v !== null && typeof v === 'object' ? [v as Node] : [];
}

export function text(node: unknown, key: string): string | null {
  if (node === null || typeof node !== 'object') return null;
  const v = (node as Node)[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

export function int(node: unknown, key: string): number | null {
  const t = text(node, key);
  if (t === null || t.trim() === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export function flag(node: unknown, key: string): boolean | null {
  const t = text(node, key);
  if (t === null) return null;
  return t === '1' || t.toLowerCase() === 'true';
}

/** `HH:MM:SS` → minutes from midnight. */
export function timeOfDay(t: string | null): number | null {
  if (t === null) return null;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(t.trim());
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

export function date(t: string | null): LocalMinutes | null {
  if (t === null || t.trim() === '') return null;
  // Drop fractional seconds and any zone suffix: MSPDI dates are floating local time.
  const clean = t.trim().replace(/(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/, '');
  const minutes = parseLocalDateTime(clean);
  // Keep the seconds (MS Project writes them for fractional durations, and so does writeMspdi).
  const seconds = /T\d{2}:\d{2}:(\d{2})$/.exec(clean);
  return minutes !== null && seconds && seconds[1] !== '00'
    ? minutes + Number(seconds[1]) / 60
    : minutes;
}
