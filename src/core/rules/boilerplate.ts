/**
 * boilerplate: page furniture. Advertising labels, cookie and consent notices, newsletter and app
 * promotions, share buttons, embed attributions, video-player and poll UI. Polls and promotion
 * blocks go as a block: a poll's question with its options, a promotion's heading with its text.
 */
import { ARTICLE_TOP, endsSentenceAt, type DumpDocument, type Unit } from '../document';
import { bare } from '../fingerprint';
import type { CompiledPhrases } from '../phrases';
import { msg, type Message } from '../message';
import type { Rule, RuleContext } from '../rule';
import { FULL_STOP, holdsWords, isAsciiDigit, SENTENCE_IN_QUOTE } from '../text';
import { creditReason } from './credit';
import { isTeaserHeading, readMoreMarker } from './teaser';

const MAX_PHRASE_LINE_WORDS = 40;
const POLL_BUTTON = msg('Page furniture: a poll button.');
const PROMO_HEADING = msg('Page furniture: a promotion heading.');
const PROMO_TEXT = msg('Page furniture: the text of a promotion.');
const SAME_ELEMENT = msg('Page furniture: part of the same page element.');
const COMMENT_COUNT_LINE = msg('Page furniture: the count of the comments.');
const LINK_ROW = msg('Page furniture: a row of the page’s links.');
const BREADCRUMB_TRAIL = msg('Page furniture: the page’s breadcrumb trail.');
const FOOTER_LINE = msg('Page furniture: a line of the page’s footer, comments or navigation.');
const FOLLOW_LINE = msg('Page furniture: a call to follow the publisher on a platform.');
const TAG_LINE = msg('Page furniture: the page’s tags.');
const GALLERY_COUNT_LINE = msg('Page furniture: a gallery’s count of its pictures.');
/** Lines of a widget (buttons, labels) under its heading are short. */
const MAX_WIDGET_LINE_WORDS = 12;
/** A button's name: `Facebook`, `Link kopieren`, `Auf X teilen`. */
const MAX_BUTTON_WORDS = 3;
/** The furniture lines that head share buttons. */
const SHARE_HEADINGS = new Set(['share', 'share this', 'share this article', 'teilen', 'artikel teilen', 'diesen artikel teilen', 'partager', 'partager cet article', 'condividi', 'condividi articolo']);
/**
 * Page UI that stands right above the article's text: it takes along only buttons (`Print recipe` /
 * `Save` / `Share`, `Cet article vous a été utile ?` / `Oui` / `Non`), for a recipe's ingredients
 * or a list may follow it in its block (`Serves 6` / `200g plain flour`).
 */
const BUTTONS_HEADINGS = new Set(['print recipe', 'rezept drucken', 'imprimer la recette', 'stampa la ricetta', 'stampa ricetta', 'cet article vous a été utile']);
/**
 * Page UI that takes nothing along: a ticker's next entry follows it (`Show more updates` / `12.05 BST` /
 * `Trains …`), the headline a paywall's label (`Plus-Artikel` / `Stadtrat streicht …`), the article's
 * text a paywall's lines (`Weiterlesen mit Abo` / `Die Linke kündigte …`). A subscription's call
 * (SUBSCRIBE_CALL) takes nothing either: an event's details follow `Jetzt anmelden` as often as a box.
 */
const LONE_FURNITURE = new Set([
  'show more updates',
  'plus-artikel', 'weiterlesen mit abo', 'dieser artikel ist nur für abonnenten', 'jetzt 1 monat gratis testen', 'sie sind bereits registriert? hier einloggen',
  'this article is for subscribers only', 'subscriber-only content', 'already a subscriber? log in',
  'cet article est réservé aux abonnés', 'article réservé aux abonnés', 'déjà abonné? connectez-vous', 'déjà abonné ? connectez-vous',
  'questo articolo è riservato agli abbonati', 'articolo riservato agli abbonati', 'sei già abbonato? accedi',
]);
/** A question mark that closes a label, with the space French puts before it. */
const CLOSING_QUESTION = / ?\?$/;
/**
 * The labels of an ad slot. The ad itself is an image or a frame that the scraper rarely keeps, so
 * the lines under the label in its block are as often the article going on as the ad's copy.
 */
const AD_LABELS = new Set([
  'anzeige', 'werbung', 'gesponsert', 'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted',
  'publicité', 'annonce', 'contenu sponsorisé', 'pubblicità', 'annuncio', 'contenuto sponsorizzato',
]);
const STARTS_DIGIT = /^\d/;
const MAX_POLL_QUESTION_WORDS = 25;
const MAX_POLL_OPTION_WORDS = 6;
const MIN_POLL_OPTIONS = 2;
const MAX_POLL_OPTIONS = 10;
/** A quiz's option: a letter and a parenthesis (`a) Keir Starmer`, `B) 26`). */
const LETTERED_OPTION = /^[a-f]\) /i;
/**
 * A poll inside an article (20 Minuten's) has no results button or promotion after it. Its question
 * asks the reader (`Findest du …?`, `Et vous?`), and its options give it away: answers a reader
 * picks, longer than buttons, at least two starting as an answer does ("Ja, …", "Nein, …",
 * "Ich …", "Oui, …"). The last of those ends the poll. A rhetorical question in an explainer or a
 * column (`Was heisst das für die Mieter?` / `Nein, …`) asks nobody in particular.
 */
const MAX_POLL_ANSWER_WORDS = 20;
const MIN_POLL_ANSWERS = 2;
/**
 * An answer with its share of the vote (`Oui, à l'étranger: 41%`, `Nein: 32 Prozent`): a survey's
 * result that the article reports, not an option a reader picks.
 */
const RESULT_SHARE = /\d ?(?:%|prozent|pour ?cent|per ?cento|per ?cent)[).]?$/;
/**
 * How the reader is addressed (German du and euch, French tu and vous, Italian tu and voi,
 * English you): forms that are no common word in another of the four languages, and those that
 * are (`du` is French "of the"; `te`, `ta`, `tu`, `ti`, `ton`, `tue`).
 */
const READER_FORMS = 'dich|dir|dein\\p{L}*|euch|euer|eure\\p{L}*|toi|tes|vous|votre|vos|tuo|tua|tuoi|voi|vostr\\p{L}*|you|your\\p{L}*';
const AMBIGUOUS_READER_FORMS = 'du|tu|te|ton|ta|ti|tue';
const wholeWords = (forms: string): RegExp => new RegExp(`(?<!\\p{L})(?:${forms})(?!\\p{L})`, 'u');
/** A question to the reader: a poll's. */
const ASKS_THE_READER = wholeWords(`${AMBIGUOUS_READER_FORMS}|${READER_FORMS}`);
/** Words to the reader in text that may be in any of the languages: a promotion's. */
const ADDRESSES_THE_READER = wholeWords(READER_FORMS);
/**
 * German's formal address, capitalised in mid-sentence, after a word (`… bei Ihrem nächsten
 * Einkauf`): at the start of a sentence, after a quote too (`«…» Sie schweigt seither.`), `Sie`
 * may be "she" or "they".
 */
const FORMAL_ADDRESS = /[\p{L}\p{N},] (?:Sie|Ihr|Ihre[mnrs]?|Ihnen)(?!\p{L})/u;
/**
 * The reader speaking of themselves, in lower case: forms no other of the four languages uses
 * as a common word (not `je`, German for "each"; not `mio`, `mia`, `ma`, `i`, `me`).
 */
