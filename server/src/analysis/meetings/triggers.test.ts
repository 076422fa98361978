import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from './triggers';

// One form per alternative of the trigger lists: all must survive the stem pre-test.
const FORMS = [
  'telefonierten', 'Telefonat', 'Telefongespräch', 'Telefonkonferenz', 'Videokonferenz', 'Videoschalte',
  'empfängt', 'empfing', 'empfingen', 'empfangen', 'empfange', 'empfangt', 'empfängst', 'Empfang',
  'Verhandlung', 'Verhandlungen', 'verhandelten', 'verhandlungsbereit', 'Verhandlungsrunde', 'Gesprächsrunden', 'Friedensgespräche',
  'Besuch', 'Besuchs', 'Besuches', 'Besuche', 'besucht', 'besuchte', 'besuchten', 'besuchen', 'Staatsbesuch', 'Arbeitsbesuchs',
  'trifft', 'treffen', 'treffe', 'traf', 'trafen', 'getroffen', 'zusammengetroffen', 'zusammentreffen', 'zusammenkommen', 'zusammengekommen',
  'Gipfeltreffen', 'Treffen', 'Treffens', 'Gipfel', 'Begegnung', 'Begegnungen', 'Zusammenkunft', 'Unterredung', 'Unterredungen',
  'Gespräch', 'Gespräche', 'Gesprächen', 'Gesprächs', 'Gespräches',
  'berät', 'beraten', 'beriet', 'berieten', 'tagen', 'tagt', 'tagte', 'tagten', 'Konferenz', 'Weltklimakonferenz', 'Konferenzen',
];

test('every form of the trigger lists is found', () => {
  for (const form of FORMS) {
    assert.deepEqual(findTriggers(`Gestern ${form} sie in Berlin.`).map((t) => t.text), [form], form);
  }
  for (const form of ['sprach', 'sprachen', 'gesprochen', 'spricht', 'sprechen']) {
    assert.deepEqual(findTriggers(`Gestern ${form} sie mit ihm.`).map((t) => t.text), [form], form);
  }
  for (const form of ['Termin', 'Termins', 'Termine']) {
    assert.deepEqual(findTriggers(`Der ${form} ist am Montag.`).map((t) => t.text), [form], form);
  }
});

test('trigger offsets cover the whole word, hyphenated compounds included', () => {
  const sentence = 'Nach dem Putin-Witkoff-Treffen und dem Ärzte-Gipfel blieb es still.';
  assert.deepEqual(
    findTriggers(sentence).map((t) => [t.text, sentence.slice(t.start, t.end)]),
    [['Putin-Witkoff-Treffen', 'Putin-Witkoff-Treffen'], ['Ärzte-Gipfel', 'Ärzte-Gipfel']],
  );
});
