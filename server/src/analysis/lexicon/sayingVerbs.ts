/**
 * Finite verbs of saying as they follow a speaker ("Peskow betonte", "Lawrow sagte"): a capitalised
 * unknown word right before one is most likely a person. Regular past and present forms are enough
 * here; the speech step owns the full inventory.
 */
const SAYING = new RegExp(
  '^(?:' +
    [
      'sag', 'erklär', 'betont', 'teil', 'schrieb', 'schreib', 'meint', 'füg', 'ergänz', 'erläuter',
      'warn', 'kritisier', 'forder', 'bericht', 'bestätig', 'versicher', 'unterstrich', 'unterstreich',
      'sprach', 'sprich', 'antwort', 'kündig', 'räum', 'behaupt', 'erinner', 'äußer', 'zeig',
    ].join('|') +
    ')[a-zäöü]{0,4}$',
);

export function isSayingVerb(word: string): boolean {
  return SAYING.test(word);
}