const FIRST_PERSON = /(?<!\p{L})(?:(?:ich|mich|mir|mein(?:e[mrs]?)?|moi|io|my)(?![\p{L}\p{M}])|j['’])/u;
/**
 * The English `I` of a reader (`Honestly, I think so`, `For that money I’d rather …`): with its
 * contraction, or bare where a clause starts (at the start, after a stop, a comma or a clause word),
 * before a word in lower case. Not a Roman numeral, which follows its noun (`Phase I beginnt`,
 * `Type I diabetes`, `chapitre I du`, `World War I ended`).
 */
const ENGLISH_I = /(?<!\p{L})I['’](?:m|ve|d|ll) (?=\p{Ll})|(?:^|[.!?;:,] +|(?<!\p{L})(?:and|but|so|because|that|if|when|what|as|or|then) )I (?=\p{Ll})/u;
/**
 * Speech reported by the article: a verb of saying after a comma or a closing quote
 * (`…, betont die Sprecherin.`, `«…», sagt sie.`, `…, assure-t-elle.`), in English after its subject
 * (`…," he said.`, `…, police said.`). Where
 * nothing marks a poll's end, such a paragraph is the article going on after it. (A poll that a
 * button closes keeps its options whatever they say: `Nein, sagt mir nichts.`)
 */
const REPORTED_SPEECH = new RegExp(
  '[,»«"“”] *(?:(?:' +
    [
      'sagt(?:e|en)?|betont(?:e|en)?|schreibt|schrieb(?:en)?|erklärt(?:e|en)?|meint(?:e|en)?|ergänzt(?:e|en)?|' +
        'berichtet(?:e|en)?|erzählt(?:e|en)?|fügt(?:e)?|teilt(?:e)?|appellierte(?:n)?|forderte(?:n)?|warnte(?:n)?|mahnte(?:n)?|' +
        'rief(?:en)?|fragte(?:n)?|antwortete(?:n)?|kritisierte(?:n)?',
      'dit|disent|a dit|affirme|assure|explique|déclare|estime|souligne|précise|ajoute|confie|raconte|écrit|indique|avertit|prévient|rappelle|réagit',
      'dice|ha detto|afferma|spiega|sottolinea|aggiunge|scrive|racconta|dichiara|ha dichiarato|precisa|avverte|ha chiesto|commenta|replica|ricorda',
    ].join('|') +
    // An English verb of saying follows its subject (`…, police said.`, `…, officials urged residents.`),
    // not a reader's own words (`Yes, my doctor told me to.`, `Yes, as I said`: a poll's answers).
    ')|(?:(?!(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s|[Aa]s|[Yy]ou|[Yy]our) )[\\p{L}.\'’-]+ ){0,3}(?:said|says|told|added|explained|wrote|writes|urged|warned|argued|insisted|noted|stated))(?![\\p{L}])',
  'u',
);

/**
 * The publisher's own app or newsletter, named by the publisher (`unsere App`, `our newsletter`,
 * `notre application`, `la nostra app`).
 */
const OWN_PRODUCT =
  /(?<!\p{L})(?:unsere[nm]? (?:app|newsletter)|our (?:app|newsletter)|notre (?:app|application|newsletter)|la nostra (?:app|newsletter))(?!\p{L})/iu;

/**
 * What a publisher sends its readers (lower case), and how a promotion says it comes: both make a
 * promotion's text (`Die wichtigsten News direkt aufs Handy.`, `Recevez nos alertes … chaque matin.`);
 * either alone is an article's too (`Telegram hat 900 Millionen Nutzer.`, `Die Polizei
 * veröffentlicht ihre Meldungen direkt auf X.`).
 */
const SENT_PRODUCT = /(?<!\p{L})(?:news|newsletter|push|alerts?|briefing|alertes?|actualités?|notifications|notizie|notifiche)(?!\p{L})/u;
const DELIVERY = new RegExp(
  '(?<!\\p{L})(?:' +
    [
      'aufs handy|in (?:dein|ihr)(?:e|en)? (?:postfach|handy|inbox|mailbox)|direkt|kostenlos|gratis|jeden (?:morgen|abend|tag)',
      'immer (?:top |bestens )?informiert|bestens informiert',
      'every (?:morning|day|week)|straight to|chaque (?:matin|jour|semaine)|ne rien manquer|ogni (?:mattina|giorno)|per non perdere',
      'recevez|ricevi|receive|erhalte',
    ].join('|') +
    ')(?!\\p{L})',
  'u',
);
/**
 * A call to sign up or to get the app, in lower case. Where the words are also a sentence's (`Wer
 * sich anmelden will, …`, `Gli abbonati pagano …`, `Stay calm, police said`), only as the line's
 * opening call (`Jetzt kostenlos anmelden …`, `Jetzt die Blick-App herunterladen.`, `Download the BBC
 * News app.`, `Stay up to date …`), maybe behind a pointer or an emoji (`👉 Jetzt …`, `» Jetzt anmelden`).
 */
const SIGN_UP_CALL = new RegExp(
  "(?<!\\p{L})(?:je m['’]abonne|abonne-toi|abonnez-vous|inscrivez-vous|iscriviti)(?!\\p{L})|^[^\\p{L}]*(?:" +
    [
      '(?:jetzt |hier )(?:\\p{L}+ ){0,3}(?:anmelden|abonnieren)(?!\\p{L})',
      '(?:jetzt )?(?:\\p{L}+ ){0,2}[\\p{L}\\p{N}-]*app herunterladen',
      "(?:abonniere|abonnez|abbonati|scarica l['’]app|téléchargez|sign up|subscribe)(?!\\p{L})",
      '(?:get|download) .*(?:app|newsletter|alerts?|email)(?!\\p{L})',
      'stay (?:up to date|informed|in the know)',
    ].join('|') +
    ')',
  'u',
);
/** German's `du` after a verb only German has (`bist du`, `bleibst du`): a French `du` is "of the". */
const GERMAN_DU = /(?<!\p{L})(?:bist|hast|willst|kannst|wirst|verpasst|bleibst|bekommst|erhältst) du(?!\p{L})/u;
/** German's formal address in a call that opens the line, as written (`Melden Sie sich …`): `Damit sie …` is "she". */
const CALL_WITH_SIE = /^[^\p{L}]*(?:Jetzt )?(?:Melden|Erhalten|Abonnieren|Laden|Folgen|Bleiben|Registrieren|Holen|Sichern|Verpassen|Lesen|Entdecken) Sie(?!\p{L})/u;

/** A call to get it, in the publisher's note in brackets: an editor's correction that names the app (`[Korrektur: … unsere App …]`) makes none. */
const PROMO_CALL = /herunterladen|empfehlen|abonnier|installier|download|subscribe|sign up|télécharg|abonne|scaric|iscriv/i;

/**
 * A subscription's call, in a fingerprint: the button that closes a newsletter's or subscription's box
 * (`Jetzt anmelden`, `Hier abonnieren`, `Sign up`, `Abonnez-vous`, `Iscriviti`).
 */
const SUBSCRIBE_CALL = /abonnier|anmeld|subscribe|sign up|abonne|inscri|iscriv|abbona/;
/** A box's heading is a few words (`Newsletter`, `Der Bern-Newsletter`). */
const MAX_BOX_HEADING_WORDS = 5;
/** A box is a handful of lines above its button: the walk to its heading stops there, not at a long block's start. */
const MAX_BOX_LINES = 6;
/**
 * What a box's heading names, in a fingerprint: the newsletter or the subscription it sells, as its last
 * word (`Der Bern-Newsletter`, `The London newsletter`, `Abo`); not a section on them (`Abo-Preise im
 * Überblick`, `Subscription prices`, `Newsletter-Workshop für Vereine`) nor a word that holds one
 * (`Cabo Verde`, `Zeitungsabo`).
 */
const SUBSCRIPTION = /(?:^|[ -])(?:newsletter|abo|abonnement|abbonamento|subscription)$/;
/** A fact box's row or an event's details, which no newsletter's box holds: `Kosten: 20 Franken`, `Dienstag, 3. März, 19 Uhr`. */
const HOLDS_FIGURE_OR_LABEL = /\d|\p{L}: /u;

/**
 * A paragraph set in square brackets, the way an editor's note stands apart from the story, that
 * promotes the publisher's own app or newsletter (`[Wenn Sie … live auf Ihr Handy haben wollen,
 * empfehlen wir Ihnen unsere App, …]`).
 */
function isBracketedOwnPromo(text: string): boolean {
  return text.charCodeAt(0) === 91 /* [ */ && text.endsWith(']') && OWN_PRODUCT.test(text) && PROMO_CALL.test(text);
}

/**
 * Who gave an answer, with age and place: `Anna (34), Bern`, `Sophie, 42 ans, Carouge`,
 * `John Smith, 45, London`, `Anna (34), Studentin, Bern`. A vox pop quotes people the reporter asked: its answers are article text.
 */
const VOX_POP_NAME =
  /^(?!(?:Ja|Nein|Oui|Non|Sì|Si|No|Yes)(?!\p{L}))\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?: \(\d{1,3}\)|, \d{1,3}(?: (?:ans|anni|years?|Jahre))?)(?:, \p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,2}){1,2}$/u;
/** Units after a question looked at for a vox pop's names. */
const VOX_POP_REACH = 6;

/** A capitalised word right after a publisher's name: a product of it. */
const PRODUCT_AFTER_NAME = /^ \p{Lu}/u;
/** What a line quotes: «…», „…“, “…”, "…". */
const QUOTED = /«[^«»]*»|„[^„“”]*[“”]|“[^“”]*”|"[^"]*"/g;
/** A promotion's heading takes at most this many paragraphs along, and only at the end of a dump. */
const MAX_PROMO_TEXT = 2;
const EMBED = /^(?:ein beitrag geteilt von|a post shared by|une publication partagée par|un post condiviso da)\b/;
/**
 * A gallery's count of its pictures, in a fingerprint: `Bild 1 von 12`, `Foto: 3 von 10`, `Image 2 of
 * 8`, `Photo 2 sur 8`, `Immagine 4 di 9`. The picture's word is needed: `1 von 12` alone may be a
 * rank. Not with a slash: `Bild 9/10` is a test's mark for the picture, among `Ton 6/10`.
 */
