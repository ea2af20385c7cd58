/**
 * Image blocks: the few lines of a caption, standing with a photo credit. The caption and
 * duplicate-line rules both ask, so that they agree on which lines are captions.
 */
import { ARTICLE_TOP, blocksOf, endsSentenceAt, isShortLine, type Unit } from './document';
import type { CompiledPhrases } from './phrases';
import type { RuleContext } from './rule';
import { bylineReason, isAuthorSentence, isNewsAgency, isShortName } from './rules/byline';
import { creditAt, creditReason, isSourceTag, namesSourceOfFigures, reservesRights } from './rules/credit';
import { isStampAlone, opensClockEntry, opensTickerEntry } from './rules/teaser';
import { SENTENCE_IN_QUOTE, withoutFinalPoint } from './text';
import type { RuleCode } from './types';

/** An image block: a caption of a few lines with its credit. */
const MAX_IMAGE_BLOCK_LINES = 6;
/** A line longer than this is a paragraph, even in an image block. */
export const MAX_CAPTION_WORDS = 60;
/** A gallery's lines at most: a heading and eight captions, each with its credit. */
const MAX_GALLERY_LINES = 17;
const MAX_GALLERY_HEADING_WORDS = 8;
/** A caption is no quote: quotes above names are what others said. */
const QUOTE_FIRST = /^["«»„“”‘’'‹›]/;
/**
 * What somebody said, in quotes: closed after a sentence's mark or before a comma (`«…», sagte
 * sie.`), not a title (`«Titanic»-Regisseur …`).
 */
const SAID = /^[«»„“"‘'‹›][^«»„“”"]*?(?:[,.!?…][»«“”"’'‹›]|[»«“”"’'‹›],)/;
/** Papers and platforms that print what is said above them rather than photos of it (their fingerprints). */
const NOT_PHOTOGRAPHERS = new Set(['blick', 'tamedia', 'ringier', '20min', '20 minuten', 'instagram', 'tiktok', 'youtube', 'facebook', 'twitter', 'x', 'telegram']);
/** Lines of their own a block of MAX_IMAGE_BLOCK_LINES holds at most as an image block: a heading and a few captions. */
const MAX_CAPTION_TEXTS = 4;
const STARTS_LOWER = /^\p{Ll}/u;
/** A line printed twice in a row is a caption from this length on (`Ja.` twice is an answer), as duplicate-line compares it (isShortLine). */
export const MIN_REPEAT_WORDS = 3;
/** A paragraph this long above the agency at the end of a story is the story's, not a caption. */
const MIN_SIGNED_OFF_WORDS = 12;
/**
 * What may stand after a story's agency and still leave it the end of the story: lines the rules
 * that run before duplicate-line and caption drop, so that both see the same.
 */
const CLOSING_DROPS: ReadonlySet<RuleCode | undefined> = new Set(['leftover-html', 'stray-punctuation', 'boilerplate']);

/** An image block's verdict (imageBlocks): none, one by its lines but without a photo credit, one with its credit. */
export const enum ImageBlock {
  None = 0,
  Uncredited = 1,
  Credited = 2,
}

/**
 * The ImageBlock verdict of each block of `blocksOf(ctx.doc)`, by its place there, worked out once
 * for a pass's view: duplicate-line asks in the first pass and the caption rule after it (asking
 * again was a tenth of the caption rule's time on the bench dumps). The answer stays the same in
 * between: holdsPhotoCredit reads the drops of boilerplate and of the rules that may close a story
 * (signsOff), which run before both, and a unit's first drop stays its first (droppedBy), whatever
 * the rules in between (byline, teaser) drop.
 */
export function imageBlocks(ctx: RuleContext): Uint8Array {
  const { doc } = ctx;
  if (doc.imageBlocks === undefined) {
    const blocks = blocksOf(doc);
    doc.imageBlocks = new Uint8Array(blocks.length);
    for (let i = 0; i < blocks.length; i++) doc.imageBlocks[i] = imageBlockOf(blocks[i], ctx);
  }
  return doc.imageBlocks;
}

function imageBlockOf(block: readonly Unit[], ctx: RuleContext): ImageBlock {
  if (isSignedTickerEntry(block, ctx.phrases) || !mayBeImageBlock(block, ctx.phrases)) return ImageBlock.None;
  if (!holdsPhotoCredit(block, ctx)) return ImageBlock.Uncredited;
  return isFactBox(block, ctx.phrases) || isBylinedLead(block, ctx.phrases) ? ImageBlock.None : ImageBlock.Credited;
}

/**
 * Whether a block with a photo credit is the article's top: a sentence, its author's line
 * (`Von Anna Muster`, `By Jane Doe`, `Text: Anna Muster`; isAuthorSentence) and the credit
 * (`Foto: Keystone`). A caption carries no byline; the author and the credit still go as theirs.
 */
function isBylinedLead(block: readonly Unit[], phrases: CompiledPhrases): boolean {
  for (let k = 2; k < block.length; k++) {
    if (creditReason(block[k], phrases)) return isAuthorSentence(block[k - 1].text, phrases) && endsSentenceAt(block[k - 2]);
  }
  return false;
}

/**
 * A fact box's row opens with a label of a few words, a year or a number and its value (`Länge:
 * 240 Meter`, `Longueur : 240 mètres`, `2019: 240 Fälle`), or a list's or a numbered list's mark
 * (`- Länge 240 Meter`, `1. Hunde an der Leine`); isFactRow then asks its value.
 */
const FACT_ROW_OPENS = /^(?:[-–•·*] |\d{1,2}[.)] |(?:\p{Lu}[\p{L}\d-]*(?: [\p{L}\d-]+){0,2}|\d{4}) ?: (?=\S))/u;
/**
 * A row's value is a few words, no sentence and no quote: a caption's label opens a sentence
 * (`Im Bild: Stadtpräsident … an der Aare.`, `Von links: Berset, Keller-Sutter und Parmelin.`,
 * `Bild 1: Der alte Steg im Winter.`) or what somebody said (`Berset: «Wir sind bereit.»`).
 */
const MAX_ROW_VALUE_WORDS = 6;
/** A value that ends a sentence or a quote, or opens a quote. */
const ROW_VALUE_SENTENCE = /[.!?…»«"“”]$|^["«»„“”‘’'‹›]/u;
/** Rows a fact box holds at least: one is a caption's (`Im Bild: Bundesrat Berset in Bern`). */
const MIN_FACT_ROWS = 2;

/**
 * Whether a block with a photo credit is a fact box next to it (`Die Brücke in Zahlen` / `Länge: 240
 * Meter` / `Kosten: 85 Millionen Franken` / `Foto: Keystone`): rows of labels and short values or a
 * list's short items, which no caption is made of. The rows are the article's and stay; the credit
 * goes as any credit does. The rows count above the block's first credit, which closes what stands
 * above it (a caption there keeps its credit, whatever rows follow), or under it when it opens the
 * block. A source of figures (`Quelle: Stadt Bern`) is a row. Asked of credited blocks only, which are few.
 */
function isFactBox(block: readonly Unit[], phrases: CompiledPhrases): boolean {
  let rows = 0;
  for (let k = 0; k < block.length; k++) {
    const u = block[k];
    // A caption printed twice is one caption (`Im Bild: …` twice), not two rows.
    if (k > 0 && u.fp === block[k - 1].fp) continue;
    const credit = creditReason(u, phrases) !== undefined && !namesSourceOfFigures(u.text);
    if (credit && k > 0) return false;
    if (!credit && isFactRow(u.text) && !bylineReason(u, phrases) && ++rows === MIN_FACT_ROWS) return true;
  }
  return false;
}

function isFactRow(text: string): boolean {
  const m = FACT_ROW_OPENS.exec(text);
  if (!m) return false;
  const value = text.slice(m[0].length);
  return !ROW_VALUE_SENTENCE.test(value) && value.split(' ').length <= MAX_ROW_VALUE_WORDS;
}

/**
 * A live ticker's or a timeline's entries, each under its time or date and signed by an agency's
 * bare name: the credits go, the entries stay. Under a clock's time (`15:42` / `Zelensky has
 * arrived …` / `Reuters`, `10h15 La CGT …` / `AFP`), any credit signs (opensClockEntry). Under the
 * other stamps (`1.05pm`, `88'`, `Samstag, 1. Juni`, a timeline's `1931: Gründung`, `+++ Eilmeldung
 * +++`), galleries and archive photos are common, so each entry must be signed by a news agency,
 * not a photo agency (`Keystone`, `Getty Images`), and be one: a credit not followed by the next
 * entry's stamp (`Samstag, 1. Juni` / caption / `Reuters` / caption / `AFP`), a stamp with no text
 * under it (`2 Juni` / `AFP`) or a caption printed twice make a photo's, and its captions go.
 */
function isSignedTickerEntry(block: readonly Unit[], phrases: CompiledPhrases): boolean {
  // The credit first: a look-up, where the entry's time or date takes patterns.
  const last = block[block.length - 1].fp;
  if (phrases.credits.has(withoutFinalPoint(last)) && opensClockEntry(block[0])) return true;
  if (!isNewsAgency(last) || !opensTickerEntry(block[0])) return false;
  let stamp = 0;
  let signed = false;
  for (let k = 1; k < block.length; k++) {
    const u = block[k];
    if (u.fp === block[k - 1].fp) {
      // The stamp or the agency printed twice is the page's stutter; a caption printed twice, a photo's.
      if (k - 1 === stamp) stamp = k;
      else if (!signed) return false;
      continue;
    }
    if (signed) {
      // The next entry's stamp after an agency; a caption there makes a gallery.
      if (!opensTickerEntry(u)) return false;
      stamp = k;
      signed = false;
    } else if (phrases.credits.has(withoutFinalPoint(u.fp))) {
      // A news agency, with the entry's text between it and the stamp (unless the stamp's line holds it).
      if (!isNewsAgency(u.fp) || (k === stamp + 1 && isStampAlone(block[stamp]))) return false;
      signed = true;
    }
  }
  return true;
}

/**
 * Whether `block` (units with no blank line between them), known to be one that mayBeImageBlock
 * accepts, stands with a photo credit. A source tag (`(AFP)`) ends a story and makes no image
 * block, nor does a source of figures (`Quelle: BFS`), the agency under a story's last paragraph
 * (`… ins Spital gebracht.` / `ATS/ANSA`) or the news agencies heading the block (sourceHead).
 */
function holdsPhotoCredit(block: readonly Unit[], ctx: RuleContext): boolean {
  const head = sourceHead(block, ctx.phrases);
  return block.some(
    (u, k) => isPhotoCredit(u, ctx) && !(k < head && namesNewsAgencies(u)) && !signsOff(u, block, ctx) && !isQuoteSource(u, block),
  );
}

/** Agencies signing together: `APA/dpa`, `AFP, Reuters`, `AFP / Reuters`. */
const AGENCIES_APART = /\s*[/,]\s*/;
/** A news agency of photos above all: its name over a caption is the photo's credit. */
const PHOTO_NEWS_AGENCIES = new Set(['epa']);

/** A news agency's bare name, or several signing together (`Lusa`, `APA/dpa`). */
function namesNewsAgencies(unit: Unit): boolean {
  return withoutFinalPoint(unit.fp)
    .split(AGENCIES_APART)
    .every((name) => isNewsAgency(name) && !PHOTO_NEWS_AGENCIES.has(name));
}

/**
 * How many lines at the top of `block` name the source of the text under them, as a dateline does:
 * news agencies' bare names (`Lusa` / `The opposition said …`, `APA/dpa`), maybe printed twice and
 * with a dateline, a byline or a name by them (`Lisbon` / `Lusa`). Not a photo agency's name (`Keystone`) nor a
 * credit naming the photo (`Foto: AFP`); and none where a line under them is printed twice: a
 * caption printed twice is one whatever heads it.
 */
function sourceHead(block: readonly Unit[], phrases: CompiledPhrases): number {
  let head = 0;
  let agencies = false;
  for (; head < block.length; head++) {
    const u = block[head];
    if (head > 0 && u.fp === block[head - 1].fp) continue;
    if (namesNewsAgencies(u)) agencies = true;
    else if (!bylineReason(u, phrases) && !isShortName(u)) break;
  }
  if (!agencies) return 0;
  for (let k = head + 1; k < block.length; k++) if (block[k].fp === block[k - 1].fp) return 0;
  return head;
}

/**
 * A paper or platform right under a quote (`Die Vernehmlassung dauert bis Ende Juni.` / `«Wir wollen
 * keine Unfälle», sagte sie.` / `Blick`): the source of what was said, as in a gallery (isGallery),
 * not the credit of a photo. A caption printed twice above it is one all the same.
 */
function isQuoteSource(credit: Unit, block: readonly Unit[]): boolean {
  const at = block.indexOf(credit);
  if (at < 1 || !NOT_PHOTOGRAPHERS.has(withoutFinalPoint(credit.fp)) || !SAID.test(block[at - 1].text)) return false;
  return block.every((u, k) => k === 0 || u.fp !== block[k - 1].fp);
}

/**
 * Whether a line is a photo's credit where it stands: a credit, not a source tag (`(AFP)`), not a
 * source (`Quelle: BFS` under `Wohnen macht einen Drittel aus.`: the sentences around it are the
 * article's, and `Quelle: AFP-Umfrage` is no photo's either), not the article's copyright notice
 * (reservesRights), not a platform's name among share buttons (furniture).
 */
function isPhotoCredit(unit: Unit, ctx: RuleContext): boolean {
  return (
    creditAt(unit, ctx.doc, ctx.phrases) !== undefined &&
    !isSourceTag(unit.text, ctx.phrases) &&
    !namesSourceOfFigures(unit.text) &&
    !reservesRights(unit) &&
    ctx.droppedBy(unit) !== 'boilerplate'
  );
}

/**
 * Whether `unit` is the first copy of a caption printed twice as paragraphs of their own with no
 * blank line between them (`<p>…</p><p>…</p>`, on one line or two), with its photo credit right
 * under the second copy: the image block of two lines in a row and their credit, split by block
 * tags. Without the credit, a paragraph printed twice may be the body's stutter, whose first copy
 * stays as it does in lines. Not at the top of the article nor a heading: a site may print its
 * headline again as the caption of the photo under it (`<h1>Tramunfall …</h1>` / `<p>Tramunfall
 * …</p>` / `<p>Foto: Keystone</p>`), and the headline stays. Told by the word counts first: most
 * paragraphs differ there.
 */
export function isCaptionPrintedTwice(unit: Unit, ctx: RuleContext): boolean {
  if (unit.index < ARTICLE_TOP || unit.role === 'subheading') return false;
  const { units } = ctx.doc;
  const copy = units[unit.index + 1];
  if (copy === undefined || copy.words !== unit.words || !copy.gapBefore || unit.words > MAX_CAPTION_WORDS || isShortLine(unit, MIN_REPEAT_WORDS)) return false;
  const credit = units[unit.index + 2];
  if (credit === undefined || copy.fp !== unit.fp || copy.line > unit.line + 1 || credit.line > copy.line + 1) return false;
  return isPhotoCredit(credit, ctx) && isCaptionLine(unit, ctx.phrases);
}

/** Whether `block` holds a caption printed twice: a line right under itself, not short, no verse said again. */
export function holdsCaptionPrintedTwice(block: readonly Unit[], phrases: CompiledPhrases): boolean {
  for (let i = 0; i + 1 < block.length; i++) {
    if (block[i].fp === block[i + 1].fp && !isShortLine(block[i], MIN_REPEAT_WORDS) && !isRefrain(block, i + 1, phrases)) return true;
  }
  return false;
}

/** A glued sentence under this many words is a lead-in or a stamp over the photo (`Die Bilder.`, `Ja, alle.`). */
const MIN_GLUED_SENTENCE_WORDS = 4;
/**
 * A label naming the picture opens a line about it (`Im Bild: …`, `Symbolbild: …`, `Fotostrecke: …`,
 * `Nella foto: …`): its last word is the picture's word, or a photo's kind of it. Another label is a
 * speaker's or a fact's (`Staatsanwalt Meier: Der Täter ist bewaffnet.`, `Lagebild: …`, `Vorbild: …`).
 */
const LABELLED =
  /^(?:\p{L}+ ){0,2}(?:(?:symbol|archiv|titel|luft|handy|drohnen|satelliten|presse|leser|agentur)?(?:bild(?:er|strecke)?|fotos?|fotostrecke)|(?:luft|drohnen|archiv|satelliten|handy)aufnahmen?|(?:foto|bilder)?galerie|fotografica|photos?|images?|pictures?|gallery|galleria|diaporama|video) ?: /iu;
/**
 * A line naming the picture among its first words leads into it (`Das Bild zeigt …`, `Hier sehen Sie
 * die Bilder …`); further on, the sentence is about something else (`Die Polizei veröffentlichte am
 * Dienstag Fotos des Täters.`).
 */
const NAMES_PICTURE = /^(?:\S+ ){0,4}(?:bild(?:er|ern)?|fotos?|photos?|images?|pictures?)(?![\p{L}\p{N}])/iu;
/** A line holding this share of the shorter one's words is a longer or shorter version of a caption. */
const MIN_SHARED_WORDS = 0.8;
/** A copy this short shares its words with many a sentence on its subject (`Putin in Pjöngjang.`). */
const MIN_VERSION_WORDS = 6;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Whether `block[k]`, in a block that holds a caption printed twice, is a caption: a copy, a line
 * with a credit right under it (a gallery's next caption), a line between copies (a gallery's
 * caption printed once) or no sentence (a stamp or heading over the photo, `Sonntag, 2. Juni`).
 * A sentence (one closing a quote too, `… so Keller.»`) printed once above the first copy or under
 * the last, with no credit under it, is the article's paragraph glued to the image block (`…` /
 * caption / caption / `Reuters`), and stays, unless it is a few words, a lead-in to the photo (a
 * label, the picture named) or the caption's longer or shorter version. A text wrapped over lines
 * takes one verdict for all of them. The caption and duplicate-line rules both ask, so that a copy
 * of it further down is not kept as the body's.
 */
export function isCaptionAmongCopies(block: readonly Unit[], k: number, phrases: CompiledPhrases): boolean {
  if (isCopyAt(block, k)) return true;
  let first = k;
  while (goesOnAt(block, first)) first--;
  let last = k;
  while (last + 1 < block.length && goesOnAt(block, last + 1)) last++;
  const end = block[last];
  const next = block[last + 1];
  const sentence = endsSentenceAt(end) || SENTENCE_IN_QUOTE.test(end.text);
  if (!sentence || (next !== undefined && creditReason(next, phrases) !== undefined)) return true;
  const lines = block.slice(first, last + 1);
  const text = lines.map((u) => u.text).join(' ');
  if (lines.reduce((n, u) => n + u.words, 0) < MIN_GLUED_SENTENCE_WORDS || LABELLED.test(text) || NAMES_PICTURE.test(text)) return true;
  // Only a caption's copies tell: a credit or an answer printed twice (`Keystone`, `Ja.`) shares its
  // word with many a sentence.
  const copies = block.filter((u, c) => isCopyAt(block, c) && !isShortLine(u, MIN_REPEAT_WORDS) && isCaptionLine(u, phrases));
  if (copies.some((u) => u.index < block[first].index) && copies.some((u) => u.index > end.index)) return true;
  const words = new Set(text.toLowerCase().match(WORD));
  return copies.some((u) => sharesWords(words, new Set(u.text.toLowerCase().match(WORD))));
}

/** Whether `block[k]` is printed right above or under itself. */
function isCopyAt(block: readonly Unit[], k: number): boolean {
  const { fp } = block[k];
  return (k > 0 && block[k - 1].fp === fp) || (k + 1 < block.length && block[k + 1].fp === fp);
}

/** Whether `block[k]` is the rest of a line wrapped over lines: the line before ends no sentence, this one starts in lower case. */
function goesOnAt(block: readonly Unit[], k: number): boolean {
  return k > 0 && !endsSentenceAt(block[k - 1]) && startsLower(block[k]);
}

/** Whether one word set holds nearly all words of the other, the smaller, of MIN_VERSION_WORDS or more. */
function sharesWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_VERSION_WORDS) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= MIN_SHARED_WORDS * small.size;
}

