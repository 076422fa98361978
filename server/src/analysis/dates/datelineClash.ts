/**
 * A relative day word standing right before an explicit date ("am gestrigen Sonntag, 12. April",
 * "heute, am 15. April") states the same day twice. Against a firm dateline the two can be
 * checked: when "gestern" from the dateline's day is not the date written, one of them is wrong.
 */
import { type Ymd, addDays, formatDay } from './calendar';

/** The relative word, then at most a comma and "am"/"dem" before the date (or its weekday). */
const RELATIVE_BEFORE =
  /(?<![\p{L}])(?<w>vorgestern|gestern|heute|morgen|übermorgen|vorgestrigen|gestrigen|heutigen|morgigen|übermorgigen)\s*,?\s*(?:(?:am|dem|den)\s+)?$/iu;

const OFFSETS: Record<string, number> = {
  vorgestern: -2, vorgestrigen: -2, gestern: -1, gestrigen: -1, heute: 0, heutigen: 0, morgen: 1, morgigen: 1, übermorgen: 2, übermorgigen: 2,
};

/** How far before a date the relative word may stand ("übermorgigen, dem " is the longest). */
const LOOK_BACK = 24;

/** The clash between an explicit date at `start` and a relative word before it, if they disagree. */
export function datelineClash(text: string, start: number, stated: string | null, dateline: Ymd): { stated: string; implied: string } | undefined {
  if (!stated || !/^\d{4}-\d{2}-\d{2}$/.test(stated)) return undefined;
  const m = RELATIVE_BEFORE.exec(text.slice(Math.max(0, start - LOOK_BACK), start));
  if (!m) return undefined;
  const implied = formatDay(addDays(dateline, OFFSETS[m.groups!.w.toLowerCase()]));
  return implied === stated ? undefined : { stated, implied };
}