const GALLERY_COUNT = /^(?:bild|foto|image|photo|picture|slide|immagine|diapositive)s?:? (\d{1,3}) (?:von|of|sur|di) (\d{1,3})$/;
/** The first characters of GALLERY_COUNT's words: most short lines are told by one. */
const GALLERY_COUNT_STARTS = new Set([...'bfipsd'].map((c) => c.charCodeAt(0)));
/** A comment widget's count, in a fingerprint: `12 Kommentare`, `1 comment`, `Commenti (5)`. */
const COMMENT_COUNT = /^(?:\d{1,6} (?:kommentare?|comments?|commentaires?|commenti|commento)|(?:kommentare|comments|commentaires|commenti) \(\d{1,6}\))$/;
/**
 * The entries of boilerplateLines this short are words an article says too, closed by a full stop
 * (an interview's answer `Nach oben.`); longer ones are sentences a page prints (`Comments are closed.`).
 */
const MIN_CLOSED_FOOTER_WORDS = 3;
/** The answers to a page's question to its reader (`War dieser Artikel hilfreich?` / `Ja` / `Nein`). */
const ANSWER_BUTTONS = new Set(['ja', 'nein', 'yes', 'no', 'oui', 'non', 'sì', 'si']);
/**
 * A call to follow the publisher, naming the platform (`Folgen Sie uns auf Facebook und Instagram`),
 * in a bare fingerprint: `Folgt uns nach Bern!` or `Folgen Sie uns auf den Spuren der Römer` name none.
 */
const PLATFORM = '(?:facebook|instagram|x|tiktok|whatsapp|youtube|linkedin|threads|telegram|bluesky|mastodon)';
const FOLLOW_US = new RegExp(`^(?:folgen sie uns|folge uns|folgt uns) auf ${PLATFORM}(?:(?:,| und) ${PLATFORM})*$`);
/**
 * The labels of a page's tags (`Themen: Bern, Verkehr`, `Mots-clés : Genève, transports`), in lower
 * case. No phrase list holds them: a label is a word an article says too, told only with its list of
 * topics after it. Alone, as a heading with rows under it, it heads an article's last list as often
 * (`Themen` / `Klimapolitik` / `Energie`), and stays.
 */
const TAG_LABELS = new Set(['themen', 'schlagworte', 'schlagwörter', 'tags', 'tag', 'topics', 'mots-clés', 'mots clés', 'thèmes', 'argomenti']);
/** The first characters of TAG_LABELS: most lines are told by one. */
const TAG_LABEL_STARTS = new Set([...TAG_LABELS].map((label) => label.charCodeAt(0)));
/** A tag is one to four words. */
const MAX_TAG_WORDS = 4;
const WHITE_SPACE_RUNS = /\s+/;
/** Sentence punctuation: a topic has none (`Migration und Europa bestimmen den Wahlkampf.`). */
const SENTENCE_PUNCTUATION = /[.!?;:…]/;
/** A row of links is a few words each, a footer's or a breadcrumb's. */
const MAX_LINK_ROW_WORDS = 20;
const MAX_LINK_WORDS = 3;
const LINK_SEPARATOR = / ?\| ?/;
/**
 * A breadcrumb trail, which starts at the site's home and goes down two steps or more (`Home >
 * Schweiz > Bern`, `Accueil › Suisse › Genève`, `Home / World / Europe`; not a table's `Home / Away
 * record`): a slash only spaced, as `Home/Office` is a word.
 */
const BREADCRUMB = /^(?:home|homepage|startseite|accueil|pagina iniziale)(?:(?: ?[>›»] ?| \/ )[^>›»/.!?:;]+){2,}$/iu;
/** A trail's arrow: one parted by slashes only may be a table's heading (`Home / Away / Total`). */
const TRAIL_ARROW = /[>›»]/;
/** Residue of an embedded tweet: `— Jason Chaffetz (@jasoninthehouse) October 28, 2016`. */
const TWEET_RESIDUE = /^[—–-]\s*[^()]{1,60}\(@\w{1,15}\)/;

