import { parentPort, workerData } from 'node:worker_threads';
import type { PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import { runSteps } from '../../../interchange/stepwise.js';
import { DomainError } from '../../domain-errors.js';
import { importedPlanSteps } from './read-plan.js';
import type { FromPlanReader } from './read-plan-off-thread.js';

// A worker thread that reads one plan file (the YAML and XML parsers read a
// file in one synchronous call of seconds) and sends the program it maps to
// in parts, so that taking it in never holds the main thread long either.
const port = parentPort;
if (!port) throw new Error('plan-reader.worker.js runs as a worker thread');
const { format, text, today } = workerData as { format: PlanFormat; text: string; today: string };
const PART = 2_000;

const send = (message: FromPlanReader) => port.postMessage(message);
try {
  const plan = runSteps(importedPlanSteps(format, text, today));
  const { startDate, ...lists } = plan;
  for (const [key, items] of Object.entries(lists) as [keyof typeof lists, unknown[]][])
    for (let i = 0; i < items.length; i += PART)
      send({ type: 'part', key, items: items.slice(i, i + PART) });
  send({ type: 'done', startDate });
} catch (error) {
  send(
    error instanceof DomainError
      ? { type: 'refused', code: error.code, message: error.message, issues: error.issues }
      : { type: 'crashed', message: error instanceof Error ? error.message : String(error) },
  );
}
