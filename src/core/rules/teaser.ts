/**
 * teaser: a cross-promotion for another article and the lines of its block. A read-more marker
 * (`Hier weiterlesen >>`, `Read more`, `Lire la suite`) makes a line a teaser where a teaser puts
 * it, not where a sentence uses the same words (`Mehr dazu wollte der Sprecher nicht sagen.`); a
 * teaser heading (`Mehr zum Thema:`, `Related:`, `Leggi anche:`) takes the title lines under it
 * along; an indented block that holds a teaser is a teaser block as a whole. A line that ends the
 * article and opens with a marker, followed by what it points to (`Lire la suite de notre dossier
 * sur …`), is a teaser too. A ticker line that starts with a date stays article text unless one of
 * these applies to it.
 */
import { ARTICLE_TOP, blocksOf, endsSentenceAt, type DumpDocument, type Unit } from '../document';
import { bare, bareEnd, fingerprint } from '../fingerprint';
import type { CompiledPhrases, PhraseList, PhraseMatch } from '../phrases';
import { msg, type Message } from '../message';
import type { Rule, RuleContext } from '../rule';
import { isAsciiDigit } from '../text';
import { isDateAlone } from './byline';

/** A line longer than this is prose, whatever marker it holds. */
const MAX_MARKER_LINE_WORDS = 80;
const MAX_TITLE_WORDS = 20;
const MAX_TITLES = 8;
/** A line that opens with a marker and points onward is a title's length, not a paragraph's. */
const MAX_POINTER_WORDS = 15;
/** A sentence's end inside a line, in a fingerprint: a pointer is one phrase, not sentences. */
const SENTENCE_BREAK = /[.!?…] /;
/** An upper-case letter: a line that starts in lower case goes on from the line before. */
const STARTS_UPPER = /^\p{Lu}/u;
/**
 * What a pointer's marker goes on with, in a fingerprint: the preposition that names what it points
 * to (`… de notre dossier`, `… about the trial`, `… im Dossier`, `… sul nostro sito`). A marker that
 * goes on otherwise starts a sentence to the reader (`Mehr erfahren Sie unter …`, `Per saperne di
 * più chiamare …`). Not `in`, which also says when (`Mehr dazu in Kürze`).
 */
