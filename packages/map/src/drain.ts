/**
 * Runs a task given in steps (a generator that pauses between short parts: label placement, a layout in steps) to
 * its end at once, and gives its result.
 */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