/**
 * Whether `block` may be an image block at all: a few lines, of which at most four are text of
 * their own (not a credit or byline, not a line printed again, not the rest of a wrapped line),
 * and not the top of the article run together (a dump with no blank line between its kicker,
 * headline and lead is one block, in which a credit would make captions of the whole article).
 * A longer block may be one only as a gallery (isGallery).
 */
function mayBeImageBlock(block: readonly Unit[], phrases: CompiledPhrases): boolean {
  if (block.length > MAX_IMAGE_BLOCK_LINES) return isGallery(block, phrases);
  let texts = 0;
  let printedTwice = false;
  for (let k = 0; k < block.length; k++) {
    const u = block[k];
    if (k > 0 && u.fp === block[k - 1].fp) {
      printedTwice ||= !isShortLine(u, MIN_REPEAT_WORDS) && !isRefrain(block, k, phrases);
      continue;
    }
    // A caption wrapped over lines is one text (`…während` / `Schaulustige zusehen.`).
    if (goesOnAt(block, k) || creditReason(u, phrases) || bylineReason(u, phrases)) continue;
    if (++texts > MAX_CAPTION_TEXTS) return false;
  }
  // A caption printed twice is one wherever it stands; else the first lines of a dump with no blank
  // line among them are its kicker, headline and lead.
  return printedTwice || !(block[0].index <= 1 && block.length >= ARTICLE_TOP);
}

