/**
 * credit: a photo or agency credit on its own line (`Reuters`, `Instagram, privat`, `Foto: …`,
 * `(AFP)`, `20min/Vanessa Lam`, `© …`). A credit name inside a sentence is article text: only a
 * whole short line can be a credit. A credit prefix needs its colon or a source after it, so a
 * sentence that starts with one (`Screenshot eines Tweets sorgte …`, `Copyright infringement …`)
 * stays.
 */
import type { DumpDocument, Unit, UnitMemo } from '../document';
import { isListItem } from '../list-item';
import { endsWrappedSentence } from '../wrapped-sentence';
import type { CompiledPhrases } from '../phrases';
import { msg, type Message } from '../message';
import type { Rule } from '../rule';
import { withoutFinalPoint } from '../text';

interface Text {
  text: string;
  fp: string;
  words: number;
  memo?: UnitMemo;
}

const MAX_WORDS = 12;
/** A copyright notice with its terms of use. */
const MAX_NOTICE_WORDS = 40;
const COPYRIGHT_NOTICE = msg('Credit line: a copyright notice, not article text.');
/** The words that reserve the rights, in the four languages. */
const RIGHTS_PHRASES = ['all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'tutti i diritti riservati', 'riproduzione riservata'];
const RIGHTS = `(?:${RIGHTS_PHRASES.join('|')})`;
/**
 * A copyright notice that goes on after its rights: `Copyright 2023 The Associated Press. All rights
 * reserved. This material may not be published, …`, `© Keystone-SDA. Alle Rechte vorbehalten. …`,
 * `Copyright 2024 Tamedia AG, alle Rechte vorbehalten. …`. Its marks (`©`, `(c)`, `Copyright`, one
 * or more) open it, its rights close its first sentence; what stands between, the owner and the
 * year, is checked by isNoticeOwner. A word joined to the mark (`Copyright-Hinweise wie «© …»`) is
 * prose about notices.
 */
const LONG_COPYRIGHT = new RegExp(`^(?:(?:©|\\(c\\))\\s*|copyright\\s+)+(.{0,120}?)[.,]?\\s*${RIGHTS}(?=\\.|$)`, 'iu');
/** The words of a notice's terms of use: what may not be done with the material without whose leave. */
const TERMS_OF_USE =
  /publish|broadcast|rewrit|redistribut|reproduc|permission|consent|vervielfältig|verbreit|verwert|genehmigung|zustimmung|autorisation|diffus|riprodu|pubblica|trasmess|ridistribu|autorizza|consenso/i;
/** `© …` is a credit whatever follows; `Copyright …` and `(c) …` only when a source follows. */
const COPYRIGHT = /^(?:\(c\)(?=\s)|copyright(?![\p{L}\d]))/iu;
const RIGHTS_RESERVED = new RegExp(`${RIGHTS}\\.?$`, 'iu');
/** The words of the longest of the rights: most lines are longer, and told without a lookup. */
const MAX_RIGHTS_WORDS = Math.max(...RIGHTS_PHRASES.map((p) => p.split(' ').length));
const RIGHTS_ALONE = new Set(RIGHTS_PHRASES);
/** The rights before the notice's mark, as ANSA prints them: `Riproduzione riservata ©`, `… © Copyright ANSA`. */
const RIGHTS_FIRST = new RegExp(`^${RIGHTS}[.,]?\\s*(?=©|\\(c\\)|copyright)`, 'iu');
/** The first letters of RIGHTS_PHRASES, in lower case as a fingerprint has them. */
const RIGHTS_INITIALS = [...new Set(RIGHTS_PHRASES.map((p) => p.charAt(0)))].join('');
/**
 * Besides names, what the source of a credit may hold: the particles of names and of sources
 * (`von der`, `of the`, `für`), and the words of credits (`via`, `screengrab`, `courtesy`).
 */
const SOURCE_WORDS = new Set(
  (
    'von vom van der den des de du di da del della dei la le les l d für of the and und et e y & ' +
    'via by par from aus on auf in im at for sur su per ' +
    'screengrab screenshot screenshots capture écran courtesy handout file photo photos foto fotos image images ' +
    'bild bilder video archive archives archiv archivio montage collage grafik illustration symbolbild'
  ).split(' '),
);
const SENTENCE_CLOSE = /[.!?…]$/;
/** The parts of a credit list, parted by `,`, `;` or `|` and the spaces around them. */
const LIST_PARTS = /\s*[,;|]\s*/;
/** (Named here: written in place, a pattern is a new object at every call.) */
const WHITE_SPACE = /\s/;
/** `(AFP)`, `(dpa/jar)`, ANSA's `(ANSA).`, `(Keystone-ATS)`: the source tag that closes an agency story. Its source is group 1. */
const SOURCE_TAG = /^\((\p{L}{2,12}(?:-\p{L}{2,12})?)(?:\s?\/\s?\p{L}{2,12}(?:-\p{L}{2,12})?)*\)\.?$/u;
/** How a name starts: a capital, a digit, `@` or `©`. */
const NAME_START = /^[\p{Lu}\d@©]/u;
const PHOTO_SLASH = /\b(photo|foto|bild)\s?\//;
const SENTENCE_END = /[.!?:;,]$/;
/**
 * An agency in capitals (`DPA`). A constant, not a literal in place: the bundler writes a literal
 * with a counted `\p{…}` as `new RegExp(…)`, which compiled it again on every call.
 */
const CAPITALS = /^\p{Lu}{2,}$/u;
/**
 * An agency between slashes may be written with a hyphen (`TI-PRESS`, `PHOTOPRESS-ARCHIV`); before
 * the first slash such capitals are no credit of their own (`EU-USA/Zollstreit`).
 */
const HYPHENED_CAPITALS = /^\p{Lu}[\p{Lu}-]*\p{Lu}$/u;
const DIGIT = /\d/;
const STARTS_DIGIT = /^\d/;
const DECIMAL_OR_SHARE = /\d[.,]\d|%/;
const LETTER = /\p{L}/u;
const PHOTO_CREDIT = msg('Credit line: a photo credit, not article text.');
const LINKED_IMAGE_CREDIT = msg('Credit line: an image credit with its licence links, not article text.');
/** A short title with no sentence punctuation, a bracket (names in it may hold brackets: `401(K)`), and what follows it. */
const TITLED_BRACKET = /^[^()!?.:;]{1,60}?\s*\(\s*(.+)\)\s*([^()]+)$/;
/** The links that close a unit's source, white space and closing tags aside, after its closing bracket. */
const TRAILING_LINKS = /\)((?:\s*<a\b[^>]*>[^<]*<\/a>)+)\s*(?:<\/[a-z][a-z0-9]*>\s*)*$/i;
const LINK = /<a\b[^>]*>([^<]*)<\/a>/gi;
/** A credit line's markup with its links is a few hundred characters; a longer one is not looked into. */
const MAX_LINKED_MARKUP = 2000;

