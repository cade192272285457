import fc from 'fast-check';
import { RawJson } from './raw-json.js';

// fast-check arbitraries derived from the OpenAPI document's JSON Schemas: fast-check
// does the generating, seeding and mixing; this file only says which of its
// arbitraries fits each schema keyword.
export type JsonSchema = Record<string, any>;

/** Ids that exist in the seeded database: real ids let bad requests reach the services. */
export interface IdPool {
  ids: string[];
}

/** Values a hostile client sends that no field may accept (rejected at the edge everywhere). */
export const universallyHostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('\u0000', 'a\u0000b', 'name\u0000', '\ud800', 'x\udc00y', '\ud83d'),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom(
    new RawJson('1e999'),
    new RawJson('-1e999'),
    new RawJson('1E400'),
    new RawJson('123456789012345678901234567890123456789e300'),
  ),
  fc.constantFrom({ '\u0000': 1 }, ['\ud800'], { a: { b: 'c\u0000' } }, { '\udfff': true }),
);

/** Numbers at the edges of what a double and PostgreSQL can hold, as raw JSON text. */
const extremeNumbers = fc.constantFrom(
  new RawJson('-0'),
  new RawJson('5e-324'),
  new RawJson('-5e-324'),
  new RawJson('1e308'),
  new RawJson('-1e308'),
  new RawJson('1.7976931348623157e308'),
  new RawJson('123456789012345678901234567890'),
  new RawJson('9007199254740993'),
  new RawJson('2147483648'),
  new RawJson('-2147483649'),
  new RawJson('0.1e1'),
  new RawJson('1e-7'),
);

const extremeDates = fc.constantFrom(
  '0001-01-01',
  '9999-12-31',
  '1899-12-31',
  '2201-01-01',
  '2024-02-30',
  '2024-13-01',
  '2023-02-29',
  '0000-00-00',
);
const validDates = fc.oneof(
  fc.constantFrom('1900-01-01', '2200-12-31', '2027-01-04', '2026-11-16', '2028-02-29'),
  fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z') })
    .filter((d) => !Number.isNaN(d.getTime()))
    .map((d) => d.toISOString().slice(0, 10)),
);
const extremeDateTimes = fc.constantFrom(
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59.999-14:00',
  '1899-12-31T23:59:59Z',
  '2024-02-30T10:00:00Z',
  '2024-01-01T25:61:61Z',
);
const validDateTimes = fc.oneof(
  fc.constantFrom('1900-01-01T00:00:00Z', '2200-12-31T23:59:59Z', '2026-11-16T16:00:00.000Z'),
  fc
    .date({ min: new Date('1900-01-02T00:00:00Z'), max: new Date('2200-12-30T00:00:00Z') })
    .filter((d) => !Number.isNaN(d.getTime()))
    .map((d) => d.toISOString()),
);
const oddStrings = fc.constantFrom(
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE tasks; --",
  '😀🏳️‍🌈',
  '\u202eevil',
  'a\nb\tc\r',
  '%00',
  '../../etc/passwd',
  '{{7*7}}',
  '=HYPERLINK("x")',
);

function typesOf(schema: JsonSchema): Set<string> {
  if (schema.anyOf) return new Set(schema.anyOf.flatMap((s: JsonSchema) => [...typesOf(s)]));
  if (schema.enum)
    return new Set(schema.enum.map((v: unknown) => (v === null ? 'null' : typeof v)));
  if (schema.const !== undefined) return new Set([typeof schema.const]);
  if (schema.type === 'integer') return new Set(['number']);
  if (typeof schema.type === 'string') return new Set([schema.type]);
  return new Set(['string', 'number', 'boolean', 'object', 'array', 'null']);
}

function isClosed(schema: JsonSchema) {
  return schema.type === 'object' && schema.additionalProperties === false;
}

