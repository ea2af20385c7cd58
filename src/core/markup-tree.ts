/**
 * The DOM of a line with markup, as cheerio builds it, without running the parser when the line
 * lets us: most leftover markup is plain tags, entities and comments, which `scanMarkup` has
 * already found. Running htmlparser2 over such a line walks it again character by character and
 * took half of the engine's time on markup-heavy dumps; here the text between the tokens is
 * copied in slices.
 *
 * `replayTree` replays the parser's and the DOM handler's steps over the tokens (htmlparser2 10:
 * implied closes, void elements, the index bookkeeping that gives every node its `startIndex` and
 * `endIndex`), so the tree it tells is the one cheerio would build, node for node and index for
 * index. It answers false for anything where its tokens and the parser could part ways: a raw-text
 * element other than a `<script>` or `<style>` closed by an end tag the scanner found (`<title>`,
 * `<textarea>`, `<xmp>`, whose text the parser decodes or which it tells by odd names), SVG or
 * MathML, a quote left open in a tag's attributes, and the short comments `<!-->` and `<!--->`.
 * Those lines go to the parser (html-parser.ts). The unit tests compare both trees with cheerio's.
 */
import type { MarkupToken } from './markup';
import { indexOrEnd, isAsciiAlphanumeric, isAsciiLetter } from './text';

export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  startIndex: number | null;
  endIndex: number | null;
  children?: DomNode[];
}

/**
 * Tags whose content the parser reads as raw text, with the end tag it reads up to. htmlparser2
 * tells a raw-text tag by its letters after the first: `<s` + `cript` or `tyle`, and `<t` or `<x`
 * + `itle`, `extarea` or `mp`, so `<tmp>` is raw text to it as much as `<xmp>`, and ends at `</xmp`.
 */
const RAW_TEXT_END: ReadonlyMap<string, string> = new Map([
  ['script', 'script'], ['style', 'style'],
  ['title', 'title'], ['xitle', 'title'], ['textarea', 'textarea'], ['xextarea', 'textarea'], ['xmp', 'xmp'], ['tmp', 'xmp'],
]);
/** The parser's end of raw text: `</` and the name in any case, then white space or `>`. */
const RAW_TEXT_END_TAG = /<\/(script|style|title|textarea|xmp)[\t\n\f\r >]/gi;
/**
 * Where the raw text of a `<script>` or `<style>` ends, as the parser finds it. Their text is the
 * line as it is, not decoded (a page's ad scripts stand on lines of their own), so it is replayed.
 */
const RAW_TEXT_CLOSE: ReadonlyMap<string, RegExp> = new Map([
  ['script', /<\/script[\t\n\f\r >]/gi],
  ['style', /<\/style[\t\n\f\r >]/gi],
]);
/** Tags whose content the parser reads as raw text (unless replayed as such), or in another namespace. */
const NOT_REPLAYED = new Set([...RAW_TEXT_END.keys(), 'svg', 'math'].filter((name) => !RAW_TEXT_CLOSE.has(name)));
/** What a raw-text start tag with no end tag after it is renamed to (see withRawTextOpened). */
const OPENED = 'q';

/** htmlparser2's voidElements. */
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** htmlparser2's openImpliesClose: opening the key closes open elements of its set on top of the stack. */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], body: ['head', 'link', 'script'], li: ['li'],
    p: P, h1: P, h2: P, h3: P, h4: P, h5: P, h6: P,
    select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
    // A textarea read as an ordinary element (withRawTextOpened) still closes what a textarea closes.
    [OPENED + 'extarea']: FORM,
    option: ['option'], optgroup: ['optgroup', 'option'], dd: ['dd', 'dt'], dt: ['dd', 'dt'],
    address: P, article: P, aside: P, blockquote: P, details: P, div: P, dl: P, fieldset: P, figcaption: P,
    figure: P, footer: P, form: P, header: P, hr: P, main: P, nav: P, ol: P, pre: P, section: P, table: P, ul: P,
    rt: ['rt', 'rp'], rp: ['rt', 'rp'], tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
  }).map(([name, closes]) => [name, new Set(closes)]),
);

