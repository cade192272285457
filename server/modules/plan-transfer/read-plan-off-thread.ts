import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Issue } from '../../../contracts/common.schema.js';
import type { ErrorCode } from '../../../contracts/error-codes.js';
import type { PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import { runSteps, runStepsYielding } from '../../../interchange/stepwise.js';
import { DomainError } from '../../domain-errors.js';
import type { ImportedPlan } from './plan-mapping.js';
import { importedPlanSteps } from './read-plan.js';

/** The plan's scalars travel in the last message; its lists in parts before it. */
type Scalars = Pick<ImportedPlan, 'startDate' | 'startTime' | 'statusDate' | 'projectCalendarKey'>;
type Lists = Omit<ImportedPlan, keyof Scalars>;

/** The reader thread's heap: a 10 MB YAML file's syntax tree takes several hundred MB. */
const WORKER_HEAP_MB = 3_072;

export type FromPlanReader =
  | { type: 'progress'; units: number }
  | { type: 'part'; key: keyof Lists; items: unknown[] }
  | { type: 'done'; scalars: Scalars }
  | { type: 'refused'; code: ErrorCode; message: string; issues: Issue[] }
  | { type: 'crashed'; message: string };

/**
 * The compiled worker beside this module (dist/), or null when running from
 * TypeScript sources (vitest): Node 20 cannot start a worker from a .ts file.
 */
export function planReaderWorkerFile(): URL | null {
  const own = import.meta.url;
  if (!own.endsWith('.js')) return null;
  const file = new URL('./plan-reader.worker.js', own);
  return existsSync(fileURLToPath(file)) ? file : null;
}

/**
 * Reads a plan file and maps it onto a program without holding the event loop:
 * on a worker thread, which also keeps the parse's garbage off this thread's
 * heap. Without a compiled worker (running from sources) CSV is read here in
 * steps that hand the loop back every few hundred rows, and YAML and MSPDI,
 * whose parsers read a file in one call, here in one go. Throws what the
 * readers throw: a ValidationError with every bad row, or a too_many_rows error.
 * `onProgress` gets the rows read so far (the readers make five passes in all:
 * three over the rows, two over the tasks; interchange/stepwise.ts).
 */
export async function readImportedPlan(
  format: PlanFormat,
  text: string,
  today: string,
  onProgress: (rowsRead: number) => void = () => {},
  workerFile: URL | null = planReaderWorkerFile(),
): Promise<ImportedPlan> {
  const rowsOf = (units: number) => Math.floor(units / 5);
  if (!workerFile && format === 'csv')
    return runStepsYielding(importedPlanSteps(format, text, today), (units) =>
      onProgress(rowsOf(units)),
    );
  if (!workerFile) return runSteps(importedPlanSteps(format, text, today));
  return new Promise<ImportedPlan>((resolve, reject) => {
    const lists: Lists = {
      calendars: [],
      warnings: [],
      baseline: [],
      resources: [],
      resourceAssignments: [],
      workstreams: [],
      tasks: [],
      milestones: [],
      dependencies: [],
      risks: [],
    };
    let settled = false;
    const worker = new Worker(workerFile, {
      workerData: { format, text, today },
      // A pathological file runs this thread out of memory (the job fails), not the server.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: FromPlanReader) => {
      if (message.type === 'progress') onProgress(rowsOf(message.units));
      else if (message.type === 'part') {
        const list = lists[message.key] as unknown[];
        for (const item of message.items) list.push(item);
        setImmediate(() => worker.postMessage('next'));
      } else if (message.type === 'done') settle(() => resolve({ ...message.scalars, ...lists }));
      else if (message.type === 'refused')
        settle(() => reject(new DomainError(message.code, message.message, message.issues)));
      else settle(() => reject(new Error(`the plan reader failed: ${message.message}`)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the plan reader stopped (exit code ${code})`))),
    );
  });
}