export const boilerplate: Rule = {
  code: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'Page furniture: ads, cookie notices, newsletter and app promotions, share buttons, polls, player UI.',
  drops: true,
  check(ctx) {
    const { doc, phrases } = ctx;
    let nextText: ((from: number) => number) | undefined;
    let name: string | undefined;
    let pageEnd: number | undefined;
    for (const unit of doc.units) {
      if (unit.index === ctx.kicker || !mayBeFurniture(unit, phrases) || ctx.droppedBy(unit)) continue;
      const reason = furnitureReason(unit, phrases);
      // A poll's verb alone (`Vote.`, `Abstimmen.`) between paragraphs of prose: the article's word
      // for effect, not a button. Not a call (`Jetzt abstimmen.`), nor an ad label, a share or print
      // button or a subscription's call: those read as words of a column far less often than as
      // furniture. Under a question, the verb is the poll's button.
      if (reason === POLL_BUTTON && unit.words === 1 && isParagraphForEffect(unit, doc, phrases, false)) continue;
      if (reason && !placedAsFurniture(ctx, unit, reason, () => (pageEnd ??= pageEndIndex(ctx)))) continue;
      if (reason) {
        drop(ctx, unit, reason);
        if (!startsBlock(ctx, unit)) dropBoxAbove(ctx, unit);
        // Under a furniture line that starts its block goes the rest of it: under a share heading, up to
        // a sentence (`Teilen` / `Das ist das Wichtigste, sagt sie: …`, an article's text after a heading
        // whose buttons the scraper left out); under an ad label, up to a sentence that is no ad's copy
        // (`Werbung` / `Betroffen sind vor allem Pendler …`). After a share heading that ends a
        // paragraph's block go its buttons, and so they do under the UI that heads the article's text.
        const label = bare(unit.fp).replace(CLOSING_QUESTION, '');
        // A breadcrumb trail may have the headline right under it, a follow line the article's text,
        // a gallery's count the caption (which goes as one where its credit says so).
        if (reason === BREADCRUMB_TRAIL || reason === FOLLOW_LINE || reason === GALLERY_COUNT_LINE || LONE_FURNITURE.has(label) || SUBSCRIBE_CALL.test(label)) continue;
        // A footer's or a widget's line (`Impressum`, `War dieser Artikel hilfreich?`, a row of
        // links, the count of the comments) takes only furniture after it and the answers to its
        // question (`Ja` / `Nein`), not a list's short rows (`Roche` / `Novartis`) nor sentences.
        // A tag line holds its tags itself, and takes nothing along.
        if (reason === TAG_LINE) continue;
        if (reason === LINK_ROW || reason === FOOTER_LINE || reason === COMMENT_COUNT_LINE) {
          const asks = unit.text.endsWith('?');
          dropButtonsAfter(ctx, unit, (u) => isFurnitureButton(u, phrases, asks));
        }
        else if (BUTTONS_HEADINGS.has(label)) dropButtonsAfter(ctx, unit);
        else if (startsBlock(ctx, unit)) dropRestOfBlock(ctx, unit, SAME_ELEMENT, linesUnder(label));
        else if (SHARE_HEADINGS.has(label)) dropButtonsAfter(ctx, unit);
      } else if (isPromoHeading(unit, phrases)) dropPromo(ctx, unit, (nextText ??= promoTextFinder(ctx)));
      else if ((name = publisherHeading(unit, phrases))) dropPublisherPromo(ctx, unit, name);
      else if (isPollQuestion(unit)) dropPoll(ctx, doc, unit);
    }
  },
};

/**
 * Whether a line that reads as furniture stands where furniture does. A footer's, a comment
 * widget's or the navigation's words head a section or a list of an article too (`Kontakt` /
 * `Beratungsstelle Bern, Telefon 031 123 45 67`, `Nach oben` / `Roche` / `Novartis`, `Impressum` /
 * `AGB` in a list of a shop's pages): they go only at the page's end, where nothing but page junk
 * follows them, in a block of their own; a count among other figures (`40 000 Likes` / `12 Kommentare`) is the article's list
 * of them. A trail parted by slashes only is told at the dump's top or bottom: among the text's
 * lines, it heads a table (`Home / Away / Total`).
 */
function placedAsFurniture(ctx: RuleContext, unit: Unit, reason: Message, pageEnd: () => number): boolean {
  const { doc, phrases } = ctx;
  if (reason === BREADCRUMB_TRAIL) return TRAIL_ARROW.test(unit.text) || unit.index === 0 || unit.index === doc.units.length - 1;
  if (reason !== FOOTER_LINE && reason !== COMMENT_COUNT_LINE && reason !== TAG_LINE) return true;
  if (reason === COMMENT_COUNT_LINE && amongFigures(doc, unit, phrases)) return false;
  // The block too starts after the last line of text: a list's last rows are footer words as well
  // (`Diese Ämter sind frei:` / `Präsidium` / `Kontakt`, `Reaktionen:` / `Hunderte Shares` / `3400 Kommentare`).
  const end = pageEnd();
  return unit.index >= end && doc.units[end - 1]?.block !== unit.block;
}

function drop(ctx: RuleContext, unit: Unit, reason: Message): void {
  if (ctx.droppedBy(unit)) return;
  ctx.drop(unit, 'boilerplate', { message: reason, fixTitle: 'Remove page furniture' });
}

/**
 * Whether one of the cases of `check` may apply to the unit, told by what its memo holds (a
 * subheading may head a publisher's promotion). Asked before what dropped the unit: in a later
 * pass, that question reads the unit of the first pass, a new place in memory for each unit.
 */
function mayBeFurniture(unit: Unit, phrases: CompiledPhrases): boolean {
  return furnitureReason(unit, phrases) !== undefined || isPromoHeading(unit, phrases) || unit.role === 'subheading' || isPollQuestion(unit);
}

function furnitureReason(unit: Unit, phrases: CompiledPhrases): Message | undefined {
  const { memo } = unit;
  if (memo.furniture === undefined) memo.furniture = furnitureIn(unit, phrases) ?? null;
  return memo.furniture ?? undefined;
}

function furnitureIn(unit: Unit, phrases: CompiledPhrases): Message | undefined {
  const { fp } = unit;
  if (phrases.boilerplate.has(fp) || phrases.boilerplate.hasBare(fp)) return msg('Page furniture: “{0}”.', unit.text);
  // A label with its colon (`Kontakt:`) heads what follows it, a contact box's lines.
  if (phrases.boilerplateLines.hasBare(fp) && !unit.text.endsWith(':') && (unit.words >= MIN_CLOSED_FOOTER_WORDS || !endsWithClosingPoint(unit.text))) return FOOTER_LINE;
  if (phrases.pollEnd.hasBare(fp)) return POLL_BUTTON;
  if (EMBED.test(fp)) return msg('Page furniture: an embed attribution.');
  // The text's first character starts its fingerprint too (a dash, `[`): most lines are told
  // without reading the text, another string elsewhere in memory.
  const first = fp.charCodeAt(0);
  if (unit.words <= 12 && isDash(first) && TWEET_RESIDUE.test(unit.text)) return msg('Page furniture: the signature of an embedded post.');
  if (first === 0x5b /* [ */ && isBracketedOwnPromo(unit.text)) return msg('Page furniture: the publisher’s note promoting its app or newsletter.');
  if (unit.words <= 2 && (isAsciiDigit(first) || fp.endsWith(')')) && COMMENT_COUNT.test(fp)) return COMMENT_COUNT_LINE;
  if (unit.words <= 5 && GALLERY_COUNT_STARTS.has(first) && isGalleryCount(fp)) return GALLERY_COUNT_LINE;
  if (unit.words <= MAX_LINK_ROW_WORDS && fp.includes('|') && isLinkRow(fp, phrases)) return LINK_ROW;
  if (unit.words <= MAX_LINK_ROW_WORDS && isBreadcrumb(unit)) return BREADCRUMB_TRAIL;
  if (first === 0x66 /* f */ && unit.words <= MAX_LINK_ROW_WORDS && FOLLOW_US.test(bare(fp))) return FOLLOW_LINE;
  if (unit.words <= MAX_LINK_ROW_WORDS && TAG_LABEL_STARTS.has(first) && isTagLine(unit.text)) return TAG_LINE;
  if (unit.words > MAX_PHRASE_LINE_WORDS) return undefined;
  // Long phrases ("wir verwenden cookies") may start a longer notice; one-word ones must be the whole line.
  const phrase = phrases.boilerplate.startOf(unit.fp);
  if (phrase && phrase.includes(' ') && phrase.split(' ').length >= 3) return msg('Page furniture: a notice starting “{0}”.', phrase);
  return undefined;
}

