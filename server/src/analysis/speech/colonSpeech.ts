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
  const from = clauseStart(tokens, colon);
  const inquit = leadingInquit(tokens, from, colon, false);
  if (inquit) return { cue: inquit.cue, inquit, sentences: MAX_COLON_SENTENCES };
  return undefined;
}

/** True when a sentence after a speech colon can still be part of the speech. */
export function continuesColonSpeech(sentence: string): boolean {
  return !NARRATION_START.test(sentence) && !sentence.trimEnd().endsWith(':');
}
