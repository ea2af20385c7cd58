/**
 * The credit rule's shapes: a line that credits a photo or an agency goes; data, lists and prose
 * of the same shape stay (CLEANING.md: "Precision first: when a rule is unsure, it keeps the line").
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

/** Whether `line`, as a paragraph of its own between two of an article's, is dropped as a credit. */
function isCredit(line: string): boolean {
  const dump = ['Schweiz', '', 'Der Bundesrat tagt in Bern', '', 'Die Regierung hat am Mittwoch getagt.', '', line, '', 'Sie entscheidet nächste Woche.', ''].join('\n');
  return clean(dump).removed.some((r) => r.text === line && r.codes.includes('credit'));
}

describe('credit: slashes, prefixes and notices', () => {
  for (const credit of [
    '20min/Vanessa Lam',
    'DPA/jar',
    'Keystone/EPA 2021',
    'KEYSTONE/EPA/ANSA',
    'KEYSTONE/TI-PRESS/Samuel Golay',
    'Ti-Press/Samuel Golay',
    'Freshfocus/Claudio Thoma',
    'NASA/ESA',
    'SVP/UDC',
    'Photos by Jane Doe',
    'Photography by Jane Doe',
    'Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'Copyright 2024 Tamedia AG, alle Rechte vorbehalten. Die Inhalte dieser Webseite dürfen ohne Zustimmung weder vervielfältigt noch verbreitet werden.',
    'Copyright 2024 U.S. News & World Report, L.P. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    "Copyright (c) 2024 Reuters. Tous droits réservés. Toute reproduction est interdite sans l'autorisation écrite de l'agence, quel que soit le support.",
    '© Keystone-SDA. Alle Rechte vorbehalten. Die Weiterverbreitung ist nur mit vorheriger schriftlicher Genehmigung gestattet.',
    '© Copyright ANSA. Tutti i diritti riservati. Questo materiale non può essere pubblicato, trasmesso, riscritto o ridistribuito senza autorizzazione.',
    "© Riproduzione riservata. È vietata la riproduzione, anche parziale, dei contenuti di questa pagina senza il consenso scritto dell'editore.",
    // The rights alone, a notice without its mark.
    'Riproduzione riservata',
    'Tutti i diritti riservati.',
    'Alle Rechte vorbehalten',
    'All rights reserved.',
    'Tous droits réservés',
    // The rights before the mark, as ANSA prints them.
    'Riproduzione riservata ©',
    'Riproduzione riservata © Copyright ANSA',
    // A photo handed in by those it shows, as Australian outlets credit it.
    'Supplied',
    'Photo: supplied',
    'Photo courtesy of the family',
    'Image courtesy of NASA',
    'Courtesy photo',
    'Picture supplied by the family',
    'Supplied image',
    'Jane Doe/Supplied',
    // Who handed it in, in lower case after the photo word; a video's too.
    'Photo supplied by police',
    'Photos supplied by the council',
    'Photo courtesy of police',
    'Supplied photos',
    'Video courtesy of the family',
    'Footage supplied by police',
    // News agencies by their names alone, as `Reuters` or `Xinhua`.
    'RIA Novosti',
    'Interfax',
    'ČTK',
    'Ritzau',
    'STT',
    'Lusa',
    'Anadolu Agency',
    'IANS',
  ]) it(`drops ${JSON.stringify(credit)}`, () => assert.ok(isCredit(credit)));

  for (const text of [
    '2020/21 EV Zug',
    '1. Lugano 12/26',
    'FDP/Die Liberalen 15,2 %',
    'SBB/CFF/FFS',
    'RSV/COVID/Grippe',
    'EU-USA/Zollstreit',
    'Copyright-Hinweise wie «© Muster AG. Alle Rechte vorbehalten.» schützen einen Text nicht, hält das Gericht fest.',
    'Copyright notices like "Copyright 2021 Acme Inc., all rights reserved. This material may not be published." are no longer required, the court noted.',
    'Copyright 2024 was a year in which publishers insisted on all rights reserved. The court disagreed with them on Monday.',
    'Copyright law protects the work, and all rights reserved by the author remain with the author for seventy years.',
    '(c) All rights reserved to the licensor remain with the licensor until the end of the term of this agreement.',
    // The rights go on as a sentence goes on, after a comma or a semicolon: a notice ends them with a full stop.
    'Copyright Disney, all rights reserved, reads the notice on every frame of the leaked copy, investigators said.',
    "© Tous droits réservés, rappelle la mention au bas de chaque photo, mais le site ne s'en est jamais soucié.",
    '(c) All rights reserved; the remaining two clauses of the contract were struck down by the judge on Friday afternoon.',
    // A notice quoted, then talked about: no terms of use after its rights.
    'Copyright Disney, all rights reserved. So stand es während fast hundert Jahren auf jeder Kopie von «Steamboat Willie», doch seit Januar ist die Maus gemeinfrei.',
    "Copyright Gallimard, tous droits réservés. Cette mention figure sur chaque exemplaire, mais l'éditeur a perdu le procès.",
    // The rights in a sentence, or quoted.
    'Alle Rechte vorbehalten, sagt der Verlag.',
    'All rights reserved by the author remain with the author for seventy years.',
    '«Tutti i diritti riservati», si legge sotto ogni grafico della banca.',
    'All rights reserved copyright holders may sue, the judge said.',
    // The words of a photo handed in, in sentences; no name before `/supplied`.
    'Courtesy of the museum, the painting returns to Basel next year.',
    'The photograph supplied by the family shows him in 1970.',
    'Photo courtesy of the family shows him in 1970.',
    'Mr Supplied said he would appeal.',
    'They asked for the courtesy of a reply.',
    'Supplied images show the damage.',
    'the family/supplied',
    'Photo supplied by police shows the suspect fleeing the scene.',
    'Video courtesy of the family shows him singing.',
    'Supplied photos show the damage.',
    // A bare `Courtesy of` takes a name or a credit word: a word of prose is a heading's.
    'Courtesy of tradition',
    // Two letters and an ordinary abbreviation (Isle of Man TT, Audi TT): Sweden's agency is not taken.
    'TT',
    // Agencies whose letters are parties' or provinces' too (Pakistan's PTI and ANP, Singapore's PAP,
    // India's AAP, Nusa Tenggara Barat), and Anatolia's name: no credits alone.
    'PTI',
    'ANP',
    'PAP',
    'AAP',
    'NTB',
    'Anadolu',
  ]) it(`keeps ${JSON.stringify(text)}`, () => assert.ok(!isCredit(text)));
});

