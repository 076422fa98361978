/**
 * Whether a dass/ob-clause with no verb or noun of saying before it still carries reported
 * content. Speech-and-thought corpora count the complement of any framing word ("machte darauf
 * aufmerksam, dass …"); what they do not count are clauses of consequence ("so groß, dass …"), of
 * manner or cause ("dadurch, dass …"), the subjects of a copula ("Es ist möglich, dass …") and the
 * complements of bare nouns and adverbials ("Kein Wunder, dass …", "die Freiheit, dass …"): without
 * a full verb nobody is said to say or think anything.
 */
import type { Token } from '../types';

/** Correlates of a consequence clause: "so/derart/dermaßen … , dass" before an adjective or adverb. */
const CONSEQUENCE = /^(?:so|derart|dermaßen)$/i;
/** "in solcher Zahl, dass …" */
const SUCH = /^(?:solch|solche|solcher|solches|solchen)$/i;
/** A framing clause that is itself subordinate ("Falls es sich ergäbe, dass …") frames a condition or a premise. */
const SUBORDINATOR = /^(?:falls|wenn|als|nachdem|da|weil|obwohl|sobald|sofern|damit|indem|während|bevor|ob)$/i;
/** Pronominal adverbs of cause and manner whose dass-clause explains instead of reporting. */
const CAUSE_CORRELATE = /^(?:dadurch|darin|daher|deshalb|deswegen|damit|daraus|davon|dazu|insofern|insoweit|umso|desto)$/i;
/** Copulas and impersonal verbs of being, happening and showing: their dass-clause is a fact, not a report. */
const COPULA = /^(?:ist|sind|war|waren|sei|seien|wäre|wären|sein|gewesen|bleibt|blieb|scheint|schien|scheinen|gilt|galt|liegt|lag|kommt|kam|zeigt|zeigte|zeigen|zeigten|ergibt|ergab|folgt|folgte|geschieht|geschah|gehört|gehörte|fehlt|fehlte|genügt|genügte|reicht|reichte|hängt|hing)$/;
/** Finite or non-finite verbs are lowercase and end like one; a copula clause has no other verb. */
const VERB_LIKE = /^\p{Ll}+(?:en|ern|eln|t|te|ten|tet|st)$/u;
const FUNCTION_WORD = /^(?:es|das|dies|nicht|nur|auch|noch|doch|ja|wohl|kaum|sehr|ganz|gar|schon|aber|und|oder|denn|dann|nun|jetzt|sogar|eben|gerade|freilich|allerdings|zwar|jedenfalls|selbst|immer|mehr|weniger|wenig|viel|recht|natürlich|unbestritten|unbestreitbar|sicher|klar|gewiss|gewiß|bekannt|möglich|unmöglich|wahrscheinlich|unwahrscheinlich|nötig|notwendig|wichtig|gut|schlimm|kein|keine|ein|eine|der|die|den|dem|des|einer|eines|einem|einen|wenn|als|wie|daß|dass|ob)$/i;

/** True when the clause tokens[from, to) before the comma frames a dass/ob-clause as a mere fact or consequence. */
export function framesFact(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || SUBORDINATOR.test(tokens[from].text)) return true;
  let fullVerb = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k].text;
    if (CAUSE_CORRELATE.test(w) || SUCH.test(w)) return true;
    if (CONSEQUENCE.test(w) && k + 1 < to && /^\p{Ll}/u.test(tokens[k + 1].text)) return true;
    if (!COPULA.test(w) && VERB_LIKE.test(w) && !FUNCTION_WORD.test(w)) fullVerb = true;
  }
  return !fullVerb;
}