const JSON_KINDS: Record<string, fc.Arbitrary<unknown>> = {
  string: fc.constantFrom('text', '12', 'true'),
  number: fc.constantFrom(0, 1.5, -7, 42),
  boolean: fc.boolean(),
  object: fc.constantFrom({}, { x: 1 }),
  array: fc.constantFrom([], [1, 'a'], [{}]),
  null: fc.constant(null),
};

/** A value of some JSON type the schema does not accept at all. */
function wrongType(schema: JsonSchema): fc.Arbitrary<unknown> | undefined {
  const accepted = typesOf(schema);
  const others = Object.keys(JSON_KINDS).filter((k) => !accepted.has(k));
  if (others.length === 0) return undefined;
  return fc.oneof(...others.map((k) => JSON_KINDS[k]!));
}

function stringOf(schema: JsonSchema, pool: IdPool): fc.Arbitrary<unknown> {
  if (schema.format === 'uuid')
    return pool.ids.length ? fc.oneof(fc.constantFrom(...pool.ids), fc.uuid()) : fc.uuid();
  if (schema.format === 'date') return fc.oneof(validDates, extremeDates);
  if (schema.format === 'date-time') return fc.oneof(validDateTimes, extremeDateTimes);
  if (schema.format === 'email')
    return fc.oneof(fc.emailAddress(), fc.constantFrom('a@b', 'admin@waymark.test'));
  if (schema.format === 'uri') return fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)'));
  const min = schema.minLength ?? 0;
  const max = schema.maxLength;
  const sized = (s: string) => s.length >= min && (max === undefined || s.length <= max);
  if (schema.pattern)
    return fc.oneof(
      fc.stringMatching(new RegExp(schema.pattern, 'u')),
      fc.constantFrom('0001-01-01T00:00:00', '9999-12-31T23:59:59', '2024-13-45T99:99:99'),
    );
  return fc.oneof(
    { weight: 8, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max ?? 40, 40) }) },
    { weight: 2, arbitrary: oddStrings.filter(sized) },
    // Long and at the limit: the column must hold what the schema lets through.
    { weight: 1, arbitrary: fc.constant('w'.repeat(max ?? 70_000)) },
  );
}

function numberOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  const integer = schema.type === 'integer';
  const lo = schema.minimum ?? schema.exclusiveMinimum ?? -1e12;
  const hi = schema.maximum ?? schema.exclusiveMaximum ?? 1e12;
  const inRange = integer
    ? fc.integer({
        min: Math.max(Math.ceil(lo), Number.MIN_SAFE_INTEGER, -(2 ** 31)),
        max: Math.min(Math.floor(hi), Number.MAX_SAFE_INTEGER, 2 ** 31 - 1),
      })
    : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  const edges = [schema.minimum, schema.maximum].filter((v) => typeof v === 'number');
  return fc.oneof(
    { weight: 4, arbitrary: inRange },
    { weight: 2, arbitrary: extremeNumbers },
    ...(edges.length ? [{ weight: 1, arbitrary: fc.constantFrom(...edges) }] : []),
  );
}

/**
 * Values shaped like the schema, leaning to its edges: at the limits, tiny and huge
 * numbers, old and far dates, long and odd strings. Some are valid, some are not.
 */
export function shapedLike(schema: JsonSchema, pool: IdPool, depth = 0): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s: JsonSchema) => shapedLike(s, pool)));
  if (schema.enum)
    return fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...schema.enum) },
      { weight: 1, arbitrary: fc.constant('NOT_IN_ENUM') },
    );
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (schema.type) {
    case 'string':
      return stringOf(schema, pool);
    case 'integer':
    case 'number':
      return numberOf(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const max = Math.min(schema.maxItems ?? 3, 3);
      return fc.array(shapedLike(schema.items ?? {}, pool, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, max),
        maxLength: max,
      });
    }
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const keys = Object.keys(props);
      if (keys.length === 0 || depth > 4) return fc.jsonValue({ maxDepth: 2 }).map((v) => ({ v }));
      return fc.record(
        Object.fromEntries(keys.map((k) => [k, shapedLike(props[k]!, pool, depth + 1)])),
        { requiredKeys: (schema.required ?? []).filter((k: string) => keys.includes(k)) },
      );
    }
    default:
      // An open value (jsonb): any JSON, sometimes deep.
      return fc.jsonValue({ maxDepth: 3 });
  }
}

