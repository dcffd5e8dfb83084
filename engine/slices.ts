/**
 * Running generator-shaped work (the page walk, the audit) either at once or in slices that yield to the page.
 * The work pauses with `yield` at points where it may be interrupted; the runner decides when to give way.
 */

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Gives the page's event loop a turn (a macrotask, so input and rendering can run). */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((ok) => setTimeout(ok, 0));
}

/** Runs the work to the end in one go (CLI, tests). */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the work in slices of about `sliceMs`, yielding to the page between them (the content script). */
export async function runSliced<T>(steps: Generator<void, T, void>, sliceMs: number): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = now();
    }
  }
}