/** GALLERY_COUNT's count, of a picture among as many or more: `Bild 13 von 12` counts nothing. */
function isGalleryCount(fp: string): boolean {
  const m = GALLERY_COUNT.exec(fp);
  return m !== null && Number(m[1]) <= Number(m[2]);
}

/**
 * The page's tags: a label of TAG_LABELS, a colon and a comma list of topics of a few words each with
 * no sentence punctuation (`Tags: Oil, Energy, China`).
 */
function isTagLine(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || !TAG_LABELS.has(text.slice(0, colon).trim().toLowerCase())) return false;
  return text
    .slice(colon + 1)
    .split(',')
    .every((tag) => {
      const words = tag.trim().split(WHITE_SPACE_RUNS);
      return words[0] !== '' && words.length <= MAX_TAG_WORDS && !SENTENCE_PUNCTUATION.test(tag);
    });
}

/**
 * A row of links parted by `|`, each of a few words, one of them a footer's line of boilerplateLines
 * (`Impressum | Datenschutz | AGB`, `Mentions légales | Confidentialité | Cookies`). Not a table's
 * row, which holds numbers (`Print | 1,2 Mio. | 1,1 Mio.`), nor a device's functions, which the
 * plain boilerplate list names too (`Drucken | Scannen | Kopieren`).
 */
function isLinkRow(fp: string, phrases: CompiledPhrases): boolean {
  const links = fp.split(LINK_SEPARATOR);
  if (links.length < 2 || links.some((link) => link === '' || isAsciiDigit(link.charCodeAt(0)) || link.split(' ').length > MAX_LINK_WORDS)) return false;
  return links.some((link) => phrases.boilerplateLines.has(link));
}

/**
 * Where the page's end starts: after the last line that is neither dropped nor page junk (furniture,
 * a promotion's or teaser's heading, a read-more marker, a credit) nor a reader's answer (`Ja`, `No`).
 * Asked once a pass, while the rule still drops lines: the next pass, which sees only the lines left,
 * places it again.
 */
function pageEndIndex(ctx: RuleContext): number {
  const { units } = ctx.doc;
  let i = units.length - 1;
  for (; i >= 0; i--) {
    const u = units[i];
    if (!ctx.droppedBy(u) && !isPageJunk(u, ctx.phrases) && !ANSWER_BUTTONS.has(bare(u.fp))) break;
  }
  // A line that introduces what follows (`… diese Seiten verlinken:` / `Impressum` / `AGB`) has it as
  // the article's list, whatever its words: the page has no end of junk.
  return i >= 0 && units[i].text.endsWith(':') ? units.length : i + 1;
}

/** The line right before or after the unit in its block starts with a figure and is no page furniture. */
function amongFigures(doc: DumpDocument, unit: Unit, phrases: CompiledPhrases): boolean {
  const isFigure = (u: Unit | undefined): boolean => u?.block === unit.block && isAsciiDigit(u.fp.charCodeAt(0)) && furnitureReason(u, phrases) === undefined;
  return isFigure(doc.units[unit.index - 1]) || isFigure(doc.units[unit.index + 1]);
}

/** A button under a footer's or a widget's line: itself page furniture, or an answer (`Ja`, `No`) to its question (`asks`). */
function isFurnitureButton(unit: Unit, phrases: CompiledPhrases, asks: boolean): boolean {
  return isButton(unit) && ((asks && ANSWER_BUTTONS.has(bare(unit.fp))) || furnitureReason(unit, phrases) !== undefined);
}

/** BREADCRUMB, told first by the fingerprint's first letter (`h`, `s`, `a`, `p`). */
export function isBreadcrumb(unit: Unit): boolean {
  const first = unit.fp.charCodeAt(0);
  return (first === 0x68 || first === 0x73 || first === 0x61 || first === 0x70) && BREADCRUMB.test(unit.text);
}

/** A word said for effect: one or two (`Vote.`, `Die Zeit.`). */
const MAX_FOR_EFFECT_WORDS = 2;
/** A paragraph of prose around it: a sentence of at least this many words, or a question. */
const MIN_PROSE_WORDS = 4;

/**
 * A word or two said for effect as a paragraph of its own between paragraphs of prose (`Die Antwort
 * ist einfach.` / `Abstimmen.` / `Wer nicht abstimmt, …`; `Und wann, wenn nicht jetzt?` / `Heute.`),
 * which read alone is a poll's button or a publisher's name (byline's). It closes on one full stop
 * (not `!`, a call's, nor an ellipsis). The paragraph before ends a sentence and is a question or has
 * four words or more (or, where `afterQuestion`, is a question): a short line closed by a point may be
 * a button of a row (`Teilen.` / `Drucken.`). The paragraph after ends a sentence and has four words
 * or more. Neither is furniture, a promotion's heading, a teaser's heading or marker, or a credit.
 */
export function isParagraphForEffect(unit: Unit, doc: DumpDocument, phrases: CompiledPhrases, afterQuestion: boolean): boolean {
  if (unit.words > MAX_FOR_EFFECT_WORDS || !unit.gapBefore || !endsWithClosingPoint(unit.text)) return false;
  const before = doc.units[unit.index - 1];
  const after = doc.units[unit.index + 1];
  if (before === undefined || after === undefined || !after.gapBefore) return false;
  const question = endsWithQuestionMark(before);
  if (question && !afterQuestion) return false;
  const beforeIsProse = endsSentenceAt(before) && (before.words >= MIN_PROSE_WORDS || question);
  const afterIsProse = endsSentenceAt(after) && after.words >= MIN_PROSE_WORDS;
  return beforeIsProse && afterIsProse && !isPageJunk(before, phrases) && !isPageJunk(after, phrases);
}

/** Furniture, a promotion's heading, a teaser's heading or marker, or a credit, told by the line's own text. */
function isPageJunk(unit: Unit, phrases: CompiledPhrases): boolean {
  return (
    furnitureReason(unit, phrases) !== undefined ||
    isPromoHeading(unit, phrases) ||
    isTeaserHeading(unit, phrases) ||
    readMoreMarker(unit, phrases) !== undefined ||
    creditReason(unit, phrases) !== undefined
  );
}

/** What TWEET_RESIDUE starts with: `—`, `–` or `-`. */
function isDash(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2d;
}