const POINTS_TO = /^(?:(?:about|on|at|of|de|du|des|sur|dans|im|zum|zur|zu|über|von|auf|bei|sul|sulla|sullo|su|nel|nella|di|del|della|dei|degli|delle|al|alla|allo) |(?:d|sull|dell|nell|all)")/;
/** A marker that names what it points to itself: `Read about …`. */
const ENDS_POINTING = / (?:about|on|sur|su)$/;
/** When, not what: a live report's promise of more (`Mehr dazu im Laufe des Tages`, `En savoir plus dans la soirée`). */
const WHEN = /(?:^| )(?:laufe|verlauf|kürze|abend|nachmittag|morgen|tages?|stunden?|soirée|journée|matinée|heures?|corso|giornata|serata|ore|coming|later|today|tonight|hours?|days?)(?: |$)/;
/** A number, an address or a site's name (`… sur le site www.admin.ch`, `… au 0800 123 456`): service information, no title. */
const NUMBER_OR_ADDRESS = /[\d.@/]/;
/** Arrows that end a line (before any white space), as in "Hier weiterlesen >>". */
const ARROWS = ['>>', '»»', '›', '→'];
/** The last characters of ARROWS. */
const ARROW_ENDS = ARROWS.map((arrow) => arrow.charCodeAt(arrow.length - 1));
/**
 * Arrows as a fingerprint holds them, next to a marker ("Read more >>", ">> Read about …"). A
 * fingerprint makes `»` and `›` quotes, so they are not among them (ARROWS sees them at a line's end).
 */
const MARKER_ARROWS = '>→⇒➔➜▶►▸';
const ANY_MARKER_ARROW = new RegExp(`[${MARKER_ARROWS}]`);
/** What may follow a marker that ends its line: "Lire la suite.", "Read more...", "Hier weiterlesen >>", "(Read more)", "Mehr dazu »". */
const MARKER_CLOSERS = ' .…!:)]"' + MARKER_ARROWS;
/** MARKER_CLOSERS by character code: every line is walked back over its closing characters. */
const MARKER_CLOSER_CODES: ReadonlySet<number> = new Set(Array.from(MARKER_CLOSERS, (c) => c.charCodeAt(0)));
/** What may stand before a marker that ends its line: the end of a sentence or a label, a separator. */
const SENTENCE_ENDS = '.…!?:;|)]•·';
const DASHES = '-–—';
/** (Named here: written in place, a pattern is a new object at every call.) */
const WHITE_SPACE = /\s/;
const DATE_OR_TIME_START = /^(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}:\d{2}\b)/;
/** A ticker entry's time or date, in a fingerprint (lower case): `15:30`, `17h55`, `14.05 uhr`, `28.3.`. */
const STAMP = '(?:\\d{1,2}[:.h]\\d{2}(?: uhr)?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?)';
/** The half of the day a clock abroad counts in, in a fingerprint: `pm`, `a.m.`. */
const AM_PM = '(?:am|pm|a\\.m\\.|p\\.m\\.)';
/** A clock's time as tickers abroad print it, in a fingerprint: `1.05pm`, `3pm`, `12:30 pm et`, `10.01pm bst`, `ore 15.10`. */
const CLOCK = `(?:ore )?\\d{1,2}(?:[:.h]\\d{2}(?: ?${AM_PM})?| ?${AM_PM})(?: (?:bst|gmt|utc|cet|cest|et|est|edt))?`;
/** The word after a match's minute, in a fingerprint: `74 min`, `88. min.`, `88. minute`. */
const MIN = '\\.? min(?:\\.|ute)?';
/** A match's minute, in a fingerprint (which makes `'` a `"`): `88"`, `74 min`, `88. minute`, `90.+4`, `90"+3`, `90.+4 min.`. */
const MINUTE = `\\d{1,3}(?:"|${MIN}|[."]? ?\\+ ?\\d{1,2}(?:\\.|"|${MIN})?)`;
/**
 * A match's minute with a point, `92.`: of two digits at least, as `1.` is a list's number (and a
 * match's fifth minute rarely an entry of its own); not a stamp to the teaser rule, as `12.` may be
 * a list's number above its item's teaser heading too.
 */
const MINUTE_POINT_LINE = /^\d{2,3}\.$/;
/** Words that flag breaking news, in a fingerprint (which makes `'` a `"`). */
const FLAG_WORDS = 'eilmeldung|breaking(?: news)?|dernière minute|alerte|ultima ora|ultim"ora|live|update|neu';
/**
 * A ticker's flag for breaking news, the entry's heading: its word first (`+++ Eilmeldung +++`,
 * `+++ Update: … +++`) or its time or date in it (`+++ Polizei sperrt die Kramgasse (15:42) +++`),
 * not any heading between the marks (`+++ Bildstrecke +++` above a gallery).
 */
const FLAGGED = new RegExp(`^\\+{3} ?(?:(?:${FLAG_WORDS})(?![\\p{L}\\d])|.*?(?<![\\d.,])${STAMP}(?!\\d)).*\\+{3}$`, 'u');
/** The hour as French tickers print it too, in a fingerprint: `13h`, `9h`, `14 h 30` (and `14h30`, as STAMP). */
const HOUR = '(?:[01]?\\d|2[0-3]) ?h(?: ?[0-5]\\d)?';
/**
 * Of HOUR, the hours that are a clock's only: of two digits written close, `10h` to `23h` (`13h`, and
 * `12h`, where `12 h` spaced may say how long), or with minutes after two digits or right after the
 * `h` (`14 h 30`, `09 h 30`, `9h30`). Alone, of one digit or spaced (`7h`, `2 h`, `12 h`), or of one
 * digit spaced from its minutes (`2 h 30`, `1 h 30`), the hour may say how long: under it only a
 * news agency signs an entry (HOUR).
 */
