/**
 * Leftover HTML in a line: finding its tags and entities, and turning it into text as cheerio
 * would (its parser, htmlparser2, builds or is replayed to build the line's tree).
 *
 * Most lines of a dump have no markup, so `scanMarkup` is a cheap linear pass that decides
 * whether a line needs reading as HTML at all. It only accepts complete tags (`<` … `>` with no `<` inside)
 * whose attributes read as attributes, and well-formed entities, so a lone `<` or `&` in prose
 * ("5 < 10", "AT&T") and prose between angle brackets ("a<b und c>d") stay text.
 */
import { decodeText, parseHtml } from './html-parser';
import { replayTree, withRawTextOpened, type DomNode, type TreeHandler } from './markup-tree';
import { standInsFor, type StandIns } from './stand-ins';
import { contentEnd, contentStart, indexOrEnd, isAsciiAlphanumeric, isAsciiDigit, isAsciiLetter, isBlank, trimEdges } from './text';

export type MarkupKind = 'tag' | 'comment' | 'entity';

export interface MarkupToken {
  kind: MarkupKind;
  start: number;
  end: number;
  /** Lower-case tag name, or the entity as written. */
  name: string;
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * A line's markup. `strayLt`: a '<' of the line starts none of its tags or comments (one in prose,
 * or inside a comment). The scanner meets every '<', so without one `protect` has nothing to
 * replace and need not search the line again.
 */
export interface MarkupScan {
  tokens: MarkupToken[];
  strayLt: boolean;
}

export function scanMarkup(line: string): MarkupScan {
  const lt = line.indexOf('<');
  const amp = line.indexOf('&');
  if (lt < 0 && amp < 0) return NO_MARKUP;
  const tags: MarkupToken[] = [];
  const strayLt = lt >= 0 && scanTags(line, lt, tags);
  return { tokens: amp < 0 ? tags : withEntities(line, tags, amp), strayLt };
}

/** The many lines with no markup share one empty scan, not to be changed. */
const NO_TOKENS: MarkupToken[] = Object.freeze([]) as unknown as MarkupToken[];
const NO_MARKUP: MarkupScan = Object.freeze({ tokens: NO_TOKENS, strayLt: false });

/**
 * Complete tags and comments, from '<' to '<', into `tokens`: most of a line is text. Answers
 * whether a '<' starts none of them (see MarkupScan). (One loop that jumped to the next '<' or '&'
 * alike ran 50 times slower once V8 had optimised it, on a line of 140,000 tags.)
 */
function scanTags(line: string, firstLt: number, tokens: MarkupToken[]): boolean {
  let ltInComment = false;
  let ltsMet = 0;
  let nextGt = -2; // cached index of the next '>' at or after the scan position
  let nextLt = -2; // the first '<' after the last one looked at: the loop goes on from there
  let commentsPossible = true;
  let closed: Map<string, number> | undefined;
  for (let i = firstLt; i < line.length; i = nextLt > i ? nextLt : indexOrEnd(line, '<', i + 1)) {
    ltsMet++;
    const next = line.charCodeAt(i + 1);
    if (next === 33 /* ! */ && commentsPossible && line.startsWith('<!--', i)) {
      const close = line.indexOf('-->', i + 4);
      if (close < 0) {
        commentsPossible = false; // no later comment can close either
        continue;
      }
      // Looked for from the end back: a '<' after the comment is not searched for twice.
      if (line.lastIndexOf('<', close) > i) ltInComment = true;
      tokens.push({ kind: 'comment', start: i, end: close + 3, name: '!--' });
      i = close + 2;
      continue;
    }
    const j = next === 47 /* / */ ? i + 2 : i + 1;
    if (!isAsciiLetter(line.charCodeAt(j))) continue;
    if (nextGt < i) nextGt = indexOrEnd(line, '>', i);
    if (nextLt <= i) nextLt = indexOrEnd(line, '<', i + 1);
    if (nextGt >= line.length || nextGt > nextLt) continue;
    // `<<Nein>>` is a quote in ASCII guillemets, not a tag between two brackets.
    if (line.charCodeAt(i - 1) === 60 /* < */ && line.charCodeAt(nextGt + 1) === 62 /* > */) continue;
    let k = j;
    while (k < nextGt && isNameChar(line.charCodeAt(k))) k++;
    const after = line.charCodeAt(k);
    if (k !== nextGt && after !== 32 && after !== 9 && after !== 47 && after !== 10) continue;
    if (k !== nextGt && !readsAsAttributes(line, k, nextGt)) continue;
    const name = tagName(line, j, k);
    if (k === nextGt && next !== 47) {
      if (mayBePlaceholder(name, line, j) && !((closed ??= lastEndTags(line)).get(name)! > i)) continue;
      if (followsKey(line, i, tokens) && !hasOwnEndTag(line, i, name, tokens)) continue;
    }
    tokens.push({ kind: 'tag', start: i, end: nextGt + 1, name });
    i = nextGt;
  }
  return ltInComment || ltsMet > tokens.length;
}

