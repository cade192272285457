import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { OPENAPI_JSON } from './write-openapi.js';

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
};
interface Operation {
  parameters?: { in: string; name: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

/** Every number a request may carry, with where it is. */
function numbersIn(schema: Schema | undefined, at: string): [string, Schema][] {
  if (!schema) return [];
  const own: [string, Schema][] =
    schema.type === 'integer' || schema.type === 'number' ? [[at, schema]] : [];
  return [
    ...own,
    ...Object.entries(schema.properties ?? {}).flatMap(([k, s]) => numbersIn(s, `${at}.${k}`)),
    ...numbersIn(schema.items, `${at}[]`),
    ...(schema.anyOf ?? []).flatMap((s) => numbersIn(s, at)),
  ];
}

describe('limits of what a request may carry', () => {
  it('bounds every number in a request on both sides (a column holds a range, not all doubles)', async () => {
    const doc = JSON.parse(await readFile(OPENAPI_JSON, 'utf8')) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const unbounded: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) {
        const numbers = [
          ...(op.parameters ?? []).flatMap((p) => numbersIn(p.schema, `${p.in}.${p.name}`)),
          ...Object.values(op.requestBody?.content ?? {}).flatMap((c) =>
            numbersIn(c.schema, 'body'),
          ),
        ];
        for (const [at, s] of numbers) {
          const low = s.minimum ?? s.exclusiveMinimum;
          const high = s.maximum ?? s.exclusiveMaximum;
          if (typeof low !== 'number' || typeof high !== 'number')
            unbounded.push(`${method.toUpperCase()} ${path} ${at}`);
          // A double past 2^53 is no longer an integer anyone meant.
          else if (
            s.type === 'integer' &&
            (low < -Number.MAX_SAFE_INTEGER || high > Number.MAX_SAFE_INTEGER)
          )
            unbounded.push(`${method.toUpperCase()} ${path} ${at} (beyond 2^53)`);
        }
      }
    expect(unbounded).toEqual([]);
  });
});