/**
 * What the parser's DOM handler does with a line, step by step in document order: the tree, told
 * as it is built rather than built. Cheerio's tree of the same line has, in its depth-first order,
 * a node for each `text` and `comment` and an element for each `open` (of type `tag`, or its name
 * for a `<script>` or `<style>`), whose children are what comes before the `close` that ends it.
 * A text node is told whole, once nothing can be added to it. Indices are the nodes' own
 * (`endIndex` is the last character's).
 */
export interface TreeHandler {
  text(data: string, startIndex: number, endIndex: number): void;
  comment(data: string, startIndex: number, endIndex: number): void;
  open(name: string, startIndex: number | null): void;
  /** The innermost open element ends. */
  close(endIndex: number | null): void;
}

/**
 * Replays the tree of `source` (the line with its stray `<` and literal no-break spaces protected,
 * so every `<` left starts a token) to `handler`, or answers false when the line needs the parser:
 * the steps told by then are to be forgotten. A line's paragraphs are read off the steps as they
 * come, so no node of the tree is made.
 * `decode` gives text (an entity, or a stretch of text with no tag) as the parser decodes it, or
 * undefined when decoding leaves it as it is.
 */
export function replayTree(
  source: string,
  tokens: readonly MarkupToken[],
  decode: (text: string) => string | undefined,
  handler: TreeHandler,
): boolean {
  /** The open elements, innermost last. */
  const open: TagName[] = [];
  // The parser's own bookkeeping: where the next node starts, and the end it gives a node it closes.
  let startIndex = 0;
  const names = new Map<string, TagName>();

  // The text node the DOM handler would still append to (undefined data: none): only a tag it acts
  // on, or a comment, ends it. It is told then, before what ended it.
  let textData: string | undefined;
  let textStart = 0;
  let textEnd = 0;
  const endText = (): void => {
    if (textData === undefined) return;
    handler.text(textData, textStart, textEnd);
    textData = undefined;
  };
  const closeTop = (endIndex: number): void => {
    open.pop()!.open--;
    handler.close(endIndex);
  };

  // The next '&' at or after `from` that is an entity's (the scanner's, or one the parser may
  // decode), found once rather than for every stretch of text. Any other '&' is text to the parser
  // as it is here.
  let amp = -1;
  const nextAmp = (from: number): number => {
    if (amp < from) amp = indexOrEnd(source, '&', from);
    while (amp < source.length && isLiteralAmp(source, amp, decode)) amp = indexOrEnd(source, '&', amp + 1);
    return amp;
  };

  /**
   * The text from `start` to `end` as the parser decodes it, given that tokens `first` to `last`
   * (exclusive) are the entities the scanner found in it. An entity it did not find (one written
   * without its ';', such as `&copy2024`) is left to the parser's own decoding of the whole text.
   */
  const textOf = (start: number, first: number, last: number, end: number): string => {
    let data = '';
    let from = start;
    for (let i = first; i < last; i++) {
      const entity = tokens[i];
      if (nextAmp(from) < entity.start) return decodedWhole(source, start, end, decode);
      data += source.slice(from, entity.start) + decode(entity.name);
      from = entity.end;
    }
    if (nextAmp(from) < end) return decodedWhole(source, start, end, decode);
    return data + source.slice(from, end);
  };

  let pos = 0;
  let t = 0;
  while (t < tokens.length || pos < source.length) {
    // Text up to the next tag or comment, entities decoded.
    const firstEntity = t;
    while (t < tokens.length && tokens[t].kind === 'entity') t++;
    const end = t < tokens.length ? tokens[t].start : source.length;
    if (end > pos) {
      const data = textOf(pos, firstEntity, t, end);
      if (textData !== undefined) textData += data;
      else {
        textData = data;
        textStart = startIndex;
      }
      textEnd = end - 1;
      startIndex = end;
    }
    if (t >= tokens.length) break;

    const token = tokens[t++];
    pos = token.end;
    const gt = token.end - 1;
    if (token.kind === 'comment') {
      if (source.startsWith('<!-->', token.start) || source.startsWith('<!--->', token.start)) return false;
      endText();
      handler.comment(source.slice(token.start + 4, gt - 2), startIndex, gt);
      startIndex = gt + 1;
      continue;
    }
    const closing = source.charCodeAt(token.start + 1) === 47; /* / */
    const name = token.name;
    const nameEnd = token.start + (closing ? 2 : 1) + name.length;
    if (closing) {
      // The parser's end-tag name runs to white space or `>`: `</p/>` names "p/".
      if (source.charCodeAt(nameEnd) === 47) return false;
      // A void element is never open.
      const tag = names.get(name);
      const at = tag?.open ? open.lastIndexOf(tag) : -1;
      if (at >= 0) {
        endText();
        while (open.length > at) closeTop(nameEnd);
      } else if (name === 'p' || name === 'br') {
        // The parser turns `</br>`, and `</p>` with no <p> open, into an empty element of their own.
        endText();
        handler.open(name, startIndex);
        handler.close(nameEnd);
      }
      startIndex = nameEnd + 1;
      continue;
    }
    let tag = names.get(name);
    if (tag === undefined) names.set(name, (tag = tagNamed(name)));
    if (!tag.replayed || !attributesEndAt(source, nameEnd, gt)) return false;
    // `<script/>` stays open, but the parser reads what follows it as markup, not as its text.
    if (tag.rawTextClose && source.charCodeAt(gt - 1) === 0x2f) return false;
    let close = -1;
    if (tag.rawTextClose) {
      // Up to its end tag, the parser reads the line as text: tokens the scanner found there are text.
      close = rawTextEnd(source, gt + 1, tag.rawTextClose);
      while (t < tokens.length && tokens[t].start < close) t++;
      // Its end tag must be one the scanner found too (`</style\f` is none), to close the element as any other.
      if (tokens[t]?.start !== close) return false;
    }
    endText();
    const { closes } = tag;
    if (closes) while (open.length > 0 && closes.has(open[open.length - 1].name)) closeTop(nameEnd);
    handler.open(name, startIndex);
    if (tag.isVoid) handler.close(gt);
    else {
      open.push(tag);
      tag.open++;
    }
    startIndex = gt + 1;
    if (close >= 0) {
      if (close > startIndex) handler.text(source.slice(startIndex, close), startIndex, close - 1);
      pos = close;
      startIndex = close;
    }
  }
  // At the end the parser closes what is still open, at the position after the last token.
  endText();
  while (open.length > 0) closeTop(startIndex);
  return true;
}

