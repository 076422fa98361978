import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../tokens';
import { colonOpening, continuesColonSpeech, MAX_COLON_SENTENCES } from './colonSpeech';

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
