import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { OPENAPI_JSON, OPENAPI_TYPES, renderOpenApiFiles } from './write-openapi.js';

describe('the committed OpenAPI document', () => {
  it('matches the routes (run `npm run openapi` after changing a schema)', async () => {
    const { json, types } = await renderOpenApiFiles();
    expect(JSON.parse(await readFile(OPENAPI_JSON, 'utf8'))).toEqual(JSON.parse(json));
    expect(await readFile(OPENAPI_TYPES, 'utf8')).toBe(types);
  });

  it('gives every operation an operationId and a tag', async () => {
    const doc = JSON.parse(await readFile(OPENAPI_JSON, 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>>;
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
        expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
  });

  it('declares no default on an update body: the server fills defaults on POST only', async () => {
    const doc = JSON.parse(await readFile(OPENAPI_JSON, 'utf8')) as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    const defaultsIn = (node: unknown, at: string): string[] =>
      node === null || typeof node !== 'object'
        ? []
        : Object.entries(node).flatMap(([key, value]) =>
            key === 'default' ? [at] : defaultsIn(value, `${at}/${key}`),
          );
    const found = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => method === 'patch' || method === 'put')
        .flatMap(([method, op]) => defaultsIn(op.requestBody, `${method} ${path}`)),
    );
    expect(found).toEqual([]);
  });
});