/**
 * Elements HTML knows (SVG's among them), and the news archives' own of ROLES. A bare start tag
 * (no attributes) of another name of three letters or more, without `-` or `:` (a custom element,
 * Word's `<o:p>`), or of one or two beginning with a capital (`<C>`, `<F4>`, `<Fn>`), is a tag only
 * with its end tag after it on the line (`<info>…</info>`): alone, `<Name>` or `<SAVE10>` (often
 * decoded from `&lt;Name&gt;`), or the key of `<Strg>+<C>`, is a placeholder in prose. So is a
 * key HTML names, written with a capital and lower case (`<Del>`, `<Menu>`; KEYS_HTML_NAMES).
 */
export const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'acronym', 'address', 'applet', 'area', 'article', 'aside', 'audio', 'b', 'base', 'basefont',
  'bdi', 'bdo', 'bgsound', 'big', 'blink', 'blockquote', 'body', 'br', 'button', 'canvas', 'caption',
  'center', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog',
  'dir', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form',
  'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'i',
  'iframe', 'img', 'input', 'ins', 'kbd', 'keygen', 'label', 'legend', 'li', 'link', 'main', 'map', 'mark',
  'marquee', 'math', 'menu', 'menuitem', 'meta', 'meter', 'nav', 'nobr', 'noembed', 'noframes', 'noscript',
  'object', 'ol', 'optgroup', 'option', 'output', 'p', 'param', 'picture', 'plaintext', 'pre', 'progress',
  'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'script', 'search', 'section', 'select', 'slot',
  'small', 'source', 'span', 'strike', 'strong', 'style', 'sub', 'summary', 'sup', 'svg', 'table', 'tbody',
  'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'track', 'tt', 'u', 'ul',
  'var', 'video', 'wbr', 'xmp',
  // SVG
  'circle', 'clippath', 'defs', 'desc', 'ellipse', 'filter', 'foreignobject', 'g', 'image', 'line',
  'lineargradient', 'marker', 'mask', 'metadata', 'path', 'pattern', 'polygon', 'polyline',
  'radialgradient', 'rect', 'stop', 'switch', 'symbol', 'text', 'textpath', 'tspan', 'use', 'view',
]);

/**
 * Keys on the keyboard that HTML names too. Pages write their tags in lower case, old ones all in
 * capitals (`<P>`, `<DEL>`), so written with a capital and lower case (`<Del>`, `<Option>`) these
 * are keys. Other element names so written stay tags: a page may write `<Li>` or `<Div>` too.
 */
const KEYS_HTML_NAMES = new Set(['del', 'ins', 'menu', 'option', 'select', 'search']);

/**
 * A name that, in a bare start tag, may be a placeholder in prose rather than an element; `name`
 * in lower case, as written in `line` from `from`. The grammar's `placeholder` pattern holds the
 * same test (test/unit/grammar.test.ts checks that they agree).
 */
export function mayBePlaceholder(name: string, line: string, from: number): boolean {
  if (HTML_ELEMENTS.has(name)) return KEYS_HTML_NAMES.has(name) && isCapital(line.charCodeAt(from)) && hasLowerCase(line, from + 1, from + name.length);
  if (ROLES.has(name)) return false;
  return name.length >= 3 ? !name.includes('-') && !name.includes(':') : isWrittenAsKey(line, from, name.length);
}

/**
 * A short name beginning with a capital (`C`, `V`, `F4`, `Fn`): a key on the keyboard or a
 * one-letter placeholder. The archives' own short names (20 Minuten's `zt`, `au`) are written in lower case.
 */
