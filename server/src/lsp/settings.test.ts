import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings';

test('missing settings fall back to the documented defaults', () => {
  assert.deepEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
  assert.equal(DEFAULT_SETTINGS.diagnostics.boilerplate, 'information');
  assert.equal(DEFAULT_SETTINGS.maxFileSize, 5 * 1024 * 1024);
});

test('a diagnostics level of "off" is kept and unknown levels are replaced', () => {
  const s = normalizeSettings({ diagnostics: { boilerplate: 'off', unattributedClaims: 'loud' } });
  assert.equal(s.diagnostics.boilerplate, 'off');
  assert.equal(s.diagnostics.unattributedClaims, 'information');
});

test('user globs replace the default globs, non-strings are dropped', () => {
  const s = normalizeSettings({ articleGlobs: ['**/presse/*.txt', 3] });
  assert.deepEqual(s.articleGlobs, ['**/presse/*.txt']);
});

test('claim reasons keep only known reasons; the diagnostics cap and date level have defaults', () => {
  const s = normalizeSettings({ claims: { reasons: ['hearsay', 'gossip'] }, diagnostics: { maxPerFile: -3 } });
  assert.deepEqual(s.claims.reasons, ['hearsay']);
  assert.equal(s.diagnostics.maxPerFile, 100);
  assert.equal(s.diagnostics.dates, 'warning');
  assert.equal(s.diagnostics.noSourceClaims, 'hint');
});

test('date inlay hints can be switched off', () => {
  assert.equal(normalizeSettings({ inlayHints: { dates: false } }).inlayHints.dates, false);
  assert.equal(normalizeSettings({ inlayHints: { dates: 'no' } }).inlayHints.dates, true);
});

test('meeting contradictions are warnings and meeting code lenses are on unless switched off', () => {
  assert.equal(normalizeSettings({}).diagnostics.contradictions, 'warning');
  assert.equal(normalizeSettings({ diagnostics: { contradictions: 'off' } }).diagnostics.contradictions, 'off');
  assert.equal(normalizeSettings({}).codeLens.meetings, true);
  assert.equal(normalizeSettings({ codeLens: { meetings: false } }).codeLens.meetings, false);
});
