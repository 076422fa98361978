import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../analysis/article';
import { changeBetween, mapThroughChange } from './editMapping';

const BEFORE = [
  'Außenministerin trifft Amtskollegen in Paris',
  'Paris, 14.05.2025',
  '',
  'Bundesaußenministerin Annalena Baerbock ist am Mittwoch in Paris mit ihrem französischen Amtskollegen Jean-Noël Barrot zusammengetroffen.',
  '',
  '„Europa muss jetzt zusammenstehen“, sagte Baerbock nach dem Gespräch im Quai d’Orsay.',
].join('\n');

const spans = (xs: { start: number; end: number; text?: string }[]) => xs.map((x) => `${x.start}-${x.end}:${x.text ?? ''}`);

test('the change between two texts is their differing middle, with the lines it adds', () => {
  assert.deepEqual(changeBetween('Er sagte dies.', 'Er sagte\n\ndies.'), { start: 8, oldEnd: 9, newEnd: 10, lineDelta: 2 });
  assert.equal(changeBetween('gleich', 'gleich'), null);
});

test('names after an inserted paragraph move with it and match a fresh analysis of the new text', () => {
  const at = BEFORE.indexOf('„Europa');
  const after = `${BEFORE.slice(0, at)}Die Gespräche sollen im Juni fortgesetzt werden.\n\n${BEFORE.slice(at)}`;
  const mapped = mapThroughChange(analyzeArticle(BEFORE), changeBetween(BEFORE, after)!, after);
  const fresh = analyzeArticle(after);
  const moved = mapped.entities.filter((e) => e.start > at);
  assert.ok(moved.length > 0, 'the quote paragraph keeps its speaker');
  assert.deepEqual(spans(moved), spans(fresh.entities.filter((e) => e.start > at + 40)));
  assert.deepEqual(mapped.quotes.map((q) => q.text), fresh.quotes.map((q) => q.text));
  for (const e of mapped.entities) assert.equal(after.slice(e.start, e.end), e.text);
  assert.deepEqual(mapped.lines, fresh.lines);
});

test('a name the edit touches is dropped, and mention indexes are renumbered', () => {
  const at = BEFORE.indexOf('Annalena') + 'Annalena'.length;
  const after = `${BEFORE.slice(0, at)}x${BEFORE.slice(at)}`;
  const before = analyzeArticle(BEFORE);
  const mapped = mapThroughChange(before, changeBetween(BEFORE, after)!, after);
  assert.ok(mapped.entities.length < before.entities.length);
  assert.ok(!mapped.entities.some((e) => e.start <= at && e.end >= at));
  for (const entity of mapped.entityIndex) for (const i of entity.mentions) assert.equal(mapped.entities[i].canonical, entity.canonical);
});