function isWrittenAsKey(line: string, from: number, length: number): boolean {
  return isCapital(line.charCodeAt(from)) && (length === 1 || isAsciiAlphanumeric(line.charCodeAt(from + 1)));
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

function hasLowerCase(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * Whether the bare start tag at `lt` is joined by `+` to a bracket before it that is no tag
 * (`tokens`: the line's tags so far): the next key of a combination, `<Strg>+<A>`,
 * `<Ctrl> + <Alt> + <Del>`, `<Alt Gr>+<Q>`, whatever its name. A page may write `+` between two
 * tags (`<b>+</b>`, `<B>+<I>`), never after a bracket of text.
 */
function followsKey(line: string, lt: number, tokens: readonly MarkupToken[]): boolean {
  const before = line.charCodeAt(lt - 1);
  if (before !== 43 /* + */ && before !== 32 && before !== 9) return false;
  const plus = skipBlanksBack(line, lt - 1);
  if (line.charCodeAt(plus) !== 43 /* + */) return false;
  const gt = skipBlanksBack(line, plus - 1);
  if (line.charCodeAt(gt) !== 62 /* > */ || tokens[tokens.length - 1]?.end === gt + 1) return false;
  const open = line.lastIndexOf('<', gt);
  if (open < 0 || line.indexOf('>', open) !== gt) return false;
  LETTER_AT.lastIndex = open + 1;
  return LETTER_AT.test(line);
}

const LETTER_AT = /\p{L}/uy;

/** The index of the last character at or before `at` that is no space or tab (-1 if none). */
function skipBlanksBack(line: string, at: number): number {
  while (at >= 0 && (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9)) at--;
  return at;
}

/**
 * Whether the start tag of `name` at `lt` has its end tag after it on the line: one that closes
 * no element of the name opened before it (`tokens`, the line's tags so far) or after it. So the
 * key of `<p>Drucken mit <Strg>+<P>.</p><p>…</p>` is no tag, and the `C` of `<Strg>+<b>C</b>` is bold.
 */
function hasOwnEndTag(line: string, lt: number, name: string, tokens: readonly MarkupToken[]): boolean {
  let open = 0;
  for (const t of tokens) if (t.kind === 'tag' && t.name === name) open += line.charCodeAt(t.start + 1) === 47 /* / */ ? -1 : 1;
  open = Math.max(open, 0);
  for (let i = line.indexOf('<', lt + 1); i >= 0; i = line.indexOf('<', i + 1)) {
    const end = line.charCodeAt(i + 1) === 47;
    const from = end ? i + 2 : i + 1;
    let k = from;
    while (k < line.length && isNameChar(line.charCodeAt(k))) k++;
    if (k - from !== name.length || line.slice(from, k).toLowerCase() !== name) continue;
    if (!end) open++;
    else if (open-- === 0) return true;
  }
  return false;
}

/**
 * Where the last end tag of each name (lower case) stands on the line: one pass, asked only of a
 * line with a bare tag of an unknown name.
 */
function lastEndTags(line: string): Map<string, number> {
  const last = new Map<string, number>();
  for (let i = line.indexOf('</'); i >= 0; i = line.indexOf('</', i + 2)) {
    let k = i + 2;
    while (k < line.length && isNameChar(line.charCodeAt(k))) k++;
    if (k > i + 2) last.set(line.slice(i + 2, k).toLowerCase(), i);
  }
  return last;
}

/** Names of one or two characters (`p`, `a`, `br`, `h2`, 20 Minuten's `zt`), by their lower-case codes. */
const shortNames = new Map<number, string>();

/** The lower-case name from `from` to `to`: most are short, and are then not cut from the line again. */
function tagName(line: string, from: number, to: number): string {
  if (to - from > 2) return line.slice(from, to).toLowerCase();
  // A name holds only ASCII: two codes below 128 make a key of their own, one a key below 128.
  const key = to - from === 1 ? lowerCode(line, from) : 128 * (lowerCode(line, from) + 1) + lowerCode(line, from + 1);
  let name = shortNames.get(key);
  if (name === undefined) shortNames.set(key, (name = line.slice(from, to).toLowerCase()));
  return name;
}

function lowerCode(line: string, at: number): number {
  const c = line.charCodeAt(at);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The tags with the known entities outside them, in order; `amp` is the line's first '&'. */
function withEntities(line: string, tags: readonly MarkupToken[], amp: number): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  let t = 0;
  while (amp >= 0) {
    while (t < tags.length && tags[t].end <= amp) tokens.push(tags[t++]);
    if (t < tags.length && tags[t].start < amp) {
      amp = line.indexOf('&', tags[t].end); // inside a tag or comment
      continue;
    }
    ENTITY.lastIndex = amp;
    const m = ENTITY.exec(line);
    if (m && isKnownEntity(m[0])) {
      tokens.push({ kind: 'entity', start: amp, end: amp + m[0].length, name: m[0] });
      amp = line.indexOf('&', amp + m[0].length);
    } else amp = line.indexOf('&', amp + 1);
  }
  while (t < tags.length) tokens.push(tags[t++]);
  return tokens;
}

/**
 * Attribute names HTML knows, the boolean ones and others a page or a scraper that dropped the
 * value may leave bare: what may stand in a tag without `=`, besides CUSTOM_ATTRIBUTE names. A run
 * of prose between angle brackets holds a word that is none of them. The grammar's tag pattern
 * holds the same list (test/unit/grammar.test.ts checks that they agree).
 */
export const ATTRIBUTE_NAMES = new Set([
  'accesskey', 'align', 'allow', 'allowfullscreen', 'allowtransparency', 'alt', 'amp', 'async',
  'autocomplete', 'autofocus', 'autoplay', 'bgcolor', 'border', 'cellpadding', 'cellspacing', 'charset',
  'checked', 'class', 'color', 'cols', 'colspan', 'compact', 'content', 'contenteditable', 'controls',
  'coords', 'crossorigin', 'datetime', 'declare', 'default', 'defer', 'dir', 'disabled',
  'disablepictureinpicture', 'disableremoteplayback', 'download', 'draggable', 'enctype', 'face', 'for',
  'formnovalidate', 'frameborder', 'headers', 'height', 'hidden', 'href', 'hreflang', 'id', 'inert',
  'integrity', 'ismap', 'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype', 'label', 'lang', 'loading',
  'loop', 'marginheight', 'marginwidth', 'max', 'maxlength', 'media', 'method', 'min', 'mozallowfullscreen',
  'multiple', 'muted', 'name', 'nohref', 'nomodule', 'nonce', 'noresize', 'noshade', 'novalidate', 'nowrap',
  'open', 'pattern', 'placeholder', 'playsinline', 'popover', 'poster', 'preload', 'property', 'readonly',
  'referrerpolicy', 'rel', 'required', 'rev', 'reversed', 'role', 'rows', 'rowspan', 'sandbox', 'scope',
  'scrolling', 'seamless', 'selected', 'shape', 'size', 'sizes', 'slot', 'span', 'spellcheck', 'src',
  'srcdoc', 'srclang', 'srcset', 'start', 'step', 'style', 'summary', 'tabindex', 'target', 'title',
  'translate', 'truespeed', 'type', 'usemap', 'valign', 'value', 'webkitallowfullscreen', 'width', 'wrap',
  'xmlns',
]);

/** `data-…` and `aria-…`: the hyphenated names a page makes up (a hyphenated word in prose is none). */
const CUSTOM_ATTRIBUTE = /^(?:data|aria)-/;

/**
 * Whether what stands between a tag's name and its `>` (`from`, `to`) reads as attributes: bare
 * names HTML knows, up to a `name=value`. "Wenn a<b dann ist c>d" (decoded from `a&amp;lt;b …`,
 * or written so) is a comparison in prose: read as a tag, it would take "b dann ist c" with it.
 * Looked at only up to the first `=`, so a tag costs a few characters more, not a pass over the line.
 */
function readsAsAttributes(line: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = line.charCodeAt(i);
    if (c === 61 /* = */) return true;
    if (isAttributeEnd(c)) {
      i++;
      continue;
    }
    let end = i;
    while (end < to && !isAttributeEnd(line.charCodeAt(end))) end++;
    const name = line.slice(i, end).toLowerCase();
    if (!ATTRIBUTE_NAMES.has(name) && !CUSTOM_ATTRIBUTE.test(name) && !isFollowedByEquals(line, end, to)) return false;
    i = end;
  }
  return true;
}

/** `=`, a space, a tab, a line end or `/`: what ends an attribute name (to HTML, a no-break space does not). */
function isAttributeEnd(c: number): boolean {
  return c === 61 || c === 32 || c === 9 || c === 10 || c === 47;
}

/** `name = value`: white space may stand before the `=`. */
function isFollowedByEquals(line: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i < to && line.charCodeAt(i) === 61;
}

function isNameChar(c: number): boolean {
  return isAsciiAlphanumeric(c) || c === 45 || c === 58 || c === 95;
}

const entityCache = new Map<string, string | null>();

/** Longer than any entity (`&CounterClockwiseContourIntegral;`): text the cache does not keep. */
const ENTITY_MAX = 34;
const ENTITY_CACHE_SIZE = 4096;

/**
 * The character(s) an entity stands for, or undefined when HTML does not know it. Given longer
 * text with no tag, the same: that text decoded, or undefined when decoding leaves it as it is.
 */
export function decodeEntity(entity: string): string | undefined {
  let decoded = entityCache.get(entity);
  if (decoded === undefined) {
    const text = decodeText(entity);
    decoded = text === entity ? null : text;
    if (entity.length <= ENTITY_MAX) {
      // Emptied when full rather than left full: a dump of many odd `&words` must not leave every
      // later dump's entities to the parser.
      if (entityCache.size >= ENTITY_CACHE_SIZE) entityCache.clear();
      entityCache.set(entity, decoded);
    }
  }
  return decoded ?? undefined;
}

function isKnownEntity(entity: string): boolean {
  return decodeEntity(entity) !== undefined;
}

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is never article text. */
export const DROPPED = new Set([
  'script', 'style', 'noscript', 'iframe', 'svg', 'button', 'form', 'template', 'object', 'embed',
  'canvas', 'select', 'textarea', 'head', 'title', 'video', 'audio',
]);

/**
 * What an element says about the paragraph inside it. Besides HTML's own, the pseudo-XML of
 * news archives (20 Minuten's `<zt>` subheading, `<lg>` caption, `<au>` author, `<ld>` lead,
 * `<ka>` pull quote) is structure a dump reveals, so it counts the same way.
 */
export type Role = 'subheading' | 'caption' | 'byline' | 'lead' | 'pullquote';
const ROLES = new Map<string, Role>(Object.entries({
  h1: 'subheading', h2: 'subheading', h3: 'subheading', h4: 'subheading', h5: 'subheading', h6: 'subheading',
  zt: 'subheading',
  figure: 'caption', figcaption: 'caption', lg: 'caption',
  au: 'byline', address: 'byline',
  ld: 'lead',
  ka: 'pullquote',
} satisfies Record<string, Role>));

/** What an element's name says about its text. */
interface ElementKind {
  block: boolean;
  role: Role | undefined;
  dropped: boolean;
}

/** The kinds of the names met so far: one lookup per element rather than one per set. */
const elementKinds = new Map<string, ElementKind>();
/** Names are the dump's own: a dump of many made-up tags must not grow the cache without end. */
const ELEMENT_KINDS_SIZE = 4096;

function elementKind(name: string): ElementKind {
  let kind = elementKinds.get(name);
  if (kind === undefined) {
    if (elementKinds.size >= ELEMENT_KINDS_SIZE) elementKinds.clear();
    kind = { block: BLOCK.has(name) || ROLES.has(name), role: ROLES.get(name), dropped: DROPPED.has(name) };
    elementKinds.set(name, kind);
  }
  return kind;
}

/** One paragraph of a line with markup. Offsets are into the source line. */
export interface Piece {
  text: string;
  /** Span of the text's own source. */
  start: number;
  end: number;
  /** Span a removal deletes: the innermost element holding only this paragraph, or the text. */
  outerStart: number;
  outerEnd: number;
  role?: Role;
  /** A paragraph break (block tag) stands before this piece. */
  breakBefore: boolean;
}

export interface Conversion {
  pieces: Piece[];
  /** A block tag ends the line, so what follows starts a new paragraph. */
  breakAfter: boolean;
}

/**
 * Whether a link's edge stands between two characters that are never written together, so the
 * scraper lost a space there (20 Minuten's links have none around them: `Tage<a …>nach</a>bei`,
 * `stand.<a …>Er`, `dem<a …>«Tages-Anzeiger»</a>berichtet`). `before` ends the text so far, `after`
 * starts what follows the edge; `opening` is the guillemet that opens a quote on this line (`«` in
 * Swiss and French text, `»` in German `»…«`). A space was lost before a spaced dash too
 * (`sieht</a>– aus`, `«Blick»</a>– so`). A decimal (`1,<a>5</a>`), a closing mark (`<a>Link</a>.`),
 * an abbreviation or a domain (`U.<a>S.</a>`, `www.<a>Blick</a>.ch`), and two characters of a script
 * that sets no spaces stay joined.
 */
function lostSpaceBetween(before: string, after: string, opening: string, linkEnd: boolean): boolean {
  const last = before.codePointAt(before.length - (isLowSurrogate(before.charCodeAt(before.length - 1)) ? 2 : 1)) ?? 0;
  const first = after.codePointAt(0) ?? 0;
  // Digits too: such text writes numbers without spaces (`售价<a …>5999</a>元`).
  if ((writtenWithoutSpaces(last) || isAsciiDigit(last)) && (writtenWithoutSpaces(first) || isAsciiDigit(first)) && !(isAsciiDigit(last) && isAsciiDigit(first))) {
    return false;
  }
  // Korean sets spaces between words, but a particle follows its noun: `서울<a …>시청</a>에서`.
  if (linkEnd && isHangul(first)) return false;
  const opensQuote = first === opening.charCodeAt(0) || first === 0x201e; // „
  if (endsAlphanumeric(before)) return startsAlphanumeric(after) || opensQuote || first === 0x28 /* ( */ || SPACED_DASH.test(after);
  if (before.endsWith(opening === '«' ? '»' : '«') || before.endsWith(')')) return startsAlphanumeric(after) || SPACED_DASH.test(after);
  // Any other quote or bracket: a German quote closes with “ where an English one opens, but either
  // way a dash spaced after it was spaced before it (`„Blick“</a>– so`, `[Blick]</a>– so`).
  if (QUOTE_OR_BRACKET_END.test(before)) return SPACED_DASH.test(after);
  if (CLAUSE_MARK_END.test(before)) return STARTS_LETTER.test(after) || opensQuote;
  if (!before.endsWith('.') || ABBREVIATION_END.test(before) || STARTS_ABBREVIATION.test(after)) return false;
  return STARTS_CAPITAL.test(after) || opensQuote;
}

/**
 * A character of a script that sets no space between words (Thai, Lao, Tibetan, Myanmar, Khmer,
 * Chinese and Japanese, their punctuation and full-width forms): between two of them, a link's
 * edge never lost a space (`政府<a …>周三</a>宣布` reads `政府周三宣布`). Next to a Latin word it
 * may have (`Die Partei<a …>民进党</a>gewann`). Korean sets spaces between words.
 */
function writtenWithoutSpaces(c: number): boolean {
  if (c < 0x0e00) return false;
  return c < 0x10a0 || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x2e80 && c <= 0x9fff && (c < 0x3130 || c > 0x318f)) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x3ffff);
}