/** A verse is a short line; a stutter of the page may repeat a longer line cut at a comma. */
const MAX_VERSE_WORDS = 10;

/**
 * Whether `units[at]`, printed right after itself, is a verse said again (a song's or a chant's
 * `We are the river, we are the sea,` twice or more, then the line that ends it): a short line that
 * ends on a comma, its sentence going on in the next other line of its block, which is no credit.
 * Neither a caption nor a page's stutter goes on so.
 */
export function isRefrain(units: readonly Unit[], at: number, phrases: CompiledPhrases): boolean {
  const copy = units[at];
  if (copy.words > MAX_VERSE_WORDS || !copy.text.endsWith(',')) return false;
  let k = at + 1;
  while (k < units.length && units[k].fp === copy.fp && units[k].block === copy.block) k++;
  const next = units[k];
  return next !== undefined && next.block === copy.block && !creditReason(next, phrases);
}

/** Whether the unit's text starts in lower case, kept in its memo: asked of every line of a block, in every pass. */
function startsLower(unit: Unit): boolean {
  const { memo } = unit;
  if (memo.startsLower === undefined) memo.startsLower = STARTS_LOWER.test(unit.text);
  return memo.startsLower;
}

/**
 * A gallery longer than an image block: its heading maybe, then captions each with its photo's
 * credit right under it (`In Langnau stand das Wasser …` / `Keystone/Gaetan Bally`, `Foto: zvg`,
 * `AFP`). Not the article's top, nor quotes above the papers or platforms that printed them
 * (`«…»` / `Blick`, `… 2,1 Millionen Follower` / `Instagram`), nor figures above their sources
 * (`… 2,3 Prozent` / `Quelle: Seco`).
 */
