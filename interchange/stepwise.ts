/**
 * Long reads written once as generators that yield between chunks of rows
 * (the yielded value: rows done so far), then run either straight through
 * ({@link runSteps}) or handing the event loop back at each yield
 * ({@link runStepsYielding}), so a server reading a large file keeps answering.
 */
export type Steps<T> = Generator<number, T, void>;

/**
 * Rows handled between two yields: about a millisecond of work, so that even on
 * a machine whose cores are shared several times over a step stays short.
 */
export const ROWS_PER_STEP = 250;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runStepsYielding<T>(
  steps: Steps<T>,
  onStep: (done: number) => void = () => {},
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onStep(step.value);
    // setImmediate, not a microtask: I/O callbacks (other requests) run in between.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
