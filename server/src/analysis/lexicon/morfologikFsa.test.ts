import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MorfologikFsa } from './morfologikFsa';

/**
 * A hand-assembled CFSA2 automaton for the words "ab" and "b" (the second shares the first's
 * final node): header, flags, a label table [–, a, b], then the nodes.
 */
function tinyAutomaton(): Uint8Array {
  const header = [0x5c, 0x66, 0x73, 0x61, 0xc6, 0x00, 0x07, 3, 0x00, 0x61, 0x62];
  const arcs = [
    // 0: dummy node, one arc (explicit label '^') to the root at 3.
    0x40, 0x5e, 0x03,
    // 3: root — 'a' (index 1) → node 7; 'b' (index 2), last and final, → nowhere (0).
    0x01, 0x07, 0x40 | 0x20 | 0x02, 0x00,
    // 7: 'b', last and final, → nowhere.
    0x40 | 0x20 | 0x02, 0x00,
  ];
  return Uint8Array.from([...header, ...arcs]);
}

const text = (bytes: number[]) => String.fromCharCode(...bytes);

test('every accepted sequence of a tiny automaton is enumerated, and nothing else', () => {
  const fsa = new MorfologikFsa(tinyAutomaton());
  assert.deepEqual(Array.from(fsa.paths(fsa.root), text), ['ab', 'b']);
});

test('walking follows existing paths only', () => {
  const fsa = new MorfologikFsa(tinyAutomaton());
  assert.ok(fsa.walk(fsa.root, Uint8Array.of(0x61)) > 0);
  assert.equal(fsa.walk(fsa.root, Uint8Array.of(0x62, 0x61)), -1);
  assert.equal(fsa.walk(fsa.root, Uint8Array.of(0x63)), -1);
});

test('a file that is not a CFSA2 automaton is refused', () => {
  assert.throws(() => new MorfologikFsa(Uint8Array.of(0x5c, 0x66, 0x73, 0x61, 0x05, 0, 0, 0)));
});
