/**
 * The analysis result types: the spine of News Lens.
 *
 * Everything here is editor-independent. Spans are JavaScript string offsets (UTF-16 code
 * units) into the original article text, end exclusive; lines are 0-based. The front ends
 * (LSP server, command line) convert offsets to positions once, at the edge, with `LineIndex`.
 */

/** A half-open range of UTF-16 offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Text structure

/** What a line of the article is, as far as layout tells. */
export type LineRole = 'empty' | 'metadata' | 'headline' | 'subheading' | 'body';

/** One physical line of the article. */
export interface ArticleLine extends Span {
  /** 0-based line number. */
  index: number;
  text: string;
  role: LineRole;
}

/** One sentence of content, never crossing a paragraph (blank line) boundary. */
export interface Sentence extends Span {
  text: string;
  /** 0-based line of the sentence's first character. */
  line: number;
  /** True when the sentence stands on a headline or subheading line. */
  isHeading: boolean;
}

/** A word or punctuation token. */
export interface Token extends Span {
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Entities

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'OTH';

/** How a mention was recognised; lets the hover explain itself. */
export type EntityEvidence = 'lexicon' | 'context' | 'model' | 'consistency' | 'user';

/** One occurrence of a name in the text. */
export interface EntityMention extends Span {
  /** The name as written, inflection included ("Putins"). */
  text: string;
  type: EntityType;
  /** The fullest base form seen in the article or workspace ("Wladimir Putin"). */
  canonical: string;
  /** A role or title the text attaches to this mention ("Kremlsprecher"). */
  role?: string;
  evidence: EntityEvidence;
  /** 0..1, how sure the recogniser is. */
  confidence: number;
  /** True when the mention stands on a boilerplate line (kept for hover, left out of counts). */
  inBoilerplate: boolean;
}

/** All mentions of one canonical name in an article. */
export interface Entity {
  canonical: string;
  type: EntityType;
  /** Every role or title the article gives this entity, in order of first appearance. */
  roles: string[];
  /** Other spellings seen ("Putins", "Putin"). */
  variants: string[];
  /** Indexes into `ArticleAnalysis.entities`. */
  mentions: number[];
}

// ---------------------------------------------------------------------------------------------
// Dates

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression and its normalisation. */
export interface TemporalExpression extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2025-04-11", "2025-04", "2025-W15", "2025-04-11T14:00", "P4Y", "PRESENT_REF"; null if unresolvable. */
  timex: string | null;
  /** Calendar value for readers and the JSON contract: YYYY-MM-DD | YYYY-MM | YYYY | YYYY-Www, or null (durations, unresolved). */
  value: string | null;
  /** How the value was reached, in words ("weekday before the publication date 2025-04-11"). */
  resolution: string;
  /** Set when a weekday and an explicit date in the same expression disagree. */
  weekdayMismatch?: { weekday: string; actual: string };
  /**
   * Set when a relative date contradicts the dateline: "am gestrigen Sonntag, 12. April" under
   * a dateline of Monday 14 April. `stated` is the date the words give, `implied` the one the
   * relative word implies from the dateline (both YYYY-MM-DD).
   */
  datelineClash?: { stated: string; implied: string };
}

export type PublicationSource = 'dateline' | 'metadata' | 'inferred' | 'none';

/** When the article was written, and why we think so. */
export interface PublicationDate {
  /** YYYY-MM-DD or YYYY-MM, or null when nothing in the text fixes it. */
  value: string | null;
  source: PublicationSource;
  /** Human-readable evidence ("dateline 11.04.2025", "Donnerstag (22. Januar) fits 2026"). */
  evidence: string;
  /** 0..1 */
  confidence: number;
  /** Where in the text the evidence stands, if anywhere. */
  span?: Span;
}

// ---------------------------------------------------------------------------------------------
// Speech and sourcing

export type QuoteKind = 'direct' | 'indirect';

/** A reported utterance. The span covers the content only, without quote marks or "dass". */
export interface Quote extends Span {
  kind: QuoteKind;
  text: string;
  /** Canonical name of the speaker, or null where the text names none. */
  speaker: string | null;
  /** Where the speaker is named (or the pronoun / role noun that stands for them). */
  speakerSpan?: Span;
  /** The word that marks the report: the verb of saying, "laut", "zufolge", "sei" … */
  cue?: string;
  /**
   * The report with its quotation marks or introducing "dass"/"ob", as speech corpora such as
   * REDEWIEDERGABE delimit it; absent when it equals the span.
   */
  extent?: Span;
}