/** Why a line is a credit, or undefined when it is not one. */
export function creditReason(t: Text, phrases: CompiledPhrases): Message | undefined {
  if (t.words > MAX_NOTICE_WORDS || t.words === 0) return undefined;
  const { memo } = t;
  // Text that is not a unit (a glued credit's tail) has no memo.
  if (!memo) return creditOf(t, phrases);
  if (memo.credit === undefined) memo.credit = creditOf(t, phrases) ?? null;
  return memo.credit ?? undefined;
}

/**
 * Why `unit` is a credit line where it stands, or undefined. A line that reads as a credit on its
 * own may be none in its place: the end of a sentence wrapped onto a line of its own
 * (`…berichtete die Nachrichtenagentur` / `Reuters.`), or an item of a list (`Die Agenturen vor
 * Ort:` / `Reuters` / `AFP`).
 */
export function creditAt(unit: Unit, doc: DumpDocument, phrases: CompiledPhrases): Message | undefined {
  if (unit.creditHere === undefined) {
    const reason = creditReason(unit, phrases) ?? (isLinkedImageCredit(unit, doc, phrases) ? LINKED_IMAGE_CREDIT : undefined);
    unit.creditHere = !reason || endsWrappedSentence(unit, doc) || isListItem(unit, doc) ? null : reason;
  }
  return unit.creditHere ?? undefined;
}

