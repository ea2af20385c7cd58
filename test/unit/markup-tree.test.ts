/**
 * The tree the engine builds itself for simple markup lines must be cheerio's, node for node and
 * index for index: the paragraphs, roles and removal spans of a line all come from it. So must
 * the tree of the parser it runs for the other lines (html-parser.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio/slim';
import fc from 'fast-check';
import { decodeText, parseHtml } from '../../src/core/html-parser';
import { decodeEntity, protect, scanMarkup } from '../../src/core/markup';
import { standInsFor } from '../../src/core/stand-ins';
import { replayTree, type DomNode } from '../../src/core/markup-tree';
import { splitLines } from '../../src/core/text';
import { dumpsIn, FIXTURES, REAL, TRAPS } from './fixtures';

/**
 * What the conversion reads of a tree (cheerio's nodes also carry attributes and sibling links),
 * node by node in document order, each with its depth. Built without recursion: a line of
 * thousands of unclosed tags nests that deep.
 */
function shape(root: DomNode): string[] {
  const out: string[] = [];
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    out.push(`${depth} ${node.type} ${node.name ?? ''} ${JSON.stringify(node.data)} ${node.startIndex}-${node.endIndex}`);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
  return out;
}

/** The tree `replayTree` tells, built (the engine itself only reads it as it is told), or undefined when it leaves the line to the parser. */
function knownTree(source: string, tokens: Parameters<typeof replayTree>[1]): DomNode | undefined {
  const root: DomNode = { type: 'root', startIndex: null, endIndex: null, children: [] };
  const open = [root];
  const add = (node: DomNode): void => void open[open.length - 1].children!.push(node);
  const built = replayTree(source, tokens, decodeEntity, {
    text: (data, startIndex, endIndex) => add({ type: 'text', data, startIndex, endIndex }),
    comment: (data, startIndex, endIndex) => add({ type: 'comment', data, startIndex, endIndex }),
    open(name, startIndex) {
      // The DOM handler types an element by its name.
      const element: DomNode = { type: name === 'script' || name === 'style' ? name : 'tag', name, startIndex, endIndex: null, children: [] };
      add(element);
      open.push(element);
    },
    close(endIndex) {
      open.pop()!.endIndex = endIndex;
    },
  });
  return built ? root : undefined;
}

/** The tree cheerio builds, with the options the engine converts with. */
function cheerioTree(source: string): DomNode {
  const options = { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } };
  return load(source, options).root()[0] as unknown as DomNode;
}

/**
 * Compares the trees of a line: the parser's with cheerio's, and the engine's own, when it builds
 * one, with cheerio's. Returns whether the engine built its own.
 */
function compare(line: string): boolean {
  const scan = scanMarkup(line);
  const standIns = standInsFor(line);
  assert.ok(standIns, line);
  const source = protect(line, scan, standIns);
  const expected = shape(cheerioTree(source));
  assert.deepEqual(shape(parseHtml(source)), expected, `parsed tree of ${JSON.stringify(line)}`);
  const known = knownTree(source, scan.tokens);
  if (!known) return false;
  assert.deepEqual(shape(known), expected, `tree of ${JSON.stringify(line)}`);
  return true;
}

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(
    '<p>', '</p>', '<P class="lead">', '<b>', '</b>', '<strong>', '</strong>', '<a href="/x?a=1&b=2">', '</a>', '<br>',
    '<br/>', '</br>', '<div>', '</div>', '<li>', '<ul>', '</ul>', '<h2>', '</h2>', '<zt>', '</zt>', '<lg>', '<img src=x>',
    '<span/>', '</span>', '<span title=\'a "b"\'>', '<a title="x>', '<a b=c d>', '<a b= "c" / >', '<a/b>', '</p/>', '</b >',
    '<td>', '<tr>', '<table>', '<option>', '<select>', '<figure>', '<figcaption>', '<script>x()</script>', '<style>',
    '<script/>', '</script>', '<style/>', '</style>', '<title>', '<svg>', '<math>', '<xmp>', '<textarea>', '<tmp>', '<xitle>', '<Xextarea>', '<tmpl>', '<!-- ad -->', '<!-->', '<!--->', '<!---->', '<!doctype html>',
    '&amp;', '&nbsp;', '&#160;', '&#8220;', '&lt;b&gt;', '&notit;', '&copy', '&', '& ', '&&', '&1', '&;', '&#', '&#x;',
    '&#xe000;', '<', '>', '</', '< b>',
  ) },
  { weight: 2, arbitrary: fc.constantFrom('Text', 'Hier weiterlesen', ' ', '  ', '\t', '\u00a0', '\ue000', '"', "'", '=', '/', '-->') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const markupLine = fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join(''));

