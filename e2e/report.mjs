// Check results shared by the launchers: the suite's results file parsed, browser checks added,
// one line per check and the closing `N passed, M failed`.

/** Parses the lines the in-editor harness writes (`ok   name (12 ms)` / `FAIL name (12 ms): why`). */
export function parseSuiteResults(text) {
  const results = [];
  for (const line of text.split('\n')) {
    const m = /^(ok  |FAIL) (.*) \((\d+) ms\)(?:: (.*))?$/.exec(line);
    if (m) results.push({ name: m[2], ok: m[1] === 'ok  ', ms: Number(m[3]), error: m[4] });
  }
  return results;
}

export function isComplete(text) {
  return /^\d+ passed, \d+ failed$/m.test(text);
}

export function summaryLine(results) {
  const failed = results.filter((r) => !r.ok).length;
  return `${results.length - failed} passed, ${failed} failed`;
}

export function printResults(groups) {
  for (const [title, results] of groups) {
    console.log(`\n${title}`);
    for (const r of results) {
      console.log(r.ok ? `  ok   ${r.name} (${r.ms} ms)` : `  FAIL ${r.name} (${r.ms} ms)\n       ${r.error}`);
    }
  }
  const all = groups.flatMap(([, results]) => results);
  console.log(`\n${summaryLine(all)}`);
  return all.every((r) => r.ok);
}

/** Runs one named check, turning its outcome into a result. */
export async function timed(name, body) {
  const t0 = Date.now();
  try {
    await body();
    return { name, ok: true, ms: Date.now() - t0 };
  } catch (err) {
    const error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    return { name, ok: false, ms: Date.now() - t0, error };
  }
}
