/** Waiting for an asynchronous editor state (activation, server answers, diagnostics). */

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until it returns a value that is not undefined, or throws the last failure
 * (or `what`) when `timeoutMs` runs out.
 */
export async function pollUntil<T>(
  what: string,
  probe: () => PromiseLike<T | undefined> | T | undefined,
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`waited ${timeoutMs} ms for ${what}${detail}`);
    }
    await sleep(intervalMs);
  }
}