const CLOCK_HOUR = '(?:1\\d|2[0-3])h|(?:[01]\\d|2[0-3]) ?h ?[0-5]\\d|\\d ?h[0-5]\\d';
/** The day a clock's time may follow, if any, in a fingerprint: `heute, 15:42`, `aujourd"hui à 14h30`, `today, 3.05pm`. */
const DAY_BEFORE = '(?:(?:heute|gestern|aujourd"hui|hier|today|yesterday|oggi|ieri),? (?:(?:um|à|at|alle) )?)?';
/** A date in digits as other sites write it, in a fingerprint: `02/06/2024`, `2024-06-02`. */
const NUMERIC_DATE = '\\d{1,2}/\\d{1,2}/\\d{4}|(?:19|20)\\d{2}-\\d{2}-\\d{2}';
/** The stamp alone on its line, above the entry's text: alone, a clock's time, a minute or a date in digits is one too. */
const TICKER_STAMP_LINE = new RegExp(`^(?:${DAY_BEFORE}(?:${STAMP}|${HOUR}|${CLOCK})|${MINUTE}|${NUMERIC_DATE})$`);
/** The words of the longest stamp alone (`12:30 pm et`). */
const MAX_STAMP_WORDS = 3;
/** The units of a relative stamp's time, in a fingerprint: `5 min`, `2 h`, `3 Stunden`, `1 ora`. */
const TIME_UNIT =
  '(?:s|sec|secs|seconds?|min\\.?|mins|minutes?|h|hr|hrs|hours?|secondes?|heures?|sek\\.?|sekunden?|minuten?|std\\.?|stunden?|secondi|minut[oi]|or[ae])';
/** A ticker's stamp relative to now, alone on its line: `il y a 5 min`, `1 min ago`, `vor 5 Minuten`, `5 minuti fa`. */
const RELATIVE_STAMP_LINE = new RegExp(`^(?:(?:il y a|vor) \\d{1,2} ?${TIME_UNIT}|\\d{1,2} ?${TIME_UNIT} (?:ago|fa))$`);
/**
 * The words of the longest stamp line but a date: a relative stamp (`il y a 5 min`, `il y a douze
 * heures`) or a clock's time after its day (`aujourd'hui à 14 h 30`).
 */
const MAX_STAMP_LINE_WORDS = 5;
/** The numbers from two to twelve in words, in a fingerprint, as a relative stamp counts: `vor zwei Stunden`. */
const TWO_TO_TWELVE_DE = 'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf';
const TWO_TO_TWELVE_FR = 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze';
const TWO_TO_TWELVE_EN = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const TWO_TO_TWELVE_IT = 'due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici';
/**
 * A ticker's stamp relative to now in words, in a fingerprint: `vor einer Stunde`, `vor zwei
 * Stunden`, `il y a deux heures`, `an hour ago`, `two hours ago`, `un'ora fa`, `due ore fa`, `gerade
 * eben`, `soeben`, `just now`. No heading or caption says so alone.
 */
const RELATIVE_WORDS_LINE = new RegExp(
  `^(?:vor (?:einer (?:minute|stunde)|(?:wenigen|${TWO_TO_TWELVE_DE}) minuten|(?:${TWO_TO_TWELVE_DE}) stunden)|gerade eben|soeben` +
    `|il y a (?:une (?:minute|heure)|quelques minutes|(?:${TWO_TO_TWELVE_FR}) (?:minutes|heures))|à l"instant` +
    `|(?:(?:an|one) hour|(?:a|one) minute|a few minutes|(?:${TWO_TO_TWELVE_EN}) (?:minutes|hours)) ago|just now` +
    `|(?:un"ora|un minuto|pochi minuti|(?:${TWO_TO_TWELVE_IT}) (?:minuti|ore)) fa)$`,
);
/**
 * A timeline's year and its label, in a fingerprint: `1931: gründung`, `2001: grounding`, `2002:
 * neustart als swiss`. A word to three, with no article first and no figure or punctuation: a
 * historical photo's caption starts with its year too (`1931: Die erste Maschine …`).
 */
const YEAR_LABEL = /^(?:1\d|20)\d{2}: (?!(?:der|die|das|den|dem|des|ein|eine|the|a|an|le|la|les|un|une|il|lo|gli|i|uno|una)(?!\p{L}))\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}$/u;
/** The words of a year's label with its year (`2002: Neustart als Swiss`). */
const MAX_YEAR_LABEL_WORDS = 4;
/** A time of day that starts a line, in a fingerprint: `13:40 …`, `10h15 …` (not a score, `25:23`). */
const TIME_OF_DAY_START = /^(?:[01]?\d|2[0-3])[:h][0-5]\d\b/;
/**
 * Teaser headings that also label the news itself: the article's (`Economia` / `Ultima ora` / its
 * headline) or a sentence's (`Ultima ora: il governo ha convocato …`). Headings only bare, and
 * below the article's top (belowLead).
 */