/**
 * An image's credit as a photo site prints it under the image, its licence links after it:
 * `Money ( <a>Image</a> by <a>401(K) 2013</a>) <a>Permission</a> <a>Details</a> <a>DMCA</a>`. The
 * image's title, a bracket that opens with a credit prefix and holds a source, then nothing but
 * links, two or more, each on its own: a sentence does not end in a row of bare links.
 */
function isLinkedImageCredit(unit: Unit, doc: DumpDocument, phrases: CompiledPhrases): boolean {
  // Only markup holds links; the fingerprint tells most lines without a bracket.
  if (!unit.markup || unit.words > MAX_WORDS || !unit.fp.includes('(')) return false;
  const m = TITLED_BRACKET.exec(unit.text);
  if (!m) return false;
  const [, inner, tail] = m;
  // A prefix that names who made the image (`Image by`, `Foto von`); one with a colon (`Source:`)
  // also opens a note, and a note may be followed by links to read.
  const prefix = phrases.creditPrefixes.startOf(inner.toLowerCase());
  if (!prefix || prefix.endsWith(':')) return false;
  const source = sourceAfter(inner, false, prefix);
  if (!source || !isSourceShaped(source, phrases)) return false;
  return isLinksOnly(tail, doc.lines[unit.line].text.slice(unit.start, unit.outerEnd));
}

/**
 * Whether `tail`, the end of a unit's text, is the text of the links that close `markup`, the
 * unit's span of its source line, each link its own word or words, and two or more of them.
 */
function isLinksOnly(tail: string, markup: string): boolean {
  if (markup.length > MAX_LINKED_MARKUP) return false;
  const links = TRAILING_LINKS.exec(markup);
  if (!links) return false;
  const texts: string[] = [];
  LINK.lastIndex = 0;
  for (let l = LINK.exec(links[1]); l; l = LINK.exec(links[1])) texts.push(l[1].trim());
  return texts.length >= 2 && texts.join(' ') === tail;
}

/**
 * Most lines are told by their fingerprint alone, which the tests below read first: the text,
 * another string elsewhere in memory, is read only where the fingerprint leaves it open. The
 * fingerprint starts with the text's first character in lower case (`(`, `c` for `C`, `©`), and
 * holds every slash of the text.
 */
function creditOf(t: Text, phrases: CompiledPhrases): Message | undefined {
  if (t.words > MAX_WORDS) return isLongCopyright(t, phrases) ? COPYRIGHT_NOTICE : undefined;
  const fp = withoutFinalPoint(t.fp);
  const first = fp.charCodeAt(0);
  if (first === 0xa9 /* © */ || ((first === 0x28 /* ( */ || first === 0x63) /* c */ && isCopyright(t.text))) return COPYRIGHT_NOTICE;
  if (isRightsAlone(t) || (RIGHTS_INITIALS.includes(fp.charAt(0)) && isRightsFirst(t.text))) return COPYRIGHT_NOTICE;
  if (first === 0x28 && isSourceTag(t.text, phrases)) return msg('Credit line: an agency or author tag, not article text.');
  const wrapped = first === 0x28 && fp.endsWith(')');
  const inner = wrapped ? fp.slice(1, -1).trim() : fp;
  if (phrases.credits.has(inner)) return msg('Credit line: an agency or photo credit, not article text.');
  if (hasCreditPrefix(t.text, inner, wrapped, phrases)) return PHOTO_CREDIT;
  const slash = inner.includes('/');
  // `Biden speaks in Washington. (AP Photo/Carolyn Kaster)` is a caption with its credit.
  if (t.words <= 8 && slash && PHOTO_SLASH.test(inner) && !isCaptionWithCredit(t.text)) return PHOTO_CREDIT;
  if (isCreditList(inner, phrases)) return PHOTO_CREDIT;
  if (t.words <= 6 && slash && isSlashCredit(t.text, phrases)) return msg('Credit line: a photographer or agency credit, not article text.');
  return undefined;
}