describe('markup tree', () => {
  it('is cheerio’s for every markup line of the fixtures, and is built for nearly all of them', () => {
    let lines = 0;
    let built = 0;
    for (const file of [...dumpsIn(join(FIXTURES, 'examples')), ...dumpsIn(REAL), ...dumpsIn(TRAPS)]) {
      const text = readFileSync(file, 'utf8');
      for (const { text: line } of splitLines(text)) {
        if (scanMarkup(line).tokens.length === 0) continue;
        lines++;
        if (compare(line)) built++;
      }
    }
    assert.ok(lines > 40, `${lines} markup lines`);
    assert.ok(built >= lines * 0.9, `built ${built} of ${lines}`);
  });

  it('is cheerio’s for generated tag soup, built or parsed', () => {
    let built = 0;
    fc.assert(fc.property(markupLine, (line) => {
      if (compare(line)) built++;
    }), { numRuns: 5000 });
    assert.ok(built > 1000, `built for ${built} of 5000 lines`);
  });

  it('builds lines whose "&" starts no entity, as text', () => {
    for (const line of [
      'Müller & Co <b>x</b>', '1&1 <br>AT&amp;T', 'a &&amp; b<p>', '&<i>x</i>&', 'x &; y &1 <b>z</b> &',
      'AT&T <b>x</b>', 'S&P 500 <i>y</i>&hellip;', 'M&As<br>&Unknown; &Tx', '<p>R&D&#8220;',
    ]) {
      assert.ok(compare(line), line);
    }
  });

  it('builds lines with entities written without their ";", decoded as the parser decodes them', () => {
    for (const line of ['a &copy b', '&copy2024 <b>x</b>', '<i>&#160 x</i>&amp;', '<p>&notin &amp; &ltb</p>', 'x &#x41B<br>&hellip;']) {
      assert.ok(compare(line), line);
    }
  });

  it('builds the empty elements the parser makes of "</p>" with no <p> open and of "</br>"', () => {
    for (const line of ['</p>x', 'x</br>', 'a</p>b</P >c', '<b>x</p>y</b>', '<p>a</p></p>b', '<i>a</BR>b']) {
      assert.ok(compare(line), line);
    }
  });

  it('builds a <script> or <style> closed by its end tag, its text as the line has it', () => {
    for (const line of [
      '<script>a<b>c</script>', '<style>p{}</style>', '<p>x<script>if (a < b && c) {}</script>y', '<SCRIPT>x</Script >z',
      '<script></script>', '<script>a</script/>b</script>c', '<style>a</style\fb</style>', '<script>&amp;</script>',
      '<script>a</style></script>', '<p><script>x</p></script>y', '<script>x</script><script>y</script>',
    ]) {
      assert.ok(compare(line), line);
    }
  });

  it('leaves to the parser what it reads otherwise', () => {
    for (const line of [
      '<style>a</style\fb', '<title>x</title>', '<svg><p/></svg>',
      '<tmp><b>x</b></tmp>', '<XEXTAREA>a<br>b</XEXTAREA>', '<xitle><i>y</xitle>', '<TMP class=a><p>z</tmp>',
      '<a title="x>y">z', '<!-->x-->', '</b/>x', '<textarea>x',
      '<p>Eins<script/></p>Zwei</script>Drei', '<b>Teil<style /></b>zweiter</style>',
    ]) {
      assert.equal(compare(line), false, line);
    }
  });

  it('decodes text as cheerio does: every entity form, numeric edge cases and generated text', () => {
    const cheerioText = (text: string): string => load(text, { xml: { xmlMode: false, decodeEntities: true } }).root().text();
    for (const text of [
      '', 'plain', '&amp;', '&amp', '&AMP;', '&copy2024', '&notin;', '&notit;', '&noti', '&#0;', '&#128;', '&#150;',
      '&#x80;', '&#xD800;', '&#x110000;', '&#99999999999;', '&#;', '&#x;', '&#65', '&#x41B', '&CounterClockwiseContourIntegral;',
      '&lt;b&gt;', 'a & b', 'AT&T', '&&amp;;', 'b>', '&#xe000;', ' &nbsp;', '&ltb', '&gt', '&Gt;',
    ]) {
      assert.equal(decodeText(text), cheerioText(text), JSON.stringify(text));
    }
    const piece = fc.constantFrom('&', '#', 'x', 'X', ';', '0', '1', '9', 'a', 'f', 'amp', 'lt', 'copy', 'not', 'in', 'it', 'nbsp', 'Eacute', ' ', 'ü', ' ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(decodeText(text), cheerioText(text), JSON.stringify(text));
    }), { numRuns: 5000 });
  });

  it('is cheerio’s, when parsed, however deep the line nests and whatever its end tags close', () => {
    const deep = (n: number, unit: string): string => unit.repeat(n);
    for (const line of [
      '<svg>' + deep(3000, '<b>x</i> '), '<math>' + deep(3000, '<p>x</span>'), '<script>a</script>' + deep(3000, '<div>x'),
      '<!-->' + deep(2000, '<b><i>x</b>'), deep(2000, '<svg><circle/>') + deep(1000, '</svg>') + '<p>y',
      '<svg>' + deep(2000, '<mi><b/>') + deep(500, '</mi></b>') + '<desc><i/>z', '<svg/>' + deep(1000, '<td><tr/>x'),
      '<svg>' + deep(1000, '<li><ul>') + deep(999, '</ul>') + '</li></P></br>',
    ]) {
      compare(line);
    }
  });
});
