/**
 * byline: an author or publisher line, a dateline, a reading-time line (`Von Anna Muster`,
 * `By Jane Doe`, `Publiziert: 28.03.2024, 14:05`, `3 min read`, `20 Minuten`). A dateline that
 * opens a lead sentence (`FRANKFURT, April 11 (Reuters) - …`) is part of that sentence and stays,
 * and so does a sentence that starts with a dateline word (`Stand 2024 gibt es 12 Fälle …`).
 */
import { ARTICLE_TOP, endsSentenceAt, nextInParagraph, type DumpDocument, type Unit } from '../document';
import { bare, fingerprint, measure } from '../fingerprint';
import { isListItem } from '../list-item';
import { endsWrappedSentence } from '../wrapped-sentence';
import type { CompiledPhrases } from '../phrases';
import { msg, type Message } from '../message';
import type { Rule } from '../rule';
import { endsSentence, finalPointEnd, isAsciiDigit, SENTENCE_IN_QUOTE } from '../text';
import { isParagraphForEffect } from './boilerplate';
import { creditReason, namesSourceOfFigures, sourceNamesCredit } from './credit';
import { isStampAlone } from './teaser';

const AUTHOR_PREFIX = /^(?:(?:von|by|par|di|text:|autor:|autorin:|auteur:|author:|propos recueillis par|a cura d(?:i|ello|ella|ei|egli|elle))\s+|a cura dell['’]\s*)/i;
/** `A cura di …`, `A cura dell'…`: the Italian credit of whoever put a page together. */
const CURATED_BY = /^a cura d/i;
/**
 * Who put it together, after `A cura d…`: a name, or a few words (`dello staff`, `dei volontari`,
 * `dell'ufficio stampa`); `A cura di un gruppo di esperti, il rapporto è uscito ieri.` is a sentence.
 */
const CURATORS = /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\.?$/u;
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** The particles of names: `van`, `de`, `di`. */
const PARTICLES = 'von|van|de|der|du|di|da|le|la';
/** Capitalised names, joined by commas or "und", "and", "et", with particles such as "van". */
const NAMES = new RegExp(`^${NAME_WORD}(?:(?:\\s*,\\s*|\\s+(?:und|and|et|e|&|${PARTICLES})\\s+|\\s+)${NAME_WORD})*$`, 'u');
/** A name or a place: four capitalised words at most, with particles such as "van" between them. */
const NAME = `${NAME_WORD}(?:\\s+(?:(?:${PARTICLES})\\s+){0,2}${NAME_WORD}){0,3}`;
/**
 * Reporters and where they worked, parted by commas, "and" or "in" (`Muyu Xu in Singapore, Florence
 * Tan in Kuala Lumpur and Arathy Somasekhar in Houston`): a run of capitalised words is title case.
 */
const NAMES_IN_PLACES = new RegExp(`^${NAME}(?:(?:\\s*,\\s*|\\s+(?:and|und|et|e|&|in)\\s+)${NAME})*$`, 'u');
const DATELINE =
  /^(?:publiziert|aktualisiert|veröffentlicht|erstellt|stand|published|updated|last updated|last modified|posted|publié|publie|mis à jour|modifié|pubblicato|aggiornato|this content was published|ce contenu a été publié|questo contenuto è stato pubblicato)(?!\p{L})/iu;
/**
 * The words a date or time may hold after a dateline word (German, English, French, Italian):
 * months and weekdays, full and short; `am`, `le`, `on`, `à`, `alle`, `Uhr`, `h`, time zones,
 * `a.m.`, ordinal endings (`1er`, `3rd`); `vor 2 Stunden`, `il y a`, `2 ore fa`; the dateline
 * words themselves (`Publiziert: … | Aktualisiert: …`). Any other word makes the line a sentence
 * that merely starts with such a word: `Stand 2024 gibt es 12 Fälle`, `Published in 1998, the book …`.
 */
const DATE_WORDS = new Set(
  (
    'januar jänner februar märz april mai juni juli august september oktober november dezember ' +
    'jan feb mär märz apr jun jul aug sep sept okt nov dez ' +
    'january february march may june july october december mar oct dec ' +
    'janvier février mars avril juin juillet août septembre octobre novembre décembre janv févr fév avr juil déc ' +
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre gen mag giu lug ago set ott dic ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim ' +
    'lunedì martedì mercoledì giovedì venerdì sabato domenica ' +
    'am um den ab le la à a at on the of il alle ore h uhr et and und e y ' +
    'gmt utc mez mesz cet cest bst est edt pt pst pdt ct cst cdt ist pm p m st nd rd th er ème ' +
    'vor ago fa heute gestern today yesterday aujourd hui hier oggi ieri ' +
    'sekunde sekunden minute minuten min mins minutes hour hours hr hrs stunde stunden std day days tag tage tagen ' +
    'seconde secondes heure heures jour jours secondo secondi minuto minuti ora giorno giorni ' +
    'publiziert aktualisiert veröffentlicht erstellt stand zuletzt published updated last modified posted publié publie mis modifié pubblicato aggiornato'
  ).split(' '),
);
/** The weekdays of DATE_WORDS, full and short: what a publish stamp with no dateline word opens with (isWeekdayStamp). */
const WEEKDAYS = new Set(
  (
    'montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim ' +
    'lunedì martedì mercoledì giovedì venerdì sabato domenica'
  ).split(' '),
);
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/** A time of day, not a numeric date's day and month (`12.06.2024`); a full stop may end it (`… 2024 06.00.`). */
const TIME_OF_DAY = /(?<!\d|\d\.)\d{1,2}[.:h]\d{2}(?!\d|\.\d)/;
/** A place of one to three capitalised words, a comma, and the rest. */
const PLACE_FIRST = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}),[ \u00a0](.+)$/u;
/** What stands first in an answer or a ticker's heading, not a place: `Ja, am 12. Mai`, `Montag, 12. Juni`. */
const NOT_A_PLACE = new Set(
  (
    'ja nein doch genau stimmt klar richtig oui non si sì yes no am seit ab bis vom um ostern pfingsten weihnachten ' +
    'heute gestern morgen montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche lunedì martedì mercoledì giovedì venerdì sabato domenica ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
/** A date names its month (a year or a score alone is no date: `Paris, 2024`, `Schweiz, 2:1`). */
const DAY_MONTH = /\d{1,2}\.\d{1,2}\./;
const MONTHS = new Set(
  (
    'januar jänner februar märz april mai juni juli august september oktober november dezember ' +
    'january february march may june july october december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'janvier février mars avril juin juillet août septembre octobre novembre décembre janv févr fév avr juil déc ' +
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre'
  ).split(' '),
);
/** What an image block holds at most of text of its own (as image-block.ts counts them). */
const MAX_CAPTION_TEXTS = 4;
/** An article or determiner first: a heading (`Die Folgen`, `Le bilan`), not a name. */
const LEADING_ARTICLE = /^(?:die|der|das|den|dem|des|ein|eine|the|a|an|le|la|les|un|une|il|lo|gli|i|uno|una)(?![\p{L}'])/iu;
/** An author after the date: `Publiziert am 3. Mai 2024 von Anna Muster`. */
const AUTHOR_AFTER = /\s(?:von|by|par|di)\s+(.+)$/i;
/** "3 min read", "Lesezeit: 3 Minuten"; a bare "20 Minuten" is a name, not a reading time. */
const READING_TIME =
  /^(?:\d{1,3}\s*(?:min\.?|mins|minutes?|minuten)\s+(?:read|lesezeit|lesedauer|de lecture|di lettura)|(?:lesezeit|lesedauer|reading time|temps de lecture|tempo di lettura)\s*:?\s*\d{1,3}\s*\S*)$/i;
/** `Reporting by`, `Editing by`, … (no `i` flag where a name follows: it would let `\p{Lu}` match any letter). */
const STAFF_WORDS = '(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting|[Cc]ompiled|[Ee]dited) by';
const STAFF = new RegExp(`^${STAFF_WORDS}\\b`, 'i');
/** The first letters of STAFF_WORDS, in lower case as a fingerprint has them. */
const STAFF_INITIALS = 'rweac';
/** A list of such credits: another after a `;`, and a name after every one of them. */
const STAFF_AFTER = new RegExp(`;\\s*${STAFF_WORDS}\\b`, 'u');
/**
 * The newsroom closes its credit, at a `;`, the closing bracket or the line's end: `Reporting by the
 * Gdansk Newsroom was cited …; Editing by …` is a sentence.
 */
const NEWSROOM_CLOSES = '(?=\\.?\\s*(?:[;)]|$))';
/** A `by` with no name after it; a newsroom by its place that closes the credit is one (Reuters' `Compiled by the Gdansk Newsroom`). */
const STAFF_UNNAMED = new RegExp(`${STAFF_WORDS} (?!\\p{Lu}|the ${NAME} [Nn]ewsroom${NEWSROOM_CLOSES})`, 'u');
/**
 * A clause after a comma that goes on in lower case for three words or more, to a sentence's end
 * (the first comma so followed). The words of a credit open a sentence there when no name follows
 * their `by` (`Edited by the team, the book sold well.`, `Reporting by phone, she reached the
 * mayor.`) or when the clause opens as a sentence's does (CLAUSE_OPENERS: `Edited by Max Brod, the
 * novel appeared in 1925.`). After a name, a credit goes on in lower case too (`…, with reporting
 * from Kabul.`, `…, our senior editor.`, `…, graphics by John Smith.`), and a clause with a credit's
 * `by` is a credit of its own (`…, editing by hand, the desk said.`, STAFF_IN_CLAUSE).
 */
const CLAUSE_AFTER_COMMA = /,\s+\p{Ll}\S*(?:\s+\S+){2,}$/u;
const STAFF_IN_CLAUSE = new RegExp(`\\b${STAFF_WORDS}\\b`, 'u');
/** A name after the credit's `by`. */
const NAMED = /^\s+\p{Lu}/u;
/** What a sentence's clause opens with and a credit's addition does not: an article, a subject, `however`. */
const CLAUSE_OPENERS = /^,\s+(?:the|a|an|it|he|she|they|we|this|its|his|her|their|however)(?!\p{L})/u;
/** Where the next credit of a list starts, after a `;` or the end of a sentence. */
const NEXT_STAFF = new RegExp(`[;.]\\s+${STAFF_WORDS}\\s+`, 'u');
/** A byline by its own words is a short line. */
const MAX_BYLINE_WORDS = 25;
/** But for a list of reporting and editing credits, with many names. */
const MAX_STAFF_LIST_WORDS = 40;
/** `By …` and names: longer, title case reads as names too (`By Land And Sea, Migrants Keep Coming …`). */
const MAX_AUTHOR_LINE_WORDS = 8;
/** A longer `By` line only as a list of full names (isNameList). */
const MAX_NAME_LIST_WORDS = 20;
const BY = /^By\s/;
/**
 * Words no one is called, of the set phrases after `By` that title case makes look like names: `By
 * Royal Appointment`, `By Popular Demand`, `By Invitation Only`, `By Any Means Necessary`, `By Default`.
 * Not `means` (`By Marianne Means`): `all` and `any` tell `By All Means`, `By Any Means Necessary`.
 */
const NOT_NAMES = new Set('appointment demand request invitation only all any default design accident mistake'.split(' '));
const NOT_A_WORD = /[^\p{L}]+/u;
/**
 * Four full names or more, listed with a lower-case "and" (`Jane Doe, John Smith, Maria Garcia and
 * Ahmed Khan`): with "And", title case, the line reads as a headline (`By Executive Order, Trump Bans
 * TikTok And WeChat Downloads`), and so it does with fewer parts, whose style writes "and" in lower
 * case (`By Popular Demand, Swift Adds Shows and Extends Tour`).
 */
const FULL_NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}`;
const LISTED_NAMES = new RegExp(`^${FULL_NAME}(?:\\s*,\\s*${FULL_NAME}){2,}\\s*,?\\s+(?:and|&)\\s+${FULL_NAME}$`, 'u');
/** Names in capitals (`MARY CLARE JALONICK and LISA MASCARO`), then what follows them, if anything. */
const CAPITALS_WORD = "\\p{Lu}[\\p{Lu}'’.-]*(?![\\p{L}'’.-])";
const CAPITALS_NAME = `${CAPITALS_WORD}(?:\\s+${CAPITALS_WORD}){0,3}`;
const CAPITALS_NAMES = new RegExp(`^${CAPITALS_NAME}(?:(?:\\s*,\\s*|\\s+(?:and|&)\\s+)${CAPITALS_NAME})*(?:,?\\s+(.+))?$`, 'u');
const LOWER_AND = /\sand\s/;
/** What an agency's reporters are called after its name: `Associated Press Writers`. */
const STAFF_TITLE = /\s+(?:staff\s+)?(?:writers?|correspondents?|reporters?)$/i;
/**
 * An article first is no name (`By The Numbers`), but for a publisher's (`By The Associated Press`)
 * or an editorial team's (`By The Editorial Board`, `By The Editors`).
 */
const THE = /^the\s/i;
const EDITORIAL_TEAM = /^the\s+(?:editorial board|editors|editorial staff|staff|newsroom)\.?$/i;
/**
 * The newsroom by its French, German or Italian name, maybe with its desk: `Par la rédaction`, `Par
 * la Rédaction culture`, `A cura della redazione`.
 */
const NEWSROOM = /^(?:[Ll]a [Rr]édaction|[Dd]er Redaktion|[Rr]edazione)(?:\s+\p{Ll}+)?\.?$/u;
/**
 * The news agencies, by their fingerprints. A publisher's name with agencies after `avec`, `with`,
 * `mit`, `con` is a byline only with news agencies (`Le Monde avec AFP et Reuters`): the credit list
 * also holds platforms and photo words, and `24 heures avec TikTok`, `Heute mit Fotos` are headlines.
 * Some are here only, not credits alone on a line: the letters of ANP, PAP, NTB, AAP and PTI are
 * parties' and provinces' too (a results list's `PTI`, a subheading `ANP`), and Anadolu is Anatolia.
 */
const NEWS_AGENCIES = new Set([
  'afp', 'ap', 'ats', 'sda', 'dpa', 'ansa', 'agi', 'adnkronos', 'lapresse', 'efe', 'epa', 'apa', 'kna', 'epd',
  'belga', 'reuters', 'keystone-ats', 'keystone-sda', 'bloomberg', 'associated press', 'xinhua', 'kyodo', 'yonhap',
  'tass', 'ria novosti', 'interfax', 'anp', 'pap', 'čtk', 'ctk', 'ntb', 'ritzau', 'stt', 'lusa', 'anadolu', 'anadolu agency',
  'aap', 'pti', 'ians',
]);
/** The newsroom's word, and a `de`, `von`, `di` before a publisher's name (isNewsroomOf). */
const NEWSROOM_OF = /^(?:(?:la|die)\s+)?(?:rédaction|redazione|redaktion)\s+(?:(?:de|di|von)\s+|d['’]\s*)?(?=\S)/iu;
/** The name as written starts with a capital or a digit (no `i` flag: `\p{Lu}` would match any letter): `Die Redaktion von heute` is a subheading. */
const NAME_START = /^[\p{Lu}\d]/u;
/** The words of a place: `ROMA`, `NEW YORK`, `RIO DE JANEIRO`, in capital letters only. */
const MAX_PLACE_WORDS = 3;
const PLACE_WORD = /^\p{Lu}+$/u;
/** The newsroom's word written in lower case after its capital, as a signature has it (`Redazione`, `rédaction`). */
const NEWSROOM_WRITTEN = /[Rr](?:édaction|edazione|edaktion)\s/;
const SPACES = /\s+/;
/** Agencies credited with the author: `Par Le Parisien avec AFP`, `… avec l'AFP et Reuters`, `By Jane Doe with Reuters`. */
const WITH_AGENCY = /\s+(?:avec|with|mit|con)\s+(?:l['’])?([^\s].*)$/;
/** Where the next agency of such a list starts. */
const NEXT_AGENCY = /\s*,\s*|\s+(?:et|and|und|e|&)\s+(?:l['’])?/;
/**
 * The paper's own reporter, unnamed: `From our political correspondent`, `Par notre correspondant`,
 * `De notre envoyée spéciale à Kyiv`, `Dal nostro inviato`, `Von unserem Korrespondenten in Rom`: a
 * word of their desk or place between (`From our Paris correspondent`), a place after.
 */
const OWN_REPORTER_WORDS = `^(?:[Ff]rom|[Bb]y|[Pp]ar|[Dd]e|[Dd]al|[Dd]alla|[Vv]on)\\s+(?:our|notre|nos|nostr[oa]|unserer?[mnr]?)\\s+(?:\\p{L}+\\s+)?(?:correspondents?|reporters?|correspondant(?:e|s|es)?|envoyée?\\s+spéciale?|corrispondente|inviat[oa]|[Kk]orrespondent(?:in|en)?)(?:\\s+(?:in|à|au|en|a|aus)\\s+${NAME})?\\.?$`;
const OWN_REPORTER = new RegExp(OWN_REPORTER_WORDS, 'u');
/** The same words in capitals (`FROM OUR CORRESPONDENT`), where case tells no names: any case, for a line with no lower-case letter. */
const OWN_REPORTER_ANY_CASE = new RegExp(OWN_REPORTER_WORDS, 'iu');
const LOWER_CASE_LETTER = /\p{Ll}/u;
/** The word a contributor line ends with. */
const REPORT = 'report';
const CONTRIBUTED = new RegExp(`contributed (?:to )?this ${REPORT}\\.?$`, 'i');
const SENTENCE_PUNCTUATION = /[.!?:;,]$/;
const AUTHOR_LINE = msg('Byline: an author line, not article text.');
/** `By Train`, `Von Muster`: a subheading when it heads its paragraph, else an author's surname. */
const ONE_NAME_AUTHOR = /^(von|by|par|di)\s+(\S+)$/i;
/** The particles of surnames among ONE_NAME_AUTHOR's (`Von Känel`, `Di Stefano`): `By` and `Par` start none. */
const SURNAME_PARTICLE = /^(?:von|di)$/i;

/** Why a line is a byline by its own words, or undefined. */
export function bylineReason(unit: Unit, phrases: CompiledPhrases): Message | undefined {
  if (unit.role === 'byline') return AUTHOR_LINE;
  if (unit.words > MAX_STAFF_LIST_WORDS) return undefined;
  const { memo } = unit;
  if (memo.byline === undefined) memo.byline = bylineOf(unit, phrases) ?? null;
  return memo.byline ?? undefined;
}

function bylineOf(unit: Unit, phrases: CompiledPhrases): Message | undefined {
  if (isStaffCredit(unit)) return msg('Byline: a reporting and editing credit, not article text.');
  if (unit.words > MAX_BYLINE_WORDS) return undefined;
  if (endsWithReport(unit.fp) && CONTRIBUTED.test(unit.text)) return msg('Byline: a contributor line, not article text.');
  if (isAuthorLine(unit, phrases)) return AUTHOR_LINE;
  if (unit.words > 12) return undefined;
  if (isOwnReporter(unit.text)) return AUTHOR_LINE;
  if (isDateline(unit.text) || isWeekdayStamp(unit.fp)) return msg('Byline: a publication date line, not article text.');
  if (isPlaceDateline(unit)) return msg('Byline: a dateline (place and date), not article text.');
  if (READING_TIME.test(unit.text)) return msg('Byline: a reading-time line, not article text.');
  if (isPublisherName(unit, phrases)) return msg('Byline: a publisher name on its own line, not article text.');
  if (isPublisherWithAgencies(unit, phrases)) return msg('Byline: a publisher and its agencies, not article text.');
  return undefined;
}

/**
 * `Reporting by …`, `Editing by …`: over twelve words only as a list of names, either a name after
 * every by of credits parted by `;` (`Reporting by Alex Lawler …; Editing by David Evans …`) or
 * names and places only (`Additional reporting by Muyu Xu in Singapore, Florence Tan in Kuala Lumpur
 * and …`). `Reporting by the Courier's team was cited …; reporting by national outlets …` is a sentence.
 */
function isStaffCredit(unit: Unit): boolean {
  // Reuters closes a story with the list in brackets: `(Reporting by …; Editing by …)`.
  const bracketed = unit.fp.charCodeAt(0) === 0x28 /* ( */ && unit.fp.endsWith(')');
  // STAFF's words start with one of five letters: most paragraphs are told by their first.
  if (!STAFF_INITIALS.includes(unit.fp.charAt(bracketed ? 1 : 0))) return false;
  const text = bracketed ? unit.text.slice(1, -1) : unit.text;
  const staff = STAFF.exec(text);
  if (!staff) return false;
  // In brackets, a name after every `by`: else an aside (`(Reporting by phone from Athens)`).
  if (bracketed && STAFF_UNNAMED.test(text)) return false;
  if (unit.words <= 12) return !endsWithClause(text, staff[0].length);
  if (STAFF_AFTER.test(text) && (bracketed || !STAFF_UNNAMED.test(text))) return true;
  const credits = text.slice(staff[0].length).trimStart().split(NEXT_STAFF);
  return credits.every((names) => NAMES_IN_PLACES.test(names));
}

/** A credit's words that open a sentence (CLAUSE_AFTER_COMMA), its `by` ending at `byEnd`. */
function endsWithClause(text: string, byEnd: number): boolean {
  if (!endsSentence(text)) return false;
  const clause = CLAUSE_AFTER_COMMA.exec(text);
  if (clause === null || STAFF_IN_CLAUSE.test(clause[0])) return false;
  return !NAMED.test(text.slice(byEnd)) || CLAUSE_OPENERS.test(clause[0]);
}

/**
 * Whether a sentence within a paragraph is an author line (isAuthorLine): `Von Anna Muster.` in
 * `Die Gewerkschaft ruft zum Streik auf. Von Anna Muster. Foto: Keystone`.
 */
export function isAuthorSentence(text: string, phrases: CompiledPhrases): boolean {
  return isAuthorLine({ text, ...measure(text) }, phrases);
}

/** `By Jane Doe`, `Von Anna Muster und Beat Meier`, `Text: Anna Muster`; longer, `By` and a list of names (isNameList). */
function isAuthorLine(unit: Pick<Unit, 'text' | 'fp' | 'words'>, phrases: CompiledPhrases): boolean {
  const short = unit.words <= MAX_AUTHOR_LINE_WORDS;
  // A longer line is told by its first letters first: most lines are not `By …`.
  if (!short && (unit.words > MAX_NAME_LIST_WORDS || !unit.fp.startsWith('by '))) return false;
  const prefix = AUTHOR_PREFIX.exec(unit.text);
  if (!prefix) return false;
  let names = unit.text.slice(prefix[0].length);
  // The agencies credited with the author (`… avec AFP`) are no names of theirs.
  const agencies = agenciesStart(names, (fp) => phrases.credits.hasBare(fp));
  if (agencies >= 0) names = names.slice(0, agencies);
  if (NEWSROOM.test(names)) return true;
  if (CURATED_BY.test(prefix[0]) && CURATORS.test(names)) return true;
  if (THE.test(names)) return EDITORIAL_TEAM.test(names) || phrases.publishers.hasBare(fingerprint(names));
  if (short && NAMES.test(names)) return !(unit.fp.startsWith('by ') && isSetPhrase(names));
  return BY.test(unit.text) && isNameList(names, phrases);
}

/**
 * `By` and a list of full names, where a longer line of title case would be a headline (`By Land,
 * Sea And Air: …`): four full names or more (`By Jane Doe, John Smith, Maria Garcia and Ahmed
 * Khan`, LISTED_NAMES), or names in capitals with a known agency after them (`By MARY CLARE JALONICK and LISA
 * MASCARO Associated Press`) or, with none, a lower-case "and" between them (a headline in capitals
 * has none). Only after `By`, as title case is an English headline's: `Di` and `Von` also start
 * surnames (`Di Maio, Conte, Salvini, …`).
 */
function isNameList(names: string, phrases: CompiledPhrases): boolean {
  if (LISTED_NAMES.test(names)) return true;
  const capitals = CAPITALS_NAMES.exec(names);
  if (!capitals) return false;
  const agency = capitals[1];
  if (agency === undefined) return LOWER_AND.test(names);
  const fp = fingerprint(agency.replace(STAFF_TITLE, ''));
  return phrases.publishers.hasBare(fp) || phrases.credits.hasBare(fp);
}

/** Whether the title-case words after `By` hold a word no one is called (NOT_NAMES): a set phrase's, not a name's. */
function isSetPhrase(names: string): boolean {
  return names.toLowerCase().split(NOT_A_WORD).some((word) => NOT_NAMES.has(word));
}

/** Where the agencies credited after a name start (`… avec AFP`, `… avec l'AFP et Reuters`), each one `known` by its fingerprint; else -1. */
function agenciesStart(text: string, known: (fp: string) => boolean): number {
  const agency = WITH_AGENCY.exec(text);
  return agency && agency[1].split(NEXT_AGENCY).every((a) => known(fingerprint(a))) ? agency.index : -1;
}

/** Whether a fingerprint is a news agency's name (`afp`, `keystone-sda.`), not a photo agency's (`keystone`, `getty images`). */
export function isNewsAgency(fp: string): boolean {
  return NEWS_AGENCIES.has(bare(fp));
}

function isPublisherName(unit: Unit, phrases: CompiledPhrases): boolean {
  return phrases.publishers.hasStart(unit.fp, finalPointEnd(unit.fp)) || isNewsroomOf(unit, phrases);
}

/**
 * The newsroom of a publisher or an agency by its name (`La rédaction de 20 minutes`, `Die Redaktion
 * von 20 Minuten`, `La rédaction d'AFP`) and nothing else: `La rédaction de 20 minutes a décidé …`
 * is a sentence, and with its `:`, `!`, `?` a heading (`REDAZIONE ANSA: SMENTITA LA NOTIZIA`). After
 * an agency only, the place it wrote from in capitals, as ANSA signs (`Redazione ANSA ROMA`,
 * `Redazione ANSA NEW YORK`): after a publisher, capitals go on as a headline's (`LA RÉDACTION DE
 * LIBÉRATION EN GRÈVE`).
 */
function isNewsroomOf(unit: Unit, phrases: CompiledPhrases): boolean {
  // The newsroom's words all start with an `r`, maybe after `la` or `die`: most lines are told by one letter of the fingerprint.
  const { fp } = unit;
  if (fp.charCodeAt(fp.startsWith('la ') ? 3 : fp.startsWith('die ') ? 4 : 0) !== 0x72 /* r */) return false;
  const m = NEWSROOM_OF.exec(unit.text);
  if (!m) return false;
  // The names are matched whole, with no closing punctuation but the line's final point.
  const rest = unit.text.slice(m[0].length);
  if (!NAME_START.test(rest)) return false;
  const words = rest.slice(0, finalPointEnd(rest)).split(SPACES);
  const whole = fingerprint(words.join(' '));
  if (phrases.publishers.has(whole) || NEWS_AGENCIES.has(whole)) return true;
  // A place in capitals after an agency is how ANSA signs, under a newsroom's word written in lower
  // case: a line all in capitals is a headline (`REDAZIONE ANSA IN SCIOPERO`).
  if (!NEWSROOM_WRITTEN.test(m[0])) return false;
  for (let place = 1; place <= MAX_PLACE_WORDS && place < words.length; place++) {
    if (!PLACE_WORD.test(words[words.length - place])) return false;
    if (NEWS_AGENCIES.has(fingerprint(words.slice(0, words.length - place).join(' ')))) return true;
  }
  return false;
}

/** A publisher's name and its agencies (`Le Monde avec AFP et Reuters`), nothing else: `Le Figaro avec AFP a révélé …` is a sentence. */
function isPublisherWithAgencies(unit: Unit, phrases: CompiledPhrases): boolean {
  // Most lines start with no publisher's name: the agencies are not looked for.
  if (phrases.publishers.startOf(unit.fp) === undefined) return false;
  const agencies = agenciesStart(unit.text, isNewsAgency);
  return agencies > 0 && phrases.publishers.hasBare(fingerprint(unit.text.slice(0, agencies)));
}

/** `From our correspondent`, or the same words in capitals. */
function isOwnReporter(text: string): boolean {
  return OWN_REPORTER.test(text) || (!LOWER_CASE_LETTER.test(text) && OWN_REPORTER_ANY_CASE.test(text));
}

/**
 * Whether a line ends as a contributor line does (`… report`, `… report.`): most lines are told
 * so by their last letters, without CONTRIBUTED, which looks for its words all through the line.
 * Asked of the fingerprint, which ends so whenever the text does, and which the rules read anyway:
 * the text is another string, elsewhere in memory.
 */
function endsWithReport(fp: string): boolean {
  const end = finalPointEnd(fp);
  // A fingerprint is in lower case already: compared where it stands, without a copy.
  return end >= REPORT.length && fp.startsWith(REPORT, end - REPORT.length);
}

/**
 * `Publiziert: 28.03.2024, 14:05`, `Aktualisiert am 3. Mai 2024, 10:12`, `Updated: May 3, 2024`,
 * `Publié le 28 mars 2024 à 14h05`: a dateline word, then a date or time and nothing else (an author
 * may follow). A sentence that starts with such a word is article text (`Updated figures show 12
 * deaths.`, `Publié en 2019, le rapport …`).
 */
function isDateline(text: string): boolean {
  const m = DATELINE.exec(text);
  if (!m || !/\d/.test(text)) return false;
  let rest = text.slice(m[0].length);
  const author = AUTHOR_AFTER.exec(rest);
  if (author && NAMES.test(author[1])) rest = rest.slice(0, author.index);
  for (const word of rest.toLowerCase().split(/[^\p{L}]+/u)) if (word && !DATE_WORDS.has(word)) return false;
  return true;
}

/**
 * A publish stamp with no dateline word: a weekday, a date with its year and a time, nothing else
 * (`Mon 3 Jun 2024 06.00 BST`, `Lundi 3 juin 2024 à 06h00`). A ticker's day heading has no time
 * (`Montag, 12. Juni`) and its entry's stamp no weekday (`06.00`); one that heads its every entry so
 * is kept by standsAsByline. Told by the first word of the fingerprint first.
 */
function isWeekdayStamp(fp: string): boolean {
  let end = 0;
  while (end < fp.length && isLowerLetter(fp.charCodeAt(end))) end++;
  if (end < 2 || end > 9 || !WEEKDAYS.has(fp.slice(0, end)) || !YEAR.test(fp) || !TIME_OF_DAY.test(fp)) return false;
  for (const word of fp.split(/[^\p{L}]+/u)) if (word && !DATE_WORDS.has(word)) return false;
  return true;
}

/** A letter of a fingerprint (in lower case): ASCII by comparisons, the rest taken for one. */
function isLowerLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c > 0x7f;
}

/** The words of the longest date alone (`Sonntag, 2. Juni 2024, 22.10 Uhr`). */
const MAX_DATE_ALONE_WORDS = 6;
/** (Named here: written in place, a pattern is a new object at every call.) */
const DIGIT = /\d/;
const NON_LETTERS = /[^\p{L}]+/u;

/** The word a date said on its own may open with, in a fingerprint: `Am 2. Juni`, `Le 2 juin`, `Il 2 giugno`, `On June 2`. */
const ON_DATE = /^(?:am|le|il|on) /;

/**
 * A date alone on its line, its month named and nothing but date words with it: `9. November
 * 1989`, `Sonntag, 2. Juni`, `January 31, 2020`, `1. Juni, 22.10 Uhr`, `Am 2. Juni`. It opens with
 * its day, its weekday or its month, maybe after the word that says on which day (ON_DATE; a
 * dateline word first makes a byline: `Publiziert 3. Mai 2024`). A ticker's or a timeline's entry
 * stands under it, as under a time (teaser.ts, opensTickerEntry).
 */
export function isDateAlone(unit: Unit): boolean {
  if (unit.words > MAX_DATE_ALONE_WORDS || !DIGIT.test(unit.fp)) return false;
  const words = unit.fp.split(NON_LETTERS).filter(Boolean);
  const on = ON_DATE.exec(unit.fp)?.[0].length ?? 0;
  const first = words[on > 0 ? 1 : 0];
  if (words.length === 0 || (!isAsciiDigit(unit.fp.charCodeAt(on)) && !WEEKDAYS.has(first) && !MONTHS.has(first))) return false;
  return words.some((w) => MONTHS.has(w)) && words.every((w) => DATE_WORDS.has(w) && !DATELINE.test(w));
}

/**
 * A place and a date, nothing else: `Zürich, 28.03.2024`, `Paris, le 12 juin 2024`,
 * `NEW YORK, June 12, 2024`, `Lugano, 12 giugno 2024, 14:05`. The date holds a number and date
 * words only; a line that starts with the date is a live ticker's (article text).
 */
function isPlaceDateline(unit: Unit): boolean {
  // Most short lines hold no comma: the pattern is not run. (Asked of the fingerprint, which holds
  // every comma of the text and is read anyway; the text is another string, elsewhere in memory.)
  if (!unit.fp.includes(',')) return false;
  const { text } = unit;
  if (endsSentence(text)) return false;
  const m = PLACE_FIRST.exec(text);
  if (!m || NOT_A_PLACE.has(m[1].split(' ')[0].toLowerCase()) || !/\d/.test(m[2])) return false;
  let month = DAY_MONTH.test(m[2]);
  for (const word of m[2].toLowerCase().split(/[^\p{L}]+/u)) {
    if (!word) continue;
    if (!DATE_WORDS.has(word)) return false;
    month ||= MONTHS.has(word);
  }
  return month;
}

/**
 * A short name above an image caption, with no sentence punctuation: in a block whose later
 * lines hold a credit or a line printed twice, it is the publisher or photographer line. Not a
 * ticker's stamp of a capitalised word (`Soeben`): the time of the entry under it. A source of
 * figures (`Quelle: BFS`) credits no image: a word above it (`Fakten`, `Teuerung`) heads its table.
 * A source that names a credit (`Quelle: Instagram`) credits a photo all the same.
 */
function isNameAboveImage(doc: DumpDocument, unit: Unit, phrases: CompiledPhrases): boolean {
  if (!isShortName(unit)) return false;
  const prev = doc.units[unit.index - 1];
  if (prev && prev.block === unit.block) return false;
  let repeat = false;
  let credited = false;
  let texts = 0;
  let end = unit.index + 1;
  for (; end < doc.units.length && doc.units[end].block === unit.block; end++) {
    const u = doc.units[end];
    if (creditReason(u, phrases)) credited ||= !namesSourceOfFigures(u.text) || sourceNamesCredit(u.fp, phrases);
    else if (u.fp !== doc.units[end - 1].fp) texts++;
    const next = doc.units[end + 1];
    if (next && next.block === unit.block && next.fp === u.fp && u.words >= 3) repeat = true;
  }
  // As for an image block (image-block.ts): a caption of a few lines, not the article's top run on.
  if (texts > MAX_CAPTION_TEXTS || (unit.index <= 1 && end - unit.index >= ARTICLE_TOP)) return false;
  return (credited || repeat) && !isStampAlone(unit);
}

/** A name of a word or three with no sentence punctuation (isNameAboveImage), kept in the memo: asked of most short lines in every pass. */
export function isShortName(unit: Unit): boolean {
  if (unit.words > 3) return false;
  const { memo } = unit;
  if (memo.shortName === undefined) memo.shortName = !SENTENCE_PUNCTUATION.test(unit.text) && NAMES.test(unit.text) && !LEADING_ARTICLE.test(unit.text);
  return memo.shortName;
}

/**
 * Whether a line that reads as a byline on its own is one where it stands. Not so: a publisher's
 * name as an item of a list under its introduction (`Die meistgelesenen Titel:` / `20 Minuten`) or
 * said for effect, closed by a full stop, between paragraphs of prose (`Wann, wenn nicht jetzt?` /
 * `Heute.` / `Morgen ist es zu spät, sagt sie.`: boilerplate's isParagraphForEffect),
 * nor `By` and one word heading its paragraph (`By Train` / `Extra trains run every half hour.`),
 * nor a speaker's surname above what they said (`Von Känel` / `«Wir werden mit Vorschriften
 * überhäuft.»`, `Di Stefano` / `«L'accordo è una buona notizia.»`).
 */
function standsAsByline(unit: Unit, doc: DumpDocument, phrases: CompiledPhrases): boolean {
  const oneName = ONE_NAME_AUTHOR.exec(unit.text);
  if (oneName !== null) {
    // An agency above its story (`By Reuters`) is its byline wherever it stands.
    const name = oneName[2].toLowerCase();
    if (phrases.credits.has(name) || phrases.publishers.has(name)) return true;
    const next = nextInParagraph(unit, doc);
    if (next === undefined) return true;
    if (endsSentenceAt(next)) return false;
    // Above a quote, a speaker's surname (a vox pop's).
    return !(SURNAME_PARTICLE.test(oneName[1]) && SENTENCE_IN_QUOTE.test(next.text));
  }
  // A ticker heads its entries with such stamps; a page prints its publish stamp once. A place
  // dateline (`Tue, June 4, 2024 at 6:00 AM`) goes wherever it stands.
  if (isWeekdayStamp(unit.fp) && !isPlaceDateline(unit)) return !(opensEntry(unit, doc, phrases) && isTicker(doc, phrases));
  return (
    !(isPublisherName(unit, phrases) || isPublisherWithAgencies(unit, phrases)) ||
    !(isListItem(unit, doc) || isParagraphForEffect(unit, doc, phrases, true) || headsListing(unit, doc, phrases))
  );
}

/** A listing's time: `20.05 Uhr`, `20h10`, `18 Uhr`. */
const ROW_TIME = '\\d{1,2}(?:[.:h]\\d{2})?(?: ?uhr)?';
/** A clock's time, which needs no comma before it (`Tagesschau 19.30 Uhr`): not a number alone (`Ausgabe 12`). */
const CLOCK_TIME = '\\d{1,2}(?:[.:h]\\d{2}(?: ?uhr)?| ?uhr)';
/**
 * A listing's row: a time then its item (`20.05 Uhr: Tatort`, `20h10: Temps présent`), an item then
 * its time (`…, 19.30 Uhr.`, `Tagesschau 19.30 Uhr`), a temperature (`Sonnig, 24 bis 29 Grad`).
 */
const LISTING_ROW = new RegExp(`^${ROW_TIME}\\b.*\\p{L}{3}|\\p{L}{3}.*(?:, ${ROW_TIME}| ${CLOCK_TIME})\\.?$|\\d ?(?:grad\\b|°)`, 'iu');
/** The days a listing's rows stand under (`Heute` / `Sonnig, 27 bis 31 Grad` / `Morgen` / …). */
const LISTING_DAY = new Set([...WEEKDAYS, 'heute', 'morgen', 'übermorgen', 'today', 'tomorrow', 'demain', 'domani', 'oggi']);
const MAX_ROW_WORDS = 8;
const NOT_LETTERS = /[^\p{L}]+/u;

/** A listing's row or a day heading its rows; not a publish stamp (`12.03.2024, 14.32 Uhr`, `Heute, 14:32 Uhr`), whose words are dates only. */
function isListingRow(u: Unit): boolean {
  if (u.words === 1) return LISTING_DAY.has(u.fp);
  return u.words <= MAX_ROW_WORDS && !YEAR.test(u.text) && LISTING_ROW.test(u.text) && !u.fp.split(NOT_LETTERS).every((w) => w === '' || DATE_WORDS.has(w));
}

/**
 * Whether a publisher's bare name heads a block after the dump's first over a listing's rows alone
 * (isListingRow): a TV channel over its programme (`SRF` / `20.05 Uhr: Tatort`), a day over its
 * forecast (`Heute` / `Sonnig, 24 bis 29 Grad`). Over anything else (body text, a caption, an author,
 * a publish stamp) it is the page's masthead or the text's source (`NZZ` / `Der Bundesrat hat …`),
 * and goes. A name with more after it (`Redazione ANSA ROMA`, `Le Monde avec AFP`) heads no listing.
 */
function headsListing(unit: Unit, doc: DumpDocument, phrases: CompiledPhrases): boolean {
  const { units } = doc;
  const prev = units[unit.index - 1];
  const next = units[unit.index + 1];
  if (prev === undefined || prev.block === unit.block || next === undefined || next.block !== unit.block) return false;
  if (!phrases.publishers.hasBare(unit.fp)) return false;
  const seen = new Set<string>();
  for (let i = unit.index + 1; i < units.length && units[i].block === unit.block; i++) {
    const u = units[i];
    if (seen.has(u.fp) || !isListingRow(u) || creditReason(u, phrases) || bylineReason(u, phrases)) return false;
    seen.add(u.fp);
  }
  return true;
}

/**
 * Whether a weekday stamp may open a ticker's entry: alone in its block, or above a text line, no
 * byline (a date line: `Last modified on …`) nor credit (`Photograph: Alamy`) of its own.
 */
function opensEntry(unit: Unit, doc: DumpDocument, phrases: CompiledPhrases): boolean {
  const next = doc.units[unit.index + 1];
  const prev = doc.units[unit.index - 1];
  if (next === undefined || next.block !== unit.block) return prev === undefined || prev.block !== unit.block;
  return !bylineReason(next, phrases) && !creditReason(next, phrases);
}

/**
 * Whether a dump is a live ticker by its weekday stamps: two different ones open entries
 * (opensEntry). A page's publish stamp, with the text under it or in a block of its own, is
 * printed once (a copy of it is no other); in a caption or above `Last modified on …` it opens no
 * entry. Asked once per pass's view (a document of its own), so later passes count over what is
 * left, as a second cleaning does.
 */
function isTicker(doc: DumpDocument, phrases: CompiledPhrases): boolean {
  return (doc.weekdayTicker ??= countsTwoStamps(doc, phrases));
}

function countsTwoStamps(doc: DumpDocument, phrases: CompiledPhrases): boolean {
  let first: string | undefined;
  for (const u of doc.units) {
    if (u.fp === first || !isWeekdayStamp(u.fp) || isPlaceDateline(u) || !opensEntry(u, doc, phrases)) continue;
    if (first !== undefined) return true;
    first = u.fp;
  }
  return false;
}

/** Whether bylineReason is told without working anything out: by the unit's length or by its memo. */
function verdictKnown(unit: Unit): boolean {
  return unit.words > MAX_STAFF_LIST_WORDS || unit.memo.byline !== undefined;
}

export const byline: Rule = {
  code: 'byline',
  defaultSeverity: 'warning',
  description: 'An author or publisher line, a dateline or a reading-time line.',
  drops: true,
  check(ctx) {
    for (const unit of ctx.doc.units) {
      // A unit whose verdict is not worked out yet is first asked whether it is dropped already (in
      // the first pass, many are: the duplicates). Once it is known, it is read first: asking what
      // dropped a unit of a later pass reads the first pass's unit, elsewhere in memory.
      if (unit.index === ctx.kicker || (!verdictKnown(unit) && ctx.droppedBy(unit))) continue;
      const reason =
        bylineReason(unit, ctx.phrases) ??
        (isNameAboveImage(ctx.doc, unit, ctx.phrases) ? msg('Byline: a publisher or author name above an image, not article text.') : undefined);
      if (!reason || ctx.droppedBy(unit) || endsWrappedSentence(unit, ctx.doc) || !standsAsByline(unit, ctx.doc, ctx.phrases)) continue;
      ctx.drop(unit, 'byline', { message: reason, fixTitle: 'Remove byline' });
    }
  },
};
