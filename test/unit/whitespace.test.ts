/**
 * The whitespace rule's findings for blank lines: one per run of blank lines, not one per line
 * (a file of a million blank lines gave a million findings), its range over the lines that go
 * and its fix removing exactly those ("blank-line runs become one blank line; leading and
 * trailing blank lines go").
 */
import assert from 'node:assert/strict';
import { analyze, applyEdits, clean, mergeEdits, type Finding } from '../../src/core';

const BLANK_RUN = /blank lines? (before|after|between)/i;

function blankRuns(text: string): Finding[] {
  return clean(text).findings.filter((f) => f.code === 'whitespace' && BLANK_RUN.test(f.message));
}

/** Where a finding starts and ends, as [line, character, line, character]. */
function span(f: Finding): number[] {
  return [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character];
}

describe('whitespace: runs of blank lines', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']]) {
    it(`one finding per run, over the lines that go, its fix removing exactly them (${name})`, () => {
      const lines = ['', '', 'Wetter', '', 'Erster Schnee erwartet', '', '\t', '', 'Ein Satz steht hier.', '', ' ', ''];
      const text = lines.join(eol) + eol;
      const without = (from: number, to: number) => [...lines.slice(0, from), ...lines.slice(to + 1)].map((l) => l + eol).join('');
      const runs = blankRuns(text);
      assert.deepEqual(runs.map((f) => [f.message, ...span(f)]), [
        ['2 blank lines before the article starts.', 0, 0, 1, 0],
        ['More than one blank line between paragraphs.', 6, 0, 7, 0],
        ['3 blank lines after the article ends.', 9, 0, 11, 0],
      ]);
      assert.equal(applyEdits(text, runs[0].fix!.edits), without(0, 1));
      assert.equal(applyEdits(text, runs[1].fix!.edits), without(6, 7));
      assert.equal(applyEdits(text, runs[2].fix!.edits), without(9, 11));
      assert.deepEqual(runs.map((f) => f.fix!.title), ['Remove blank lines', 'Remove blank lines', 'Remove blank lines']);
      // All of them at once, as "fix all whitespace problems" applies them: the article's shape.
      const all = clean(text).findings.filter((f) => f.code === 'whitespace').flatMap((f) => f.fix!.edits);
      assert.equal(applyEdits(text, mergeEdits(all)), ['Wetter', '', 'Erster Schnee erwartet', '', 'Ein Satz steht hier.', ''].join(eol));
    });
  }

  it('a single blank line keeps the singular words and fix title', () => {
    const runs = blankRuns('\nWetter\n\nErster Schnee erwartet\n\n\nEin Satz steht hier.\n\n');
    assert.deepEqual(runs.map((f) => [f.message, f.fix!.title, ...span(f)]), [
      ['Blank line before the article starts.', 'Remove blank line', 0, 0, 0, 0],
      ['More than one blank line between paragraphs.', 'Remove blank line', 5, 0, 5, 0],
      ['Blank line after the article ends.', 'Remove blank line', 7, 0, 7, 0],
    ]);
  });

  it('the first line of a run between paragraphs stays, emptied when it holds white space', () => {
    const text = 'Wetter\n\nErster Schnee erwartet\n \t\n\n\nEin Satz steht hier.\n';
    const found = clean(text).findings.filter((f) => f.code === 'whitespace');
    assert.deepEqual(found.map((f) => [f.message, ...span(f)]), [
      ['White space on an otherwise blank line.', 3, 0, 3, 2],
      ['More than one blank line between paragraphs.', 4, 0, 5, 0],
    ]);
    assert.equal(applyEdits(text, mergeEdits(found.flatMap((f) => f.fix!.edits))), 'Wetter\n\nErster Schnee erwartet\n\nEin Satz steht hier.\n');
  });

  it('a blank line holding control characters says so, and is emptied as one holding white space', () => {
    const text = 'Wetter\n\nErster Schnee erwartet\n\x07\t\x01\nEin Satz steht hier.\n';
    const found = clean(text).findings.filter((f) => f.code === 'whitespace');
    assert.deepEqual(found.map((f) => [f.message, ...span(f)]), [['Control characters on an otherwise blank line.', 3, 0, 3, 3]]);
    assert.equal(applyEdits(text, found[0].fix!.edits), 'Wetter\n\nErster Schnee erwartet\n\nEin Satz steht hier.\n');
    // A form feed between pages (pdftotext's) is white space; the C1 next-line is a control character.
    const message = (blank: string): string => clean(`Wetter\n\nEin Satz.\n${blank}\nNoch ein Satz.\n`).findings.find((f) => f.code === 'whitespace')!.message;
    assert.equal(message('\f'), 'White space on an otherwise blank line.');
    assert.equal(message('\u0085'), 'Control characters on an otherwise blank line.');
  });

  it('trailing blank lines up to the end of a text with no final line end go, and the last line keeps its own', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `Wetter${eol}${eol}Ein Satz steht hier.${eol}${eol}  `;
      const [run] = blankRuns(text);
      assert.deepEqual(span(run), [3, 0, 4, 2]);
      assert.equal(applyEdits(text, run.fix!.edits), `Wetter${eol}${eol}Ein Satz steht hier.${eol}`);
    }
  });

  it('a text of blank lines only is one finding, its fix emptying the text', () => {
    for (const text of ['\n\n\n', '\r\r', ' \n\t\r\n']) {
      const runs = blankRuns(text);
      assert.equal(runs.length, 1, JSON.stringify(text));
      assert.equal(applyEdits(text, runs[0].fix!.edits), '');
    }
  });

  it('a million blank lines are one finding, wherever they stand', () => {
    const MB = 1024 * 1024;
    for (const text of ['\n'.repeat(MB), '\r'.repeat(MB), 'Titel\n' + '\n'.repeat(MB) + 'Ein Satz.\n', 'Ein Satz.\n' + '\r\n'.repeat(MB)]) {
      assert.equal(analyze(text).findings.filter((f) => f.code === 'whitespace').length, 1);
    }
  });
});