const NEWS_LABELS = new Set(['ultima ora', "ultim'ora"].map(fingerprint));
/**
 * Teaser headings that also head the article's own section (`Mehr Wissen` over a paragraph of prose):
 * headings only bare, and only with nothing of their own, title lines under them or no prose after them.
 */
const READING_TIPS = new Set(['mehr wissen', 'pour aller plus loin'].map(fingerprint));
/** The stamp and the separator after it. */
const TICKER_STAMP = new RegExp(`^${STAMP} ?[:\\-–—|] ?`);

export const teaser: Rule = {
  code: 'teaser',
  defaultSeverity: 'warning',
  description: 'A cross-promotion for another article, and the lines of its block.',
  drops: true,
  check(ctx) {
    const { doc, phrases } = ctx;
    const marked = new Set<number>();
    const headings = new Set<number>();
    for (const unit of doc.units) {
      if (unit.index === ctx.kicker) continue;
      if (isTeaserHeading(unit, phrases) && (!NEWS_LABELS.has(bare(unit.fp)) || belowLead(ctx, unit)) && (!READING_TIPS.has(bare(unit.fp)) || headsNothingOwn(doc, unit, phrases))) {
        marked.add(unit.index);
        headings.add(unit.index);
        drop(ctx, unit, msg('Teaser for another article: it introduces links to other articles.'), true);
        for (const title of titlesUnder(doc, unit, phrases)) drop(ctx, title, msg('Teaser for another article: a title under a teaser heading.'));
        continue;
      }
      const marker = readMoreMarker(unit, phrases);
      if (marker) {
        marked.add(unit.index);
        drop(ctx, unit, msg('Teaser for another article: it carries the read-more marker “{0}”.', marker), true);
      }
    }
    dropClosingPointers(ctx);
    if (marked.size === 0) return;
    // A teaser alone in its block is dropped already: only blocks of several lines take more along.
    for (const block of blocksOf(doc)) {
      if (!block.some((u) => marked.has(u.index))) continue;
      if (block.every((u) => u.indented)) {
        for (const u of block) drop(ctx, u, msg('Teaser for another article: part of an indented teaser block.'));
        continue;
      }
      // Not indented: the title lines right above the teaser text go with it. A heading opens its
      // teaser, so what stands above it is the article's (`Die Forderungen:` / `fünf Wochen Ferien`
      // / `Lesen Sie auch: …`) but for the time of its ticker entry (`15:30` / `Leggi anche: …`).
      // A walk up stops at the teaser before, whose own walk went on from there: a block of many
      // teasers is walked once.
      let floor = 0;
      for (let hit = 0; hit < block.length; hit++) {
        const index = block[hit].index;
        if (!marked.has(index)) continue;
        if (!headings.has(index)) {
          for (let i = hit - 1; i >= floor && isTitleLike(block[i]); i--) drop(ctx, block[i], msg('Teaser for another article: the title of a teaser.'));
        } else if (hit > floor && isTickerStamp(block[hit - 1])) {
          drop(ctx, block[hit - 1], msg('Teaser for another article: the time of its ticker entry.'));
        }
        floor = hit + 1;
      }
    }
  },
};

/**
 * Whether a line stands below the article's top: a line that ends a sentence, the lead's, stands
 * above it, and is not dropped. Not counted by line numbers, which count what other rules drop:
 * menus and publish stamps above the label (`Home` / `Economia` / `Pubblicato il …` / `Ultima
 * ora` / the headline) leave it the headline's label.
 */
function belowLead(ctx: RuleContext, unit: Unit): boolean {
  if (unit.index < ARTICLE_TOP) return false;
  for (let i = unit.index - 1; i >= 0; i--) {
    const above = ctx.doc.units[i];
    if (endsSentenceAt(above) && !ctx.droppedBy(above)) return true;
  }
  return false;
}

/**
 * The lines that end the article and open with a read-more marker followed by what it points to
 * (`Lire la suite de notre dossier sur la sécurité routière`, `Read more about the trial`). Within
 * the article such a line may be a subheading (`Read more books`, `En savoir plus sur la maladie`),
 * but after the last line of the article's text it heads nothing. Walked back from the end over
 * what is dropped already, so only the article's last lines are read; a run of them goes together.
 */
