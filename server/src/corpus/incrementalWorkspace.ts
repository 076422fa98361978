/**
 * Workspace analysis that remembers: each article's two analyses (alone, then with what the
 * other articles know) are kept with the inputs they depended on, and redone only when those
 * inputs change. Editing one article re-analyses that article, plus the others only when the
 * names or dated events they share with it actually changed.
 *
 * What each pass depends on, exactly:
 *   first pass  — the text, the base context, and which of the article's own lines repeat elsewhere;
 *                 it looks for quotes and meetings (for dated anchors) only where some article may
 *                 need anchors, and never for claims;
 *   second pass — the first pass's inputs, the known names that could match a word of the article
 *                 (`NameRelevance`: the others change nothing in it), and (only for an article that
 *                 dates nothing itself) the workspace's dated anchors.
 */
import { analyzeArticle, type StepSelection } from '../analysis/article';
import type { AnalysisContext, ArticleAnalysis, DatedAnchor, KnownEntity } from '../analysis/types';
import { collectAnchors, statesItsDate, statesNoDate } from './datedAnchors';
import { analyzeReports, reportsKey } from './index';
import { NameRelevance } from './knownNames';
import { collectReports, type SourcedReport } from './mergeMeetings';
import { StringPool } from './stringPool';
import { distinctLineKeys, linesRepeatedAcross } from './repeatedLines';
import type { CorpusAnalysis } from './types';

export interface WorkspaceArticle<A = ArticleAnalysis> {
  file: string;
  text: string;
  analysis: A;
}

export interface WorkspaceResult<A = ArticleAnalysis> {
  articles: WorkspaceArticle<A>[];
  corpus: CorpusAnalysis;
  repeatedLines: ReadonlySet<string>;
  /** The base context's names first, then the names the articles established. */
  knownEntities: KnownEntity[];
}

/** How far a run got: articles analysed so far out of those that needed it. */
export interface WorkspaceProgress {
  done: number;
  total: number;
}

export type BaseContext = Omit<AnalysisContext, 'fileName'>;

/** What the workspace takes from an article's first analysis (kept instead of the analysis, to save memory). */
interface FirstFacts {
  entityIndex: Pick<ArticleAnalysis['entityIndex'][number], 'canonical' | 'type' | 'variants' | 'roles'>[];
  /** Its dated anchors; unknown (not looked for) while no article of the workspace needed any. */
  anchors?: DatedAnchor[];
  /** The article dates nothing itself, so the workspace's anchors matter to it. */
  undated: boolean;
}

interface SecondInputs {
  firstKey: string;
  names: string;
  anchors: string;
}

const sameInputs = (a: SecondInputs | undefined, b: SecondInputs) => !!a && a.firstKey === b.firstKey && a.names === b.names && a.anchors === b.anchors;

interface Memo<A> {
  text: string;
  /** Distinct line keys of the text, computed once per text. */
  lineKeys: string[];
  /** The text's words as `NameRelevance` compares them, computed once per text. */
  wordKeys: string;
  firstKey?: string;
  first?: FirstFacts;
  /** The second pass's inputs; the workspace-wide parts are shared strings, never concatenated per article (memory). */
  secondInputs?: SecondInputs;
  /** What is kept of the second analysis (see the constructor). */
  second?: A;
  /** The second analysis's meeting reports, which is all the corpus view reads, and their `reportsKey`. */
  reports?: SourcedReport[];
  corpusKey?: string;
}

/** Names every article agrees on, for linking surname-only mentions in the others. */
export function knownEntitiesOf(analyses: Iterable<{ entityIndex: FirstFacts['entityIndex'] }>): KnownEntity[] {
  const byName = new Map<string, KnownEntity>();
  for (const a of analyses) {
    for (const e of a.entityIndex) {
      if (e.type === 'OTH') continue;
      const k = byName.get(e.canonical);
      if (!k) byName.set(e.canonical, { canonical: e.canonical, type: e.type, aliases: [...e.variants], roles: [...e.roles] });
      else {
        for (const v of e.variants) if (!k.aliases.includes(v)) k.aliases.push(v);
        for (const r of e.roles) if (!k.roles!.includes(r)) k.roles!.push(r);
      }
    }
  }
  return [...byName.values()];
}

