/**
 * Plain sentences for the error contract's issues. The server's error handler
 * writes them into `issue.message` (so API users, the web and the CLI all read the
 * same words); `path` and `code` stay as they were, since clients match on those.
 *
 *   { path: 'body.name', code: 'minLength' }             → "Name is required"
 *   { path: 'body.links[0]', code: 'format' (uri) }      → "Links must be web addresses (one per line)"
 *   { path: 'body.probability', code: 'maximum' }        → "Probability must be between 0 and 1"
 */
import { SEARCH_KINDS, SEARCH_KINDS_PATTERN } from './search-kinds.js';

/** What a validator reports (Ajv's error objects carry these). */
export interface SchemaIssue {
  /** The contract's dotted path: `body.criteria[1].description`, `query.limit`. */
  path: string;
  /** The validator's keyword: required, minLength, format, … */
  keyword: string;
  params: Record<string, unknown>;
  /** The schema that failed, when the validator is verbose: the other bound of a range. */
  parentSchema?: Record<string, unknown> | undefined;
}

const ROOT_LABELS: Record<string, string> = {
  body: 'The request',
  query: 'The query string',
  params: 'The address',
  headers: 'The headers',
  url: 'The address',
  request: 'The request',
};

/** Names that do not read well when merely split into words. */
const FIELD_LABELS: Record<string, string> = {
  id: 'Id',
  achievedAt: 'Achieved date',
  email: 'E-mail',
  url: 'Web address',
  links: 'Links',
  fte: 'FTE',
  uid: 'UID',
  wbs: 'WBS',
  rankCorrelation: 'Rank correlation',
  estimateOptimisticHours: 'Optimistic estimate',
  estimatePessimisticHours: 'Pessimistic estimate',
  'if-match': 'The If-Match header',
  'content-type': 'The Content-Type header',
  'idempotency-key': 'The Idempotency-Key header',
};

/** A table's own entry: a field may be called `constructor` or `toString`. */
function entry<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const UPPER_WORDS = new Set(['url', 'uri', 'fte', 'uid', 'wbs', 'csv', 'api', 'iana', 'sla', 'id']);

/** A unit in a field's name (`lagMinutes`): left out of its label, said after its numbers. */
const UNIT_SUFFIXES: [suffix: string, unit: string][] = [
  ['Cents', ' cents'],
  ['Minutes', ' minutes'],
  ['Hours', ' hours'],
  ['Days', ' days'],
  ['Percent', '%'],
];

function words(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  const text = spaced
    .split(/\s+/)
    .map((w) => (UPPER_WORDS.has(w) && w !== 'id' ? w.toUpperCase() : w))
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unitOf(name: string): string {
  return UNIT_SUFFIXES.find(([suffix]) => name.endsWith(suffix) && name !== suffix)?.[1] ?? '';
}

/** `targetDate` → "Target date", `programId` → "Program", `taskIds` → "Tasks", `lagMinutes` → "Lag". */
export function labelOfName(name: string): string {
  const known = entry(FIELD_LABELS, name);
  if (known) return known;
  let base = name;
  for (const [suffix] of UNIT_SUFFIXES)
    if (base.endsWith(suffix) && base !== suffix) base = base.slice(0, -suffix.length);
  if (/[a-z]Ids$/.test(base)) base = `${base.slice(0, -3)}s`;
  else if (/[a-z]Id$/.test(base)) base = base.slice(0, -2);
  return words(base) || name;
}

/** `criteria` → "criterion", `tasks` → "task": for "Criterion 2 description". */
function singular(label: string): string {
  if (/ia$/i.test(label)) return label.replace(/ia$/i, 'ion');
  if (/ies$/i.test(label)) return label.replace(/ies$/i, 'y');
  if (/(ss|us)$/i.test(label)) return label;
  return label.replace(/s$/i, '');
}

type Segment = string | number;

function segmentsOf(path: string): { root: string; segments: Segment[] } {
  const tokens = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[1]!,
  );
  const [root, ...segments] = tokens;
  return { root: typeof root === 'string' ? root : '', segments };
}

interface Field {
  /** How the sentence names it: "Name", "Criterion 2 description", "Link 1". */
  label: string;
  /** The list an entry belongs to, when the path ends in a position: "Links". */
  listLabel?: string;
  /** Said after numbers: " cents", " minutes". */
  unit: string;
}