/** Whether the text is a sentence closed by a photo credit in brackets: the caption rule's (closingCredit). */
function isCaptionWithCredit(text: string): boolean {
  const open = text.lastIndexOf('(');
  return open > 0 && SENTENCE_CLOSE.test(text.slice(0, open).trimEnd()) && endsWithBracketedPhotoCredit(text);
}

/**
 * A photo credit in brackets closing a paragraph: `… in Washington. (AP Photo/Carolyn Kaster)`,
 * `(Foto: Keystone)`, `(Photo by Justin Sullivan)`: the photo word, maybe after an agency, then a
 * name. Not `(im Bild: …)`, `(Foto von links: …)` or `(foto di repertorio)`: those are prose.
 */
const BRACKETED_PHOTO_CREDIT =
  /\((?:\p{Lu}[\p{L}.&-]*\s+)?(?:[Pp]hoto|[Ff]oto|[Bb]ild|[Ii]mage|[Ss]creenshot)(?:\s*[:/]\s*|\s+(?:by|von|courtesy of|de|di)\s+)(?:[\p{Lu}\d@]|zvg\b|privat\b)[^()]{0,80}\)$/u;

export function endsWithBracketedPhotoCredit(text: string): boolean {
  return text.endsWith(')') && BRACKETED_PHOTO_CREDIT.test(text);
}

/** The rights alone on a line (`Riproduzione riservata`, `All rights reserved.`): a copyright notice without its mark. */
function isRightsAlone(t: Text): boolean {
  return t.words <= MAX_RIGHTS_WORDS && RIGHTS_ALONE.has(withoutFinalPoint(t.fp));
}

/** The rights, then a notice (`Riproduzione riservata © Copyright ANSA`): a `©` whatever follows, else as isCopyright. */
function isRightsFirst(text: string): boolean {
  const m = RIGHTS_FIRST.exec(text);
  if (!m) return false;
  const notice = text.slice(m[0].length);
  return notice.startsWith('©') || isCopyright(notice);
}

/**
 * Whether a credit reserves the rights (RIGHTS_RESERVED): the article's copyright notice, taken for
 * no photo's credit (image-block.ts), so that the short last paragraph above `Copyright 2024 The
 * Associated Press. All rights reserved.` stays. (A photo's credit may reserve them too, `© Keystone.
 * Alle Rechte vorbehalten`, and its caption then stays: told by where it stands, the notice was
 * followed by furniture often enough to lose the paragraph.)
 */
export function reservesRights(t: Text): boolean {
  return RIGHTS_RESERVED.test(t.fp);
}

/** LONG_COPYRIGHT starts with `©`, `(` or a `c` in either case: most paragraphs are told by the first character of their fingerprint (see creditOf). */
function isLongCopyright(t: Text, phrases: CompiledPhrases): boolean {
  const first = t.fp.charCodeAt(0);
  if (first !== 0xa9 && first !== 0x28 && first !== 0x63) return false;
  const m = LONG_COPYRIGHT.exec(t.text);
  return m !== null && isNoticeOwner(m[1], phrases) && isTermsOfUse(t.text.slice(m[0].length));
}

/**
 * What follows a notice's rights: nothing, or its terms of use (`This material may not be published,
 * …`, `Die Inhalte dürfen ohne Zustimmung weder vervielfältigt …`). A paragraph that quotes a notice
 * goes on about it (`Copyright Disney, all rights reserved. So stand es auf jeder Kopie …`).
 */
function isTermsOfUse(rest: string): boolean {
  return rest.length <= 1 || TERMS_OF_USE.test(rest);
}

/**
 * What stands between a notice's marks and its rights: nothing (`© Riproduzione riservata. …`), or
 * names, years and the words of credits (`2024 U.S. News & World Report, L.P.`). A sentence about
 * notices (`Copyright notices like "© 2021 Acme Inc. …"`) has ordinary words there.
 */
