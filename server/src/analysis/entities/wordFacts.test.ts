import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isClosedClass } from '../lexicon/closedClass';
import { isFirstName } from '../lexicon/firstNames';
import { lookupPlace } from '../lexicon/places';
import { nameCue, roleNoun } from '../lexicon/roles';
import { isGivenName, isKnownSurname, isSurnamePart } from './nameParts';
import { tokenFacts, wordFacts, WordQuestion, WordTest } from './wordFacts';
import { isAcronym, isCapitalised, isCompound, isNameLike } from './wordShape';

const WORDS = ['Olaf', 'Scholz', 'Berlin', 'Nachrichtenagentur', 'Kreml-Sprecher', 'NATO', 'der', 'Präsident', 'Peskow', 'sagte', 'Emir', 'al-Sisi', '.'];

test('the facts of a word are what the lexicons and the word shape say', () => {
  for (const w of WORDS) {
    const f = wordFacts(w);
    assert.deepEqual(
      [f.capitalised, f.hyphenated, f.acronym, f.closedClass, f.place, f.role, f.cue, f.nameLike, f.givenName, f.firstName, f.surnamePart, f.knownSurname, f.lower],
      [isCapitalised(w), isCompound(w), isAcronym(w), isClosedClass(w), lookupPlace(w), roleNoun(w), nameCue(w), isNameLike(w), isGivenName(w), isFirstName(w), isSurnamePart(w), isKnownSurname(w), w.toLowerCase()],
      w,
    );
  }
});

test('a word question is answered once per word form, whatever the answer', () => {
  const asked: string[] = [];
  const question = new WordQuestion((w) => {
    asked.push(w);
    return w.length > 4 ? undefined : w.length;
  });
  for (const w of ['Olaf', 'Olaf', 'Scholz', 'Scholz']) wordFacts(w).ask(question);
  assert.deepEqual(asked, ['Olaf', 'Scholz']);
  assert.equal(wordFacts('Scholz').ask(question), undefined);
});

test('tokens get the facts of their words', () => {
  const tokens = [{ text: 'Olaf', start: 0, end: 4 }, { text: 'Scholz', start: 5, end: 11 }];
  assert.deepEqual(tokenFacts(tokens), [wordFacts('Olaf'), wordFacts('Scholz')]);
  assert.equal(tokenFacts(tokens), tokenFacts(tokens));
});

test('a word test is answered once per word form, and each test keeps its own answer', () => {
  const asked: string[] = [];
  const long = new WordTest((w) => {
    asked.push(w);
    return w.length > 4;
  });
  const short = new WordTest((w) => w.length <= 4);
  for (const w of ['Olaf', 'Olaf', 'Scholz', 'Scholz']) wordFacts(w).test(long);
  assert.deepEqual(asked, ['Olaf', 'Scholz']);
  assert.deepEqual([wordFacts('Olaf').test(long), wordFacts('Olaf').test(short), wordFacts('Scholz').test(long), wordFacts('Scholz').test(short)], [false, true, true, false]);
});
