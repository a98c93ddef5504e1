/**
 * The extractor's work is written as generators that `yield` between slices (every few thousand nodes
 * or blocks). The content script resumes them across tasks so the page never freezes; everything else
 * runs them straight through.
 */

/** How many nodes or blocks one slice handles before offering to pause. */
export const SLICE = 1024;

/** Runs a sliced computation to its end without pausing. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
