/**
 * Runs a generator a few steps at a time, each slice at most `budgetMs` of the main thread, with
 * a macrotask between slices so the browser can paint and answer input. Calls `done` with the
 * generator's return value; the returned function cancels a run that is no longer wanted.
 *
 * For work that is one long task when run at once (the result's "what would change", ~45 plan
 * decisions): sliced, it stays out of the page's long tasks, whatever the CPU.
 */
export function runInSlices<T>(
  steps: Generator<unknown, T, void>,
  done: (value: T) => void,
  budgetMs = 4,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const slice = () => {
    const end = performance.now() + budgetMs
    for (;;) {
      const step = steps.next()
      if (step.done) {
        timer = undefined
        done(step.value)
        return
      }
      if (performance.now() >= end) break
    }
    timer = setTimeout(slice, 0)
  }
  timer = setTimeout(slice, 0)
  return () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
}