/**
 * Values the schema must refuse, whatever else the request holds: a wrong type, a
 * value past a limit, an unknown or missing property, NUL, lone surrogates, 1e999,
 * dates outside 1900-2200; or a property or item of an otherwise plausible value
 * made so.
 */
export function refusedBy(schema: JsonSchema, pool: IdPool, depth = 0): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [universallyHostile];
  const wrong = wrongType(schema);
  if (wrong) options.push(wrong);
  if (schema.anyOf) {
    // Hostile for every branch: what one branch refuses another may take.
    const concrete = schema.anyOf.filter((s: JsonSchema) => s.type !== 'null');
    if (concrete.length === 1)
      options.push(refusedBy(concrete[0], pool, depth).filter((v) => v !== null));
    return fc.oneof(...options);
  }
  if (schema.enum) options.push(fc.constantFrom('not-a-member', 'TODO', ''));
  if (schema.type === 'string') {
    if (schema.format === 'uuid')
      options.push(fc.constantFrom('not-a-uuid', '', '00000000-0000-0000-0000-00000000000g'));
    if (schema.format === 'date') options.push(extremeDates);
    if (schema.format === 'date-time') options.push(extremeDateTimes);
    if (schema.maxLength !== undefined)
      options.push(
        fc.integer({ min: 1, max: 5_000 }).map((extra) => 'x'.repeat(schema.maxLength + extra)),
      );
    if (schema.minLength > 0) options.push(fc.constant(''));
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    if (typeof schema.maximum === 'number')
      options.push(fc.constantFrom(schema.maximum + 1, new RawJson('1e308')));
    if (typeof schema.minimum === 'number')
      options.push(fc.constantFrom(schema.minimum - 1, new RawJson('-1e308')));
    if (typeof schema.exclusiveMinimum === 'number')
      options.push(fc.constant(schema.exclusiveMinimum));
    if (schema.type === 'integer') options.push(fc.constantFrom(0.5, new RawJson('5e-324')));
  }
  if (schema.type === 'array' && depth < 4) {
    options.push(
      fc
        .tuple(
          fc.array(shapedLike(schema.items ?? {}, pool, depth + 1), { maxLength: 2 }),
          refusedBy(schema.items ?? {}, pool, depth + 1),
        )
        .map(([items, bad]) => [...items, bad]),
    );
    if (typeof schema.maxItems === 'number' && schema.maxItems < 2000)
      options.push(fc.constant(Array.from({ length: schema.maxItems + 1 }, () => 'x')));
  }
  if (schema.type === 'object' && depth < 4) {
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const keys = Object.keys(props);
    const base = shapedLike(schema, pool, depth) as fc.Arbitrary<Record<string, unknown>>;
    if (isClosed(schema))
      options.push(
        fc
          .tuple(base, fc.constantFrom('unknownField', '__proto__', 'constructor', 'NAME', ''))
          // A computed key makes `__proto__` an own property, sent like any other.
          .map(([o, k]) => ({ ...o, [k]: 1 })),
      );
    const required = (schema.required ?? []) as string[];
    if (required.length)
      options.push(
        fc.tuple(base, fc.constantFrom(...required)).map(([o, k]) => {
          const copy = { ...o };
          delete copy[k];
          return copy;
        }),
      );
    if (keys.length)
      options.push(
        fc
          .constantFrom(...keys)
          .chain((k) =>
            fc
              .tuple(base, refusedBy(props[k]!, pool, depth + 1))
              .map(([o, bad]) => ({ ...o, [k]: bad })),
          ),
      );
  }
  return fc.oneof(...options);
}
