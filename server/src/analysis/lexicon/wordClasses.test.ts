import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isKnownWord, WordClass, wordClasses } from './wordClasses';

test('the full dictionary knows inflected common nouns, adjectives and verbs of news text', () => {
  assert.ok(wordClasses('Bürgermeisterin') & WordClass.Noun);
  assert.ok(wordClasses('Verhandlungen') & WordClass.Noun);
  assert.ok(wordClasses('kommunalen') & WordClass.Adjective);
  assert.ok(wordClasses('bestätigte') & WordClass.Verb);
  assert.ok(wordClasses('nach') & WordClass.FunctionWord);
});

test('proper nouns come with their kind: first name, surname, place', () => {
  assert.ok(wordClasses('Thomas') & WordClass.FirstName);
  assert.ok(wordClasses('Hamburg') & WordClass.Place);
  assert.equal(wordClasses('Hamburg') & WordClass.Noun, 0);
});

test('case matters: the adjective is lower case, the capitalised form is a nominalisation', () => {
  assert.equal(wordClasses('Kommunalen') & WordClass.Adjective, 0);
  assert.ok(wordClasses('kommunalen') & WordClass.Adjective);
});

test('invented names are unknown, sentence-initial function words are known', () => {
  assert.equal(isKnownWord('Wrzlaczek'), false);
  assert.ok(isKnownWord('Nach'));
});
