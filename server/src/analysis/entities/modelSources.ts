/**
 * Evidence from the learned tagger, stacked on the rules' decisions: its PER/LOC/ORG spans as candidates. They rank below the
 * rules' confident evidence, so the tagger mostly adds names the rules have no cue for; OTH and
 * GermEval's derived/part labels are not names in the article's sense.
 */
import { roleNoun } from '../lexicon/roles';
import type { EntityType } from '../types';
import { tagSentence, taggedSpans } from './tagger/index';
import { sentenceHints } from './tagger/ruleHints';
import type { Candidate, NameToken } from './types';

const ARTICLE_TYPES = new Set<string>(['PER', 'LOC', 'ORG']);

/** `rules` are the rules' resolved decisions on the sentence, which the tagger is stacked on. */
export function modelCandidates(tokens: readonly NameToken[], out: Candidate[], confidence: number, rules: readonly Candidate[]): void {
  if (!tokens.length) return;
  for (const span of taggedSpans(tagSentence(tokens, sentenceHints(rules, tokens.length)))) {
    // A title alone ("Emir", "Papst") is a role, never the person.
    if (!ARTICLE_TYPES.has(span.label) || (span.end - span.first === 1 && roleNoun(tokens[span.first].text))) continue;
    const canonical = tokens.slice(span.first, span.end).map((t) => t.text).join(' ');
    out.push({ first: span.first, end: span.end, type: span.label as EntityType, canonical, evidence: 'model', confidence });
  }
}