/** A letter, then a lower-case one: a word an empty link stands in (`Verkehrs<a name=…></a>regeln`). */
function splitsWord(before: string, after: string): boolean {
  return ENDS_LETTER.test(before) && STARTS_LOWER.test(after);
}

/** A Hangul syllable or letter. */
function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

// Named here, not written in place: the build (esbuild, target node20) turns some `\p{…}` literals
// into `new RegExp(…)`, which in place would make a new one at every call.
const ENDS_ALPHANUMERIC = /[\p{L}\p{N}]$/u;
const STARTS_ALPHANUMERIC = /^[\p{L}\p{N}]/u;
const STARTS_LETTER = /^\p{L}/u;
const STARTS_ABBREVIATION = /^\p{L}+\./u;
const STARTS_CAPITAL = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ENDS_LETTER = /\p{L}$/u;
// Any pattern written in place is a new object at every call, too.
const CLAUSE_MARK_END = /[,;:!?]$/;
/**
 * An en or em dash with a space after it stands between words, so the space before it was lost
 * (`Kopf</a>– auch`); one with none after joins a range or an unspaced aside (`1990–2000`, `this—and`).
 * A hyphen is left joined: a word cut short (`Ein</a>- und Ausfuhr`) cannot be told from a spaced one.
 */
const SPACED_DASH = /^[–—]\s/;
const QUOTE_OR_BRACKET_END = /["'\]}\u2018\u2019\u201c\u201d\u2039\u203a]$/;

// A letter or digit at the edge of the text: an ASCII one is told without the Unicode pattern.
function startsAlphanumeric(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? isAsciiAlphanumeric(c) : STARTS_ALPHANUMERIC.test(text);
}

function endsAlphanumeric(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c < 128 ? isAsciiAlphanumeric(c) : ENDS_ALPHANUMERIC.test(text);
}

/** A point after a single letter (`U.`, `z.`) or after `www`: an abbreviation or a domain goes on. */
const ABBREVIATION_END = /(?:^|[^\p{L}])\p{L}\.$|www\.$/u;

/** The guillemet that opens a quote on the line: whichever comes first. */
function openingGuillemet(line: string): string {
  const right = line.indexOf('»');
  const left = line.indexOf('«');
  return right >= 0 && (left < 0 || right < left) ? '»' : '«';
}

/** `scan`: the line's own (scanMarkup). */
export function convertMarkup(line: string, scan: MarkupScan): Conversion {
  return convert(line, scan, undefined);
}

/** `budget`: what settling the paragraph this text comes from may still do (see settle); none for a line. */
function convert(line: string, scan: MarkupScan, budget: SettleBudget | undefined): Conversion {
  const standIns = standInsFor(line);
  if (!standIns) return asText(line);
  const closed = closingTags(line);
  const { source, tokens } = withRawTextOpened(protect(line, scan, standIns), scan.tokens);
  // The parser yields a stand-in or a no-break space only from a stand-in or an entity:
  // without either, its text needs no restoring.
  const restoring = source !== line || line.includes('&');
  // The replay's text is the line's text between its tags and comments, entities decoded: without
  // a stand-in or an '&' it holds no '<' or '&', so no paragraph needs settling (or looking at for it).
  const replayed = new Paragraphs(line, standIns, restoring, !restoring, budget, closed);
  const chars = budget?.chars;
  if (replayTree(source, tokens, decodeEntity, replayed)) return replayed.end();
  // What the replay's paragraphs took from the budget is theirs to give back: the parser's are read instead.
  if (budget) budget.chars = chars!;
  const parsed = new Paragraphs(line, standIns, restoring, false, budget, closed);
  walkTree(parseHtml(source), parsed);
  return parsed.end();
}

/** What an open element says about the text inside it. */
/** The link's edge the next text follows, where a scraper may have lost a space (lostSpaceBetween). */
const enum Edge {
  None,
  LinkStart,
  LinkEnd,
  /** The end of a link that showed no text (an anchor, a linked image), which may stand inside a word. */
  EmptyLinkEnd,
}

interface Frame {
  role: Role | undefined;
  /** The role comes from an element with no end tag on the line: it stops at a block inside it. */
  open: boolean;
  block: boolean;
  link: boolean;
  /** The edge due when the element opened (see `close`). */
  edgeBefore: Edge;
  /** How much text was shown before the element opened: the same at its end, it showed none. */
  shownBefore: number;
  startIndex: number | null;
  piecesBefore: number;
}

/** The paragraphs of a line, read off its tree as the tree is told (see TreeHandler). */
class Paragraphs implements TreeHandler {
  private readonly pieces: Piece[] = [];
  private readonly frames: Frame[] = [
    { role: undefined, open: false, block: false, link: false, edgeBefore: Edge.None, shownBefore: 0, startIndex: null, piecesBefore: 0 },
  ];
  /** Inside an element whose content is dropped: how deep. */
  private dropping = 0;
  private paragraph = '';
  // The paragraph's last characters are looked at after each link. Reading them from `paragraph`,
  // a string built by appending, would copy the whole paragraph each time (quadratic on a line of
  // links), so its last four code units (a character may take two) are kept aside.
  private tail = '';
  private start = -1;
  private finish = -1;
  private role: Role | undefined;
  private breakPending = false;
  private edge = Edge.None;
  /** Texts shown so far (a count). */
  private shown = 0;
  private opening: string | undefined;

  constructor(
    private readonly line: string,
    private readonly standIns: StandIns,
    private readonly restoring: boolean,
    /** The text needs no settling. */
    private readonly settled: boolean,
    private readonly budget: SettleBudget | undefined,
    /** Whether an end tag of a name stands on the line. */
    private readonly closed: (name: string) => boolean,
  ) {}

  text(data: string, startIndex: number, endIndex: number): void {
    if (this.dropping > 0) return;
    const text = this.restoring ? restore(data, this.standIns) : data;
    const visible = !isBlank(text);
    if (!visible && this.start < 0) return; // leading blanks: trimmed anyway, and not part of the range
    const { edge } = this;
    if (edge !== Edge.None && !(edge === Edge.EmptyLinkEnd && splitsWord(this.tail, text))) {
      if (lostSpaceBetween(this.tail, text, (this.opening ??= openingGuillemet(this.line)), edge !== Edge.LinkStart)) this.add(' ');
    }
    this.edge = Edge.None;
    this.shown++;
    if (this.start < 0) {
      this.start = startIndex;
      this.role = this.frames[this.frames.length - 1].role;
    }
    if (visible) this.finish = endIndex + 1;
    this.add(text);
  }

  /** A comment holds no text of the article. */
  comment(): void {}

  open(name: string, startIndex: number | null): void {
    if (this.dropping > 0) {
      this.dropping++;
      return;
    }
    const { block, role, dropped } = elementKind(name);
    // An element with no end tag on the line would take the rest of the line with it: it keeps its text.
    if (dropped && this.closed(name)) {
      this.dropping = 1;
      return;
    }
    const edgeBefore = this.edge;
    if (block) {
      this.flush();
      this.breakPending = true;
    } else if (name === 'a') {
      // A link's start is an edge a scraper glued (`Tage<a …>nach</a>`), whatever came before it.
      this.edge = Edge.LinkStart;
    }
    const parent = this.frames[this.frames.length - 1];
    // Nor does its role reach the rest of the line's paragraphs: an unclosed `<figcaption>` is a
    // caption up to the next block, and an unclosed `<figure>`, which holds a caption but is none,
    // is no caption at all (`<figure><p>Text</p><p>…`).
    const roleEndsOnLine = role === undefined || this.closed(name);
    const own = roleEndsOnLine || name !== 'figure' ? role : undefined;
    const inherited = parent.open && block ? undefined : parent.role;
    const open = own ? !roleEndsOnLine : parent.open && !block;
    this.frames.push({ role: own ?? inherited, open, block, link: name === 'a', edgeBefore, shownBefore: this.shown, startIndex, piecesBefore: this.pieces.length });
  }

  close(endIndex: number | null): void {
    if (this.dropping > 0) {
      this.dropping--;
      return;
    }
    const frame = this.frames.pop()!;
    if (frame.block) {
      this.flush();
      this.breakPending = true;
      const { pieces } = this;
      if (pieces.length === frame.piecesBefore + 1 && frame.startIndex !== null && endIndex !== null) {
        pieces[frame.piecesBefore].outerStart = frame.startIndex;
        pieces[frame.piecesBefore].outerEnd = endIndex + 1;
      }
    } else if (frame.link) {
      // A link that showed no text may stand inside a word (`Verkehrs<a name=…></a>regeln`), unless
      // the edge due before it was that of a link that showed text (`Tage<a …>nach</a><a name=…></a>bei`).
      const empty = this.shown === frame.shownBefore && (frame.edgeBefore === Edge.None || frame.edgeBefore === Edge.EmptyLinkEnd);
      this.edge = empty ? Edge.EmptyLinkEnd : Edge.LinkEnd;
    }
  }

  /** The line's paragraphs, once its tree is told. */
  end(): Conversion {
    const trailingBreak = this.breakPending;
    this.flush();
    return { pieces: this.pieces, breakAfter: trailingBreak && this.pieces.length > 0 };
  }

  private flush(): void {
    const paragraph = trimEdges(this.paragraph);
    const text = this.settled ? paragraph : settle(paragraph, this.budget ?? { chars: SETTLE_WORK * paragraph.length });
    if (text) {
      const { start, finish } = this;
      this.pieces.push({ text, start, end: finish, outerStart: start, outerEnd: finish, role: this.role, breakBefore: this.breakPending });
      this.breakPending = false;
    }
    this.paragraph = '';
    this.tail = '';
    this.start = -1;
    this.edge = Edge.None;
  }

  private add(data: string): void {
    this.paragraph += data;
    this.tail = data.length >= 4 ? data.slice(-4) : (this.tail + data).slice(-4);
  }
}

/**
 * Tells the parser's tree to `handler` as `replayTree` tells the lines it replays: depth-first with
 * an explicit stack (a line of thousands of unclosed tags nests that deep). The conversion reads
 * only text and elements.
 */
function walkTree(root: DomNode, handler: TreeHandler): void {
  const stack: { node: DomNode; next: number }[] = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const children = frame.node.children ?? [];
    if (frame.next >= children.length) {
      stack.pop();
      if (stack.length > 0) handler.close(frame.node.endIndex);
      continue;
    }
    const child = children[frame.next++];
    if (child.type === 'text') handler.text(child.data ?? '', child.startIndex ?? 0, child.endIndex ?? 0);
    else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
      // Lower case, from the parser.
      handler.open(child.name ?? '', child.startIndex);
      stack.push({ node: child, next: 0 });
    }
  }
}