function dropClosingPointers(ctx: RuleContext): void {
  const { doc, phrases } = ctx;
  for (let i = doc.units.length - 1; i >= 0; i--) {
    const unit = doc.units[i];
    if (ctx.droppedBy(unit)) continue;
    const marker = unit.index === ctx.kicker ? undefined : pointerMarker(doc, unit, phrases);
    if (marker === undefined) return;
    drop(ctx, unit, msg('Teaser for another article: it ends the article and opens with the read-more marker “{0}”.', marker), true);
  }
}

/**
 * The marker that opens a line pointing onward: a short paragraph of its own, starting with the
 * marker in upper case and going on after it (a marker with a colon, an arrow or nothing after it
 * is readMoreMarker's) with the preposition that names what it points to (POINTS_TO), with no
 * number or address in it and no sentence's end in it or at its end (`Lire la suite de l'entretien
 * dans notre édition papier.`, `Mehr dazu in Kürze.` stay).
 */
function pointerMarker(doc: DumpDocument, unit: Unit, phrases: CompiledPhrases): string | undefined {
  if (unit.words < 2 || unit.words > MAX_POINTER_WORDS || !unit.gapBefore) return undefined;
  const next = doc.units[unit.index + 1];
  if ((next !== undefined && !next.gapBefore) || endsSentenceAt(unit)) return undefined;
  const marker = phrases.readMore.startOf(unit.fp);
  if (marker === undefined || unit.fp.charAt(marker.length) !== ' ' || !STARTS_UPPER.test(unit.text)) return undefined;
  const rest = unit.fp.slice(marker.length + 1);
  if (!(POINTS_TO.test(rest) || ENDS_POINTING.test(marker)) || NUMBER_OR_ADDRESS.test(rest) || WHEN.test(rest)) return undefined;
  return SENTENCE_BREAK.test(unit.fp) ? undefined : marker;
}

/**
 * Lines carrying their own evidence (a marker, a heading) are reported even when another rule
 * drops them too; lines that are teasers only by their neighbours are left to that rule.
 */
function drop(ctx: RuleContext, unit: Unit, reason: Message, evidence = false): void {
  // A teaser's own evidence is reported even where another rule dropped the line, but once: a
  // heading or marker may be a title under the heading before it already.
  const by = ctx.droppedBy(unit);
  if (by !== undefined && (!evidence || by === 'teaser')) return;
  ctx.drop(unit, 'teaser', { message: reason, fixTitle: 'Remove teaser' });
}

export function readMoreMarker(unit: Unit, phrases: CompiledPhrases): string | undefined {
  if (unit.words > MAX_MARKER_LINE_WORDS) return undefined;
  const { memo } = unit;
  if (memo.readMore === undefined) memo.readMore = markerIn(unit, phrases) ?? null;
  return memo.readMore ?? undefined;
}

function markerIn(unit: Unit, phrases: CompiledPhrases): string | undefined {
  const { fp } = unit;
  // Where the line's text begins after a ticker's time and its opening brackets ("(Read more)"),
  // found once: a line of many markers would otherwise walk those brackets again for each.
  let opening = tickerStampEnd(fp);
  while (fp[opening] === '(' || fp[opening] === '[') opening++;
  const arrow = ANY_MARKER_ARROW.test(fp);
  const marker = markerAmong(fp, opening, arrow, phrases);
  if (marker !== undefined) return marker;
  // An arrow of ARROWS stays one in the fingerprint, but for `»` and `›`, which end it as a quote:
  // a line with neither is told without reading its text.
  if (!arrow && fp.charCodeAt(fp.length - 1) !== 0x22 /* " */) return undefined;
  if ((endsWithArrow(unit.text) || unit.text.startsWith('>>')) && !isGuillemetQuote(unit.text)) return '>>';
  return undefined;
}

/**
 * Where a live ticker's time or date with its separator ends (`16.00 - `, `20h50 : `, `14:05 Uhr: `),
 * or 0: a label after it opens the entry (`16.00 - Leggi anche: …`) as it would open the line.
 */
function tickerStampEnd(fp: string): number {
  const first = fp.charCodeAt(0);
  if (first < 48 || first > 57) return 0;
  return TICKER_STAMP.exec(fp)?.[0].length ?? 0;
}