export class IncrementalWorkspace<A = ArticleAnalysis> {
  private readonly memos = new Map<string, Memo<A>>();
  /** The last corpus view and the inputs it was built from: typing that moves no meeting reuses it. */
  private corpusMemo?: { key: string; corpus: CorpusAnalysis };

  /** The steps of the final analyses (all, unless the caller keeps no claims or findings). */
  private readonly finalSteps: StepSelection;

  /**
   * `keep` is what is remembered of each article's final analysis: the analysis itself for a
   * one-off run, nothing for a long-lived index that hands each new analysis on at once (the
   * corpus view needs only the meeting reports, which are kept anyway). `claims: false` when what
   * it keeps reads no claims or findings: the final analyses then leave them out.
   */
  constructor(
    private readonly keep: (analysis: ArticleAnalysis, file: string) => A,
    options: { claims?: boolean } = {},
  ) {
    this.finalSteps = { claims: options.claims ?? true };
  }

  /** Analyses the workspace to completion, synchronously. */
  analyze(docs: readonly { file: string; text: string }[], base: BaseContext = {}): WorkspaceResult<A> {
    const run = this.steps(docs, base);
    for (let step = run.next(); ; step = run.next()) if (step.done) return step.value;
  }

  /**
   * The same analysis as a generator that pauses after each article it had to analyse, so a
   * caller can yield to other work (requests, typing) and report progress in between.
   */
  *steps(docs: readonly { file: string; text: string }[], base: BaseContext = {}): Generator<WorkspaceProgress, WorkspaceResult<A>> {
    const memos = docs.map((d) => this.memoFor(d.file, d.text));
    // What is kept of this run's analyses shares its strings, and equal names and meetings one
    // object each (a new pool each run lets go of those gone).
    const strings = new StringPool();
    const shared = new Map<string, object>();
    const share = <T extends object>(value: T): T => {
      const key = JSON.stringify(value);
      let known = shared.get(key);
      if (!known) shared.set(key, (known = strings.intern(JSON.parse(key) as T)));
      return known as T;
    };
    const present = new Set(docs.map((d) => d.file));
    for (const file of this.memos.keys()) if (!present.has(file)) this.memos.delete(file);
    const repeatedLines = linesRepeatedAcross(memos.map((m) => m.lineKeys));
    const baseKey = JSON.stringify(base);
    const firstKeys = memos.map((m) => `${baseKey}\u0001${m.lineKeys.filter((k) => repeatedLines.has(k)).join('\u0000')}`);
    const firstStale = memos.filter((m, i) => m.firstKey !== firstKeys[i]).length;
    let anchorsStale = 0;
    let secondStale = 0;
    let done = 0;
    const total = () => firstStale + anchorsStale + secondStale;

    // Anchors matter only to articles that date nothing themselves: where every article states
    // its date, first passes leave quotes and meetings out (the anchors they skip are looked for
    // later, should an undated article join).
    const anchorsWanted = memos.some((m, i) => (m.firstKey === firstKeys[i] ? m.first!.undated : statesNoDate(m.text)));
    const firstSteps: StepSelection = { claims: false, quotes: (published) => anchorsWanted && statesItsDate(published) };
    for (let i = 0; i < docs.length; i++) {
      const m = memos[i];
      if (m.firstKey === firstKeys[i]) continue;
      const first = analyzeArticle(m.text, { ...base, fileName: docs[i].file, repeatedLines }, firstSteps);
      const stated = statesItsDate(first.published);
      m.first = {
        entityIndex: first.entityIndex.map(({ canonical, type, variants, roles }) => share({ canonical, type, variants, roles })),
        anchors: !stated ? [] : anchorsWanted ? strings.intern(collectAnchors([{ file: docs[i].file, analysis: first }])) : undefined,
        undated: first.published.source === 'none',
      };
      m.firstKey = firstKeys[i];
      done++;
      yield { done, total: total() };
    }
    if (memos.some((m) => m.first!.undated)) {
      anchorsStale = memos.filter((m) => !m.first!.anchors).length;
      for (let i = 0; i < docs.length; i++) {
        const m = memos[i];
        if (m.first!.anchors) continue;
        const first = analyzeArticle(m.text, { ...base, fileName: docs[i].file, repeatedLines }, { claims: false });
        m.first!.anchors = strings.intern(collectAnchors([{ file: docs[i].file, analysis: first }]));
        done++;
        yield { done, total: total() };
      }
    }

    const firsts = memos.map((m) => m.first!);
    const anchorsRead = firsts.some((f) => f.undated);
    const knownEntities = [...(base.knownEntities ?? []), ...knownEntitiesOf(firsts)];
    // Without an undated article no analysis reads anchors (and some were not looked for).
    const anchors = anchorsRead ? firsts.flatMap((f) => f.anchors!) : [];
    // Each article's anchors are one contiguous run of `anchors` (flatMap in document order), so
    // "everyone else's anchors" is the array without that run: no filter over the whole list per article.
    const anchorStarts: number[] = [];
    for (let i = 0, at = 0; i < firsts.length; at += firsts[i].anchors?.length ?? 0, i++) anchorStarts.push(at);
    const anchorsKey = anchorsRead ? JSON.stringify(anchors) : '';
    const relevance = new NameRelevance(knownEntities);
    const secondInputs = memos.map((m, i) => ({ firstKey: firstKeys[i], names: relevance.keyFor(m.wordKeys), anchors: m.first!.undated ? anchorsKey : '' }));
    secondStale = memos.filter((m, i) => !sameInputs(m.secondInputs, secondInputs[i])).length;

    for (let i = 0; i < docs.length; i++) {
      const m = memos[i];
      if (sameInputs(m.secondInputs, secondInputs[i])) continue;
      const analysis = analyzeArticle(
        m.text,
        {
          ...base,
          fileName: docs[i].file,
          repeatedLines,
          knownEntities,
          // An article that dates itself reads no anchors: it is spared a copy of them all.
          anchors: m.first!.undated ? othersAnchors(base.anchors ?? [], anchors, anchorStarts[i], m.first!.anchors!.length) : base.anchors,
        },
        this.finalSteps,
      );
      m.reports = collectReports([{ file: docs[i].file, analysis }]).map(({ source, meeting, published }) => ({ source: strings.intern(source), meeting: share(meeting), published: strings.intern(published) }));
      m.corpusKey = reportsKey(m.reports);
      m.second = this.keep(analysis, docs[i].file);
      m.secondInputs = secondInputs[i];
      done++;
      yield { done, total: total() };
    }

    const articles = docs.map((d, i) => ({ file: d.file, text: d.text, analysis: memos[i].second! }));
    const corpusKey = memos.map((m) => m.corpusKey).join('\u0000');
    if (this.corpusMemo?.key !== corpusKey) this.corpusMemo = { key: corpusKey, corpus: analyzeReports(memos.flatMap((m) => m.reports!)) };
    return { articles, corpus: this.corpusMemo.corpus, repeatedLines, knownEntities };
  }

  private memoFor(file: string, text: string): Memo<A> {
    const known = this.memos.get(file);
    if (known?.text === text) return known;
    const memo: Memo<A> = { text, lineKeys: distinctLineKeys(text), wordKeys: NameRelevance.wordKeys(text) };
    this.memos.set(file, memo);
    return memo;
  }
}

/** The base anchors, then the workspace's anchors without the article's own run `[start, start + count)`. */
function othersAnchors(base: readonly DatedAnchor[], anchors: readonly DatedAnchor[], start: number, count: number): DatedAnchor[] {
  return base.concat(anchors.slice(0, start), anchors.slice(start + count));
}