/** A line that cannot be read as markup without changing it (see standInsFor): kept as it stands, one paragraph. */
function asText(line: string): Conversion {
  const start = contentStart(line);
  const end = contentEnd(line, start);
  if (start === end) return { pieces: [], breakAfter: false };
  return { pieces: [{ text: line.slice(start, end), start, end, outerStart: start, outerEnd: end, breakBefore: false }], breakAfter: false };
}

/**
 * How much settling a paragraph may do, in characters converted per character of the paragraph.
 * Text encoded over and over (`&amp;amp;amp;…`) loses one layer per conversion: unbounded, that
 * was a level of recursion per layer (the stack overflowed at 8 KB) and a pass over the whole text
 * for each. Text encoded a few times over uses a few times its length.
 */
const SETTLE_WORK = 64;
const SETTLE_ROUNDS = 8;

interface SettleBudget {
  chars: number;
}

/**
 * Decoding can reveal markup (`&lt;b&gt;` is `<b>`): convert until none is left, so that the
 * cleaned text holds no tag and cleaning it again changes nothing. The paragraphs of each
 * conversion settle in turn, from the same budget; once it is spent, what is left stays as it is.
 */
function settle(text: string, budget: SettleBudget): string {
  for (let round = 0; round < SETTLE_ROUNDS && (text.includes('<') || text.includes('&')); round++) {
    if (budget.chars < text.length) break;
    const scan = scanMarkup(text);
    if (scan.tokens.length === 0) break;
    budget.chars -= text.length;
    text = convert(text, scan, budget).pieces.map((p) => p.text).join(' ');
  }
  return text;
}