/** Whether the paragraph `html` (a `<p>` with its links), between two of an article's, goes as a credit. */
function isCreditParagraph(html: string): boolean {
  const dump = ['Economy', '', 'Congress weighs a new way to fund the government', '', 'The national debt keeps rising.', '', html, '', 'Lawmakers vote next week.', ''].join('\n');
  return clean(dump).removed.some((r) => r.line === 6 && r.codes.includes('credit'));
}

describe('credit: an image credit with its licence links', () => {
  for (const html of [
    '<p>Money ( <a href="i.jpg">Image</a> by <a href="p/">401(K) 2013</a>) <a href="l/">Permission</a> <a>Details</a> <a>DMCA</a></p>',
    '<p>Capitol Hill (Photo by Jane Doe/Getty Images) <a href="l/">License</a> <a href="d/">Details</a></p>',
  ]) it(`drops ${JSON.stringify(html)}`, () => assert.ok(isCreditParagraph(html)));

  for (const html of [
    // One link only, a note's colon prefix, words after the credit that are no links, a sentence before it.
    '<p>Money ( <a href="i.jpg">Image</a> by <a href="p/">Jane Doe</a>) <a href="l/">Permission</a></p>',
    '<p>The budget office figures (source: CBO) <a href="s/">summary</a> <a href="r/">full report</a></p>',
    '<p>Representative Kucinich (photo by House staff) spoke about <a href="c/">the coinage clause</a> and <a href="n/">the NEED Act</a>.</p>',
    '<p>He spoke for an hour. (Photo by Jane Doe) <a href="l/">License</a> <a href="d/">Details</a></p>',
  ]) it(`keeps ${JSON.stringify(html)}`, () => assert.ok(!isCreditParagraph(html)));

  it('keeps the same words without their links', () => assert.ok(!isCredit('Money ( Image by 401(K) 2013) Permission Details DMCA')));
});