function isNoticeOwner(owner: string, phrases: CompiledPhrases): boolean {
  const trimmed = owner.trim();
  return trimmed === '' || !plainWords(trimmed, phrases).some(Boolean);
}

/** `Instagram, privat`, `Reuters; AFP`: credits only, separated. */
function isCreditList(fp: string, phrases: CompiledPhrases): boolean {
  // Most lines with a comma are sentences: their first part, up to it, is no credit.
  const separator = firstListSeparator(fp, phrases.credits.longest);
  if (separator < 0) return false;
  let end = separator;
  while (end > 0 && WHITE_SPACE.test(fp[end - 1])) end--;
  if (!phrases.credits.has(fp.slice(0, end))) return false;
  return fp.split(LIST_PARTS).every((p) => phrases.credits.has(p));
}

/**
 * Where the first `,`, `;` or `|` stands; -1 when there is none, or when what stands before it,
 * white space at its end aside, is longer than `longest` (the longest credit): the search stops
 * there, not at the end of a long sentence.
 */
function firstListSeparator(fp: string, longest: number): number {
  for (let i = 0; i < fp.length; i++) {
    const c = fp.charCodeAt(i);
    if (c === 0x2c /* , */ || c === 0x3b /* ; */ || c === 0x7c /* | */) return i;
    if (i >= longest && !WHITE_SPACE.test(fp[i])) return -1;
  }
  return -1;
}

/** `Copyright 2024 The Associated Press. All rights reserved.`, not `Copyright infringement cases doubled.` */
function isCopyright(text: string): boolean {
  // COPYRIGHT starts with `(` or a `c` in either case: most lines are told by one comparison.
  const first = text.charCodeAt(0);
  if (first !== 0x28 && (first | 0x20) !== 0x63) return false;
  const m = COPYRIGHT.exec(text);
  if (!m) return false;
  const rest = trimEnd(text.slice(m[0].length).replace(RIGHTS_RESERVED, ''), ' \t.,;|').trim();
  return rest === '' || /^(?:©|\(c\)|:|\d)/i.test(rest) || isSourceShaped(rest);
}

/**
 * A line that starts with a credit prefix is a credit when its source has the shape of one. After
 * a colon (`Foto: Keystone`, `Quelle: BFS`, `Bild: zvg`) the source may hold a few ordinary
 * words, but not read as a sentence (`Quelle: Die Zahlen stammen aus einer Umfrage im Mai.`).
 * Without a colon (`Screenshot Ricardo`, `Photo by Justin Sullivan/Getty Images`) it must be all
 * names and credit words: `Screenshot eines Tweets sorgte für Ärger.` is a sentence. The word of
 * a colon prefix followed by a credit is one too: `Foto Keystone/Peter Klaunzer`.
 */
function hasCreditPrefix(text: string, fp: string, wrapped: boolean, phrases: CompiledPhrases): boolean {
  const prefix = phrases.creditPrefixes.startOf(fp);
  if (prefix) {
    let rest = sourceAfter(text, wrapped, prefix);
    if (rest === undefined) return false;
    if (prefix.endsWith(':') || rest.startsWith(':')) {
      rest = rest.replace(/^:\s*/, '');
      return rest === '' || !(readsAsSentence(rest, phrases) || isMeasure(rest, phrases));
    }
    return rest !== '' && isSourceShaped(rest, phrases, HANDED_IN.test(prefix));
  }
  const space = fp.indexOf(' ');
  // The first word and its colon are no longer than the longest prefix, or they are none.
  if (space < 0 || space >= phrases.creditPrefixes.longest || !phrases.creditPrefixes.hasJoined(fp, space, ':')) return false;
  const source = fp.slice(space + 1);
  return phrases.credits.has(source) || isCreditList(source, phrases) || isSlashCredit(text.slice(text.indexOf(' ') + 1).trim(), phrases);
}

