/**
 * The user's `newsLens.*` settings, pulled per resource with `workspace/configuration` and
 * cached until the client reports a configuration change.
 */
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_MAX_BYTES } from '../analysis/decode';

export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface NewsLensSettings {
  articleGlobs: string[];
  diagnostics: { boilerplate: DiagnosticLevel; unattributedClaims: DiagnosticLevel };
  maxFileSize: number;
}

export const DEFAULT_GLOBS = ['**/seeds/*.txt', '**/articles/**/*.txt', '**/news/**/*.txt'];

export const DEFAULT_SETTINGS: NewsLensSettings = {
  articleGlobs: DEFAULT_GLOBS,
  diagnostics: { boilerplate: 'information', unattributedClaims: 'information' },
  maxFileSize: DEFAULT_MAX_BYTES,
};

const LEVELS: readonly DiagnosticLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Accepts whatever the client sends and falls back to defaults field by field. */
export function normalizeSettings(raw: unknown): NewsLensSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const d = (r.diagnostics && typeof r.diagnostics === 'object' ? r.diagnostics : {}) as Record<string, unknown>;
  const level = (v: unknown, fallback: DiagnosticLevel): DiagnosticLevel =>
    LEVELS.includes(v as DiagnosticLevel) ? (v as DiagnosticLevel) : fallback;
  const globs = Array.isArray(r.articleGlobs) ? r.articleGlobs.filter((g: unknown): g is string => typeof g === 'string' && g.length > 0) : null;
  const max = typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  return {
    articleGlobs: globs ?? DEFAULT_GLOBS,
    diagnostics: {
      boilerplate: level(d.boilerplate, DEFAULT_SETTINGS.diagnostics.boilerplate),
      unattributedClaims: level(d.unattributedClaims, DEFAULT_SETTINGS.diagnostics.unattributedClaims),
    },
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
