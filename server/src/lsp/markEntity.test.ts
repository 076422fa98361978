import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markActions, withMark } from './markEntity';
import { parseKnownEntities } from './userFiles';

// "Das bestätigte Kremlsprecher Dmitri Peskow der Agentur Interfax."
const PESKOW = { text: 'Peskows', canonical: 'Dmitri Peskow', type: 'PER' as const };

test('marking a mention in a missing file creates an entry with the written form as alias', () => {
  const text = withMark(null, PESKOW, 'ORG')!;
  assert.deepEqual(parseKnownEntities(text), [{ canonical: 'Dmitri Peskow', type: 'ORG', aliases: ['Peskows'] }]);
});

test('marking an existing entry again changes its type and keeps other entries and fields', () => {
  const before = JSON.stringify({ $schema: 'x', entities: [{ canonical: 'Interfax', type: 'ORG', aliases: [] }, { canonical: 'Dmitri Peskow', type: 'PER', aliases: ['Peskow'] }] });
  const after = JSON.parse(withMark(before, PESKOW, 'LOC')!);
  assert.equal(after.$schema, 'x');
  assert.equal(after.entities.length, 2);
  assert.deepEqual(after.entities[1], { canonical: 'Dmitri Peskow', type: 'LOC', aliases: ['Peskow', 'Peskows'] });
});

test('"not a name" records the word as written, not the canonical name', () => {
  const [entry] = parseKnownEntities(withMark(null, { text: 'Sondergesandten', canonical: 'Sondergesandte', type: 'PER' }, 'NONE')!);
  assert.deepEqual(entry, { canonical: 'Sondergesandten', type: 'NONE', aliases: [] });
});

test('a file that is not valid JSON is never overwritten', () => {
  assert.equal(withMark('{ "entities": [', PESKOW, 'ORG'), null);
  assert.deepEqual(markActions(PESKOW, { uri: 'file:///w/.newslens/entities.json', folderUri: 'file:///w', text: '{ "entities": [' }), []);
});

test('a mention is offered the other three marks, each one workspace edit creating the file when missing', () => {
  const actions = markActions(PESKOW, { uri: 'file:///w/.newslens/entities.json', folderUri: 'file:///w', text: null });
  assert.deepEqual(actions.map((a) => a.title), ['Mark “Peskows” as place', 'Mark “Peskows” as organisation', 'Mark “Peskows” as not a name']);
  const changes = actions[0].edit!.documentChanges!;
  assert.equal((changes[0] as { kind: string }).kind, 'create');
  assert.equal(changes.length, 2);
});
