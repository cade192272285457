import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { repoRoot } from './waymark-process.js';

let bundled: Promise<URL> | undefined;

/**
 * The plan reader's worker thread bundled from the TypeScript sources into one
 * JavaScript file (Node 20 cannot start a worker from a .ts file), so that
 * database tests run the import on a worker as the built server does.
 */
export function bundledPlanReaderWorker(): Promise<URL> {
  bundled ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'waymark-plan-reader-'));
    const file = path.join(dir, 'plan-reader.worker.mjs');
    await build({
      input: path.join(repoRoot, 'server', 'modules', 'plan-transfer', 'plan-reader.worker.ts'),
      platform: 'node',
      logLevel: 'silent',
      output: { file, format: 'esm' },
    });
    return pathToFileURL(file);
  })();
  return bundled;
}