describe('credit: a caption with its credit in brackets is a caption', () => {
  const caption = 'President Biden speaks in Washington. (AP Photo/Carolyn Kaster)';
  const dump = ['Politics', '', 'Senate passes the bill', '', 'The Senate passed the bill on Tuesday.', '', caption, '', 'It now goes to the House.', ''].join('\n');

  it('drops it as a caption, and keeps it with captions kept', () => {
    assert.deepEqual(clean(dump).removed.filter((r) => r.text === caption).map((r) => r.codes), [['caption']]);
    assert.ok(clean(dump, { keepCaptions: true }).text.includes(caption));
  });

  it('still drops the credit alone, and a line the caption rule would not take', () => {
    assert.ok(isCredit('(AP Photo/Carolyn Kaster)'));
    assert.ok(isCredit('Scholz spricht im Bundestag. (Foto/dpa)'));
  });
});

describe('credit: party letters that are an agency’s too stay', () => {
  /** The removed lines of an election story with `block` between two of its paragraphs. */
  const removedFrom = (...block: string[]) =>
    clean(['Pakistan', '', 'Khan’s party wins most seats', '', 'Independents won the largest number of seats, the commission said.', '', ...block, '', 'The results are certified next week.', ''].join('\n')).removed.map((r) => r.text);

  it('keeps a subheading above its paragraph', () =>
    assert.deepEqual(removedFrom('PTI', 'Independents backed by the party won 93 seats, short of a majority.', '', 'ANP', 'The Awami National Party lost most of its seats.'), []));
  it('keeps it as a paragraph of its own above the text', () =>
    assert.deepEqual(removedFrom('PAP', '', 'The People’s Action Party promises to keep housing affordable.', '', 'AAP', '', 'The Aam Aadmi Party loses the capital after ten years.'), []));
  it('keeps the rows of a results list', () =>
    assert.deepEqual(removedFrom('Seats won by party in the Punjab assembly:', '', 'PML-N', 'PTI', 'PPP', 'Others'), []));
  it('keeps a province and a region by name', () =>
    assert.deepEqual(removedFrom('NTB', 'The disaster agency of West Nusa Tenggara reported damage.', '', 'Anadolu', 'Central Anatolia is a high plateau of steppe.'), []));
  it('still drops the agency after a publisher, in brackets, after a photo word', () => {
    for (const credit of ['(PTI)', 'Photo: PTI', 'Photo: AAP']) assert.ok(isCredit(credit), credit);
    assert.deepEqual(removedFrom('Le Monde avec PTI'), ['Le Monde avec PTI']);
  });
});

