import { parentPort, workerData } from 'node:worker_threads';
import type { PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import { DomainError } from '../../domain-errors.js';
import { importedPlanSteps } from './read-plan.js';
import type { FromPlanReader } from './read-plan-off-thread.js';

// A worker thread that reads one plan file and sends the program it maps to
// in parts: the parsing, and the garbage it makes, stay off the main thread's
// event loop and heap (the YAML and XML parsers read a file in one call of seconds).
const port = parentPort;
if (!port) throw new Error('plan-reader.worker.js runs as a worker thread');
const { format, text, today } = workerData as { format: PlanFormat; text: string; today: string };
const PART = 1_000;
const PROGRESS_INTERVAL_MS = 100;

const send = (message: FromPlanReader) => port.postMessage(message);
try {
  const steps = importedPlanSteps(format, text, today);
  let lastProgress = performance.now();
  let step = steps.next();
  while (!step.done) {
    const now = performance.now();
    if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
      lastProgress = now;
      send({ type: 'progress', units: step.value });
    }
    step = steps.next();
  }
  const { startDate, startTime, statusDate, projectCalendarKey, ...lists } = step.value;
  const parts: FromPlanReader[] = [];
  for (const [key, items] of Object.entries(lists) as [keyof typeof lists, unknown[]][])
    for (let i = 0; i < items.length; i += PART)
      parts.push({ type: 'part', key, items: items.slice(i, i + PART) });
  parts.push({ type: 'done', scalars: { startDate, startTime, statusDate, projectCalendarKey } });
  // One part per request: the main thread takes each in when its loop is free
  // (sent all at once, they would be taken in one long turn of its loop).
  port.on('message', () => {
    const next = parts.shift();
    if (next) send(next);
  });
  send(parts.shift()!);
} catch (error) {
  send(
    error instanceof DomainError
      ? { type: 'refused', code: error.code, message: error.message, issues: error.issues }
      : { type: 'crashed', message: error instanceof Error ? error.message : String(error) },
  );
}
