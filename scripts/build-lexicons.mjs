#!/usr/bin/env node
// Derives the compact lexicons under server/data/lexicon/ from installed packages and the shared
// LanguageTool dictionary. Run once after changing a source: `node scripts/build-lexicons.mjs`.
// The outputs are committed because the bundles and the VSIX import them as JSON.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'server/data/lexicon');
const posDict = process.env.GERMAN_POS_DICT ?? join(root, '../shared/data/german-pos-dict');
mkdirSync(out, { recursive: true });

const write = (name, value) => {
  const json = JSON.stringify(value);
  writeFileSync(join(out, name), `${json}\n`);
  console.log(`${name}: ${(json.length / 1024).toFixed(0)} KB`);
};
const sorted = (set) => [...set].sort();

// --- LanguageTool proper nouns (EIG.txt: form<TAB>lemma<TAB>EIG:case:num:gender:art:kind) ------
const eig = readFileSync(join(posDict, 'EIG.txt'), 'utf8').split('\n');
const placeKinds = { STD: 'city', COU: 'country', GEB: 'region', WAT: 'water', MOU: 'mountain', GEO: 'region' };
const places = {};
const firstNames = new Set();
const surnames = {};
for (const line of eig) {
  const [form, lemma, tag] = line.split('\t');
  if (!tag) continue;
  const kind = tag.slice(tag.lastIndexOf(':') + 1);
  if (placeKinds[kind]) places[form] ??= [lemma, placeKinds[kind]];
  else if (kind === 'VOR') firstNames.add(lemma.toLowerCase());
  else if (kind === 'NAC') surnames[form] ??= lemma;
}

// --- Country names as the runtime's CLDR data spells them in German -----------------------------
const regionNames = new Intl.DisplayNames('de', { type: 'region' });
const countries = {};
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    let name;
    try {
      name = regionNames.of(code);
    } catch {
      continue;
    }
    // Unassigned codes echo back; macro-regions and placeholders are not countries.
    if (!name || name === code || /Region|Union|Ozeanien|Vereinte Nationen|Eurozone/.test(name)) continue;
    countries[name] = code;
  }
}

// --- Common nouns (german-dict-helper, CC BY-SA 4.0): capitalised inflected forms ----------------
const nounForms = require('german-dict-helper/resources_pub/nouns.json');
const nouns = new Set();
for (const form of Object.keys(nounForms)) {
  // Acronyms (ARD, AFP) are names more often than not; hyphenated forms are handled as compounds.
  if (/^\p{Lu}\p{Ll}/u.test(form) && !/[\d\-\s.]/.test(form)) nouns.add(form);
}

// --- First names (gender-detection-from-name, MIT; LanguageTool VOR) ----------------------------
const closedClass = new Set(
  readFileSync(join(posDict, 'sonstige.txt'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[0].toLowerCase())
    .filter(Boolean),
);
const lowerNouns = new Set([...nouns].map((n) => n.toLowerCase()));
const lowerPlaces = new Set(Object.keys(places).map((p) => p.toLowerCase()));
for (const name of Object.keys(countries)) lowerPlaces.add(name.toLowerCase());
const germanNames = require('gender-detection-from-name/names/de.js');
for (const name of germanNames.keys()) firstNames.add(name);
for (const lang of ['en', 'es', 'fr', 'it', 'tr']) {
  // The foreign lists are broad (Rose, Florida, Paris): keep only words German uses for nothing else.
  for (const name of require(`gender-detection-from-name/names/${lang}.js`).keys()) {
    if (name.length < 3 || lowerNouns.has(name) || lowerPlaces.has(name) || closedClass.has(name)) continue;
    firstNames.add(name);
  }
}
for (const w of closedClass) firstNames.delete(w);

write('places.json', places);
write('countries.json', countries);
write('surnames.json', surnames);
write('first-names.json', sorted(firstNames).join('\n'));
write('common-nouns.json', sorted(nouns).join('\n'));
write('closed-class.json', sorted(closedClass).join('\n'));
// --- The whole dictionary, shipped as its own automaton (base64): searched in place at run time --
write('german-dict.json', readFileSync(join(posDict, 'german.dict')).toString('base64'));
