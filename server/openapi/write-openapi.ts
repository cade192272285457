import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { packageRoot } from '../package-root.js';
import { buildOpenApiDocument } from './openapi-document.js';

export const OPENAPI_JSON = path.join(packageRoot, 'contracts', 'generated', 'openapi.json');
export const OPENAPI_TYPES = path.join(packageRoot, 'contracts', 'generated', 'openapi-types.ts');

export async function renderOpenApiFiles(): Promise<{ json: string; types: string }> {
  const document = await buildOpenApiDocument();
  const json = JSON.stringify(document, null, 2) + '\n';
  const ast = await openapiTS(JSON.parse(json), { exportType: true, alphabetize: true });
  const types =
    '// Generated from openapi.json by `npm run openapi`. Do not edit.\n' + astToString(ast);
  return { json, types };
}

// `npm run openapi` writes the committed copies; a unit test keeps them current.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const { json, types } = await renderOpenApiFiles();
  await writeFile(OPENAPI_JSON, json);
  await writeFile(OPENAPI_TYPES, types);
  console.log(
    `wrote ${path.relative(process.cwd(), OPENAPI_JSON)} and ${path.relative(process.cwd(), OPENAPI_TYPES)}`,
  );
}