/**
 * A heading, not a sentence that starts with the same words: it ends without a full stop, and the
 * phrase is not the start of a compound (`Sign up for alerts!`, `Folgst du schon 20 Minuten auf
 * Whatsapp?`, but not `Sign up rates doubled last year.` or `Alle News-Sender berichteten …`).
 */
function isPromoHeading(unit: Unit, phrases: CompiledPhrases): boolean {
  if (unit.words > 15) return false;
  const { memo } = unit;
  if (memo.promoHeading === undefined) memo.promoHeading = promoHeadingIn(unit, phrases);
  return memo.promoHeading;
}

/** The fingerprint first: the text is another string, elsewhere in memory, and most lines start with no such phrase. */
function promoHeadingIn(unit: Unit, phrases: CompiledPhrases): boolean {
  const phrase = phrases.promoHeadings.startOf(unit.fp);
  return phrase !== undefined && unit.fp.charCodeAt(phrase.length) !== 45 /* - */ && !endsWithClosingPoint(unit.text);
}

/** A closing full stop, not an ellipsis's (`/[^.]\.$/`, which tries every position of the text). */
function endsWithClosingPoint(text: string): boolean {
  return text.length >= 2 && text.charCodeAt(text.length - 1) === 0x2e && text.charCodeAt(text.length - 2) !== 0x2e;
}

/**
 * The publisher's name as a heading writes it, when the heading names one of its products
 * (`20 Minuten Fantasy League`): a capitalised word follows the name. Not a sentence that starts
 * with a name that is also a word (`Die Zeit drängt`, `Blick nach vorn`), nor a compound
 * (`Blick-Recherche`).
 */
function publisherHeading(unit: Unit, phrases: CompiledPhrases): string | undefined {
  if (unit.role !== 'subheading' || unit.index < ARTICLE_TOP) return undefined;
  const name = phrases.publishers.startOf(unit.fp);
  const written = name === undefined ? undefined : unit.text.slice(0, name.length);
  if (written === undefined || written.toLowerCase() !== name) return undefined;
  return PRODUCT_AFTER_NAME.test(unit.text.slice(name.length)) ? written : undefined;
}

/**
 * The publisher promoting itself in the closing section: a heading with its name and a product,
 * maybe a second heading, then at most MAX_PROMO_TEXT paragraphs to the end of the dump that
 * write its name again as the heading does and speak to the reader outside quotes (`20 Minuten
 * Fantasy League` / `Manage dein eigenes Super-League-Team` / `Tauche ein in die Welt des neuen
 * Fantasy-Games von 20 Minuten!`). A story's own closing section (`Heute Abend wird es eisig` /
 * `Zieh dir warme Kleider an, denn heute Abend …`) stays.
 */
function dropPublisherPromo(ctx: RuleContext, heading: Unit, name: string): void {
  const { units } = ctx.doc;
  const text = units[heading.index + 1]?.role === 'subheading' ? heading.index + 2 : heading.index + 1;
  // Counted before anything is sliced: a heading far from the end is no closing section.
  if (text >= units.length || units.length - text > MAX_PROMO_TEXT) return;
  const paragraphs = units.slice(text);
  if (paragraphs.some((u) => u.role === 'subheading')) return;
  const section = units.slice(heading.index + 1);
  if (!paragraphs.some((u) => holdsWords(u.text, name)) || !section.some((u) => ADDRESSES_THE_READER.test(withoutQuotes(u.text).toLowerCase()))) return;
  for (const u of units.slice(heading.index)) drop(ctx, u, u.index < text ? PROMO_HEADING : PROMO_TEXT);
}

/** The text without what it quotes: a quoted `du` or `ich` is somebody else's. */
function withoutQuotes(text: string): string {
  return text.replace(QUOTED, ' ');
}

function startsBlock(ctx: RuleContext, unit: Unit): boolean {
  return ctx.doc.units[unit.index - 1]?.block !== unit.block;
}

/**
 * The lines under a furniture line that starts its block (share buttons under "Artikel teilen"), up
 * to the first that `accept` refuses; whether it took any. A line in mid-block takes none.
 */
function dropRestOfBlock(ctx: RuleContext, first: Unit, reason: Message, accept: (u: Unit) => boolean): boolean {
  if (!startsBlock(ctx, first)) return false;
  let taken = false;
  for (let i = first.index + 1; i < ctx.doc.units.length && ctx.doc.units[i].block === first.block; i++) {
    const u = ctx.doc.units[i];
    if (!accept(u)) break;
    drop(ctx, u, reason);
    taken = true;
  }
  return taken;
}

/**
 * The buttons under a share line that ends a paragraph's text (`…to hospital.` / `Share` /
 * `Facebook` / `X` / `Per E-Mail senden`): taken only when every line after it in the block reads
 * as a button (`accept`: a few words, no sentence, no ticker time), for they stand with the
 * article's own lines (a ticker's next entries: `88'` / `Davos ohne Goalie`).
 */
function dropButtonsAfter(ctx: RuleContext, share: Unit, accept: (u: Unit) => boolean = isButton): void {
  const { units } = ctx.doc;
  let end = share.index + 1;
  while (end < units.length && units[end].block === share.block && accept(units[end])) end++;
  if (end < units.length && units[end].block === share.block) return;
  for (let i = share.index + 1; i < end; i++) drop(ctx, units[i], SAME_ELEMENT);
}

/** What a furniture line that starts its block takes under it, told by its bare fingerprint. */
function linesUnder(label: string): (unit: Unit) => boolean {
  if (SHARE_HEADINGS.has(label)) return isShareButtons;
  return AD_LABELS.has(label) ? isAdLine : isWidgetLine;
}

function isWidgetLine(unit: Unit): boolean {
  return unit.words <= MAX_WIDGET_LINE_WORDS;
}

/**
 * A line of share buttons (`Facebook`, `Facebook Twitter WhatsApp E-Mail`): a widget's line that is
 * no sentence, nor a ticker's time (`14.32 Uhr`), as isButton's.
 */
function isShareButtons(unit: Unit): boolean {
  return isWidgetLine(unit) && !isSentence(unit) && !STARTS_DIGIT.test(unit.text);
}

/** The text ends a sentence, maybe inside its closing quote or bracket (`Sie sagte: «Das ist das Wichtigste.»`). */
function isSentence(unit: Unit): boolean {
  return endsSentenceAt(unit) || SENTENCE_IN_QUOTE.test(unit.text);
}

/**
 * A line of an ad under its label: a widget's line that is no sentence (`Swisscom blue TV`), or a
 * sentence that calls out or speaks to the reader (`Jetzt Tickets sichern!`, `… bei Ihrem nächsten
 * Einkauf.`). A sentence that reports (`Die VBZ rechnen mit Verspätungen bis am Mittag.`) is the article's.
 */
function isAdLine(unit: Unit): boolean {
  return isWidgetLine(unit) && (!isSentence(unit) || isAdCopy(unit.text));
}

function isAdCopy(text: string): boolean {
  if (text.endsWith('!')) return true;
  const own = withoutQuotes(text);
  return ADDRESSES_THE_READER.test(own.toLowerCase()) || FORMAL_ADDRESS.test(own);
}

function isButton(unit: Unit): boolean {
  return unit.words <= MAX_BUTTON_WORDS && !endsSentenceAt(unit) && !STARTS_DIGIT.test(unit.text);
}

