/**
 * Words that show what a sentence rests on. Each cue family maps to one ClaimReason; the
 * patterns are precompiled and linear (no nested quantifiers over the same characters).
 */
import type { ClaimReason } from '../types';
import type { Gated } from './triggers';

/** `needs`: word parts every match contains (see triggers.ts); a sentence without any of them skips the rule. */
export interface CueRule extends Gated {
  why: ClaimReason;
  /** What the claim rests on, in words, when the cue names it. */
  source: string | null;
}

/** Ordered from the most specific reason to the least. */
export const CUE_RULES: CueRule[] = [
  {
    why: 'state-controlled media',
    re: /\b(?:Das|Im|Laut|Nach)?\s*(?:Staatsfernsehen|Staatsmedien|Staatssender|Staatsagentur|staatlichen?\s+(?:Fernsehen|Medien|Sender|Fernsehsender))\b/u,
    source: 'state media',
    needs: ['taat'],
  },
  {
    why: 'hearsay',
    re: /\b(?:angeblich|Berichten\s+zufolge|[Mm]edienberichten|Medienberichte[n]?\s+zufolge|wie\s+verlautete|verlautete|es\s+heißt|hieß\s+es|Gerüchten\s+zufolge)\b/u,
    source: null,
    needs: ['angeblich', 'zufolge', 'edienberichten', 'verlautete', 'heißt', 'hieß'],
  },
  {
    // "soll/sollen" + infinitive as a report: "Auch Kushner soll teilnehmen."
    why: 'hearsay',
    re: /\b(?:soll|sollen)\b[^.;]*\s\p{Ll}+(?:en|ern|eln)\s*[.;!]?$/u,
    source: null,
    needs: ['soll'],
  },
  {
    why: 'anonymous source',
    // Also unnamed individuals and collectives: "sagte ein Diplomat", "Beobachter halten … für".
    re: /\b(?:(?:sagte|sagten|erklärte|berichtete|hieß\s+es\s+von)\s+(?:ein|eine|einem)\s+(?:\p{Ll}+e[rnm]?\s+)?(?:Diplomat|Insider|Beamte[rn]?|Beamtin|Regierungsvertreter|Informant|Eingeweihte[rn]?)(?:in)?\b|^\W*(?:Beobachter|Insider|Diplomaten)\s+(?:halten|erwarten|rechnen|gehen|glauben|vermuten|befürchten)\b|nach\s+offiziellen\s+Angaben|offiziellen\s+Angaben\s+zufolge|aus\s+(?:\p{Ll}+en\s+)?\p{Lu}\p{Ll}*[Kk]reisen|Diplomaten\s+zufolge|Insidern\s+zufolge|Beobachtern\s+zufolge|nach\s+Informationen\s+(?:aus|von)\s+\p{Ll})/u,
    source: null,
    needs: ['Diplomat', 'Insider', 'Beamt', 'Regierungsvertreter', 'Informant', 'Eingeweihte', 'Beobachter', 'offiziellen', 'reisen', 'Informationen'],
  },
  {
    // One side's authority as the only source: "nach Angaben der von der Hamas kontrollierten Behörde".
    why: 'single interested party',
    re: /\bvon\s+(?:der|den|dem)\s+\p{Lu}[\p{L}-]*\s+(?:kontrollierten|gesteuerten)\b/u,
    source: null,
    needs: ['kontrollierten', 'gesteuerten'],
  },
  {
    // An accusation or a quoted label is one party's claim about another: "Die Opposition warf
    // der Regierung vor, …", "Die Abgeordnete sprach von einem „Haushalt der Tricksereien“".
    why: 'single interested party',
    re: /\b(?:sprach|sprachen)\s+von\s+(?:einem\s+|einer\s+|einen\s+)?[„"»‚]|\b(?:wirft|werfen|warf|warfen)\s[^.;]*?\bvor\b|\b(?:beschuldigte|beschuldigten|bezichtigte|bezichtigten)\b/u,
    source: null,
    needs: ['sprach', 'wirft', 'werfen', 'warf', 'beschuldigte', 'bezichtigte'],
  },
  {
    // Agentless passives and "gilt als": an expectation or characterisation nobody owns.
    why: 'no source',
    re: /(?:^\W*(?:Erwartet|Geplant|Vorgesehen|Befürchtet|Vermutet)\s+(?:werden|wird|ist|sind)\b|\b(?:gilt|gelten|galt|galten)\s(?:[\p{L}-]+\s){0,4}?als\b|\b(?:ist|sind|war|waren)\s(?:[\p{L}\d.-]+\s){0,5}?(?:geplant|vorgesehen|angesetzt|im\s+Gespräch(?!\s+mit))\b|\b(?:wird|werden)\s(?:[\p{L}\d.-]+\s){0,5}?erwartet\s*[.;!]?$|\bes\s+(?:wurde|wird)\s+(?:\p{Ll}+\s+){0,2}(?:nicht\s+)?(?:ausgeschlossen|erwartet|vermutet|angenommen|befürchtet)\b|\bwird\s+(?:allgemein\s+)?(?:erwartet|vermutet|befürchtet)\b)/u,
    source: null,
    needs: ['Erwartet', 'Geplant', 'Vorgesehen', 'Befürchtet', 'Vermutet', 'gilt', 'gelten', 'galt', 'geplant', 'vorgesehen', 'angesetzt', 'Gespräch', 'erwartet', 'ausgeschlossen', 'vermutet', 'angenommen', 'befürchtet'],
  },
];

/**
 * Characterisations and claims about a party's stance or intent that the writer states as fact:
 * "X stellt eine seltene … dar", "zeigte sich unterstützend", "ist es essenziell", "sind nicht
 * mehr bereit". They count only in sentences that report nobody's words.
 */
export const CHARACTERISATION: Gated = {
  re: /\b(?:stellt|stellte|stellen|stellten)\s+(?:ein|eine|einen)\s+\p{Ll}+\s[^.;]*?\bdar\b|\b(?:zeigt|zeigte|zeigen|zeigten)\s+sich\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:end|ig|lich|bereit)\b|\b(?:ist|sind|war|waren)\s+(?:es\s+)?(?:\p{Ll}+\s+)?(?:essenziell|essentiell|unerlässlich|unverzichtbar)\b|\b(?:ist|sind|war|waren)\s+(?:\p{Ll}+\s+){0,2}nicht\s+mehr\s+bereit\b/u,
  needs: ['stell', 'zeig', 'essenziell', 'essentiell', 'unerlässlich', 'unverzichtbar', 'bereit'],
};

/**
 * The writer's own forecast in a speculative modal: "Der Streit dürfte den Gipfel prägen",
 * "Fitch könnte die Bonität herabstufen". Counts only in sentences that report nobody's words.
 */
export const SPECULATION: Gated = { re: /\b(?:dürfte|dürften|könnte|könnten)\s(?:[^.;,]*\s)?\p{Ll}+(?:en|ern|eln)\s*[.;!]?$/u, needs: ['dürfte', 'könnte'] };

/** The first cue rule that fires on a sentence, with the matched words. `may` tells which rules the sentence has the words for. */
export function firstCue(sentence: string, may: (rule: Gated) => boolean = () => true): { rule: CueRule; cue: string; at: number } | undefined {
  for (let k = 0; k < CUE_RULES.length; k++) {
    const rule = CUE_RULES[k];
    if (!may(rule)) continue;
    const m = rule.re.exec(sentence);
    if (m) return { rule, cue: m[0].trim(), at: m.index };
  }
  return undefined;
}
