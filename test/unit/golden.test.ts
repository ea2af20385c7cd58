/**
 * The reference dump and the trap fixtures: cleaned output byte for byte, every expected
 * (line, code) pair reported, and no line that survives carrying a finding that drops it.
 */
import assert from 'node:assert/strict';
import { clean, type CleanResult } from '../../src/core';
import { dumpsIn, loadFixture, REFERENCE, TRAPS, type Fixture } from './fixtures';

function checkFindings(fx: Fixture, result: CleanResult): void {
  for (const want of fx.findings) {
    const hit = result.findings.find((f) => f.range.start.line + 1 === want.line && f.code === want.code);
    assert.ok(hit, `${fx.name}: expected ${want.code} on line ${want.line}; got ${codesOn(result, want.line)}`);
    if (want.duplicateOf !== undefined) assert.equal(hit.duplicateOf! + 1, want.duplicateOf, `${fx.name}: line ${want.line} duplicates`);
  }
}

/**
 * Lines of the expected article that come unchanged from a source line must not carry a dropping
 * finding: a text the article holds k times stands on at least k source lines that nothing drops.
 * (Counted, not looked up line by line: of two lines with one text, either may be the one kept,
 * the first of two duplicates or the body's copy of a caption.)
 */
function checkSurvivors(fx: Fixture, result: CleanResult): void {
  const source = fx.dump.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  const kept = new Map<string, number>();
  for (const line of fx.clean.split('\n').filter(Boolean)) kept.set(line, (kept.get(line) ?? 0) + 1);
  for (const [text, times] of kept) {
    const lines = source.flatMap((line, i) => (line.trim() === text ? [i] : []));
    if (lines.length === 0) continue; // changed on its way (markup, white space): not a source line as it stands
    const undropped = lines.filter((i) => !result.findings.some((f) => f.drops && f.range.start.line === i));
    const dropped = lines.filter((i) => !undropped.includes(i)).map((i) => `${i + 1} (${codesOn(result, i + 1)})`);
    assert.ok(undropped.length >= times, `${fx.name}: "${text}" survives ${times} time(s), but of its lines ${dropped.join(', ')} are dropped`);
  }
}

function codesOn(result: CleanResult, line: number): string {
  const codes = result.findings.filter((f) => f.range.start.line + 1 === line).map((f) => f.code);
  return codes.length ? codes.join(', ') : 'nothing';
}

describe('reference dump (20min-putin-kim)', () => {
  const fx = loadFixture(REFERENCE);

  it('cleans to the expected article byte for byte', () => {
    assert.equal(clean(fx.dump).text, fx.clean);
  });

  it('cleans a CRLF copy, a BOM copy and a CRLF+BOM copy to the same LF article', () => {
    const crlf = fx.dump.replace(/\n/g, '\r\n');
    assert.equal(clean(crlf).text, fx.clean);
    assert.equal(clean('\ufeff' + fx.dump).text, fx.clean);
    assert.equal(clean('\ufeff' + crlf).text, fx.clean);
  });

  it('reports every expected finding on its line, duplicates pointing at their first occurrence', () => {
    checkFindings(fx, clean(fx.dump));
  });

  it('reports the same lines for the CRLF copy', () => {
    checkFindings(fx, clean(fx.dump.replace(/\n/g, '\r\n')));
  });

  it('puts no dropping finding on a line that survives', () => {
    checkSurvivors(fx, clean(fx.dump));
  });

  it('points leftover-html at each tag and entity of the HTML teaser', () => {
    const line = fx.dump.split('\n')[25];
    const marks = clean(fx.dump)
      .findings.filter((f) => f.code === 'leftover-html' && f.range.start.line === 25)
      .map((f) => line.slice(f.range.start.character, f.range.end.character));
    assert.deepEqual(marks, ['<strong>', '</strong>', marks[2], '&gt;', '&gt;', '</a>']);
    assert.match(marks[2], /^<a data-li-document-ref="120027949" href="https:\/\/www\.heute\.at\/.*">$/);
  });
});

describe('trap fixtures', () => {
  for (const base of dumpsIn(TRAPS).map((p) => p.replace(/\.dump$/, ''))) {
    const fx = loadFixture(base);
    describe(fx.name, () => {
      it('cleans to the expected article byte for byte', () => assert.equal(clean(fx.dump).text, fx.clean));
      it('reports every expected finding', () => checkFindings(fx, clean(fx.dump)));
      it('puts no dropping finding on a line that survives', () => checkSurvivors(fx, clean(fx.dump)));
    });
  }
});

describe('the record of what went', () => {
  it('gives each paragraph of a one-line dump the reason it was dropped for, not the line’s first', () => {
    const dump = [
      'Kurz',
      '',
      '<p>Ein Absatz über die Ferien steht hier.</p><p>Bist du dieses Jahr geflogen?</p><p>Ja, mehrmals.</p><p>Nein.</p>' +
        '<zt>Folgst du 20 Minuten auf Whatsapp?</zt><p>Abonniere den Whatsapp-Kanal von 20 Minuten.</p>',
    ].join('\n');
    const reasons = Object.fromEntries(clean(dump).removed.map((r) => [r.text, r.reason]));
    assert.deepEqual(reasons, {
      'Bist du dieses Jahr geflogen?': 'Page furniture: the question of a poll.',
      'Ja, mehrmals.': 'Page furniture: an option of a poll.',
      'Nein.': 'Page furniture: an option of a poll.',
      'Folgst du 20 Minuten auf Whatsapp?': 'Page furniture: a promotion heading.',
      'Abonniere den Whatsapp-Kanal von 20 Minuten.': 'Page furniture: the text of a promotion.',
    });
  });
});
