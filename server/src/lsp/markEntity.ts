/**
 * "Mark as person / place / organisation / not a name": quick fixes that record the user's
 * judgement in `.newslens/entities.json` — the only file outside the articles News Lens
 * edits. Each is one workspace edit (creating the file when missing) plus a command telling
 * the server the new content at once, before the user saves.
 */
import { CodeActionKind, CreateFile, TextDocumentEdit, type CodeAction, type Range } from 'vscode-languageserver/node';
import type { EntityType } from '../analysis/types';

export type MarkType = Exclude<EntityType, 'OTH'> | 'NONE';

/** Server command: `[folderUri, entitiesFileText]`, applied as if the file had been saved. */
export const APPLY_ENTITIES_COMMAND = 'newsLens.applyEntitiesFile';

export const MARK_LABELS: Record<MarkType, string> = { PER: 'person', LOC: 'place', ORG: 'organisation', NONE: 'not a name' };

export interface MarkTarget {
  /** The name as written under the cursor. */
  text: string;
  /** The canonical name, for a recognised mention. */
  canonical?: string;
  /** The type the analysis gave it, for a recognised mention. */
  type?: EntityType;
}

export interface EntitiesFile {
  uri: string;
  folderUri: string;
  /** The file's text on disk, or null when it does not exist yet. */
  text: string | null;
}

interface Entry {
  canonical: string;
  type: MarkType;
  aliases?: string[];
  [key: string]: unknown;
}

/** The file's JSON with the mark applied, or null when the file is not valid JSON (never overwrite a user's text we cannot read). */
export function withMark(fileText: string | null, target: MarkTarget, type: MarkType): string | null {
  let doc: { entities?: unknown; [key: string]: unknown };
  try {
    doc = fileText && fileText.trim() ? JSON.parse(fileText) : {};
  } catch {
    return null;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const entries: Entry[] = Array.isArray(doc.entities) ? (doc.entities as Entry[]) : [];
  // "Not a name" is about the word as written; a type is about the entity behind it.
  const canonical = type === 'NONE' ? target.text : target.canonical ?? target.text;
  const alias = target.text !== canonical ? target.text : null;
  const existing = entries.find((e) => e && e.canonical === canonical);
  if (existing) {
    existing.type = type;
    if (alias && !(existing.aliases ?? []).includes(alias)) existing.aliases = [...(existing.aliases ?? []), alias];
  } else {
    entries.push({ canonical, type, aliases: alias ? [alias] : [] });
  }
  return `${JSON.stringify({ ...doc, entities: entries }, null, 2)}\n`;
}

function wholeText(text: string): Range {
  const lines = text.split(/\r\n|\r|\n/);
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

/** The quick fixes for one name; a recognised mention is not offered its own type again. */
export function markActions(target: MarkTarget, file: EntitiesFile, kinds: readonly MarkType[] = ['PER', 'LOC', 'ORG', 'NONE']): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const type of kinds) {
    if (target.type === type) continue;
    const next = withMark(file.text, target, type);
    if (next === null) continue;
    const documentChanges = file.text === null
      ? [CreateFile.create(file.uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri: file.uri, version: null }, [{ range: wholeText(''), newText: next }])]
      : [TextDocumentEdit.create({ uri: file.uri, version: null }, [{ range: wholeText(file.text), newText: next }])];
    actions.push({
      title: `Mark “${target.text}” as ${MARK_LABELS[type]}`,
      kind: CodeActionKind.QuickFix,
      edit: { documentChanges },
      command: { title: 'Re-analyse with the known names', command: APPLY_ENTITIES_COMMAND, arguments: [file.folderUri, next] },
    });
  }
  return actions;
}