function fieldOf(path: string): Field {
  const { root, segments } = segmentsOf(path);
  const last = segments.at(-1);
  if (last === undefined) return { label: entry(ROOT_LABELS, root) ?? labelOfName(root), unit: '' };
  if (typeof last === 'number') {
    const listName = segments.at(-2);
    const listLabel = typeof listName === 'string' ? labelOfName(listName) : 'The list';
    return { label: `${singular(listLabel)} ${last + 1}`, listLabel, unit: '' };
  }
  const own = labelOfName(last);
  const position = segments.at(-2);
  const listName = segments.at(-3);
  const label =
    typeof position === 'number' && typeof listName === 'string'
      ? `${singular(labelOfName(listName))} ${position + 1} ${own.charAt(0).toLowerCase()}${own.slice(1)}`
      : own;
  return { label, unit: unitOf(last) };
}

/** The field a path names, as a sentence would: `body.criteria[1].description` → "Criterion 2 description". */
export function fieldLabel(path: string): string {
  return fieldOf(path).label;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  null: 'empty',
};

/** Formats the server checks, as one value and as a list of them. */
const FORMAT_WORDS: Record<string, { one: string; many: string }> = {
  uri: { one: 'a web address such as https://example.com', many: 'web addresses (one per line)' },
  email: { one: 'an e-mail address such as ada@example.com', many: 'e-mail addresses' },
  uuid: { one: 'an id (a UUID)', many: 'ids (UUIDs)' },
  date: { one: 'a date written YYYY-MM-DD in the years 1900 to 2200', many: 'dates (YYYY-MM-DD)' },
  'date-time': {
    one: 'a date and time such as 2026-11-09T09:00:00Z in the years 1900 to 2200',
    many: 'dates and times',
  },
  time: { one: 'a time such as 09:30:00', many: 'times' },
};

/**
 * The contracts' patterns, in words (keyed by the pattern itself, so the schema files
 * need not know about messages; issue-messages.test.ts checks every pattern in the
 * OpenAPI document is here).
 */
const PATTERN_WORDS: Record<string, string> = {
  '^[A-Z]{3}$': 'a currency code of three capital letters, such as USD',
  '^(19\\d{2}|2[01]\\d{2}|2200)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$':
    'a date and time on the program’s clock, such as 2026-11-09T09:00:00 (years 1900 to 2200)',
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$': 'a date and time such as 2026-11-09T09:00:00',
  '^FY[0-9]{4}-Q[1-4]$': 'a fiscal quarter such as FY2027-Q1',
  '^(FY)?[0-9]{4}-Q[1-4]$': 'a fiscal quarter such as 2027-Q1 or FY2027-Q1',
  '^[a-z][a-z0-9_]{0,39}$':
    'a lower-case name of up to 40 letters, digits and "_", starting with a letter, such as on_time',
  '^FY[0-9]{4}$': 'a fiscal year such as FY2027',
  '^[A-Za-z0-9_.-]+$': 'letters, digits, "_", "." and "-" only',
  '^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$': 'a time of day HH:MM, from 00:00 to 24:00',
  '^[0-9]{1,18}$': 'a whole number of up to 18 digits',
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': 'a time of day HH:MM, from 00:00 to 23:59',
  '^(open|mitigating|occurred|closed)(,(open|mitigating|occurred|closed))*$':
    'one or more of open, mitigating, occurred and closed, separated by commas',
  '^[a-z][a-z0-9_]{1,39}$':
    'a key of 2 to 40 lowercase letters, digits and "_", starting with a letter',
  '^https?://': 'a web address starting with https:// or http://',
  '^[0-9]{1,4}$': 'the nextCursor of the page before (a number of up to 4 digits)',
  '^[A-Za-z][A-Za-z0-9_-]{0,39}$':
    'a key of 1 to 40 letters, digits, "_" and "-", starting with a letter',
  [SEARCH_KINDS_PATTERN]: `one or more of ${SEARCH_KINDS.join(', ')}, separated by commas`,
};

function number(value: unknown, unit: string): string {
  const n = Number(value);
  const text = Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : '?';
  return `${text}${unit}`;
}

