/**
 * A tiny test runner for the extension host. Mocha would do, but the host exits 0 whatever
 * happens, so the only trustworthy channel is the results file this runner writes.
 */
import { writeFileSync } from 'node:fs';

export interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

type Check = { name: string; body: () => Promise<void>; timeoutMs: number };

const checks: Check[] = [];

/** Registers a named check; checks run in registration order, each with its own time limit. */
export function check(name: string, body: () => Promise<void>, timeoutMs = 30_000): void {
  checks.push({ name, body, timeoutMs });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** The closing line every launcher looks for. */
export function summaryLine(results: CheckResult[]): string {
  const failed = results.filter((r) => !r.ok).length;
  return `${results.length - failed} passed, ${failed} failed`;
}

/** One line per check, then the summary: readable by people and by the launchers alike. */
export function formatResults(results: CheckResult[]): string {
  const lines = results.map((r) =>
    r.ok ? `ok   ${r.name} (${r.ms} ms)` : `FAIL ${r.name} (${r.ms} ms): ${r.error}`,
  );
  return [...lines, summaryLine(results)].join('\n') + '\n';
}

export async function runChecks(resultsFile: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const c of checks) {
    const t0 = Date.now();
    try {
      await withTimeout(c.body(), c.timeoutMs);
      results.push({ name: c.name, ok: true, ms: Date.now() - t0 });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      results.push({ name: c.name, ok: false, ms: Date.now() - t0, error: error.replace(/\s+/g, ' ') });
    }
    // Written after every check so a hang or crash still leaves the earlier verdicts behind.
    writeFileSync(resultsFile + '.partial', formatResults(results));
  }
  writeFileSync(resultsFile, formatResults(results));
  return results;
}