/** A promotion heading with its text: the rest of its block or, when the dump ends there, the paragraphs after it. */
function dropPromo(ctx: RuleContext, heading: Unit, nextText: (from: number) => number): void {
  drop(ctx, heading, PROMO_HEADING);
  if (dropRestOfBlock(ctx, heading, PROMO_TEXT, () => true)) return;
  // The button of a box it closes (`Newsletter` / … / `Email address` / `Sign up`), taken here or gone as
  // furniture: the paragraphs after it are the article going on, not its text. Under the article's
  // lines (`Die Linke kündigte …` / `Keine News mehr verpassen`), they are its text.
  if (!startsBlock(ctx, heading) && (dropBoxAbove(ctx, heading) || closesDroppedBox(ctx, heading))) return;
  const { units } = ctx.doc;
  const rest: Unit[] = [];
  for (let i = nextText(heading.index + 1); i < units.length; i = nextText(i + 1)) {
    const u = units[i];
    if (rest.length === MAX_PROMO_TEXT || u.role === 'subheading') return;
    rest.push(u);
  }
  // Its text speaks to the reader or calls to get the product; a paragraph that does neither (`Die
  // Abstimmung findet im Juni statt.`) is the article's, and so is what follows it.
  for (const u of rest) {
    if (!readsAsPromotion(u)) return;
    drop(ctx, u, PROMO_TEXT);
  }
}

/**
 * A promotion's text: it speaks to the reader outside quotes (`Hol dir …`, `… bist du immer
 * informiert`, `… on your phone`), calls to sign up or tells what a publisher sends and how
 * (`Die wichtigsten News direkt aufs Handy.`, `Recevez nos alertes … chaque matin.`). Not by `du`,
 * `te`, `Sie` alone: French and reported words have them.
 */
function readsAsPromotion(unit: Unit): boolean {
  // Words reported (`Der Newsletter erscheint jeden Freitag, sagt die Chefredaktorin.`) are the article's.
  if (reportsSpeech(unit)) return false;
  const text = withoutQuotes(unit.text).toLowerCase();
  return (
    ADDRESSES_THE_READER.test(text) ||
    GERMAN_DU.test(text) ||
    CALL_WITH_SIE.test(unit.text) ||
    OWN_PRODUCT.test(text) ||
    SIGN_UP_CALL.test(text) ||
    (SENT_PRODUCT.test(text) && DELIVERY.test(text))
  );
}

/**
 * The box above a subscription's call that ends its block (`Newsletter` / `Erhalten Sie … in Ihr
 * Postfach.` / `E-Mail-Adresse` / `Jetzt anmelden`), at most MAX_BOX_LINES; whether it took one. The
 * button tells the box, whose heading alone (`Newsletter`) heads an article's section too; a button with
 * the article's lines after it in its block (`Jetzt anmelden` / `Die Linke kündigte …`) tells none.
 * Taken only when the block starts, after the headline and lead, with a heading that names the
 * newsletter or subscription (SUBSCRIPTION; a few words, no sentence punctuation: not a paragraph, nor
 * a list that a colon introduces, nor a list's rows above a button: `PTI` / `PPP` / `Sign up for our
 * alerts`) and every line is a widget's that reports nobody's words (`Der Newsletter erscheint jeden
 * Freitag, sagt sie.`) and holds no fact (HOLDS_FIGURE_OR_LABEL).
 */
function dropBoxAbove(ctx: RuleContext, button: Unit): boolean {
  const { units } = ctx.doc;
  if (!SUBSCRIBE_CALL.test(button.fp) || units[button.index + 1]?.block === button.block) return false;
  const top = Math.max(0, button.index - MAX_BOX_LINES);
  let first = button.index;
  while (first > top && units[first - 1].block === button.block) first--;
  const heading = units[first];
  if (first === button.index || !startsBlock(ctx, heading) || first < bodyStart(ctx.doc)) return false;
  if (heading.words > MAX_BOX_HEADING_WORDS || !SUBSCRIPTION.test(heading.fp) || SENTENCE_PUNCTUATION.test(heading.text)) return false;
  const box = units.slice(first, button.index);
  if (!box.every((u) => isWidgetLine(u) && !reportsSpeech(u) && !HOLDS_FIGURE_OR_LABEL.test(u.text))) return false;
  for (const u of box) drop(ctx, u, u === heading ? PROMO_HEADING : PROMO_TEXT);
  return true;
}

/**
 * The unit ends its block under at most MAX_BOX_LINES lines that are all gone already as furniture
 * (`Get the latest news … newsletter.` / `Enter your email address` / `Sign up`): a box's button.
 */
function closesDroppedBox(ctx: RuleContext, button: Unit): boolean {
  const { units } = ctx.doc;
  if (units[button.index + 1]?.block === button.block) return false;
  for (let i = button.index - 1; i >= 0 && units[i].block === button.block; i--) {
    if (button.index - i > MAX_BOX_LINES || !ctx.droppedBy(units[i])) return false;
  }
  return true;
}

/**
 * Where the next unit at or after `from` stands that may be a promotion's text: not removed, not
 * a credit (the end of the dump when none). A unit removed stays removed for the rest of the pass,
 * so a stretch found to hold none is jumped over next time: a dump of many headings and credits
 * is walked once, not once per heading.
 */
function promoTextFinder(ctx: RuleContext): (from: number) => number {
  const { units } = ctx.doc;
  // next[i] > i: no unit in [i, next[i]) may be promotion text.
  const next = new Int32Array(units.length + 1);
  for (let i = 0; i < next.length; i++) next[i] = i;
  const skipped = (u: Unit): boolean => ctx.droppedBy(u) !== undefined || isClosingTag(u, ctx.phrases);
  return (from) => {
    let i = from;
    while (i < units.length) {
      if (next[i] !== i) i = next[i];
      else if (skipped(units[i])) i = next[i] = i + 1;
      else break;
    }
    // Every unit passed over now points past the whole stretch.
    for (let j = from; j < i; ) {
      const k = next[j];
      next[j] = i;
      j = k;
    }
    return i;
  };
}

/** A source tag or credit after a promotion closes the story; it is not more promotion. */
function isClosingTag(unit: Unit, phrases: CompiledPhrases): boolean {
  return creditReason(unit, phrases) !== undefined;
}

/**
 * A poll question followed by its options: short ones that a results button, a promotion or a
 * credit ends, or that end the dump with an answer among them; answers a reader picks that one of
 * those ends; or, inside an article, answers to a question that asks the reader, up to the last.
 */
function dropPoll(ctx: RuleContext, doc: DumpDocument, question: Unit): void {
  const { phrases } = ctx;
  const options = pollOptions(phrases, doc, question);
  // Asked last: most questions have no options, and the names are looked for in the text of the lines after.
  if (options === undefined || isVoxPop(doc, question)) return;
  const next = doc.units[question.index + 1 + options.length];
  // A quiz's question and its options are the article; only its results button goes.
  if (!isQuiz(options)) {
    drop(ctx, question, msg('Page furniture: the question of a poll.'));
    for (const option of options) drop(ctx, option, msg('Page furniture: an option of a poll.'));
  }
  if (next && phrases.pollEnd.hasBare(next.fp)) drop(ctx, next, POLL_BUTTON);
}