function valueList(values: unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function rangeSentence(issue: SchemaIssue, field: Field): string {
  const { label, unit } = field;
  const schema = issue.parentSchema ?? {};
  const low = schema.minimum ?? schema.exclusiveMinimum;
  const high = schema.maximum ?? schema.exclusiveMaximum;
  const inclusive = schema.minimum !== undefined && schema.maximum !== undefined;
  if (inclusive) return `${label} must be between ${number(low, unit)} and ${number(high, unit)}`;
  const limit = issue.params.limit;
  switch (issue.keyword) {
    case 'minimum':
      return `${label} must be at least ${number(limit, unit)}`;
    case 'maximum':
      return `${label} must be at most ${number(limit, unit)}`;
    case 'exclusiveMinimum':
      return `${label} must be more than ${number(limit, unit)}`;
    default:
      return `${label} must be less than ${number(limit, unit)}`;
  }
}

/** One sentence, naming the field, for what the validator found wrong. */
export function schemaIssueSentence(issue: SchemaIssue): string {
  const field = fieldOf(issue.path);
  const { label } = field;
  const p = issue.params;
  const count = (n: unknown, word: string) =>
    `${number(n, '')} ${word}${Number(n) === 1 ? '' : 's'}`;
  switch (issue.keyword) {
    case 'required':
      return `${label} is required`;
    case 'additionalProperties':
    case 'unknown_property': {
      const name = String(p.additionalProperty ?? segmentsOf(issue.path).segments.at(-1) ?? '');
      return `"${name}" is not a field Waymark knows: check its spelling, or leave it out`;
    }
    case 'minLength':
      if (Number(p.limit) <= 1)
        return field.listLabel ? `${label} cannot be empty` : `${label} is required`;
      return `${label} is too short (at least ${count(p.limit, 'character')})`;
    case 'maxLength':
      return `${label} is too long (at most ${count(p.limit, 'character')})`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return rangeSentence(issue, field);
    case 'multipleOf':
      return `${label} must be a multiple of ${number(p.multipleOf, field.unit)}`;
    case 'format': {
      const words = entry(FORMAT_WORDS, String(p.format));
      if (!words) return `${label} is not valid`;
      return field.listLabel
        ? `${field.listLabel} must be ${words.many}`
        : `${label} must be ${words.one}`;
    }
    case 'pattern': {
      const words = entry(PATTERN_WORDS, String(p.pattern));
      return words ? `${label} must be ${words}` : `${label} is not written as expected`;
    }
    case 'type': {
      const types = Array.isArray(p.type) ? p.type : [p.type];
      return `${label} must be ${types.map((t) => entry(TYPE_WORDS, String(t)) ?? String(t)).join(' or ')}`;
    }
    case 'enum':
      return `${label} must be one of: ${valueList((p.allowedValues as unknown[]) ?? [])}`;
    case 'const': {
      const allowed = (p.allowedValues as unknown[] | undefined) ?? [p.allowedValue];
      return allowed.length === 1
        ? `${label} must be ${valueList(allowed)}`
        : `${label} must be one of: ${valueList(allowed)}`;
    }
    case 'minItems':
      return `${label} must list at least ${count(p.limit, 'entry').replace(/entrys$/, 'entries')}`;
    case 'maxItems':
      return `${label} can list at most ${count(p.limit, 'entry').replace(/entrys$/, 'entries')}`;
    case 'uniqueItems':
      return `${label} lists the same entry twice (entries ${Number(p.j) + 1} and ${Number(p.i) + 1})`;
    case 'minProperties':
      return `${label} must have at least ${count(p.limit, 'field')}`;
    case 'maxProperties':
      return `${label} can have at most ${count(p.limit, 'field')}`;
    default:
      return `${label} is not valid`;
  }
}

/** Fragments that go on from the field's name: "is not a real date and time". */
const CONTINUES_A_SUBJECT =
  /^(is|are|was|were|must|cannot|can|can't|does|do|has|have|had|should|needs?|may|belongs)\b/;

/**
 * A service's issue message as a sentence naming its field. Services write some
 * as fragments that go on from the field ("is not a real date and time") or that
 * open with its raw name ("expiresAt must be in the future."); those get the
 * field's label. Other messages, and those on the request as a whole, are left as they are.
 */
export function issueSentenceOf(path: string, message: string): string {
  const { segments } = segmentsOf(path);
  if (segments.length === 0 || message === '') return message;
  const last = segments.at(-1);
  if (typeof last === 'string' && message.startsWith(`${last} `))
    return `${fieldLabel(path)}${message.slice(last.length)}`;
  // Anything else ("week of 2027-01-04: 48 h booked", "line 4 …") is already whole.
  return CONTINUES_A_SUBJECT.test(message) ? `${fieldLabel(path)} ${message}` : message;
}
