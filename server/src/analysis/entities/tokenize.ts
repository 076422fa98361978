/** Tokens for name recognition: the shared tokenizer, with name abbreviations kept whole ("St."). */
import { tokenize } from '../tokens';
import type { NameToken } from './types';

/** Abbreviations that stand inside names ("St. Petersburg", "Dr. Müller"). */
const NAME_ABBREVIATIONS = new Set(['St', 'Dr', 'Prof', 'Ft', 'Mt']);

export function mergeAbbreviations<T extends NameToken>(tokens: T[]): NameToken[] {
  const out: NameToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const dot = tokens[i + 1];
    if (NAME_ABBREVIATIONS.has(t.text) && dot && dot.text === '.' && dot.start === t.end) {
      out.push({ text: `${t.text}.`, start: t.start, end: dot.end });
      i++;
    } else out.push(t);
  }
  return out;
}

export function nameTokens(text: string, offset: number): NameToken[] {
  return mergeAbbreviations(tokenize(text, offset));
}
