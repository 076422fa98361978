import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ASSERTION_PATTERNS } from './assertions';
import { CHARACTERISATION, CUE_RULES, SPECULATION } from './cues';
import { Triggers } from './triggers';

test('a scan finds every part, also parts inside, overlapping or beginning with others', () => {
  const a = { re: /Medienberichten/, needs: ['Medienberichten'] };
  const b = { re: /berichten/, needs: ['berichten'] };
  const c = { re: /soll/, needs: ['soll', 'sollen'] };
  const d = { re: /x/, needs: ['zufolge'] };
  const t = new Triggers([a, b, c, d]);
  const found = t.scan('Den Medienberichten sollen sie folgen.');
  assert.deepEqual([a, b, c, d].map((p) => t.may(found, p)), [true, true, true, false]);
  assert.equal(t.may(t.scan('Nichts davon.'), c), false);
});

test('every sourcing pattern that matches a sentence is let through by its parts', () => {
  const patterns = [...CUE_RULES, CHARACTERISATION, SPECULATION, ...ASSERTION_PATTERNS];
  const t = new Triggers(patterns);
  const sentences = [
    'Das Staatsfernsehen zeigte Bilder.', 'Laut staatlichen Medien kam es zu Protesten.',
    'Er war angeblich krank.', 'Medienberichten zufolge tagte der Rat.', 'Wie verlautete, reiste er ab.', 'Wie es heißt, kommt er.', 'Gerüchten zufolge ist er krank.',
    'Auch Kushner soll teilnehmen.', 'Sie sollen morgen abreisen.',
    'Das sagte ein hoher Beamter.', 'Das erklärte eine Diplomatin.', 'Beobachter halten das für möglich.', 'Verletzt wurde nach offiziellen Angaben niemand.',
    'Das hieß es aus diplomatischen Regierungskreisen.', 'Insidern zufolge steht der Deal.', 'Er kommt nach Informationen aus gut unterrichteten Kreisen.',
    'Nach Angaben der von der Hamas kontrollierten Behörde starben zwei Menschen.',
    'Sie sprach von einem „Skandal“.', 'Die Opposition warf der Regierung Versagen vor.', 'Er beschuldigte den Minister.',
    'Erwartet werden Gespräche.', 'Der Besuch gilt als Zeichen der Entspannung.', 'Das Treffen ist für Montag geplant.', 'Ein Abkommen wird erwartet.',
    'Doch es wurde nicht ausgeschlossen, dass er kommt.', 'Es wird allgemein befürchtet, dass es regnet.',
    'Das stellt eine seltene Chance dar.', 'Sie zeigte sich zuversichtlich.', 'Dabei ist es unerlässlich, zu handeln.', 'Sie sind nicht mehr bereit zu zahlen.',
    'Der Streit dürfte den Gipfel prägen.', 'Fitch könnte die Bonität herabstufen.',
    'Die Kommission will bis Ende April einen Entwurf vorlegen.', 'Berlin strebt eine Einigung an.', 'Der Trainer steht intern in der Kritik.',
    'Er steht seit Wochen unter Druck.', 'Die Fans reagierten mit Spott auf die Bilanz.', 'Die Wirtschaft setzt große Hoffnungen in die Reise.', 'Man hofft auf Regen.',
  ];
  for (const s of sentences) {
    const found = t.scan(s);
    let matched = false;
    for (const p of patterns) {
      if (!p.re.test(s)) continue;
      matched = true;
      assert.ok(t.may(found, p), `${p.re.source.slice(0, 30)} on "${s}"`);
    }
    assert.ok(matched, `no pattern matches "${s}"`);
  }
});
