import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared scheduling conformance corpus (`../shared/conformance/`, beside the repository).
 * It is never copied into the repository; tests read it when it is there and say so when not.
 * `WAYMARK_CONFORMANCE_DIR` points elsewhere (e.g. a folder with the held-back files).
 */
export const CONFORMANCE_ROOT = process.env.WAYMARK_CONFORMANCE_DIR
  ? resolve(process.env.WAYMARK_CONFORMANCE_DIR)
  : resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/conformance');
export const MSPDI_DIR = join(CONFORMANCE_ROOT, 'mspdi');
export const SYNTHETIC_DIR = join(CONFORMANCE_ROOT, 'synthetic');

export const conformanceAvailable = existsSync(MSPDI_DIR) && existsSync(SYNTHETIC_DIR);

/** What `X.xml.meta.json` says about `X.xml` (the fields the tests use). */
export interface MspdiMeta {
  file: string;
  source?: string;
  /** A, B, C or CAL; a trailing `*` marks a file converted from `.mpp`. */
  tier: string;
  summary?: {
    n_tasks?: number;
    n_null?: number;
    n_summary?: number;
    n_milestone?: number;
    n_manual?: number;
    n_inactive?: number;
    n_links?: number;
    cals?: number;
    cal_exc?: number;
    cal_exc_recurring?: number;
    start?: string;
    [key: string]: unknown;
  };
}

export interface CorpusFile {
  name: string;
  path: string;
  /** mspdi: the meta tier without the `*` (A, B, C, CAL); synthetic: `synthetic`. */
  tier: string;
  /** True for mspdi files converted from `.mpp` (tier ending in `*`). */
  converted: boolean;
  meta?: MspdiMeta;
}

/** The `.xml` files of an mspdi-style folder, with the tier from each `.meta.json`. */
export function listMspdiFiles(dir = MSPDI_DIR): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const metaPath = `${path}.meta.json`;
      const meta = existsSync(metaPath)
        ? (JSON.parse(readFileSync(metaPath, 'utf8')) as MspdiMeta)
        : undefined;
      const rawTier = meta?.tier ?? 'unknown';
      return {
        name,
        path,
        tier: rawTier.replace(/\*$/, ''),
        converted: rawTier.endsWith('*'),
        ...(meta ? { meta } : {}),
      };
    });
}

/** Every `.xml` of the synthetic folder. */
export function listSyntheticFiles(dir = SYNTHETIC_DIR): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, path: join(dir, name), tier: 'synthetic', converted: false }));
}

/** Task rows (excluding UID 0) and link counts per file, from the synthetic INDEX.md table. */
export function readSyntheticIndex(
  dir = SYNTHETIC_DIR,
): Map<string, { tasks: number; summaries: number; milestones: number; links: number }> {
  const out = new Map<
    string,
    { tasks: number; summaries: number; milestones: number; links: number }
  >();
  const indexPath = join(dir, 'INDEX.md');
  if (!existsSync(indexPath)) return out;
  const row = /^\|\s*\w+\s*\|\s*`([^`]+\.xml)`\s*\|\s*(\d+)\s*\((\d+)\s*\/\s*(\d+)\)\s*\|\s*(\d+):/;
  for (const line of readFileSync(indexPath, 'utf8').split('\n')) {
    const m = row.exec(line);
    if (m) {
      out.set(m[1]!, {
        tasks: Number(m[2]),
        summaries: Number(m[3]),
        milestones: Number(m[4]),
        links: Number(m[5]),
      });
    }
  }
  return out;
}
