/**
 * A publication date the article states outright: a metadata line ("Veröffentlichungsdatum:
 * 11.04.2025 19:39", "date 2025-04", "Stand: 12.03.2024", "Aktualisiert am …") or a dateline
 * ("Berlin, 5. Mai 2024 (dpa) –"). A date stated as published beats one stated as updated.
 */
import { type Ymd, isValidDay } from './calendar';
import { MONTH, MONTHS } from './lexicon';
import type { ArticleLine, PublicationSource, Span } from '../types';

export interface StatedDate {
  /** Day, or month only when the line gives no day. */
  year: number;
  month: number;
  day?: number;
  source: Exclude<PublicationSource, 'inferred' | 'none'>;
  span: Span;
  evidence: string;
}

const DATE = `(?<date>\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?|\\d{1,2}\\.\\s?${MONTH}\\s+\\d{4})`;
const PUBLISHED_LABEL = 'Veröffentlichungsdatum|Veröffentlicht(?:\\s+am)?|Erschienen(?:\\s+am)?|Publiziert(?:\\s+am)?|Datum|Stand|date|published|Erstellt(?:\\s+am)?';
const UPDATED_LABEL = '(?:Zuletzt\\s+)?[Aa]ktualisiert(?:\\s+am)?|Updated|Update';
const WEEKDAY_PREFIX = '(?:\\p{L}+,\\s+)?';

const PUBLISHED_LINE = labelled(`(?<![\\p{L}])(?:${PUBLISHED_LABEL})\\s*:?\\s*(?:am\\s+)?${WEEKDAY_PREFIX}${DATE}`, 'iu', [
  'veröffentlich', 'erschienen', 'publiziert', 'datum', 'stand', 'date', 'published', 'erstellt',
]);
const UPDATED_LINE = labelled(`(?<![\\p{L}])(?:${UPDATED_LABEL})\\s*:?\\s*(?:am\\s+)?${WEEKDAY_PREFIX}${DATE}`, 'u', ['zuletzt', 'aktualisiert', 'update']);
/** "Berlin, 5. Mai 2024 (dpa) –", "MOSKAU, 11.04.2025:" */
const DATELINE = new RegExp(`^\\s*\\p{Lu}[\\p{L}.\\-/ ]{1,40}?,\\s+(?:den\\s+)?${DATE}\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—:]`, 'u');
/** A line near the top holding only a date (and maybe a clock time). */
const DATE_ONLY_LINE = new RegExp(`^\\s*${WEEKDAY_PREFIX}${DATE}(?:,?\\s+\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?\\s*$`, 'u');

/** A date as the forms below hold it, in any letter case: a line without one needs none of them tried. */
const HAS_DATE = new RegExp(DATE, 'iu');

/** A "label: date" form, searched along a line given also in lower case. */
interface Labelled {
  exec(line: string, lower: string): RegExpExecArray | null;
}

/**
 * Scanning a long paragraph with a "label: date" regex is slow, so the form is tried only where
 * one of its labels begins: `words` are the labels' beginnings in lower case, found in the
 * lower-cased line (where the long s of old prints is an s, as the case-insensitive regex reads it).
 */
function labelled(source: string, flags: string, words: string[]): Labelled {
  const anywhere = new RegExp(source, flags);
  const at = new RegExp(source, `${flags}y`);
  const label = new RegExp(words.join('|'), 'g');
  return {
    exec(line, lower) {
      // Lower-casing changed the length (a dotted İ): offsets no longer line up.
      if (lower.length !== line.length) return anywhere.exec(line);
      label.lastIndex = 0;
      for (let w = label.exec(lower); w; w = label.exec(lower)) {
        at.lastIndex = w.index;
        const m = at.exec(line);
        if (m) return m;
        label.lastIndex = w.index + 1;
      }
      return null;
    },
  };
}

/** How many lines from the top may carry a dateline or a bare date. */
const TOP_LINES = 12;

export function findStatedDate(lines: ArticleLine[]): StatedDate | null {
  let updated: StatedDate | null = null;
  for (const line of lines) {
    if (line.role === 'empty') continue;
    const top = line.index < TOP_LINES;
    if (!top && line.role !== 'metadata') continue;
    if (!HAS_DATE.test(line.text)) continue;
    const lower = line.text.toLowerCase().replaceAll('ſ', 's');
    const published = PUBLISHED_LINE.exec(line.text, lower);
    if (published) {
      const d = fromMatch(published, line, 'metadata', 'metadata line');
      if (d) return d;
    }
    const dateline = top ? DATELINE.exec(line.text) : null;
    if (dateline) {
      const d = fromMatch(dateline, line, 'dateline', 'dateline');
      if (d) return d;
    }
    const bare = top && line.index < 5 ? DATE_ONLY_LINE.exec(line.text) : null;
    if (bare) {
      const d = fromMatch(bare, line, 'metadata', 'date line');
      if (d) return d;
    }
    const up = updated ? null : UPDATED_LINE.exec(line.text, lower);
    if (up) updated = fromMatch(up, line, 'metadata', 'update line');
  }
  return updated;
}

function fromMatch(m: RegExpExecArray, line: ArticleLine, source: StatedDate['source'], what: string): StatedDate | null {
  const raw = m.groups!.date!;
  const parsed = parseStated(raw);
  if (!parsed) return null;
  const start = line.start + m.index + m[0].indexOf(raw);
  return { ...parsed, source, span: { start, end: start + raw.length }, evidence: `${what} "${m[0].trim()}"` };
}

/** Parses "11.04.2025", "2025-04-11", "2025-04", "5. Mai 2024". */
export function parseStated(raw: string): { year: number; month: number; day?: number } | null {
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(raw);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return null;
    if (!m[3]) return { year, month };
    return checked({ year, month, day: Number(m[3]) });
  }
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(raw);
  if (m) return checked({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  m = /^(\d{1,2})\.\s?(\S+)\s+(\d{4})$/u.exec(raw);
  const month = m ? MONTHS.get(m[2].toLowerCase().replace(/\.$/, '')) : undefined;
  return m && month ? checked({ year: Number(m[3]), month, day: Number(m[1]) }) : null;
}

function checked(d: Ymd): Ymd | null {
  return isValidDay(d.year, d.month, d.day) ? d : null;
}
