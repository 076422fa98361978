/**
 * A single interested party speaking about the other side: "Moskau setze sich für Frieden ein,
 * schrieb Witkoff", "Macron habe das Land ins Chaos gestürzt, erklärte Le Pen". The reported
 * content's subject is a state, a "side" or a rival person that is not the speaker.
 */
import type { EntityMention, Quote } from '../types';
import type { MentionIndex } from './mentions';

const SIDE = /^(?:hat\s+|habe\s+|seien?\s+)?(?:die|der)\s+\p{Ll}+(?:ische|ische)\s+(?:Seite|Führung|Regierung|Delegation|Armee|Militär)\b/u;

/**
 * Not a claim about the other side: two sides together ("China und Deutschland seien Partner"),
 * or Germany, which in German news is the quoted official's own country ("Deutschland stehe bereit").
 */
const JOINT_OR_OWN = /^(?:\p{Lu}[\p{L}-]*\s+und\s+\p{Lu}|(?:Deutschland|die\s+Bundesrepublik|die\s+Bundesregierung)\b)/u;

/** A demand or advice, not an assertion of fact: "Frankreich braucht jetzt Stabilität". */
const DEMAND = /^\p{Lu}[\p{L}-]*\s+(?:braucht|brauche|muss|müsse|müssen|sollte|sollten|solle)\b/u;

/**
 * An announcement in "werde": officials announce what their own side will do
 * ("Finnland werde zwei Schiffe bereitstellen"); claims about the other side describe it.
 */
const ANNOUNCEMENT = /^\p{Lu}[\p{L}-]*\s+(?:werde|werden)\b/u;

/** "Moskau - " or "Miami (dpa) – " opening a report. */
const DATELINE = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?\s*(?:\([^)]{1,20}\)\s*)?[-–—]\s+/u;

/**
 * An institution of a state speaks for that state, so its words on another state are routine
 * diplomacy; a movement, party or militia is one side of a conflict ("Die Hamas erklärte …").
 */
const STATE_BODY = /(?:Ministerium|Amt|Regierung|Kreml|Palast|Botschaft|Präsidialamt|Armee|Behörde|Kanzlei|Haus)\b/u;

/** A spokesperson speaks for their principal, not as a rival: "sagte Regierungssprecher X". */
const SPOKESPERSON = /sprecher(?:in)?$/iu;

/** A nationality adjective ("chinesischen", "russische") in the words before a mention. */
const NATIONALITY = /\b(\p{Ll}{3,})(?:isch|esisch|sch)e[nrsm]?\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** Marks of a party politician near a name: "vom Rassemblement National", "(ÖVP)", "AfD-Fraktionschefin". */
const PARTISAN = /\b(?:Partei\p{Ll}*|Fraktion\p{Ll}*|Opposition\p{Ll}*|Parteichef\p{Ll}*|vom\s+\p{Lu})|\(\p{Lu}{2,6}\)|\b\p{Lu}{2,}[\p{L}]*-\p{L}+/u;

/** True when the article places the speaker in a party, so a rival is the other side. */
function isPartisan(text: string, speaker: string, mentions: MentionIndex): boolean {
  return mentions.of(speaker).some((e) => PARTISAN.test(text.slice(Math.max(0, e.start - 40), e.end + 40)));
}

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

/** Per mention index (one article), the nationality adjective before each mention asked about: quotes ask about the same speaker again and again. */
const adjectivesByIndex = new WeakMap<MentionIndex, Map<EntityMention, string | null>>();

/**
 * True when the article calls the speaker by the country's adjective ("der chinesische
 * Klimagesandte Liu" on China): the speaker is then speaking for their own side. The adjective
 * and the name share their first three letters in German (China/chinesisch, Polen/polnisch).
 */
function speaksForCountry(text: string, speaker: string, mentions: MentionIndex, country: string): boolean {
  const stem = country.slice(0, 3).toLowerCase();
  let adjectives = adjectivesByIndex.get(mentions);
  if (!adjectives) adjectivesByIndex.set(mentions, (adjectives = new Map()));
  for (const e of mentions.of(speaker)) {
    let adjective = adjectives.get(e);
    if (adjective === undefined) adjectives.set(e, (adjective = NATIONALITY.exec(text.slice(Math.max(0, e.start - 60), e.start))?.[1] ?? null));
    if (adjective !== null && adjective.startsWith(stem)) return true;
    if (e.role && e.role.toLowerCase().includes(stem)) return true;
  }
  return false;
}

/** How far after the report's start its subject may begin when a person (a title may come first); a place begins it. */
const PERSON_REACH = 24;

/** True when the quote reports what another state, side or rival person does, thinks or wants. */
export function isAboutOtherSide(q: Quote, mentions: MentionIndex, text = ''): boolean {
  if (!q.speaker) return false;
  const own = mentions.of(q.speaker);
  if (own.some((e) => e.role && SPOKESPERSON.test(e.role))) return false;
  const person = own.some((e) => e.type === 'PER') || /\s/.test(q.speaker);
  const content = q.text.replace(/^[„"“»«‚\s]+/, '').replace(DATELINE, '');
  if (JOINT_OR_OWN.test(content) || DEMAND.test(content) || ANNOUNCEMENT.test(content)) return false;
  if (person && SIDE.test(content)) return true;
  const firstWord = /^(?:hat\s+|habe\s+)?(\p{Lu}[\p{L}-]*)/u.exec(content)?.[1];
  if (!firstWord || firstWord === q.speaker) return false;
  const from = q.start + q.text.length - content.length;
  // A person may follow a title ("Kanzler Olaf Scholz habe …"); a place opens the report.
  const subject = mentions.firstNear(from, PERSON_REACH, (e) => e.start <= from + (e.type === 'PER' ? PERSON_REACH : 4));
  const country = countryNames().has(firstWord) || subject?.type === 'LOC';
  if (country && text && speaksForCountry(text, q.speaker, mentions, firstWord)) return false;
  if (!person) return country && !STATE_BODY.test(q.speaker);
  if (subject?.type === 'PER' && subject.canonical !== q.speaker) return isPartisan(text, q.speaker, mentions);
  return Boolean(subject?.type === 'LOC' && subject.canonical !== q.speaker) || countryNames().has(firstWord);
}