/** Text with an entity the scanner did not find, decoded by the parser as a whole. */
function decodedWhole(source: string, start: number, end: number, decode: (text: string) => string | undefined): string {
  const raw = source.slice(start, end);
  return decode(raw) ?? raw;
}

/**
 * What the replay knows of a tag name, looked up in the parser's sets once per name and line.
 * `open` counts the elements of that name open: an end tag whose element is not open (`</i>`
 * after thousands of `<b>`) is then passed over without searching the stack.
 */
interface TagName {
  name: string;
  replayed: boolean;
  isVoid: boolean;
  closes: ReadonlySet<string> | undefined;
  /** For a `<script>` or `<style>`, where its raw text ends. */
  rawTextClose: RegExp | undefined;
  open: number;
}

function tagNamed(name: string): TagName {
  return {
    name,
    replayed: !NOT_REPLAYED.has(name),
    isVoid: VOID.has(name),
    closes: IMPLIES_CLOSE.get(name),
    rawTextClose: RAW_TEXT_CLOSE.get(name),
    open: 0,
  };
}

/** Where the raw text from `from` ends (its end tag's '<'), or the source's end when it does not. */
function rawTextEnd(source: string, from: number, close: RegExp): number {
  close.lastIndex = from;
  return close.exec(source)?.index ?? source.length;
}

/** The longest entity name HTML knows (`CounterClockwiseContourIntegral`): letters past it change nothing. */
const ENTITY_NAME_MAX = 32;