/** Whether an end tag of `name` stands on the line, asked once per name. */
function closingTags(line: string): (name: string) => boolean {
  const known = new Map<string, boolean>();
  return (name) => {
    let closed = known.get(name);
    if (closed === undefined) known.set(name, (closed = new RegExp(`</${name}\\b`, 'i').test(line)));
    return closed;
  };
}

/** The line with each stand-in in place: what the parser, or its replay, reads. `scan`: the line's own. */
export function protect(line: string, { tokens, strayLt }: MarkupScan, standIns: StandIns): string {
  const out = strayLt ? protectStrayLt(line, tokens, standIns.lt) : line;
  return out.includes('\u00a0') ? out.replaceAll('\u00a0', standIns.nbsp) : out;
}

/** The line with `lt` for each '<' that starts none of the tags and comments of `tokens`. */
function protectStrayLt(line: string, tokens: readonly MarkupToken[], lt: string): string {
  let out = '';
  let last = 0;
  let t = 0;
  for (let i = line.indexOf('<'); i >= 0; i = line.indexOf('<', i + 1)) {
    while (t < tokens.length && (tokens[t].start < i || tokens[t].kind === 'entity')) t++;
    if (t < tokens.length && tokens[t].start === i) continue;
    out += line.slice(last, i) + lt;
    last = i + 1;
  }
  return last === 0 ? line : out + line.slice(last);
}

/** Parsed text as the line had it: its stand-ins back, and a no-break space that came from `&nbsp;` a plain space. */
function restore(text: string, { lt, nbsp }: StandIns): string {
  // Most text holds none of them: looking for each is quicker than a replace that finds nothing.
  if (!text.includes(lt) && !text.includes(nbsp) && !text.includes('\u00a0')) return text;
  // In this order: the no-break spaces the parser decoded first, then those the line holds.
  return text.replaceAll('\u00a0', ' ').replaceAll(lt, '<').replaceAll(nbsp, '\u00a0');
}
