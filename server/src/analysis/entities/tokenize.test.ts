import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../random';
import { tokenize } from '../tokens';
import { nameTokens, tokensOfForms } from './tokenize';

/** What nameTokens promises: the shared tokenizer's tokens, a name abbreviation joined to the full stop right after it. */
function reference(text: string, offset: number) {
  const tokens = tokenize(text, offset);
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const dot = tokens[i + 1];
    if (['St', 'Dr', 'Prof', 'Ft', 'Mt'].includes(t.text) && dot?.text === '.' && dot.start === t.end) {
      out.push({ text: `${t.text}.`, start: t.start, end: dot.end });
      i++;
    } else out.push({ text: t.text, start: t.start, end: t.end });
  }
  return out;
}

test('name abbreviations keep their full stop; other words and marks are tokens of their own', () => {
  const tokens = nameTokens('Dr. Müller traf in St. Petersburg den Kreml-Sprecher (Ost- und West-Politik).', 5);
  assert.deepEqual(tokens.map((t) => t.text), ['Dr.', 'Müller', 'traf', 'in', 'St.', 'Petersburg', 'den', 'Kreml-Sprecher', '(', 'Ost-', 'und', 'West-Politik', ')', '.']);
  assert.deepEqual([tokens[0].start, tokens[0].end, tokens[1].start], [5, 8, 9]);
});

test('the same tokens as the shared tokenizer on the seeds and on generated text', () => {
  const seeds = join(__dirname, '../../../../seeds');
  for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(seeds, f), 'utf8');
    assert.deepEqual(nameTokens(text, 3), reference(text, 3), f);
  }
  const pieces = ['St', 'Dr', 'Prof', 'Mt.', 'Ft', '.', '..', '-', '--', "'", '’', ':', '·', ' ', '\u00a0', '\u2009', '\u3000', '\n', '\t', 'Ä', 'ß', 'é',
    '3', '٣', 'Ⅻ', '𝐀', '😀', '\ud800', '\udc00', '„', '“', '(', ')', '/', '_', 'Kramp', 'Karrenbauer', 'O', 'Neill', 'innen', 'x'];
  const random = mulberry32(7);
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let k = Math.floor(random() * 30); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
    assert.deepEqual(nameTokens(text, 0), reference(text, 0), JSON.stringify(text));
    const tokens = nameTokens(text, 0);
    assert.deepEqual(tokensOfForms(text, tokens.map((t) => ({ word: t.text }))), tokens, JSON.stringify(text));
  }
});

test('tokens rebuilt from their texts have the offsets the tokenizer found', () => {
  const text = ' Dr. Müller\u00a0traf  in St. Petersburg\n„Ost-“ 😀 und 𝐀𝐁 (West-Politik).';
  const tokens = nameTokens(text, 0);
  assert.deepEqual(tokensOfForms(text, tokens.map((t) => ({ word: t.text }))), tokens);
});
