/**
 * The workspace's own word lists, kept by the user in `.newslens/` next to the articles:
 * `entities.json` (known names, and words that are not names) and `boilerplate.json`
 * (line patterns). Parsing forgives: a half-typed file yields what is valid in it.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, KnownEntity } from '../analysis/types';

export const USER_DIR = '.newslens';
export const ENTITIES_FILE = 'entities.json';
export const BOILERPLATE_FILE = 'boilerplate.json';

/** What the user's files add to every analysis in the workspace. */
export interface UserContext {
  knownEntities: KnownEntity[];
  boilerplatePatterns: string[];
}

export const EMPTY_USER_CONTEXT: UserContext = { knownEntities: [], boilerplatePatterns: [] };

const TYPES: readonly (EntityType | 'NONE')[] = ['PER', 'LOC', 'ORG', 'OTH', 'NONE'];

function parseJson(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim().length > 0) : []);

export function parseKnownEntities(text: string): KnownEntity[] {
  const list = parseJson(text).entities;
  if (!Array.isArray(list)) return [];
  const out: KnownEntity[] = [];
  for (const e of list) {
    if (!e || typeof e !== 'object') continue;
    const { canonical, type, aliases } = e as Record<string, unknown>;
    if (typeof canonical !== 'string' || !canonical.trim() || !TYPES.includes(type as EntityType)) continue;
    out.push({ canonical: canonical.trim(), type: type as EntityType | 'NONE', aliases: strings(aliases) });
  }
  return out;
}

export function parseBoilerplatePatterns(text: string): string[] {
  return strings(parseJson(text).patterns);
}

export function userFilePath(folderPath: string, file: string): string {
  return join(folderPath, USER_DIR, file);
}

/** Which of the user's files a path is, if any. */
export function userFileKind(path: string): 'entities' | 'boilerplate' | null {
  const p = path.replace(/\\/g, '/');
  if (p.endsWith(`/${USER_DIR}/${ENTITIES_FILE}`)) return 'entities';
  if (p.endsWith(`/${USER_DIR}/${BOILERPLATE_FILE}`)) return 'boilerplate';
  return null;
}

async function readText(path: string): Promise<string | null> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch {
    return null;
  }
}

export async function readUserContext(folderPath: string): Promise<UserContext> {
  const [entities, boilerplate] = await Promise.all([
    readText(userFilePath(folderPath, ENTITIES_FILE)),
    readText(userFilePath(folderPath, BOILERPLATE_FILE)),
  ]);
  return {
    knownEntities: entities ? parseKnownEntities(entities) : [],
    boilerplatePatterns: boilerplate ? parseBoilerplatePatterns(boilerplate) : [],
  };
}

/** The user files of several workspace folders, as one context. */
export function mergeUserContexts(contexts: Iterable<UserContext>): UserContext {
  const merged: UserContext = { knownEntities: [], boilerplatePatterns: [] };
  for (const c of contexts) {
    merged.knownEntities.push(...c.knownEntities);
    for (const p of c.boilerplatePatterns) if (!merged.boilerplatePatterns.includes(p)) merged.boilerplatePatterns.push(p);
  }
  return merged;
}
