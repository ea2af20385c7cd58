/**
 * A line's conversion rests on its own scan alone: what was scanned or converted in between, or
 * in which order lines are converted, changes nothing.
 */
import assert from 'node:assert/strict';
import { convertMarkup, scanMarkup } from '../../src/core/markup';

const converted = (line: string, scan = scanMarkup(line)): string => convertMarkup(line, scan).pieces.map((p) => p.text).join(' | ');

describe('markup conversion', () => {
  const stray = ['a < b <i>x</i>', '<!-- a < b --><p>x<p>y', 'x<y <b>z</b> <'];
  const plain = ['c <b>d</b>', '<p>e<br>f &amp; g</p>'];

  it('tells a line whose "<" starts no tag or comment', () => {
    for (const line of stray) assert.equal(scanMarkup(line).strayLt, true, line);
    for (const line of plain) assert.equal(scanMarkup(line).strayLt, false, line);
  });

  it('converts a line by its own scan, whatever was scanned since', () => {
    const expected = new Map([...stray, ...plain].map((line) => [line, converted(line)]));
    assert.equal(expected.get('a < b <i>x</i>'), 'a < b x');
    for (const a of expected.keys()) {
      for (const b of expected.keys()) {
        const scanA = scanMarkup(a);
        const scanB = scanMarkup(b);
        assert.equal(converted(a, scanA), expected.get(a), `${a} after ${b} was scanned`);
        assert.equal(converted(b, scanB), expected.get(b), `${b} after ${a} was converted`);
      }
    }
  });
});

describe('markup: placeholders in prose', () => {
  const tags = (line: string): string[] => scanMarkup(line).tokens.filter((t) => t.kind === 'tag').map((t) => line.slice(t.start, t.end));

  it('reads a key written in capitals as text, not as a tag', () => {
    for (const line of ['Mit <Strg>+<C> kopieren, mit <Strg>+<V> einfügen.', 'Mit <Alt>+<F4> schliessen Sie das Fenster.', 'Taste <X> drücken', 'Appuyez sur <Ctrl>+<Z>.']) {
      assert.deepEqual(tags(line), [], line);
      assert.equal(converted(line), line);
    }
  });

  it('still reads as tags the short names HTML and the archives know, those in lower case, and a key with its end tag', () => {
    assert.deepEqual(tags('<B>fett</B> <P>Absatz <BR> <H2>Titel</H2>'), ['<B>', '</B>', '<P>', '<BR>', '<H2>', '</H2>']);
    assert.deepEqual(tags('<zt>Darum gehts</zt><ZT>x <Zt>y <tx><c>klein <fN>y'), ['<zt>', '</zt>', '<ZT>', '<Zt>', '<tx>', '<c>', '<fN>']);
    assert.deepEqual(tags('<C>x</C> <F4 class="k">y'), ['<C>', '</C>', '<F4 class="k">']);
  });

  it('reads as text the keys of a combination and a name HTML knows written with a capital and lower case', () => {
    for (const line of [
      'Press <Strg>+<A> to select all, then <Fn>+<F5> to refresh, or <Del> to delete.',
      'press <Ctrl>+<Alt>+<Del>, or <Ctrl> + <Alt> + <Ins>',
      'Das @ tippen Sie mit <Alt Gr>+<Q>, drucken mit <STRG>+<P>, fett mit <strg>+<b>.',
      'Appuyez sur <Ctrl>+<Maj>+<Entrée> puis <Échap>+<S>.',
      'Die Taste <Menu> oder <Option>, dann <Einfg>.',
    ]) {
      assert.deepEqual(tags(line), [], line);
      assert.equal(converted(line), line);
    }
  });

  it('still reads as tags markup that pages write: lower case, all capitals, void elements, a + between tags', () => {
    assert.deepEqual(tags('<a href="x">Link</a> <A HREF="y">LINK</A> <p>a<br>b <P>c<BR>d'), ['<a href="x">', '</a>', '<A HREF="y">', '</A>', '<p>', '<br>', '<P>', '<BR>']);
    assert.deepEqual(tags('<del>alt</del> <b>+</b> <B>+<I>x</I></B> <TD>+<TD>'), ['<del>', '</del>', '<b>', '</b>', '<B>', '<I>', '</I>', '</B>', '<TD>', '<TD>']);
    // A void element has no end tag to tell a key by; a name in mixed case is a tag with its end tag.
    assert.deepEqual(tags('Text<Br>mehr <Hr> x <Del>alt</Del> <Meta>'), ['<Br>', '<Hr>', '<Del>', '</Del>', '<Meta>']);
    // A `+` joins a key only to a bracket that is no tag: not to a tag, nor to a key's end tag.
    assert.deepEqual(tags('<img alt>+<B> <info>+<B>x</info> <C>x</C>+<B>'), ['<img alt>', '<B>', '<info>', '<B>', '</info>', '<C>', '</C>', '<B>']);
    // Nor is a tag with its end tag after it a key, `+` or not.
    assert.deepEqual(tags('Mit <Strg>+<b>C</b> kopieren, <Vorlage>+<script>alert(1)</script>'), ['<b>', '</b>', '<script>', '</script>']);
    // Elements other than keys, written with a capital and lower case, are tags (old pages, CMS output).
    assert.deepEqual(tags('<Ul><Li>Erster Punkt<Li>Zweiter <Div>x <Strong>y <Script>z'), ['<Ul>', '<Li>', '<Li>', '<Div>', '<Strong>', '<Script>']);
    assert.equal(converted('Mit <Strg>+<A> markieren, <b>+</b> und <del>alt</del> <p>neu'), 'Mit <Strg>+<A> markieren, + und alt | neu');
  });
});
