/**
 * The recogniser over tokenised sentences, shared by the article pipeline and `tag --conll`.
 * Each evidence source proposes candidates; overlaps are resolved by confidence; then names
 * established in the first pass are found again wherever they recur. The learned tagger is one
 * more source, ranked below the rules' confident evidence.
 */
import { registerCache } from '../caches';
import type { KnownEntity } from '../types';
import { attachAppositionRoles } from './appositionRoles';
import { buildMemory, consistencyCandidates } from './consistency';
import { clubCandidates, cueCandidates } from './cueSources';
import { compoundNameCandidates } from './compoundNameSources';
import { gazetteerFor, type Gazetteer } from './gazetteer';
import {
  acronymCandidates,
  gazetteerCandidates,
  placeCandidates,
  prepositionPlaceCandidates,
  quotedMediaCandidates,
  settlementShapeCandidates,
  type Suppressed,
} from './lexicalSources';
import { modelCandidates } from './modelSources';
import { personCandidates } from './personSources';
import { resolve } from './resolve';
import { nameTokens, tokensOfForms } from './tokenize';
import type { Candidate, NameToken } from './types';
import { tokenFacts, type WordFacts } from './wordFacts';

/** Below the rules' confident evidence (0.6 and up): on the seeds, ranking the tagger higher costs precision. */
const MODEL_CONFIDENCE = 0.55;

/** What the rules alone propose for one sentence, and the spans the user marked as no name. */
function ruleCandidates(tokens: readonly NameToken[], gazetteers: ReturnType<typeof gazetteerFor>): { out: Candidate[]; suppressed: Suppressed[] } {
  const out: Candidate[] = [];
  const suppressed: Suppressed[] = [];
  if (gazetteers.known) gazetteerCandidates(tokens, [gazetteers.known], 'user', out, suppressed);
  gazetteerCandidates(tokens, [gazetteers.builtIn], 'lexicon', out, suppressed);
  placeCandidates(tokens, out);
  prepositionPlaceCandidates(tokens, out);
  settlementShapeCandidates(tokens, out);
  acronymCandidates(tokens, out);
  personCandidates(tokens, out);
  cueCandidates(tokens, out);
  clubCandidates(tokens, out);
  compoundNameCandidates(tokens, out);
  quotedMediaCandidates(tokens, out);
  return { out, suppressed };
}

/** The rules' resolved decisions for one sentence without workspace names: what `tag --conll` stacks the tagger on. */
export function ruleDecisions(tokens: readonly NameToken[]): Candidate[] {
  const { out, suppressed } = ruleCandidates(tokens, gazetteerFor(undefined));
  return resolve(out, suppressed);
}

/**
 * A sentence's first pass as the memo keeps it: every source's proposals, the user's suppressions
 * and the resolved decisions, with the tokens held as their word facts alone (which hold their
 * texts; the offsets follow from the sentence). The memo keeps every new sentence until the next
 * clear, and the collector copies each object it holds until that object is old: a token object
 * and a string per token cost more there than the rules that read them.
 */
interface SentencePass {
  facts: readonly WordFacts[];
  proposals: Candidate[];
  suppressed: Suppressed[];
  resolved: Candidate[];
}

// The first pass depends on the sentence's text and the gazetteers alone. The editor re-analyses
// the article on every keystroke, and only the edited sentence is new: the others come from here.
const PASS_MEMO_LIMIT = 5_000;
let passMemos = new WeakMap<Gazetteer, Map<string, SentencePass>>();
registerCache({ clear: () => (passMemos = new WeakMap()) });

function passMemo(gazetteers: ReturnType<typeof gazetteerFor>): Map<string, SentencePass> {
  const owner = gazetteers.known ?? gazetteers.builtIn;
  let memo = passMemos.get(owner);
  if (!memo) passMemos.set(owner, (memo = new Map()));
  return memo;
}

function firstPass(tokens: readonly NameToken[], gazetteers: ReturnType<typeof gazetteerFor>): SentencePass {
  const { out, suppressed } = ruleCandidates(tokens, gazetteers);
  modelCandidates(tokens, out, MODEL_CONFIDENCE, resolve(out, suppressed));
  return { facts: tokenFacts(tokens), proposals: out, suppressed, resolved: resolve(out, suppressed) };
}

/** One sentence's tokens (offsets from its start) and the names found over them. */
export interface RecognisedSentence {
  tokens: readonly NameToken[];
  found: Candidate[];
}

export function recognizeSentences(texts: readonly string[], known?: readonly KnownEntity[]): RecognisedSentence[] {
  const gazetteers = gazetteerFor(known);
  const memo = passMemo(gazetteers);
  const passes: SentencePass[] = new Array(texts.length);
  const segments: NameToken[][] = new Array(texts.length);
  texts.forEach((text, s) => {
    let pass = memo.get(text);
    if (pass) segments[s] = tokensOfForms(text, pass.facts);
    else {
      segments[s] = nameTokens(text, 0);
      pass = firstPass(segments[s], gazetteers);
      if (memo.size >= PASS_MEMO_LIMIT) memo.clear();
      memo.set(text, pass);
    }
    passes[s] = pass;
  });
  const memory = buildMemory(segments, passes.map((p) => p.resolved));
  return passes.map(({ facts, proposals, suppressed, resolved }, s) => {
    const tokens = segments[s];
    const recurring: Candidate[] = [];
    consistencyCandidates(tokens, facts, memory, recurring);
    // Where no established name recurs, the first pass has decided already.
    const decided = recurring.length ? resolve(proposals.concat(recurring), suppressed) : resolved;
    return { tokens, found: attachAppositionRoles(tokens, decided) };
  });
}
