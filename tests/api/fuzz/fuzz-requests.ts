import fc from 'fast-check';
import { RawJson, toJsonText, toParamText } from './raw-json.js';
import {
  refusedBy,
  shapedLike,
  universallyHostile,
  type IdPool,
  type JsonSchema,
} from './schema-arbitraries.js';

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema: JsonSchema;
}

/** One operation of the OpenAPI document, as far as requests go. */
export interface Operation {
  method: string;
  template: string;
  parameters: Parameter[];
  body?: { contentType: string; schema?: JsonSchema };
}

export interface FuzzRequest {
  method: string;
  template: string;
  url: string;
  contentType?: string;
  body?: string;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const content = op.requestBody?.content ?? {};
      const contentType = content['application/json']
        ? 'application/json'
        : Object.keys(content)[0];
      return {
        method: method.toUpperCase(),
        template,
        parameters: (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query'),
        ...(contentType ? { body: { contentType, schema: content[contentType]?.schema } } : {}),
      };
    }),
  );
}

/** Percent-encodes text for a URL, lone surrogates too (as the invalid UTF-8 a raw client sends). */
function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}

const hostileParamText = fc.constantFrom(
  'not-a-uuid',
  '',
  '%00',
  '00000000-0000-0000-0000-000000000000',
  '..%2F..%2Fetc',
  'x'.repeat(120),
  'y'.repeat(5_000),
  '1e999',
  '-1',
  '%ED%A0%80',
  "'%20OR%201=1",
);

/** Refused query text: a wrong kind of value, past a limit, NUL, a lone surrogate. */
function refusedQueryText(schema: JsonSchema): fc.Arbitrary<string> {
  const options: fc.Arbitrary<string>[] = [
    fc.constantFrom('%00', 'a%00b', '%ED%A0%80', '%ED%B0%80x'),
  ];
  if (schema.type === 'integer' || schema.type === 'number')
    options.push(
      fc.constantFrom(
        'abc',
        '1e999',
        '-1e999',
        'Infinity',
        'NaN',
        '1e308',
        '-1e308',
        '0x10',
        '1.5e400',
      ),
    );
  if (schema.type === 'integer') options.push(fc.constantFrom('0.5', '5e-324', '1.000001'));
  if (schema.type === 'boolean') options.push(fc.constantFrom('maybe', '2'));
  if (schema.enum) options.push(fc.constantFrom('not-a-member', 'NULL'));
  if (schema.format === 'uuid') options.push(fc.constantFrom('not-a-uuid', '123'));
  if (schema.format === 'date')
    options.push(fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-30', '10000-01-01'));
  if (schema.format === 'date-time') options.push(fc.constantFrom('0001-01-01T00:00:00Z', 'soon'));
  if (schema.maxLength !== undefined) options.push(fc.constant('q'.repeat(schema.maxLength + 1)));
  return fc.oneof(...options);
}

function paramText(schema: JsonSchema, pool: IdPool): fc.Arbitrary<string> {
  return shapedLike(schema, pool).map((v) => encodeText(toParamText(v)));
}

/** A body for a route that takes text (imports): hostile or plausible text. */
function textBody(refused: boolean): fc.Arbitrary<string> {
  const hostile = fc.oneof(
    fc.string({ maxLength: 200 }).map((s) => `name: ${s}\u0000\n`),
    fc.constantFrom(
      '\u0000',
      '<?xml version="1.0"?><Project><Name>\u0000</Name></Project>',
      'a,b\n\ud800,1',
    ),
  );
  if (refused) return hostile;
  return fc.oneof(
    hostile,
    fc.string({ maxLength: 400 }),
    fc.constantFrom('<<<', 'name: x\ntasks: 5', ''),
  );
}

type Slot = 'path' | 'query' | 'body';

/**
 * Requests for one operation. With `refused`, each request holds at least one
 * value the API must refuse (so none of them may write anything); otherwise the
 * requests are plausible and lean to the edges, and some will succeed.
 */
export function requestsFor(
  op: Operation,
  pool: IdPool,
  refused: boolean,
): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const slots: Slot[] = [];
  if (pathParams.length) slots.push('path');
  if (queryParams.length) slots.push('query');
  if (op.body) slots.push('body');
  const spoiled = refused && slots.length ? fc.constantFrom(...slots) : fc.constant(undefined);

  return spoiled.chain((slot) => {
    const badPathIndex = fc.nat({ max: Math.max(pathParams.length - 1, 0) });
    const path = fc
      .tuple(
        badPathIndex,
        fc.tuple(...pathParams.map((p) => paramText(p.schema, pool))),
        fc.oneof(hostileParamText, fc.uuid()),
      )
      .map(([bad, values, hostile]) =>
        values.map((v, i) => (slot === 'path' && i === bad ? hostile : v)),
      );
    const query = fc
      .tuple(
        fc.nat({ max: Math.max(queryParams.length - 1, 0) }),
        fc.tuple(
          ...queryParams.map((p) =>
            fc.tuple(fc.boolean(), paramText(p.schema, pool), refusedQueryText(p.schema)),
          ),
        ),
        fc.option(fc.constantFrom('unknown=1', 'limit=1&limit=2', '%00=1', 'a[b]=c'), { freq: 5 }),
      )
      .map(([bad, values, extra]) => {
        const parts: string[] = [];
        values.forEach(([present, good, hostile], i) => {
          const p = queryParams[i]!;
          if (slot === 'query' && i === bad) parts.push(`${p.name}=${hostile}`);
          else if (present || p.required) parts.push(`${p.name}=${good}`);
        });
        if (extra) parts.push(extra);
        return parts.join('&');
      });
    const body: fc.Arbitrary<string | undefined> = !op.body
      ? fc.constant(undefined)
      : op.body.contentType !== 'application/json'
        ? textBody(slot === 'body')
        : (slot === 'body'
            ? refusedBy(op.body.schema ?? {}, pool)
            : fc.oneof(
                { weight: 9, arbitrary: shapedLike(op.body.schema ?? {}, pool) },
                { weight: 1, arbitrary: universallyHostile },
              )
          ).map((v) => toJsonText(v));
    return fc
      .tuple(path, query, body, fc.constantFrom(...(op.body ? [op.body.contentType] : [undefined])))
      .map(([pathValues, queryText, bodyText, contentType]) => {
        let i = 0;
        const url =
          op.template.replace(/\{[^}]+\}/g, () => pathValues[i++] ?? '') +
          (queryText ? `?${queryText}` : '');
        return {
          method: op.method,
          template: op.template,
          url,
          ...(bodyText !== undefined ? { body: bodyText, contentType } : {}),
        };
      });
  });
}

export { RawJson };