describe('credit: a spec sheet’s value after a word that prefixes credits', () => {
  /** The removed lines of a camera test with the spec sheet `rows` between two of its paragraphs. */
  const removedFrom = (...rows: string[]) =>
    clean(['Test', '', 'Die neue Systemkamera im Praxistest', '', 'Die Kamera richtet sich an Reisende.', '', 'Technische Daten', ...rows, '', 'Im Test überzeugte der Autofokus.', ''].join('\n')).removed.map((r) => r.text);

  for (const value of ['Foto: 50 MP', 'Bild: 6,1 Zoll OLED', 'Video: bis 60 Bilder pro Sekunde', 'Video: 4K', 'Photo: 50MP main, 12MP ultrawide', 'Vidéo : 4K à 60 i/s', 'Quelle: 3 Studien der ETH'])
    it(`keeps ${JSON.stringify(value)}`, () => assert.ok(!isCredit(value)));
  it('keeps the sheet with its heading', () => assert.deepEqual(removedFrom('Sensor: 24 Megapixel', 'Foto: bis 30 Bilder pro Sekunde', 'Video: 4K bei 60 fps', 'Preis: 1299 Fr.'), []));
  for (const value of ['Video: 4K/60p', 'Bild: 6,1 Zoll/OLED', 'Bild: 120 Hz', 'Foto: 50 MP / 12 MP'])
    it(`keeps ${JSON.stringify(value)}`, () => assert.ok(!isCredit(value)));
  // A number in a credit is a year, a date, in a name, a gallery's counter, or a count before the credit.
  for (const credit of [
    'Foto: Keystone/EPA 2021',
    'Bild: 20min/Michael Scherrer',
    'Foto: 20 Minuten',
    'Photo: 20min',
    'Foto: Peter Klaunzer 2019',
    'Quelle: BFS 2023',
    'Foto: 123RF',
    'Photo: 500px',
    'Foto: 3Sat',
    'Photo: 7sur7',
    'Foto: 1. FC Köln',
    'Foto: 20 Minuten/Leserreporter',
    'Foto: 20min-Leserreporter',
    'Foto: 20min.ch',
    'Foto: Keystone, 28.03.2024',
    'Foto: Max Muster, 28. März 2024',
    'Bild: 1/12',
    'Bild: 2 Bilder, Keystone',
    'Foto: 3 Fotos, Getty Images',
  ])
    it(`still drops ${JSON.stringify(credit)}`, () => assert.ok(isCredit(credit)));
  // A publisher or a credit among the parts between slashes and commas; a name's number.
  for (const credit of [
    'Bild: Screenshot/20 Minuten',
    'Foto: Michael Scherrer/20 Minuten',
    'Foto: Leserreporter/20 Minuten',
    'Photo : AFP, 28 mars 2024',
    'Photo: Getty Images, March 28',
    'Foto: Ansa, 28 marzo',
    'Photo: Reuters, March 28',
    'Bild: Keystone/Gaetan Bally, 1/12',
    'Photo: Pool/AFP, 2 photos',
    'Vidéo: France 2',
    'Vidéo : France 24',
    'Video: Tele 1',
    'Video: Canal 9',
    'Video: Rai 1',
    'Foto: SRF 1',
    'Photo: Channel 4',
    'Video: Radio 24',
    'Photo: NBC 4 New York',
    'Foto: Keystone 2',
  ])
    it(`drops ${JSON.stringify(credit)}`, () => assert.ok(isCredit(credit)));
  it('drops such a credit with the caption above it', () => {
    const removed = (caption: string, credit: string) =>
      clean(['Technik', '', 'Das neue Smartphone im Test', '', 'Das Gerät kostet 999 Franken.', '', caption, credit, '', 'Die Kamera liefert sehr gute Bilder.', ''].join('\n')).removed.map((r) => r.text);
    for (const [caption, credit] of [
      ['Das Gerät im Test.', 'Bild: Screenshot/20 Minuten'],
      ['Das Gerät im Test.', 'Foto: Michael Scherrer/20 Minuten'],
      ['Le smartphone lors du test.', 'Photo : AFP, 28 mars 2024'],
      ['The phone on test.', 'Photo: Getty Images, March 28'],
      ['Il telefono alla prova.', 'Foto: Ansa, 28 marzo'],
      ['Das Gerät im Test.', 'Foto: Keystone 2'],
    ])
      assert.deepEqual(removed(caption, credit), [caption, credit]);
  });
  // After a capitalised word, a number with its unit is a value all the same.
  for (const value of ['Foto: Hauptkamera 50 MP', 'Foto: Kamera 50MP', 'Video: Zeitlupe 120 fps'])
    it(`keeps ${JSON.stringify(value)}`, () => assert.ok(!isCredit(value)));
  it('keeps the sheet with a value after a capitalised word', () =>
    assert.deepEqual(removedFrom('Sensor: 24 Megapixel', 'Foto: Hauptkamera 50 MP', 'Video: 4K bei 60 fps', 'Preis: 1299 Fr.'), []));
});

describe('credit: text and pictures credited together', () => {
  for (const credit of ['Text und Bild: zVg', 'Text und Fotos: Anna Muster', 'Texte et photos : Jean Dupont', 'Testo e foto: Mario Rossi', 'Words and pictures: Jane Doe'])
    it(`drops ${JSON.stringify(credit)}`, () => assert.ok(isCredit(credit)));
  for (const sentence of ['Text und Bild: Die Ausstellung zeigt beides nebeneinander, sagt die Kuratorin.', 'Text und Bilder sind im Archiv erhalten.'])
    it(`keeps ${JSON.stringify(sentence)}`, () => assert.ok(!isCredit(sentence)));
});
