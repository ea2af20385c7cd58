/**
 * The preview's plain parts, in plain Node: the page's blocks stand for exactly the engine's
 * cleaned text, the header counts, where Save and Export write, and the message guards.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clean } from '../../src/core';
import { articleBlocks, blocksText, counts, outputPath, previewContent } from '../../src/extension/preview/model';
import { isHostMessage, isPageMessage, isPreviewState } from '../../src/shared/preview-protocol';
import { dumpsIn, REAL, REFERENCE, TRAPS } from './fixtures';

describe('preview model', () => {
  it('the blocks of every fixture read back as the engine\'s cleaned text, byte for byte', () => {
    const dumps = [REFERENCE + '.dump', ...dumpsIn(TRAPS), ...dumpsIn(REAL)];
    assert.ok(dumps.length > 10);
    for (const file of dumps) {
      const { text, record } = clean(readFileSync(file, 'utf8'));
      assert.equal(blocksText(articleBlocks(record, text)), text, file);
    }
  });

  it('types the reference dump\'s parts', () => {
    const { text, record } = clean(readFileSync(REFERENCE + '.dump', 'utf8'));
    const blocks = articleBlocks(record, text);
    assert.deepEqual(blocks.slice(0, 3).map((b) => [b.kind, b.lines[0].line]), [['kicker', 0], ['headline', 2], ['lead', 4]]);
    const sub = blocks.find((b) => b.kind === 'subheading');
    assert.equal(sub?.lines[0].text, '"Feindliche Mächte"');
  });

  it('counts words kept, lines removed and findings per rule', () => {
    const result = clean(readFileSync(REFERENCE + '.dump', 'utf8'));
    const c = counts(result.text, result.findings, result.removed);
    assert.equal(c.words, result.text.split(/\s+/).filter(Boolean).length);
    assert.equal(c.removedLines, new Set(result.removed.map((r) => r.line)).size);
    assert.equal(c.byRule.reduce((n, r) => n + r.count, 0), result.findings.length);
    assert.deepEqual(c.byRule.map((r) => r.code).slice(0, 2), ['leftover-html', 'stray-punctuation'], 'in the registry\'s order');
    const content = previewContent({ resource: 'file:///a.dump', fileName: 'a.dump', version: 3, cleanText: result.text, ...result }, (x) => [`${x.words}`]);
    assert.ok(isHostMessage({ type: 'render', content, locked: false, showRemoved: true, activeLine: null }), 'a render passes the page\'s guard');
    assert.deepEqual(content.removed.map((r) => r.reason), result.removed.map((r) => r.reason), 'the engine\'s reasons');
    // Worded from the finding that gave the reason (the editor passes vscode.l10n's translation).
    const worded = previewContent({ resource: 'file:///a.dump', fileName: 'a.dump', version: 3, cleanText: result.text, ...result }, () => [], (f) => `<${f.template.text}>`);
    assert.ok(worded.removed.every((r) => r.codes.length === 0 || r.reason.startsWith('<')), JSON.stringify(worded.removed));
    assert.equal(worded.removed.find((r) => r.codes[0] === 'duplicate-line')?.reason, '<Duplicate: the same text stands on line {0}.>');
  });

  it('saves NAME.clean.txt beside the dump, or mirrored under an output folder, never outside it', () => {
    assert.equal(outputPath('/w/news/a.dump', 'text'), '/w/news/a.clean.txt');
    assert.equal(outputPath('/w/news/a.raw.txt', 'text'), '/w/news/a.clean.txt');
    assert.equal(outputPath('/w/news/a.dump', 'record'), '/w/news/a.clean.json');
    // A .txt treated as a dump keeps its name, as the CLI's --out does: never the dump's own name.
    assert.equal(outputPath('/w/a.clean.txt', 'text'), '/w/a.clean.txt.clean.txt');
    assert.equal(outputPath('/w/news/de/a.dump', 'text', { folder: '/w/clean', root: '/w' }), '/w/clean/news/de/a.clean.txt');
    assert.equal(outputPath('/elsewhere/a.dump', 'text', { folder: '/w/clean', root: '/w' }), '/w/clean/a.clean.txt');
    assert.equal(outputPath('/w/a.dump', 'text', { folder: '/out' }), '/out/a.clean.txt');
  });

  it('the guards let only the protocol\'s messages through', () => {
    assert.ok(isPageMessage({ type: 'reveal', line: 3 }));
    assert.ok(isPageMessage({ type: 'command', command: 'save' }));
    for (const bad of [null, 'ready', { type: 'reveal', line: -1 }, { type: 'reveal', line: '3' }, { type: 'command', command: 'rm -rf' }, { type: 'eval', code: 'x' }, { command: 'save' }]) {
      assert.equal(isPageMessage(bad), false, JSON.stringify(bad));
    }
    assert.equal(isHostMessage({ type: 'render', content: { resource: 'x' } }), false);
    assert.equal(isHostMessage({ type: 'highlight', line: 2.5 }), false);
    assert.ok(isPreviewState({ resource: 'file:///a.dump', locked: true }));
    assert.equal(isPreviewState({ resource: 1, locked: true }), false);
  });
});
