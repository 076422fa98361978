/**
 * The user's `newsLens.*` settings, pulled per resource with `workspace/configuration` and
 * cached until the client reports a configuration change.
 */
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_MAX_BYTES } from '../analysis/decode';
import type { ClaimReason } from '../analysis/types';

export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface DiagnosticSettings {
  boilerplate: DiagnosticLevel;
  /** Claims resting on a weak source (hearsay, anonymous, interested party, state media). */
  unattributedClaims: DiagnosticLevel;
  /** Claims resting on nobody: common in any news text, so quieter by default. */
  noSourceClaims: DiagnosticLevel;
  /** Date findings: weekday mismatches, clashes with the dateline, and any new date code. */
  dates: DiagnosticLevel;
  /** Reports of the same meeting in other articles that disagree with this one (place, date, participants). */
  contradictions: DiagnosticLevel;
  /** At most this many diagnostics per file, so a scrape dump cannot flood the Problems panel. */
  maxPerFile: number;
}

export interface NewsLensSettings {
  articleGlobs: string[];
  diagnostics: DiagnosticSettings;
  claims: { reasons: ClaimReason[] };
  inlayHints: { dates: boolean };
  /** The "reported in 3 articles" lens above meetings. */
  codeLens: { meetings: boolean };
  maxFileSize: number;
}

export const DEFAULT_GLOBS = ['**/seeds/*.txt', '**/articles/**/*.txt', '**/news/**/*.txt'];

export const CLAIM_REASONS: readonly ClaimReason[] = ['no source', 'hearsay', 'anonymous source', 'single interested party', 'state-controlled media'];

export const DEFAULT_SETTINGS: NewsLensSettings = {
  articleGlobs: DEFAULT_GLOBS,
  diagnostics: { boilerplate: 'information', unattributedClaims: 'information', noSourceClaims: 'hint', dates: 'warning', contradictions: 'warning', maxPerFile: 100 },
  claims: { reasons: [...CLAIM_REASONS] },
  inlayHints: { dates: true },
  codeLens: { meetings: true },
  maxFileSize: DEFAULT_MAX_BYTES,
};

const LEVELS: readonly DiagnosticLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

const objectOr = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** Accepts whatever the client sends and falls back to defaults field by field. */
export function normalizeSettings(raw: unknown): NewsLensSettings {
  const r = objectOr(raw);
  const d = objectOr(r.diagnostics);
  const defaults = DEFAULT_SETTINGS.diagnostics;
  const level = (v: unknown, fallback: DiagnosticLevel): DiagnosticLevel =>
    LEVELS.includes(v as DiagnosticLevel) ? (v as DiagnosticLevel) : fallback;
  const globs = Array.isArray(r.articleGlobs) ? r.articleGlobs.filter((g: unknown): g is string => typeof g === 'string' && g.length > 0) : null;
  const max = typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  const cap = typeof d.maxPerFile === 'number' && d.maxPerFile >= 0 ? Math.floor(d.maxPerFile) : defaults.maxPerFile;
  const reasons = objectOr(r.claims).reasons;
  const hints = objectOr(r.inlayHints).dates;
  const lenses = objectOr(r.codeLens).meetings;
  return {
    articleGlobs: globs ?? DEFAULT_GLOBS,
    diagnostics: {
      boilerplate: level(d.boilerplate, defaults.boilerplate),
      unattributedClaims: level(d.unattributedClaims, defaults.unattributedClaims),
      noSourceClaims: level(d.noSourceClaims, defaults.noSourceClaims),
      dates: level(d.dates, defaults.dates),
      contradictions: level(d.contradictions, defaults.contradictions),
      maxPerFile: cap,
    },
    claims: { reasons: Array.isArray(reasons) ? CLAIM_REASONS.filter((c) => reasons.includes(c)) : [...CLAIM_REASONS] },
    inlayHints: { dates: typeof hints === 'boolean' ? hints : DEFAULT_SETTINGS.inlayHints.dates },
    codeLens: { meetings: typeof lenses === 'boolean' ? lenses : DEFAULT_SETTINGS.codeLens.meetings },
    maxFileSize: max,
  };
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<NewsLensSettings>>();
  /** False until the client says it answers `workspace/configuration`. */
  supported = false;

  constructor(private readonly connection: Connection) {}

  get(resource: string | undefined): Promise<NewsLensSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    const key = resource ?? '';
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: resource, section: 'newsLens' })
        .then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.cache.set(key, pending);
    }
    return pending;
  }

  clear(): void {
    this.cache.clear();
  }
}
