/**
 * Unmarked direct speech after a colon ("Der Minister sagte: Wir werden …"), as plain and
 * historical texts write it. A colon after a verb of saying opens the speech; it runs on over
 * the following sentences until the narration visibly resumes, but never far: without quotation
 * marks nothing else tells where it ends.
 */
import type { Token } from '../types';
import { clauseStart, leadingInquit, type Inquit } from './inquit';

/** Sentences an inquit colon may carry, the introducing one excluded. */
export const MAX_COLON_SENTENCES = 4;
/** The same after an announcement ("folgende Zuschrift:", "Artikel 36 lautet:"): a quoted document runs longer than a spoken turn. */
const MAX_ANNOUNCED_SENTENCES = 8;

/** Openings that show the narration (or a new quotation, a note, a dateline) has taken over. */
const NARRATION_START = /^\s*[„"“»«‚—–\-([*]/;

export interface ColonOpening {
  /** The verb of saying, or the announcing word. */
  cue: Token;
  /** The inquit, when a verb of saying introduced the colon. */
  inquit?: Inquit;
  /** How many sentences after the introducing one may still be speech. */
  sentences: number;
}

/** What the colon at token index `colon` opens, if it introduces speech. */
export function colonOpening(tokens: Token[], colon: number): ColonOpening | undefined {
  if (colon < 1 || tokens[colon]?.text !== ':') return undefined;
  const from = clauseStart(tokens, colon, true);
  const inquit = leadingInquit(tokens, from, colon, false);
  if (inquit) return { cue: inquit.cue, inquit, sentences: MAX_COLON_SENTENCES };
  const cue = announcement(tokens, from, colon);
  return cue && { cue, sentences: MAX_ANNOUNCED_SENTENCES };
}

/** Words that announce a quoted text by themselves: "lautet:", "der Wortlaut:". */
const ANNOUNCING = /^(?:lautet|lautete|lauten|lauteten|Wortlaut|Wortlauts)$/;
/** "folgende", "folgendes", "folgendermaßen": announce what comes, speech or a list alike. */
const FOLLOWING = /^(?:folgende[nmrs]?|folgendermaßen|nachstehende[nmrs]?)$/i;
/** Nouns naming an utterance or a text, which make "folgende …:" announce a quotation rather than a list. */
const UTTERANCE =
  /(?:worte|worten|erklärung|zuschrift|brief|schreiben|telegramm|depesche|mitteilung|bericht|erzählung|rede|antwort|aufruf|botschaft|äußerung|meldung|nachricht|inschrift|ausführungen|resolution|kundgebung|proklamation|erla(?:ss|ß)|befehl|ansprache|note|adresse|bemerkung|enthüllung|geschichte|stelle|sätze|zeilen|verse|gedicht)$/i;

/**
 * A colon that announces a quotation without a verb of saying before it: "Artikel 36 lautet:",
 * "… mit den Worten:", "Wir erhielten folgende Zuschrift:".
 */
function announcement(tokens: Token[], from: number, colon: number): Token | undefined {
  let following: Token | undefined;
  let utterance = false;
  for (let k = colon - 1; k >= from; k--) {
    const w = tokens[k].text;
    if (ANNOUNCING.test(w)) return tokens[k];
    if (w === 'folgt' && tokens[k - 1]?.text === 'wie') return tokens[k];
    if (FOLLOWING.test(w)) following = tokens[k];
    else if (/^\p{Lu}/u.test(w) && UTTERANCE.test(w)) {
      if (/^Worte/.test(w) && tokens[k - 2]?.text === 'mit') return tokens[k];
      utterance = true;
    }
  }
  return following && utterance ? following : undefined;
}

/** True when a sentence after a speech colon can still be part of the speech. */
export function continuesColonSpeech(sentence: string): boolean {
  return !NARRATION_START.test(sentence) && !sentence.trimEnd().endsWith(':');
}