/**
 * The first marker phrase that stands as a marker, looked for where standsAsMarker may accept one:
 * anywhere in a line with an arrow (few lines have one), else only near its start and its end.
 * Reading every line whole made the rule the engine's costliest. A window is searched with a
 * character to spare before what can end at its end, so a phrase's start is still known to be a
 * word's; standsAsMarker judges each against the whole line.
 */
function markerAmong(fp: string, opening: number, arrow: boolean, phrases: CompiledPhrases): string | undefined {
  const list = phrases.readMore;
  if (arrow) return firstStanding(fp, opening, list.findAll(fp));
  let end = fp.length;
  while (end > 0 && isMarkerCloser(fp.charCodeAt(end - 1))) end--;
  const tail = Math.max(0, end - list.longest - 1);
  if (tail === 0) return firstStanding(fp, opening, list.findAll(fp));
  // Without an arrow, a marker stands only where its line opens (before `label`) or where nothing
  // but closers follows it (it ends at `end`, its own closers aside). Most lines have a phrase at
  // neither place, and asking costs a few comparisons where each search cost a pass of the phrase
  // lists' expressions; a window with no such phrase is not searched.
  let label = opening;
  while (fp[label] === ' ') label++;
  const atStart = tail <= opening || opensWithPhrase(fp, 0, label, list);
  const atEnd = list.mayEndAt(fp, end, MARKER_CLOSERS) || (tail <= label && opensWithPhrase(fp, tail, label, list));
  return (
    (atStart ? firstStanding(fp, opening, list.findAll(fp.slice(0, opening + list.longest + 1))) : undefined) ??
    (atEnd ? firstStanding(fp, opening, list.findAll(fp.slice(tail)), tail) : undefined)
  );
}

/** Whether a character (by code) is one of MARKER_CLOSERS: ASCII letters and digits, the most common, by comparisons. */
function isMarkerCloser(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return false;
  return MARKER_CLOSER_CODES.has(c);
}

/** Whether a phrase starts anywhere from `from` to `to` (both included). */
function opensWithPhrase(fp: string, from: number, to: number, list: PhraseList): boolean {
  for (let i = from; i <= to; i++) if (list.startsAt(fp, i)) return true;
  return false;
}

/** The first of `matches` (found in `fp` from `offset` on) that stands as a marker. */
function firstStanding(fp: string, opening: number, matches: readonly PhraseMatch[], offset = 0): string | undefined {
  for (const { phrase, index } of matches) if (standsAsMarker(fp, offset + index, offset + index + phrase.length, opening)) return phrase;
  return undefined;
}

/** A quote in ASCII guillemets (`Er sagte: <<Wir prüfen das>>`): its `>>` closes the quote, it is no arrow. */
function isGuillemetQuote(text: string): boolean {
  const open = text.indexOf('<<');
  return open >= 0 && text.indexOf('>>', open + 2) >= 0;
}

/**
 * Whether the marker phrase at `start`..`end` of `fp` (whose first `opening` characters are opening
 * brackets) stands where a teaser puts it: next to an arrow ("Read more >>", ">> Read about …"); at
 * the start of the line as a label ("Lire aussi : …", "Read more: …"); or at the end of the line,
 * alone or after the end of a sentence ("… Social Media. Hier weiterlesen >>", "… automatique. Lire
 * la suite"). Elsewhere the words are a sentence's own ("Mehr dazu wollte der Sprecher nicht sagen.",
 * "Les enquêteurs veulent en savoir plus sur …", "… want to read more."): precision first keeps the line.
 */
function standsAsMarker(fp: string, start: number, end: number, opening: number): boolean {
  let before = start;
  while (before > 0 && fp[before - 1] === ' ') before--;
  let after = end;
  while (after < fp.length && fp[after] === ' ') after++;
  const prev = before > 0 ? fp[before - 1] : '';
  const next = after < fp.length ? fp[after] : '';
  // A workspace's own phrase may hold its arrow or colon ("→ mehr", "lesen sie mehr:").
  if (isOneOf(prev, MARKER_ARROWS) || isOneOf(next, MARKER_ARROWS)) return true;
  if (isOneOf(fp[start], MARKER_ARROWS) || isOneOf(fp[end - 1], MARKER_ARROWS)) return true;
  const opensLine = before <= opening;
  if (opensLine && (next === ':' || fp[end - 1] === ':')) return true;
  for (let i = after; i < fp.length; i++) if (!MARKER_CLOSERS.includes(fp[i])) return false;
  // A dash counts as a separator with a space after it, not as the hyphen of a compound.
  return opensLine || isOneOf(prev, SENTENCE_ENDS) || (isOneOf(prev, DASHES) && before < start);
}

