/**
 * A single interested party speaking about the other side: "Moskau setze sich für Frieden ein,
 * schrieb Witkoff". The reported content's subject is a state or a "side" that is not the speaker.
 */
import type { EntityMention, Quote } from '../types';

const SIDE = /^(?:hat\s+|habe\s+|seien?\s+)?(?:die|der)\s+\p{Ll}+(?:ische|ische)\s+(?:Seite|Führung|Regierung|Delegation|Armee|Militär)\b/u;

/**
 * Not a claim about the other side: two sides together ("China und Deutschland seien Partner"),
 * or Germany, which in German news is the quoted official's own country ("Deutschland stehe bereit").
 */
const JOINT_OR_OWN = /^(?:\p{Lu}[\p{L}-]*\s+und\s+\p{Lu}|(?:Deutschland|die\s+Bundesrepublik|die\s+Bundesregierung)\b)/u;

/** A demand or advice, not an assertion of fact: "Frankreich braucht jetzt Stabilität". */
const DEMAND = /^\p{Lu}[\p{L}-]*\s+(?:braucht|brauche|muss|müsse|müssen|sollte|sollten|solle)\b/u;

/** "Moskau - " or "Miami (dpa) – " opening a report. */
const DATELINE = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?\s*(?:\([^)]{1,20}\)\s*)?[-–—]\s+/u;

let countries: Set<string> | undefined;

/** German country names, from the runtime's own locale data. */
function countryNames(): Set<string> {
  if (countries) return countries;
  const names = new Intl.DisplayNames('de', { type: 'region' });
  const out = new Set<string>(['USA', 'Russland', 'Ukraine', 'Moskau', 'Kiew', 'Washington', 'Peking', 'Teheran']);
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code) out.add(name);
    }
  }
  countries = out;
  return out;
}

/** True when the quote reports what another state or side does, thinks or wants. */
export function isAboutOtherSide(q: Quote, entities: EntityMention[]): boolean {
  // Only a person is one party among others; an institution reporting its own state's plans is not.
  const person = entities.some((e) => e.type === 'PER' && e.canonical === q.speaker) || /\s/.test(q.speaker ?? '');
  if (!q.speaker || !person) return false;
  const text = q.text.replace(/^[„"“»«‚\s]+/, '').replace(DATELINE, '');
  if (JOINT_OR_OWN.test(text) || DEMAND.test(text)) return false;
  if (SIDE.test(text)) return true;
  const firstWord = /^(?:hat\s+|habe\s+)?(\p{Lu}[\p{L}-]*)/u.exec(text)?.[1];
  if (!firstWord || firstWord === q.speaker) return false;
  const loc = entities.find((e) => e.start >= q.start && e.start <= q.start + 4 && e.type === 'LOC');
  return Boolean(loc && loc.canonical !== q.speaker) || countryNames().has(firstWord);
}