/**
 * A product's or a study's value after a word that also prefixes credits, as a spec sheet's row has
 * it (`Foto: 50 MP`, `Bild: 6,1 Zoll OLED`, `Video: bis 60 Bilder pro Sekunde`): a number with maybe
 * its unit (`4K`, `60 fps`). A number in a credit is none: a year (`Keystone/EPA 2021`), a date
 * (`Keystone, 28.03.2024`), in a name (`123RF`, `1. FC Köln`, `20min.ch`), a name's number
 * (hasValue: `France 2`, `Radio 24`), a gallery's counter (`1/12`); nor is any number a value beside
 * a publisher or a credit between slashes or commas (`Michael Scherrer/20 Minuten`, `AFP, 28 mars
 * 2024`, `Pool/AFP, 2 photos`), or before the credit the source ends with (`2 Bilder Keystone`).
 */
function isMeasure(source: string, phrases: CompiledPhrases): boolean {
  if (!DIGIT.test(source)) return false;
  const fp = source.toLowerCase();
  if (COUNTER.test(fp) || !hasValue(source)) return false;
  const words = fp.split(WORD_SEPARATORS);
  const last = words.length - 1;
  return !(
    fp.split(SOURCE_PARTS).some((part) => phrases.publishers.has(part) || phrases.credits.has(part)) ||
    phrases.credits.has(words[last]) ||
    (last > 0 && phrases.credits.has(`${words[last - 1]} ${words[last]}`))
  );
}

/**
 * Whether a word of the source is a value: a number with its unit, or a bare number, which after a
 * capitalised word is that name's (`Vidéo: France 2`, `Video: Tele 1`, `NBC 4 New York`, `Foto:
 * Keystone 2`) unless its unit follows it (`Hauptkamera 50 MP`).
 */
function hasValue(source: string): boolean {
  // The words at even indexes, each separator between two at the odd one.
  const tokens = source.split(WORD_SEPARATOR_RUNS);
  for (let i = 0; i < tokens.length; i += 2) {
    const word = tokens[i].toLowerCase();
    const value = MEASURE_WORD.exec(word);
    if (!value || YEAR.test(word)) continue;
    const named = i > 0 && SPACE_ONLY.test(tokens[i - 1]) && UPPER_FIRST.test(tokens[i - 2]);
    const unitAfter = i + 2 < tokens.length && SPACE_ONLY.test(tokens[i + 1]) && UNIT.test(tokens[i + 2].toLowerCase());
    if (value[1] || !named || unitAfter) return true;
  }
  return false;
}

const WORD_SEPARATORS = /[\s/,;]+/;
const WORD_SEPARATOR_RUNS = /([\s/,;]+)/;
const SOURCE_PARTS = /\s*[/,;]\s*/;
/** A separator of white space only, between two words of a source (hasValue). */
const SPACE_ONLY = /^\s+$/;
const UPPER_FIRST = /^\p{Lu}/u;
const UNITS = 'k|mp|fps|p|mah|gb|tb|hz|ghz|mm|cm|g|kg|w|x|%';
/** A number, maybe with its unit (group 1; a decimal comma parts words): `50`, `6.1`, `4K`, `50MP`, `60p`, `5000mAh`, `120Hz`, `10%`. */
const MEASURE_WORD = new RegExp(`^\\d+(?:[.']\\d+)?(${UNITS})?$`);
const UNIT = new RegExp(`^(?:${UNITS})$`);
const COUNTER = /^\d+\s*\/\s*\d+$/;
const YEAR = /^(?:19|20)\d\d\b/;

/**
 * A photo word before who handed the photo in, who is often in lower case, an office or a family
 * (`Photo supplied by police`); after a bare `Courtesy of` a word of prose may stand (`Courtesy of tradition`).
 */
const HANDED_IN = /\s(?:supplied by|courtesy of)$/;