/** `set.includes('')` is true: an empty `ch` (no character there) is in no set. */
function isOneOf(ch: string, set: string): boolean {
  return ch !== '' && set.includes(ch);
}

/**
 * Tested from the end: a regular expression anchored at `$` tries every start in the line. A unit's
 * text is trimmed already, so most lines are told by their last character, without trimming a copy.
 */
function endsWithArrow(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (!ARROW_ENDS.includes(last)) {
    if (last > 32 && last < 0x7f) return false; // printable ASCII, no white space to trim
    text = text.trimEnd();
  }
  for (const arrow of ARROWS) if (text.endsWith(arrow)) return true;
  return false;
}

/** A teaser block's heading (`Mehr zum Thema`, `Lesen Sie auch: …`); boilerplate asks it of a word for effect's neighbours. */
export function isTeaserHeading(unit: Unit, phrases: CompiledPhrases): boolean {
  if (unit.words > 25) return false;
  const { memo } = unit;
  if (memo.teaserHeading === undefined) memo.teaserHeading = headingIn(unit, phrases);
  return memo.teaserHeading === true;
}

function headingIn(unit: Unit, phrases: CompiledPhrases): boolean {
  if (isBareHeading(unit, phrases)) return true;
  const heading = phrases.teaserHeadings.startOf(unit.fp);
  return heading !== undefined && unit.fp.charAt(heading.length) === ':' && !NEWS_LABELS.has(heading);
}

/** A teaser heading and nothing else (`Mehr zum Thema:`, `Related -`); asked of the fingerprint's start, not of a copy of it. */
function isBareHeading(unit: Unit, phrases: CompiledPhrases): boolean {
  const { fp } = unit;
  return phrases.teaserHeadings.hasStart(fp, endWithoutClosingDashes(fp, bareEnd(fp)));
}

/**
 * Where "mehr zum thema -" ends as "mehr zum thema", the first `end` characters of `fp` taken.
 * Looked at from the end: `/[\s-]+$/` would try every space in the line.
 */
function endWithoutClosingDashes(fp: string, end: number): number {
  while (end > 0 && isDashOrSpace(fp.charCodeAt(end - 1))) end--;
  return end;
}

/** `-` or white space: printable ASCII, where a line's last character mostly is, by comparisons; the rest by WHITE_SPACE. */
function isDashOrSpace(c: number): boolean {
  if (c > 0x20 && c < 0x7f) return c === 0x2d;
  return c === 0x20 || WHITE_SPACE.test(String.fromCharCode(c));
}

/**
 * The lines under a heading that stands alone: the title lines right under it in its block, or
 * the next block. In its block, the first line that is no title is the article going on, and so
 * is what follows it (a dump with no blank lines runs its subheadings, quotes and lists on in the
 * same block). A heading that holds its title (`Mehr zum Thema: Luzerner Brücken …`) is a teaser
 * of its own: what follows it is the article going on, in its block (`Lire aussi: …` / `Quels
 * changements pour le public?`) or after a blank line (`Die Kosten`, `Die Ursache` / `Noch unklar`).
 * (Titles under it that end its block look as the article's last lines, a quote or a subheading do.)
 */
function titlesUnder(doc: DumpDocument, heading: Unit, phrases: CompiledPhrases): Unit[] {
  if (!isBareHeading(heading, phrases)) return [];
  const after = doc.units.slice(heading.index + 1, heading.index + 1 + MAX_TITLES * 2);
  const sameBlock = after.filter((u) => u.block === heading.block);
  if (sameBlock.length) return leadingTitles(sameBlock);
  const next = after.filter((u) => u.block === heading.block + 1);
  return next.length <= MAX_TITLES && next.every(isTitleLike) ? next : [];
}

/**
 * Whether a reading tip's heading has nothing of the article's under it: title lines (titlesUnder), or
 * no line after it that reads as prose (it ends the article, maybe over credits and furniture).
 */
