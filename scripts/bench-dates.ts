/**
 * npm run bench:dates — the date tagger beside chrono-node's German parser (chrono.de) on the
 * same German news text, in one run: recall on the KRAUTS gold TIMEX3 (read at run time from
 * ../shared/data/krauts, as the timex scorer reads it) and characters per second for both.
 * Prints figures only, never corpus text (KRAUTS is CC BY-NC: evaluation only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { findTemporalExpressions } from '../server/src/analysis/dates';

interface GoldDoc {
  dct: string | null;
  text: string;
  timex: { start: number; end: number; value: string | null }[];
}
interface Hit {
  start: number;
  end: number;
  value: string | null;
}

const KRAUTS = join(__dirname, '..', '..', 'shared', 'data', 'krauts');
const CORPORA = ['KRAUTS_DieZeit', 'KRAUTS_Dolomiten-100', 'KRAUTS_Dolomiten-42'];
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Strips the inline tags, keeping the consuming TIMEX3 spans (the scorer's reading of TimeML). */
function parseTml(xml: string): GoldDoc {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]*)"/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  const tag = /<(\/?)TIMEX3([^>]*?)(\/?)>|&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);|<[^>]+>/g;
  const timex: GoldDoc['timex'] = [];
  const open: GoldDoc['timex'] = [];
  let text = '';
  let last = 0;
  for (let t = tag.exec(body); t; t = tag.exec(body)) {
    text += body.slice(last, t.index);
    last = tag.lastIndex;
    if (t[4]) {
      const e = t[4];
      text += e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e];
    } else if (t[0].startsWith('<TIMEX3') || t[0].startsWith('</TIMEX3')) {
      if (t[1]) {
        const o = open.pop();
        if (o) {
          o.end = text.length;
          if (o.end > o.start) timex.push(o);
        }
      } else if (!t[3]) open.push({ start: text.length, end: text.length, value: /value="([^"]*)"/.exec(t[2])?.[1] ?? null });
    }
  }
  text += body.slice(last);
  return { dct, text, timex };
}

function loadGold(): GoldDoc[] {
  return CORPORA.flatMap((c) => {
    const dir = join(KRAUTS, c);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().map((f) => parseTml(readFileSync(join(dir, f), 'utf8'))) : [];
  });
}

function ours(d: GoldDoc): Hit[] {
  return findTemporalExpressions(d.text, d.dct).map((t) => ({ start: t.start, end: t.end, value: t.timex }));
}

function theirs(d: GoldDoc): Hit[] {
  const ref = d.dct ? new Date(`${d.dct}T12:00:00Z`) : new Date();
  return chrono.de.parse(d.text, ref).map((r) => {
    const iso = r.start.date().toISOString();
    // A bare month ("im März") is a month value in TIMEX3; chrono fills in an implied day.
    const monthOnly = !r.start.isCertain('day') && !r.start.isCertain('weekday') && r.start.isCertain('month');
    return { start: r.index, end: r.index + r.text.length, value: monthOnly ? iso.slice(0, 7) : iso.slice(0, 10) };
  });
}

function score(docs: GoldDoc[], tag: (d: GoldDoc) => Hit[]) {
  let gold = 0, pred = 0, strict = 0, relaxed = 0, value = 0;
  for (const d of docs) {
    const p = tag(d);
    pred += p.length;
    gold += d.timex.length;
    const used = new Set<number>();
    for (const g of d.timex) {
      let best = -1;
      let bestOverlap = 0;
      p.forEach((y, j) => {
        const ov = Math.min(g.end, y.end) - Math.max(g.start, y.start);
        if (!used.has(j) && ov > bestOverlap) [best, bestOverlap] = [j, ov];
      });
      if (best < 0) continue;
      used.add(best);
      relaxed++;
      if (p[best].start === g.start && p[best].end === g.end) strict++;
      if (p[best].value === g.value) value++;
    }
  }
  const pct = (a: number, b: number) => (b ? (100 * a) / b : 0).toFixed(1).padStart(6);
  return `${pct(strict, gold)} ${pct(relaxed, gold)} ${pct(relaxed, pred)} ${pct(value, relaxed)} ${String(pred).padStart(6)}`;
}

function charsPerSecond(texts: string[], run: (t: string) => void, minMs = 1500): string {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  texts.forEach(run); // warm up
  let passes = 0;
  const t0 = performance.now();
  do {
    texts.forEach(run);
    passes++;
  } while (performance.now() - t0 < minMs);
  const perSecond = (chars * passes) / ((performance.now() - t0) / 1000);
  return `${(perSecond / 1e6).toFixed(2)} M chars/s`;
}

const docs = loadGold();
if (!docs.length) {
  console.error(`bench:dates: no KRAUTS gold under ${KRAUTS}`);
  process.exit(2);
}
const seedDir = join(__dirname, '..', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
const ref = new Date('2025-04-14T12:00:00Z');

console.log(`KRAUTS: ${docs.length} documents, ${docs.reduce((n, d) => n + d.timex.length, 0)} gold TIMEX3 (consuming)`);
console.log('tagger        strict-R relax-R relax-P value-acc  pred   speed (KRAUTS)        speed (seeds)');
console.log(
  `news-lens      ${score(docs, ours)}   ${charsPerSecond(docs.map((d) => d.text), (t) => findTemporalExpressions(t, '2025-04-14'))}   ${charsPerSecond(seeds, (t) => findTemporalExpressions(t, '2025-04-14'))}`,
);
console.log(
  `chrono.de      ${score(docs, theirs)}   ${charsPerSecond(docs.map((d) => d.text), (t) => chrono.de.parse(t, ref))}   ${charsPerSecond(seeds, (t) => chrono.de.parse(t, ref))}`,
);
console.log('chrono values are calendar days or months only (it has no durations, sets or TIMEX3 values), so its value accuracy is a lower bound.');