/** The text after the prefix, in its own case (names are told by their capitals), trimmed. */
function sourceAfter(text: string, wrapped: boolean, prefix: string): string | undefined {
  let lead = text.trim();
  if (wrapped) lead = lead.replace(/\.$/, '').slice(1, -1).trim();
  // The fingerprint folds case and unifies quotes; where it changed more than that, the words
  // cannot be told apart by case: the line is kept.
  if (lead.slice(0, prefix.length).toLowerCase().replace(/['`´‘’]/g, '"') !== prefix) return undefined;
  return lead.slice(prefix.length).trim();
}

/** Whether each word of a source is an ordinary word rather than a name or a word of credits. */
function plainWords(source: string, phrases?: CompiledPhrases): boolean[] {
  return source.split(/\s+/).map((word) => {
    const parts = trimEnd(trimStart(word, '("\'«„“‹'), ')"\'»“”›.,;:').split('/');
    return !parts.every((p) => p === '' || /^[\p{Lu}\d@©]/u.test(p) || SOURCE_WORDS.has(p.toLowerCase()) || phrases?.credits.has(p.toLowerCase()));
  });
}

/**
 * A photo's source after its prefix: a name or a credit first (`the file name` is prose), then names
 * and credit words (isSourceShaped) or a slash credit (`dpa/picture alliance`).
 */
export function isSourceLike(source: string, phrases: CompiledPhrases): boolean {
  const first = source.split(' ', 1)[0];
  // A credit word may close the caption with a point (`… Photograph: handout.`).
  if (!NAME_START.test(first) && !phrases.credits.has(withoutFinalPoint(first.toLowerCase()))) return false;
  return isSourceShaped(source, phrases) || isSlashCredit(source, phrases);
}

/**
 * Names, numbers and the words of credits, with at most one ordinary word and not the first
 * (`Courtesy of the family`) unless `plainFirst` (after HANDED_IN: `… supplied by police`), and no
 * closing punctuation but a point.
 */
function isSourceShaped(source: string, phrases?: CompiledPhrases, plainFirst = false): boolean {
  if (/[!?:;,…]$/.test(source)) return false;
  const plain = plainWords(source, phrases);
  return (plainFirst || !plain[0]) && plain.filter(Boolean).length <= 1 && !(plain.some(Boolean) && source.endsWith('.'));
}

/**
 * `s` without the characters of `chars` at its start or end. (A loop: a pattern such as `[.,]+$`
 * tries every position of a long run and takes quadratic time on one that ends in a letter.)
 */
function trimStart(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s[i])) i++;
  return i ? s.slice(i) : s;
}

function trimEnd(s: string, chars: string): string {
  let i = s.length;
  while (i > 0 && chars.includes(s[i - 1])) i--;
  return i < s.length ? s.slice(0, i) : s;
}

/** Three ordinary words, a closing point after four words one of which is ordinary, or a closing `!` or `?`. */
function readsAsSentence(source: string, phrases: CompiledPhrases): boolean {
  const plain = plainWords(source, phrases).filter(Boolean).length;
  return plain >= 3 || (plain >= 1 && SENTENCE_CLOSE.test(source) && source.split(/\s+/).length >= 4) || /[!?]$/.test(source);
}

/**
 * `20min/Vanessa Lam`, `DPA/jar`, `REUTERS/Aaron P. Bernstein`, `Youtube/@MigrosTVSpots`, and with
 * agencies between (`KEYSTONE/EPA/ANSA`, `KEYSTONE/TI-PRESS/Samuel Golay`); a name before `Supplied`
 * (`Jane Doe/Supplied`), who handed the photo in.
 */
function isSlashCredit(text: string, phrases: CompiledPhrases): boolean {
  if (!text.includes('/')) return false; // most short lines: the expression below backtracks to find that out
  const m = /^\(?([^\s/()]+(?: [^\s/()]+){0,2})((?: ?\/ ?[^\s/()]+){0,2}) ?\/ ?([^/]{1,60}?)\)?$/u.exec(text);
  if (!m || SENTENCE_END.test(m[3])) return false;
  const [, left, between, right] = m;
  const agencies = between ? between.split('/').slice(1).map((part) => part.trim()) : [];
  const known = (name: string) => phrases.credits.has(name.toLowerCase());
  // Agencies between slashes follow a known one (`KEYSTONE/EPA/…`): `RSV/COVID/Grippe` is a list.
  if (agencies.length > 0 && (!known(left) || !agencies.every((part) => known(part) || HYPHENED_CAPITALS.test(part)))) return false;
  if (right.startsWith('@')) return true;
  // After the slash a name, maybe with a year (`Keystone/EPA 2021`): `12/26`, `2020/21 EV Zug` and
  // `FDP/Die Liberalen 15,2 %` are data.
  if (STARTS_DIGIT.test(right) || DECIMAL_OR_SHARE.test(right)) return false;
  return known(left) || CAPITALS.test(left) || isNumberedName(left) || (SUPPLIED.test(right) && NAME_WORDS.test(left));
}

/** What stands after the slash of `Jane Doe/Supplied`. */
const SUPPLIED = /^supplied$/i;
/** A name of up to three capitalised words (`Jane Doe`): `the family/supplied` is no credit. */
const NAME_WORDS = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** A publisher's name of one word with a number in it (`20min`), not a row's number (`1. Lugano`). */
function isNumberedName(word: string): boolean {
  return DIGIT.test(word) && !word.includes(' ') && LETTER.test(word);
}

/** A source of figures (`Quelle: BFS`), not of a photo: it makes no image block of the table above it. */
export function namesSourceOfFigures(text: string): boolean {
  return SOURCE_OF_FIGURES.test(text);
}

const SOURCE_OF_FIGURES = /^(?:quelle|source|fonte)\b/i;

/**
 * A source line (its fingerprint) that names a known credit (`Quelle: Instagram`, `Source: Getty
 * Images`, `Fonte: Ansa/Reuters`): it is a photo's, where `Quelle: BFS` gives a table's figures. The
 * credit is a part between slashes or commas (`Quelle: Max Muster/Keystone`), or its first word or
 * two, which a handle or a second credit may follow (`Quelle: Instagram @rogerfederer`, `Fonte:
 * Instagram (@chiaraferragni)`, `Quelle: Screenshot Instagram`, `Source: Getty Images via AFP`).
 */
export function sourceNamesCredit(fp: string, phrases: CompiledPhrases): boolean {
  const source = fp.replace(SOURCE_PREFIX, '');
  if (source.split(CREDIT_PARTS).some((part) => phrases.credits.has(part.trim()))) return true;
  const [first, second] = source.split(WHITE_SPACE_RUNS, 2);
  return phrases.credits.has(first) || (second !== undefined && phrases.credits.has(`${first} ${second}`));
}

const SOURCE_PREFIX = /^(?:quelle|source|fonte)\s*:?\s*/;
const WHITE_SPACE_RUNS = /\s+/;
const CREDIT_PARTS = /[/,;|]/;

/** A source tag such as `(AFP)` ends a story; it does not make the block above it an image block. */
export function isSourceTag(text: string, phrases: CompiledPhrases): boolean {
  const tag = text.startsWith('(') ? SOURCE_TAG.exec(text) : null;
  if (tag === null) return false;
  // An agency known or written in capitals (`ANSA`, `APA-dpa`), or an author's initials (`(ffa)`):
  // `(Lacht).`, `(Applaus)` and `(Basel-Stadt)` on a line of their own are the article's.
  const source = tag[1];
  const name = source.split('-', 1)[0];
  return phrases.credits.has(source.toLowerCase()) || CAPITALS.test(name) || INITIALS.test(source);
}

const INITIALS = /^\p{Ll}{2,4}$/u;

export const credit: Rule = {
  code: 'credit',
  defaultSeverity: 'warning',
  description: 'A photo or agency credit on its own line.',
  drops: true,
  check(ctx) {
    for (const unit of ctx.doc.units) {
      // A caption the markup marks goes as a caption, whatever credit is glued to it.
      if (unit.index === ctx.kicker || (unit.role === 'caption' && !ctx.keepCaptions)) continue;
      const reason = creditAt(unit, ctx.doc, ctx.phrases);
      if (reason) ctx.drop(unit, 'credit', { message: reason, fixTitle: 'Remove credit line' });
    }
  },
};
