import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameCue, roleNoun } from './roles';

test('role nouns are found by their head, compounds and inflection included', () => {
  for (const w of ['Präsident', 'Kremlsprecher', 'Pressesprecherin', 'US-Sondergesandten', 'Außenminister', 'Unterhändler']) {
    assert.equal(roleNoun(w), w, w);
  }
});

test('ordinary nouns and lower-case words are not roles', () => {
  for (const w of ['Treffen', 'Gespräche', 'präsident', 'Waffenruhe']) assert.equal(roleNoun(w), undefined, w);
});

test('cue nouns tell organisations from places', () => {
  assert.equal(nameCue('Nachrichtenagentur')?.type, 'ORG');
  assert.deepEqual(nameCue('Hauptstadt-Flughafen'), { type: 'LOC', canonicalPrefix: 'Flughafen ' });
  assert.equal(nameCue('Treffen'), undefined);
});
