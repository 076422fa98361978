/**
 * Plain assertions the writer makes without naming anybody: intentions, moods, reactions and
 * internal goings-on of a party, stated as fact. Each counts only in a sentence that reports
 * nobody's words; all patterns are linear (one bounded gap, no nested quantifiers).
 */
import type { Gated } from './triggers';

/** A plan to meet, travel or talk is a scheduled event, not an intention that needs a source. */
const SCHEDULED = new Set([
  'beraten', 'treffen', 'sprechen', 'reisen', 'empfangen', 'besuchen', 'teilnehmen', 'zusammenkommen',
  'telefonieren', 'verhandeln', 'fliegen', 'zusammentreffen', 'tagen',
]);

/** "Die Kommission will bis Ende April einen Gesetzentwurf vorlegen." */
const INTENTION: Gated = {
  re: /\b(?:will|wollen|plant|planen|beabsichtigt|beabsichtigen)\s(?:[^.;,]*\s)?(\p{Ll}+(?:en|ern|eln))\s*[.;!]?$/u,
  needs: ['will', 'wollen', 'plant', 'planen', 'beabsichtig'],
};

/**
 * A dated plan is news that needs a source; an open-ended aim ("Trump will den Krieg beenden")
 * is usually known background.
 */
const DATED = /\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Frühjahr|Sommer|Herbst|Winter|Jahresende|Wochenende|Ostern|Weihnachten|(?:nächste|kommende|diese)[nrs]?\s+(?:Woche|Monat|Jahr)|\d{4})\b/u;

/** "Berlin strebt eine Einigung bis Ostern an." */
const STRIVING: Gated = { re: /\b(?:strebt|streben|strebte|strebten)\s[^.;]*\ban\s*[.;!]?$/u, needs: ['streb'] };

/** Goings-on nobody could see from outside: "steht intern in der Kritik", "hinter den Kulissen". */
const NON_PUBLIC: Gated = { re: /\b(?:intern|hinter\s+den\s+Kulissen|hinter\s+vorgehaltener\s+Hand)\b/u, needs: ['intern', 'Kulissen', 'vorgehaltener'] };

/** A standing or mood put on a party: "steht seit Wochen in der Kritik", "gerät unter Druck". */
const STANDING: Gated = {
  re: /\b(?:steht|stehen|stand|standen|gerät|geraten|geriet|gerieten)\s(?:[\p{L}\d-]+\s){0,4}?(?:in\s+der\s+Kritik|in\s+die\s+Kritik|unter\s+Druck|unter\s+Beschuss)\b/u,
  needs: ['Kritik', 'Druck', 'Beschuss'],
};

/** A crowd's reaction summed up by the writer: "Die Fans reagierten mit Spott auf die Bilanz." */
const REACTION: Gated = {
  re: /\breagiert(?:e|en)?\s(?:[^.;,]*\s)?mit\s+(?:Spott|Häme|Empörung|Entsetzen|Unverständnis|Wut|Kritik|Begeisterung|Erleichterung|Jubel|Bestürzung|Sorge|Skepsis|Zurückhaltung|Gelassenheit)\b/u,
  needs: ['reagiert'],
};

/** A party's hopes or fears: "Die Wirtschaft setzt große Hoffnungen in die Reise." */
const HOPE: Gated = {
  re: /\b(?:setzt|setzen|setzte|setzten)\s(?:[\p{L}-]+\s){0,2}Hoffnungen\b|\b(?:hofft|hoffen|befürchtet|befürchten)\s+(?:auf|eine?n?|weitere)\b/u,
  needs: ['Hoffnungen', 'hofft', 'hoffen', 'befürchte'],
};

/** The patterns of unsourcedAssertion(), after the intention. */
const ASSERTIONS = [STRIVING, NON_PUBLIC, STANDING, REACTION, HOPE];

/** Every pattern unsourcedAssertion() tries, for a Triggers scan. */
export const ASSERTION_PATTERNS: readonly Gated[] = [INTENTION, ...ASSERTIONS];

/** The words of the first unsourced assertion in a sentence, if any. `may` tells which patterns the sentence has the words for. */
export function unsourcedAssertion(sentence: string, may: (pattern: Gated) => boolean = () => true): string | undefined {
  const intent = may(INTENTION) ? INTENTION.re.exec(sentence) : null;
  if (intent && !SCHEDULED.has(intent[1]) && DATED.test(intent[0])) return intent[0];
  for (let k = 0; k < ASSERTIONS.length; k++) {
    const pattern = ASSERTIONS[k];
    const m = may(pattern) ? pattern.re.exec(sentence) : null;
    if (m) return m[0];
  }
  return undefined;
}