function headsNothingOwn(doc: DumpDocument, heading: Unit, phrases: CompiledPhrases): boolean {
  if (!isBareHeading(heading, phrases)) return false;
  return titlesUnder(doc, heading, phrases).length > 0 || doc.units.slice(heading.index + 1).every(isTitleLike);
}

/**
 * A line of a ticker's time or date alone (`15:30`, `17h55`, `13h`, `14.05 Uhr`, `1.05pm`, `ore
 * 15.10`, `Heute, 15:42`, `02/06/2024`, a match's minute `88'`, `88. Minute`), or of its time
 * relative to now (`il y a 5 min`, `1 min ago`, `vor 5 Minuten`, `5 minuti fa`, `vor einer Stunde`,
 * `just now`), told by its length first. Asked only of a line above a teaser heading, of the first
 * line of a block signed by a credit and of each line after an agency in it (isSignedTickerEntry),
 * never of every line.
 */
function isTickerStamp(unit: Unit): boolean {
  if (unit.words > MAX_STAMP_LINE_WORDS) return false;
  const { fp } = unit;
  if (isAsciiDigit(fp.charCodeAt(0))) return (unit.words <= MAX_STAMP_WORDS && TICKER_STAMP_LINE.test(fp)) || RELATIVE_STAMP_LINE.test(fp);
  return TICKER_STAMP_LINE.test(fp) || RELATIVE_STAMP_LINE.test(fp) || RELATIVE_WORDS_LINE.test(fp);
}

/**
 * A clock's time or a date in digits alone, as TICKER_STAMP_LINE was before it read minutes and
 * times abroad; a clock's hour as French tickers print it too (`13h`, `14 h 30`, not `7h`:
 * CLOCK_HOUR), and the clock's time after its day (`Heute, 15:42`, `Gestern, 22.10 Uhr`,
 * `Aujourd'hui, 14h30`): the same clock.
 */
const CLOCK_STAMP_LINE = new RegExp(`^${DAY_BEFORE}(?:${STAMP}|${CLOCK_HOUR})$`);

/**
 * Whether a line opens a ticker's entry by the stamps told first (`15:42`, `14.05 Uhr`, `vor 5
 * Minuten`, `13:40 Die SBB melden …`): under them, an entry signed by any credit stays
 * (isSignedTickerEntry), for a ticker prints its time over an entry far more often than a gallery
 * over a photo, and the entry's text is worth more than a caption let through.
 */
export function opensClockEntry(unit: Unit): boolean {
  const { fp } = unit;
  return (unit.words <= MAX_STAMP_LINE_WORDS && (CLOCK_STAMP_LINE.test(fp) || RELATIVE_STAMP_LINE.test(fp))) || TIME_OF_DAY_START.test(fp);
}

/**
 * Whether a line opens a live ticker's entry: its stamp alone (isStampAlone) or a time of day that
 * starts its text (`13:40 Die SBB melden …`, `10h15 La CGT …`; not `13.40`, which may be an amount).
 */
export function opensTickerEntry(unit: Unit): boolean {
  return isStampAlone(unit) || TIME_OF_DAY_START.test(unit.fp);
}

/**
 * Whether a line is a ticker entry's stamp alone, its text under it: its time or date (or its time
 * relative to now, a match's minute `92.`, or a date with its month named: `Sonntag, 2. Juni`, `Am
 * 2. Juni`), its flag for breaking news (`+++ Eilmeldung +++`), or a timeline's year and label
 * (`1931: Gründung`).
 */
export function isStampAlone(unit: Unit): boolean {
  const { fp } = unit;
  return isTickerStamp(unit) || MINUTE_POINT_LINE.test(fp) || FLAGGED.test(fp) || isDateAlone(unit) || (unit.words <= MAX_YEAR_LABEL_WORDS && YEAR_LABEL.test(fp));
}

/** The title lines `units` start with, up to the first that is none. */
function leadingTitles(units: Unit[]): Unit[] {
  const end = units.findIndex((u) => !isTitleLike(u));
  return end < 0 ? units : units.slice(0, end);
}

function isTitleLike(unit: Unit): boolean {
  return unit.words <= MAX_TITLE_WORDS && (!unit.text.endsWith('.') || DATE_OR_TIME_START.test(unit.text));
}
