import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../tokens';
import { colonOpening, continuesColonSpeech, MAX_COLON_SENTENCES } from './colonSpeech';
import { findQuotesInText } from './index';

const opening = (t: string) => {
  const tokens = tokenize(t);
  return colonOpening(tokens, tokens.length - 1);
};

test('a verb of saying before the colon opens speech over several sentences', () => {
  const o = opening('Der Bürgermeister sagte vor dem Stadtrat:');
  assert.equal(o?.cue.text, 'sagte');
  assert.equal(o?.sentences, MAX_COLON_SENTENCES);
});

test('a colon without a verb of saying opens no speech', () => {
  assert.equal(opening('Die Tagesordnung der Sitzung:'), undefined);
  assert.equal(opening('Gewinner des Abends:'), undefined);
});

test('a new quotation, a dash or a new colon ends unmarked speech', () => {
  assert.equal(continuesColonSpeech('Wir werden die Brücke im Herbst eröffnen.'), true);
  assert.equal(continuesColonSpeech('„Das ist ein guter Tag“, rief sie.'), false);
  assert.equal(continuesColonSpeech('— Berlin, 3. März.'), false);
  assert.equal(continuesColonSpeech('Darauf antwortete der Minister:'), false);
});

test('an abbreviation in the inquit clause does not cut it off from its verb', () => {
  assert.equal(opening('Der Abgeordnete sprach lange und sagte u. a. folgendes:')?.cue.text, 'sagte');
  assert.equal(opening('Der Redner sagte am 3. Mai:')?.cue.text, 'sagte');
});

test('an announcement without a verb of saying opens a longer quoted text', () => {
  for (const [intro, cue] of [
    ['Artikel 36 des Gesetzes lautet:', 'lautet'],
    ['Der Vorsitzende schloss die Sitzung mit den Worten:', 'Worten'],
    ['Aus Hamburg erhielten wir folgende Zuschrift:', 'folgende'],
  ]) {
    const o = opening(intro);
    assert.equal(o?.cue.text, cue, intro);
    assert.ok(o.sentences > MAX_COLON_SENTENCES, intro);
  }
});

test('"folgende" before a list announces no speech', () => {
  assert.equal(opening('Der Verein beschloss folgende Maßnahmen:'), undefined);
  assert.equal(opening('Wie folgender Vorfall zeigt, ist Vorsicht geboten, etwa hier:'), undefined);
});

test('speech reported inside unmarked speech is found too', () => {
  const text = 'Der Minister sagte im Landtag:\nWir haben lange verhandelt.\nDie Gegenseite habe zugesagt, dass sie die Brücke bezahle.';
  const kinds = findQuotesInText(text).map((q) => [q.kind, text.slice(q.start, q.end)]);
  assert.ok(kinds.some(([k, t]) => k === 'direct' && t.startsWith('Die Gegenseite')), JSON.stringify(kinds));
  assert.ok(kinds.some(([k]) => k === 'indirect'), JSON.stringify(kinds));
});
