/**
 * Runs the recognition rules over a stretch of text and keeps the best non-overlapping
 * matches: the longest wins, then the earliest rule (rules are listed most specific first).
 * Rules run per piece of text (line or sentence) and only where one of their trigger words
 * occurs, which keeps the family regexes off most of the text.
 */
import { chunksOf } from './chunks';
import { triggersIn } from './triggers';
import type { Candidate } from './meaning';
import { RULES, type Rule } from './patterns';

export interface RecognizeOptions {
  /** Also report deictic words (jetzt, damals) that TimeML annotates. */
  timeml?: boolean;
}

type Ranked = Candidate & { rank: number };

/** Temporal expressions in text[from, to), offsets into `text`. */
export function recognize(text: string, from = 0, to = text.length, options: RecognizeOptions = {}): Candidate[] {
  const found: Ranked[] = [];
  const triggers = triggersIn(text, from, to);
  if (!triggers.length) return [];
  let t = 0;
  for (const chunk of chunksOf(text, from, to)) {
    let present = 0;
    while (t < triggers.length && triggers[t].at < chunk.start) t++;
    for (; t < triggers.length && triggers[t].at < chunk.end; t++) present |= triggers[t].cls;
    if (!present) continue;
    const slice = text.slice(chunk.start, chunk.end);
    RULES.forEach((rule, rank) => {
      if (rule.timemlOnly && !options.timeml) return;
      if (rule.needs & present) matchRule(rule, rank, text, slice, chunk.start, found);
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const kept: Candidate[] = [];
  for (const { rank: _rank, ...c } of found) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}

function matchRule(rule: Rule, rank: number, text: string, slice: string, from: number, found: Ranked[]): void {
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
}
