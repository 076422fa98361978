/**
 * Runs the recognition rules over a stretch of text and keeps the best non-overlapping
 * matches: the longest wins, then the earliest rule (rules are listed most specific first).
 */
import type { Candidate } from './meaning';
import { RULES } from './patterns';

export interface RecognizeOptions {
  /** Also report deictic words (jetzt, damals) that TimeML annotates. */
  timeml?: boolean;
}

/** Temporal expressions in text[from, to), offsets into `text`. */
export function recognize(text: string, from = 0, to = text.length, options: RecognizeOptions = {}): Candidate[] {
  const slice = text.slice(from, to);
  const found: (Candidate & { rank: number })[] = [];
  RULES.forEach((rule, rank) => {
    if (rule.timemlOnly && !options.timeml) return;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      if (!m[0]) {
        rule.re.lastIndex++;
        continue;
      }
      const start = from + m.index;
      const meaning = rule.build(m.groups ?? {}, text, start);
      if (!meaning) continue;
      const prep = m.groups?.prep;
      const coreStart = prep ? start + m[0].indexOf(prep) + prep.length + (/^\s*/.exec(m[0].slice(m[0].indexOf(prep) + prep.length))?.[0].length ?? 0) : start;
      const after = m.groups?.after;
      found.push({
        start,
        end: start + m[0].length,
        coreStart,
        coreEnd: start + m[0].length - (after?.length ?? 0),
        prep: prep?.toLowerCase().replace(/\s+/g, ' '),
        meaning,
        rank,
      });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const kept: Candidate[] = [];
  for (const { rank: _rank, ...c } of found) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}