function isGallery(block: readonly Unit[], phrases: CompiledPhrases): boolean {
  if (block.length > MAX_GALLERY_LINES || block[0].index <= 1) return false;
  // The heading, if the block starts with one (a few words, no sentence), then pairs.
  const start = block.length % 2;
  if (start === 1 && (block[0].words > MAX_GALLERY_HEADING_WORDS || endsSentenceAt(block[0]))) return false;
  for (let k = start; k < block.length; k += 2) {
    const caption = block[k];
    const credit = block[k + 1];
    if (caption.words > MAX_CAPTION_WORDS || QUOTE_FIRST.test(caption.text) || creditReason(caption, phrases)) return false;
    if (!creditReason(credit, phrases) || namesSourceOfFigures(credit.text) || NOT_PHOTOGRAPHERS.has(credit.fp)) return false;
  }
  return true;
}

/** Whether a line of an image block is its caption (dropped with it): not its credit or byline, and no paragraph. */
export function isCaptionLine(unit: Unit, phrases: CompiledPhrases): boolean {
  return unit.words <= MAX_CAPTION_WORDS && !creditReason(unit, phrases) && !bylineReason(unit, phrases);
}

/**
 * The agency under the story's last paragraph (which may be wrapped over lines): after a paragraph
 * long enough and closed by a full stop, not printed twice, and with nothing of the article after
 * it (a stray `;` or an ad may follow).
 */
function signsOff(credit: Unit, block: readonly Unit[], ctx: RuleContext): boolean {
  const at = block.indexOf(credit);
  if (at < 1 || !endsSentenceAt(block[at - 1])) return false;
  let words = 0;
  for (let k = 0; k < at; k++) {
    if (k > 0 && block[k].fp === block[k - 1].fp) return false;
    words += block[k].words;
  }
  if (words < MIN_SIGNED_OFF_WORDS) return false;
  const { units } = ctx.doc;
  for (let k = credit.index + 1; k < units.length; k++) if (!CLOSING_DROPS.has(ctx.droppedBy(units[k]))) return false;
  return true;
}