export type ClaimReason =
  | 'no source'
  | 'hearsay'
  | 'anonymous source'
  | 'single interested party'
  | 'state-controlled media';

/** A content sentence whose claim rests on nobody, or on a weak source. */
export interface UnattributedClaim extends Span {
  text: string;
  why: ClaimReason;
  /** The source it does rest on, if any ("Tass", "Steve Witkoff"). */
  source?: string | null;
  /** The words that triggered the finding ("soll", "nach offiziellen Angaben"). */
  cue?: string;
}

// ---------------------------------------------------------------------------------------------
// Boilerplate

export type BoilerplateReason =
  | 'metadata'
  | 'repeated headline'
  | 'photo credit'
  | 'caption'
  | 'byline'
  | 'widget'
  | 'share or comment'
  | 'advertisement'
  | 'teaser'
  | 'source list'
  | 'AI disclosure'
  | 'repeated across articles'
  | 'user pattern';

/** A line that is not news content. */
export interface BoilerplateLine extends Span {
  /** 0-based line number. */
  line: number;
  reason: BoilerplateReason;
}

// ---------------------------------------------------------------------------------------------
// Meetings

export type MeetingStatus = 'happened' | 'planned' | 'speculated';

/** In the spirit of CAMEO's consult codes (040–046). */
export type MeetingKind = 'meeting' | 'visit' | 'host' | 'third-place' | 'phone' | 'negotiation';

/** A meeting, talk, visit or call reported by the article (all its mentions merged). */
export interface Meeting extends Span {
  /** Canonical names of people, or countries for unnamed delegations. */
  participants: string[];
  place: string | null;
  /** YYYY-MM-DD or YYYY-MM, or null. */
  date: string | null;
  status: MeetingStatus;
  kind: MeetingKind;
  /** The word that names the event ("trifft", "Gespräch", "telefoniert"). */
  trigger: string;
  /** Sentences that report this meeting; the first is the meeting's own span. */
  mentions: Span[];
  /** Indexes into `ArticleAnalysis.quotes` for quotes in those sentences. */
  quotes: number[];
}

// ---------------------------------------------------------------------------------------------
// Findings (what the editor underlines)

export type FindingCode = 'boilerplate' | 'unattributed-claim' | 'weekday-mismatch' | 'date-clash';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding extends Span {
  code: FindingCode;
  severity: Severity;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Input context and result

/** A name the workspace knows: from other articles or the user's entities file. */
export interface KnownEntity {
  canonical: string;
  type: EntityType | 'NONE';
  aliases: string[];
  roles?: string[];
}

/**
 * A dated event reported by another article of the workspace (who, where, on which day). An
 * article that gives no date of its own resolves a weekday or a year-less date from it when the
 * same sentence names the same people or place.
 */
export interface DatedAnchor {
  /** Canonical names of the people (or delegations) involved. */
  participants: string[];
  /** Canonical name of the place, or null. */
  place: string | null;
  /** The day it happened, YYYY-MM-DD. */
  date: string;
  /** Other spellings seen for the participants and the place, keyed by canonical name ("Putins"). */
  aliases?: Record<string, string[]>;
  /** Where it is stated: the other article's file and 0-based line. */
  source: { file: string; line: number };
}

/** What the analysis may know beyond the article's own text. */
export interface AnalysisContext {
  fileName?: string;
  /** Used when the article gives no date of its own (YYYY-MM-DD). */
  referenceDate?: string;
  /** Names known from the workspace; "NONE" marks a word the user said is not a name. */
  knownEntities?: KnownEntity[];
  /** Normalised line texts that occur in several files of the workspace. */
  repeatedLines?: ReadonlySet<string>;
  /** User regular expressions for boilerplate lines. */
  boilerplatePatterns?: string[];
  /** Dated events from other articles of the workspace (see `DatedAnchor`); used only when the article dates nothing itself. */
  anchors?: DatedAnchor[];
}

/** Everything News Lens knows about one article. */
export interface ArticleAnalysis {
  fileName?: string;
  /** Length of the analysed text, to map offsets safely. */
  length: number;
  lines: ArticleLine[];
  sentences: Sentence[];
  published: PublicationDate;
  entities: EntityMention[];
  entityIndex: Entity[];
  dates: TemporalExpression[];
  quotes: Quote[];
  meetings: Meeting[];
  boilerplate: BoilerplateLine[];
  claims: UnattributedClaim[];
  findings: Finding[];
}