/**
 * Options lettered as a quiz's are (`A) 23` / `B) 26`, then `Frage 2 von 10` or `Auflösung: 1B, 2B`):
 * a reader's poll asks with bare answers (`Ja, mehrmals.` / `Nein.`), two of them on one page too.
 */
function isQuiz(options: readonly Unit[]): boolean {
  return options.filter((u) => LETTERED_OPTION.test(u.text)).length >= MIN_POLL_OPTIONS;
}

/** The options of the poll `question` asks, if it asks one (see dropPoll). */
function pollOptions(phrases: CompiledPhrases, doc: DumpDocument, question: Unit): readonly Unit[] | undefined {
  const startsAsAnswer = (u: Unit): boolean => phrases.pollAnswers.startOf(u.fp) !== undefined;
  const after = (options: readonly Unit[]): Unit | undefined => doc.units[question.index + 1 + options.length];
  // A survey's results (reportsResults), which an article reports under a question to its readers
  // too (`Und du?` / `Ja, ins Ausland: 41%` / `Nein: 32%`): only a results button closes a poll
  // that shows them.
  const closedBy = (next: Unit | undefined, options: readonly Unit[]): boolean =>
    next !== undefined &&
    (phrases.pollEnd.hasBare(next.fp) || ((isPromoHeading(next, phrases) || creditReason(next, phrases) !== undefined) && !reportsResults(options)));
  let options = optionsAfter(doc, question, (u) => isOption(u, phrases, MAX_POLL_OPTION_WORDS));
  // The end of the dump closes a poll only if two options answer as a reader does: many articles
  // end with a question and a short list (`Welche Parteien sind dafür?` / `Die SVP` / `Die SP`),
  // which one line in the first person may close (`Was brauchst du?` / `Mehl` / … / `Ich nehme noch
  // Vanille dazu.` / `Dann alles mischen.`).
  const closed = after(options) ? closedBy(after(options), options) : options.filter(startsAsAnswer).length >= MIN_POLL_ANSWERS && !reportsResults(options);
  if (!closed) {
    const candidates = optionsAfter(doc, question, (u) => isOption(u, phrases, MAX_POLL_ANSWER_WORDS) && !reportsSpeech(u));
    const answers = candidates.filter(startsAsAnswer);
    if (answers.length < MIN_POLL_ANSWERS) return undefined;
    if (closedBy(after(candidates), candidates)) options = candidates;
    else if (question.index >= bodyStart(doc) && ASKS_THE_READER.test(question.fp) && !isInterview(doc, question) && !reportsResults(candidates)) {
      // Such a poll runs to a heading when every option speaks as a reader does; else nothing
      // marks where it ends: it ends with its last answer, and the article goes on.
      const toHeading = after(candidates)?.role === 'subheading' && candidates.every((u) => startsAsAnswer(u) || speaksAsReader(u));
      options = toHeading ? candidates : candidates.slice(0, candidates.indexOf(answers[answers.length - 1]) + 1);
    } else return undefined;
  }
  return options.length < MIN_POLL_OPTIONS ? undefined : options;
}

/**
 * A survey's results that an article reports: two options or more end with their share of the vote
 * (RESULT_SHARE), and none speaks as a reader does (`Nein, ich bleibe zu Hause. 32%` is the option of
 * a poll shown after the vote).
 */
function reportsResults(options: readonly Unit[]): boolean {
  return options.filter((u) => RESULT_SHARE.test(u.fp)).length >= MIN_POLL_ANSWERS && !options.some(speaksAsReader);
}

/** REPORTED_SPEECH in the unit's text, kept in its memo: the lines after each question are read again in every pass. */
function reportsSpeech(unit: Unit): boolean {
  const { memo } = unit;
  if (memo.reportedSpeech === undefined) memo.reportedSpeech = REPORTED_SPEECH.test(unit.text);
  return memo.reportedSpeech;
}

/** Answers that name who gave them (`Anna (34), Bern`): a vox pop, not a poll. */
function isVoxPop(doc: DumpDocument, question: Unit): boolean {
  const end = Math.min(doc.units.length, question.index + 1 + VOX_POP_REACH);
  for (let i = question.index + 1; i < end; i++) if (doc.units[i].words <= 6 && VOX_POP_NAME.test(doc.units[i].text)) return true;
  return false;
}

/**
 * An option in a reader's own voice outside quotes (`… ist für mich zu viel`, `J'adore`), or a
 * short cry (`Hallo, Coop-Kind hier!`). A reporting sentence (`Die Aktion läuft bis Ende Mai.`,
 * `«Für mich ist das zu teuer», sagt Anna.`) is none.
 */
function speaksAsReader(unit: Unit): boolean {
  if (unit.words <= MAX_POLL_OPTION_WORDS && unit.text.endsWith('!')) return true;
  const own = withoutQuotes(unit.text);
  return FIRST_PERSON.test(own.toLowerCase()) || ENGLISH_I.test(own);
}

/** Tells most units by their word count, which the unit holds, before reading their text. */
function isPollQuestion(unit: Unit): boolean {
  return unit.words <= MAX_POLL_QUESTION_WORDS && unit.role !== 'subheading' && endsWithQuestionMark(unit);
}

/**
 * Asked of most units in every pass: answered from the memo, not from the text, which is elsewhere
 * in memory; and at first from the fingerprint, which the rule has read already, where it tells:
 * it ends with `?` when the text does.
 */
function endsWithQuestionMark(unit: Unit): boolean {
  const { memo } = unit;
  if (memo.question === undefined) memo.question = unit.fp.endsWith('?') && unit.text.endsWith('?');
  return memo.question;
}

/** The units right after the question that `accept` takes, at most MAX_POLL_OPTIONS + 1 of them. */
function optionsAfter(doc: DumpDocument, question: Unit, accept: (u: Unit) => boolean): Unit[] {
  const out: Unit[] = [];
  for (let i = question.index + 1; i < doc.units.length && out.length <= MAX_POLL_OPTIONS && accept(doc.units[i]); i++) {
    out.push(doc.units[i]);
  }
  return out.length > MAX_POLL_OPTIONS ? [] : out;
}

/**
 * Another question like it in the body: an interview (`Hatten Sie Angst?` / `Nein.`), whose answers
 * are article text. A question in the headline or the lead (`Stellt sich nun die Goalie-Frage?`)
 * is the article's own, and makes no interview.
 */
function isInterview(doc: DumpDocument, question: Unit): boolean {
  const top = bodyStart(doc);
  return doc.units.some((u) => u !== question && u.index >= top && isPollQuestion(u));
}

/**
 * Where the body starts: after the kicker, headline and lead, or after the headline and lead when
 * the second paragraph ends with a full stop, as a lead does and a headline does not. That is a
 * dump without its kicker, as one cleaned with keepKicker off: cleaned again, it finds its
 * interview's questions where the first cleaning did.
 */
function bodyStart(doc: DumpDocument): number {
  const second = doc.units[1];
  return second?.gapBefore && FULL_STOP.test(second.text) ? ARTICLE_TOP - 1 : ARTICLE_TOP;
}

/** What a poll's option can be: a short paragraph, not a heading, a question or the results button. */
function isOption(unit: Unit, phrases: CompiledPhrases, maxWords: number): boolean {
  return unit.words <= maxWords && unit.role !== 'subheading' && !endsWithQuestionMark(unit) && !phrases.pollEnd.hasBare(unit.fp);
}