/**
 * Whether an '&' that starts no entity the scanner found is one the parser leaves as it is: before
 * anything but a letter or '#' ("Müller & Co", "1&1"), or before letters that begin no entity
 * ("AT&T", "S&P"). In text the parser also decodes an entity with no ';' (`&copy2024` is ©2024),
 * so `decode` is asked about the letters and digits after the '&': they come back as they are
 * when no entity starts them. (An entity with its ';' would have been found by the scanner.)
 */
function isLiteralAmp(source: string, at: number, decode: (text: string) => string | undefined): boolean {
  const c = source.charCodeAt(at + 1);
  if (!isAsciiLetter(c)) return c !== 35; /* # */
  let end = at + 2;
  while (end < source.length && end - at <= ENTITY_NAME_MAX && isAsciiAlphanumeric(source.charCodeAt(end))) end++;
  return decode(source.slice(at, end)) === undefined;
}


const enum Attr { Before, Name, AfterName, BeforeValue, Unquoted }

/**
 * Whether the parser's tag ends at `gt`, as the scanner's does: it ends at the first `>` that
 * is not inside a quoted attribute value, so a quote left open runs past it.
 */
function attributesEndAt(source: string, from: number, gt: number): boolean {
  let state = Attr.Before;
  for (let i = from; i < gt; i++) {
    const c = source.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
    switch (state) {
      case Attr.BeforeValue:
        if (c === 34 || c === 39) {
          // A quoted value (most often a long URL) runs to its closing quote, which nothing inside escapes.
          i = source.indexOf(c === 34 ? '"' : "'", i + 1);
          if (i < 0 || i >= gt) return false;
          state = Attr.Before;
        } else if (!space) state = Attr.Unquoted;
        break;
      case Attr.Unquoted:
        if (space) state = Attr.Before;
        break;
      case Attr.Name:
        if (c === 61) state = Attr.BeforeValue;
        else if (space) state = Attr.AfterName;
        else if (c === 47) state = Attr.Before;
        break;
      case Attr.AfterName:
        if (c === 61) state = Attr.BeforeValue;
        else if (c === 47) state = Attr.Before;
        else if (!space) state = Attr.Name;
        break;
      default:
        if (!space && c !== 47) state = Attr.Name;
    }
  }
  return true;
}

/**
 * A raw-text element (`<script>`, `<style>`, `<title>`, `<textarea>`, `<xmp>`) with no end tag
 * after it would swallow the rest of the line as text, to be converted again as the paragraph
 * settles, and so on element after element. Its start tag is renamed instead (`<qcript>`, the
 * same length, so offsets stay), and what follows it is read as markup, once: it keeps its text,
 * as any element with no end tag does. `source` is the line protected (see `protect`).
 */
export function withRawTextOpened(source: string, tokens: readonly MarkupToken[]): { source: string; tokens: readonly MarkupToken[] } {
  let lastEnd: Map<string, number> | undefined;
  let renamed: MarkupToken[] | undefined;
  let out = '';
  let copied = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'tag' || !mayOpenRawText(source.charCodeAt(token.start + 1))) continue;
    const end = RAW_TEXT_END.get(token.name);
    if (end === undefined) continue;
    lastEnd ??= lastEndTags(source);
    if ((lastEnd.get(end) ?? -1) >= token.end) continue;
    renamed ??= [...tokens];
    renamed[i] = { ...token, name: OPENED + token.name.slice(1) };
    out += source.slice(copied, token.start + 1) + OPENED;
    copied = token.start + 2;
  }
  return renamed ? { source: out + source.slice(copied), tokens: renamed } : { source, tokens };
}

/**
 * Whether the character after a tag's '<' may start a raw-text element: only a start tag can, and
 * every raw-text name begins with s, t or x, so most tags are passed over without a lookup.
 */
function mayOpenRawText(c: number): boolean {
  const letter = c | 0x20; // lower case
  return letter === 115 /* s */ || letter === 116 /* t */ || letter === 120 /* x */;
}

/** Where each raw-text end tag last starts in `source`. */
function lastEndTags(source: string): Map<string, number> {
  const last = new Map<string, number>();
  for (const m of source.matchAll(RAW_TEXT_END_TAG)) last.set(m[1].toLowerCase(), m.index);
  return last;
}
