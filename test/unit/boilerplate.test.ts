/**
 * The boilerplate rule's polls: a question with its options is page furniture, but a question with
 * a list under it, or an interview's answers, is article text (CLEANING.md: "Precision first: when
 * a rule is unsure, it keeps the line").
 */
import assert from 'node:assert/strict';
import { clean } from '../../src/core';

const ARTICLE = ['Zoo', '', 'Elefantenkalb zeigt sich zum ersten Mal', '', 'Das Kalb hat am Montag die Aussenanlage betreten.', ''];

/** The lines of `tail`, after a short article, that cleaning drops as boilerplate. */
function dropped(tail: string[]): string[] {
  const result = clean([...ARTICLE, ...tail, ''].join('\n'));
  return result.removed.filter((r) => r.codes.includes('boilerplate')).map((r) => r.text);
}

describe('boilerplate: polls', () => {
  it('drops a poll whose answers tell what the reader was told: no reported speech', () => {
    const poll = ['Have you had your flu shot yet?', 'Yes, my doctor told me to.', 'No, not yet.', 'I never get one.'];
    assert.deepEqual(dropped([...poll, '', 'The vaccine is free for everyone over 65, the health office said.']), poll);
  });

  it('drops a poll that ends the dump when two options answer as a reader does', () => {
    const poll = ['Wirst du das Kalb besuchen?', 'Ja, so bald wie möglich.', 'Vielleicht im Sommer.', 'Nein.'];
    assert.deepEqual(dropped(poll), poll);
  });

  it('keeps a question with a short list under it at the end of the dump', () => {
    assert.deepEqual(dropped(['Welche Parteien sind dafür?', 'Die SVP', 'Die SP', 'Die FDP']), []);
    assert.deepEqual(dropped(['Was braucht es dafür?', '200 g Mehl', '2 Eier', '1 Prise Salz']), []);
    // One line in the first person among them is the author's own (a helper found this recipe dropped whole).
    assert.deepEqual(dropped(['Was brauchst du?', 'Mehl', 'Zucker', 'Eier', 'Butter', 'Ich nehme noch Vanille dazu.', 'Dann alles mischen.']), []);
  });

  it('drops a poll inside the article up to its last answer, and keeps what follows', () => {
    const poll = ['Findest du das gut?', '', 'Ja, unbedingt.', '', 'Eher nicht.', '', 'Nein, das braucht es nicht.'];
    const after = ['', 'Der Zoo zählt seit Montag doppelt so viele Besucher.', '', 'Am Wochenende bleibt die Anlage länger offen.'];
    assert.deepEqual(dropped([...poll, ...after]), poll.filter(Boolean));
  });

  it('takes no Italian article for an English answer’s “I”', () => {
    const poll = ['Findest du das gut?', '', 'Ja, unbedingt.', '', 'Eher nicht.', '', 'Nein, das braucht es nicht.'];
    const after = ['', 'I lavori dureranno fino a maggio, dice il sindaco.', '', 'I prezzi restano invariati.'];
    assert.deepEqual(dropped([...poll, ...after]), poll.filter(Boolean));
  });

  it('keeps a survey’s results that the article reports under a question to the reader', () => {
    const after = ['', 'Der Zoo zählt seit Montag doppelt so viele Besucher.'];
    for (const survey of [
      ['Et vous, partez-vous cet été?', 'La question a été posée à 1500 personnes en mai.', '', "Oui, à l'étranger: 41%", 'Oui, en Suisse: 27%', 'Non: 32%', ...after],
      ['Fährst du in die Ferien?', '', 'Ja, ins Ausland: 41 Prozent', 'Ja, in der Schweiz: 27 Prozent', 'Nein: 32 Prozent', ...after],
      // At the end of the dump too.
      ['E voi, lavorate la domenica?', 'Lo abbiamo chiesto ai lettori.', '', 'Sì, sempre: 18%', 'Sì, a volte: 33%', 'No: 49%'],
    ]) {
      assert.deepEqual(dropped(survey), [], survey[0]);
    }
  });

  it('keeps a survey’s results that a promotion follows, and drops the promotion', () => {
    const survey = ['Und du, fährst du weg?', '', 'Ja, ins Ausland: 41%', 'Ja, in der Schweiz: 27%', 'Nein: 32%'];
    const promo = ['', 'Folgst du schon 20 Minuten auf Whatsapp?', 'Abonniere den Kanal und erhalte die News direkt aufs Handy.'];
    assert.deepEqual(dropped([...survey, ...promo]), promo.filter(Boolean));
  });

  it('drops a poll shown after the vote, whose options speak as a reader does', () => {
    const poll = ['Fährst du diesen Sommer in die Ferien?', 'Ja, ins Ausland. 41%', 'Ja, in der Schweiz. 27%', 'Nein, ich bleibe zu Hause. 32%'];
    const promo = ['', 'Folgst du schon 20 Minuten auf Whatsapp?', 'Abonniere den Kanal und erhalte die News direkt aufs Handy.'];
    assert.deepEqual(dropped([...poll, ...promo]), [...poll, ...promo.filter(Boolean)]);
  });

  it('drops a poll that a results button closes, shares and all', () => {
    const poll = ['Fährst du in die Ferien?', 'Ja, ins Ausland: 41%', 'Ja, in der Schweiz: 27%', 'Nein: 32%', 'Resultate anzeigen'];
    assert.deepEqual(dropped(poll), poll);
  });

  it('keeps a quiz’s question with its lettered options, and drops only its results button', () => {
    assert.deepEqual(dropped(['Welcher ist der längste Fluss?', 'A) Rhein', 'B) Aare', '', 'Auflösung: 1B, 2B', '', 'Ergebnis anzeigen']), ['Ergebnis anzeigen']);
    assert.deepEqual(dropped(['2. Who became prime minister in July?', 'a) Keir Starmer', 'b) Rishi Sunak', 'Show results']), ['Show results']);
    assert.deepEqual(dropped(['Qui a gagné le Tour 2023 ?', 'a) Pogačar', 'b) Vingegaard', 'c) Evenepoel', 'Voir les résultats']), ['Voir les résultats']);
  });

  it('drops a poll whose options carry one letter mark or none', () => {
    const poll = ['Fährst du in die Ferien?', 'Ja, ins Ausland.', 'A) Nein.', 'Resultate anzeigen'];
    assert.deepEqual(dropped(poll), poll, 'one lettered option makes no quiz');
    const unlettered = ['Welches Auto fährst du?', 'VW', 'BMW', 'Resultate anzeigen'];
    assert.deepEqual(dropped(unlettered), unlettered);
    const marked = ['Wie findest du das?', 'a)gut', 'b)schlecht', 'Resultate anzeigen'];
    assert.deepEqual(dropped(marked), marked, 'no space after the parenthesis: no quiz’s letter');
  });

  it('drops a poll whose answers a promotion ends, whatever its question', () => {
    const poll = ['Schafft Servette noch die Wende?', '', 'Ja, der kaputte Rasen wird zum Trumpf für die Genfer.', '', 'Nein, auch auf einem Acker ist Chelsea zu gut.'];
    const promo = ['', 'Folgst du schon 20 Minuten auf Whatsapp?', 'Abonniere den Kanal und erhalte die News direkt aufs Handy.'];
    assert.deepEqual(dropped([...poll, ...promo]), [...poll.filter(Boolean), ...promo.filter(Boolean)]);
  });

  it('keeps a rhetorical question and the paragraphs that answer it', () => {
    const paragraphs = (...lines: string[]): string[] => lines.flatMap((l) => ['', l]).slice(1);
    for (const text of [
      paragraphs('Ma cosa è successo davvero?', 'Si tratta di un guasto tecnico, dice il sindaco.', 'Il sindaco ha convocato una riunione.', 'Si attende il rapporto della polizia.'),
      paragraphs('What exactly has he promised?', 'No tax on tips', 'No tax on overtime', 'No tax on Social Security benefits'),
      paragraphs("Faut-il s'inquiéter?", "Non, selon l'OFSP, le risque reste faible.", 'Je rappelle que la situation est sous contrôle, a souligné la ministre.'),
      paragraphs('Vermisse ich etwas?', 'Ich dachte zuerst, ja.', 'Ja, manchmal schon.'),
      // A short interview that says du: two questions.
      paragraphs('Hast du damit gerechnet?', 'Nein, überhaupt nicht.', 'Ich war total überrascht.', 'Wie geht es jetzt weiter?', 'Ich weiss es noch nicht.'),
    ]) {
      assert.deepEqual(dropped([...text, '', 'Der Zoo zählt seit Montag doppelt so viele Besucher wie im Vorjahr.']), [], text[0]);
    }
  });

  it('drops a poll after a lead that asks a question of its own: the lead makes no interview', () => {
    const top = ['Fussball', '', 'Keller hielt stark. Stellt sich nun erneut die Goalie-Frage?', '', 'Der Ersatzgoalie hielt seinen Kasten sauber.', ''];
    const poll = ['Wen willst du als Nummer eins im Tor sehen?', '', 'Ganz klar von Ballmoos. An ihm kommt niemand vorbei.', '', 'Marvin Keller. Er hätte es sich verdient.', '', 'Zum Glück muss ich nicht entscheiden.'];
    const after = ['', 'Falls von Ballmoos am Samstag noch nicht fit ist, spielt wieder Keller.', ''];
    const result = clean([...top, ...poll, ...after].join('\n'));
    assert.deepEqual(result.removed.map((r) => r.text), poll.filter(Boolean));
  });

  it('never takes the headline or the lead for a poll', () => {
    const dump = ['Verkehr', '', 'Wird das Benzin für dich jetzt teurer?', '', 'Nein, jedenfalls nicht sofort.', '', 'Ich rechne trotzdem mit höheren Preisen, sagt ein Ökonom.', ''].join('\n');
    assert.deepEqual(clean(dump).removed, []);
  });

  it('keeps the answers of an interview', () => {
    const interview = [
      'Hatten Sie Angst?', '', 'Nein, ich hatte keine Zeit dafür.', '', 'Ich habe sofort mit der Suche begonnen.', '',
      'Würden Sie es wieder tun?', '', 'Ja, sofort.', '', 'Und warum?', '', 'Ich würde dieselbe Hilfe erwarten.',
    ];
    assert.deepEqual(dropped(interview), []);
  });
});

describe('boilerplate: a poll that runs to a heading', () => {
  const question = ['<p>Kannst du dir vorstellen, so viel auszugeben?</p>', '<p>Ja, ich kaufe sowieso jede Woche dort ein.</p>', '<p>Nein, das ist mir viel zu teuer.</p>'];
  const heading = ['<zt>Die Preise steigen</zt>', '<p>Auf Ricardo kosten einzelne Sets bereits mehrere hundert Franken.</p>'];
  const answers = ['Kannst du dir vorstellen, so viel auszugeben?', 'Ja, ich kaufe sowieso jede Woche dort ein.', 'Nein, das ist mir viel zu teuer.'];

  it('takes every option in a reader’s voice, and a short cry, up to the heading', () => {
    const more = ['<p>2000 Franken sind für mich einfach zu viel Geld.</p>', '<p>Hallo, Coop-Kind hier!</p>'];
    assert.deepEqual(dropped([...question, ...more, ...heading]), [...answers, '2000 Franken sind für mich einfach zu viel Geld.', 'Hallo, Coop-Kind hier!']);
  });

  it('hears the English “I” of a reader inside an option, where a clause starts or with its contraction', () => {
    const more = ['Honestly, I think the price is fair for what you get.', 'For that money I’d rather buy a bike.', 'Too much, and I guess most parents agree.'];
    assert.deepEqual(dropped([...question, ...more.map((m) => `<p>${m}</p>`), ...heading]), [...answers, ...more]);
  });

  it('ends at the last answer when a reporting sentence follows it, whatever words it holds', () => {
    for (const sentence of [
      'Die Aktion läuft bis Ende Mai.',
      'Die Preise steigen je nach Grösse des Sets um bis zu 20 Prozent.',
      'Der Umsatz stieg auf 3 Mio. Franken, meinte die Sprecherin.',
      '«Für mich ist das zu teuer», sagt Anna (34) aus Bern.',
      'Secondo il sindaco i lavori dureranno fino a maggio.',
      'The plant was built before World War I',
      'Die Arbeiten an Teil I von drei Etappen beginnen im Mai.',
      'Le chapitre I du rapport porte sur les prix.',
      'The report of Phase I of the study came out in May.',
      'Die Phase I beginnt im Mai.',
      'Teil I dieser Serie erschien am Montag.',
      'La phase I a commencé en mai.',
      'La fase I è conclusa da maggio.',
      'Phase I and II of the study came out in May.',
      'Type I diabetes patients pay more for it.',
    ]) {
      assert.deepEqual(dropped([...question, `<p>${sentence}</p>`, ...heading]), answers, sentence);
    }
  });
});

describe('boilerplate: the publisher promoting itself', () => {
  const dump = (section: string[]) => ['Sport', '', 'Keller überzeugt im YB-Tor', '', 'Marvin Keller hielt zwei Penaltys. Die Goalie-Frage ist wieder offen.', '', '<p>Trainer Rahmen lobte seinen Ersatzgoalie nach dem Spiel ausdrücklich.</p>', ...section, ''].join('\n');
  const boilerplate = (section: string[]) => clean(dump(section)).removed.filter((r) => r.codes.includes('boilerplate')).map((r) => r.text);

  it('drops a closing section under its name that names it again and speaks to the reader', () => {
    const promo = ['<zt>20 Minuten Fantasy League</zt>', '<zt>Manage dein eigenes Team</zt>', '<p>Tauche ein in das neue Fantasy-Game von 20 Minuten! Stelle dein Dreamteam zusammen.</p>'];
    assert.deepEqual(boilerplate(promo), ['20 Minuten Fantasy League', 'Manage dein eigenes Team', 'Tauche ein in das neue Fantasy-Game von 20 Minuten! Stelle dein Dreamteam zusammen.']);
  });

  it('keeps a story’s own last section that only starts like a publisher, is a compound of one, or quotes the reader', () => {
    for (const section of [
      ['<h2>Le temps presse</h2>', '<p>Le Parlement doit trancher avant la fin du mois, dit Le Temps.</p>'],
      ['<h2>Die Zeit drängt</h2>', '<p>«Du kannst nicht ewig warten», sagte die Ministerin der Zeit.</p>'],
      ['<h2>Blick-Recherche zeigt Verluste</h2>', '<p>Wie Blick berichtet, verlor der Klub dein Geld und meines.</p>'],
      ['<h2>20 Minuten reagiert</h2>', '<p>20 Minuten hat den Artikel inzwischen korrigiert.</p>'],
      ['<zt>Heute Abend wird es eisig</zt>', '<p>Zieh dir warme Kleider an, denn heute Abend sinken die Temperaturen auf minus zehn Grad.</p>'],
      ['<zt>Blick nach vorn</zt>', '<p>Werft einen Blick auf eure Heizung, bevor es kalt wird.</p>'],
      ['<zt>Blick Live</zt>', '<p>Verschafft euch einen Überblick über die Lage.</p>'],
      ['<zt>Die Zeit drängt</zt>', '<p>Nimm dir die Zeit, deine Wasserleitungen zu isolieren.</p>'],
      ['<zt>20 Minuten Fantasy League</zt>', '<zt>Manage dein eigenes Team</zt>', '<zt>Die Regeln</zt>', '<p>Tauche ein in das Game von 20 Minuten!</p>'],
    ]) {
      assert.deepEqual(boilerplate(section), [], section[0]);
    }
  });
});

describe('boilerplate: consent, newsletter and player furniture', () => {
  const after = ['', 'Der Zoo zählt seit Montag doppelt so viele Besucher.'];
  for (const furniture of [
    ['Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.', 'Akzeptieren'],
    ['Questo contenuto è disponibile solo con il consenso ai cookie di terze parti.', 'Accetta'],
    ['Get the latest news delivered to your inbox. Subscribe to our daily newsletter.', 'Enter your email address', 'Sign up'],
    ['This video can not be played', 'To play this video you need to enable JavaScript in your browser.'],
  ]) {
    it(`drops ${JSON.stringify(furniture[0])} with its block, and keeps the article after it`, () => {
      assert.deepEqual(dropped([...furniture, ...after]), furniture);
    });
  }

  it('drops the share buttons that end a ticker entry, and keeps the entries after them', () => {
    const ticker = ['85\'', 'Tor! Hofmann trifft zum 4:2', 'Teilen', 'Facebook', 'WhatsApp', 'E-Mail'];
    assert.deepEqual(dropped([...ticker, ...after]), ['Teilen', 'Facebook', 'WhatsApp', 'E-Mail']);
    assert.deepEqual(dropped(['85\'', 'Tor! Hofmann trifft zum 4:2', 'Teilen', '88\'', 'Davos ohne Goalie', ...after]), ['Teilen']);
    assert.deepEqual(dropped(['Die Mieten sinken.', 'Teilen', 'Facebook', 'X', 'Per E-Mail senden', ...after]), ['Teilen', 'Facebook', 'X', 'Per E-Mail senden']);
  });

  it('drops the buttons under a share heading that starts its block, up to the article’s next sentence', () => {
    assert.deepEqual(dropped(['Teilen', 'Facebook', 'WhatsApp', ...after]), ['Teilen', 'Facebook', 'WhatsApp']);
    assert.deepEqual(dropped(['Share', 'Facebook Twitter WhatsApp Email', ...after]), ['Share', 'Facebook Twitter WhatsApp Email']);
    // The scraper left the buttons out: what follows the heading in its block is the article's.
    assert.deepEqual(dropped(['Teilen', 'Das ist das Wichtigste, sagt sie: den Schmerz mit anderen zu teilen.', ...after]), ['Teilen']);
    assert.deepEqual(dropped(['Share', 'The recipe was shared more than 40,000 times on Pinterest last year.', ...after]), ['Share']);
    // A sentence that ends inside its quote, and a ticker's time, are no buttons either.
    assert.deepEqual(dropped(['Teilen', 'Sie sagte: «Das ist das Wichtigste.»', ...after]), ['Teilen']);
    assert.deepEqual(dropped(['Teilen', '14.32 Uhr', 'Die Polizei hat die A1 bei Kriegstetten wieder geöffnet.', ...after]), ['Teilen']);
  });

  it('drops an ad label that starts its block with the ad’s lines under it', () => {
    for (const ad of [
      ['Anzeige', 'Jetzt bis zu 50 Prozent sparen bei Ihrem nächsten Einkauf.'],
      ['Anzeige', 'Swisscom blue TV', 'Jetzt 3 Monate gratis!'],
      ['Advertisement', 'Get 50% off your first order.'],
      ['Publicité', 'Profitez de nos offres avec votre carte client.'],
      ['Pubblicità', 'Scopri le offerte per la tua casa.'],
    ]) {
      assert.deepEqual(dropped([...ad, ...after]), ad);
    }
  });

  it('keeps the article’s sentences under an ad label whose ad the scraper left out', () => {
    for (const [label, ...article] of [
      ['Anzeige', 'Anzeige erstattet hat zuerst der 61-jährige Kläger, im Juni 2024.'],
      ['Werbung', 'Betroffen sind vor allem Pendler aus dem Kanton Schwyz.', 'Nachts bleiben einzelne Abschnitte gesperrt.'],
      ['Werbung', 'Die Polizei fragt: «Haben Sie etwas gesehen?»'],
      ['Anzeige', 'Sie sagte vor Gericht aus.'],
      // After a quote, as at a sentence's start, `Sie` is "she" or "they".
      ['Werbung', '«Ich habe nichts gesehen.» Sie schweigt seither.'],
      ['Gesponsert', 'Betroffen sind vor allem Pendler aus dem Kanton Schwyz.'],
      ['Sponsored', 'Cyclists welcomed the decision.'],
      ['Advertisement', 'Cyclists welcomed the decision.'],
      ['Publicité', 'Les hôteliers genevois regrettent cette décision.'],
      ['Pubblicità', 'La decisione ha sorpreso gli albergatori.'],
    ]) {
      assert.deepEqual(dropped([label, ...article, ...after]), [label], article[0]);
    }
  });

  it('drops a consent button of more than one word on its own line', () => {
    assert.deepEqual(dropped(['Alle akzeptieren', ...after]), ['Alle akzeptieren']);
    assert.deepEqual(dropped(['Accept all', ...after]), ['Accept all']);
  });

  it('keeps a sentence that uses the words of a button, and a button\'s word that is no button', () => {
    assert.deepEqual(dropped(['Die Tierpfleger akzeptieren die Entscheidung des Zoos.', ...after]), []);
    assert.deepEqual(dropped(['Union members were given two options in the ballot:', 'Accept', 'Reject', ...after]), []);
  });
});

describe('boilerplate: a poll’s verb said for effect', () => {
  const before = ['Was sollen die Jungen jetzt tun? Die Antwort ist einfach.', ''];
  const after = ['', 'Wer nicht abstimmt, überlässt anderen die Entscheidung.'];
  for (const word of ['Abstimmen.', 'Vote.', 'Vota.']) {
    it(`keeps ${JSON.stringify(word)} as a paragraph of its own between paragraphs of prose`, () => {
      assert.deepEqual(dropped([...before, word, ...after]), []);
    });
  }
  it('drops it under a question: the poll\'s button', () => {
    assert.deepEqual(dropped(['Und jetzt?', '', 'Abstimmen.', ...after]), ['Abstimmen.']);
    assert.deepEqual(dropped(['Should the tram line be extended to the airport?', '', 'Vote.', '', 'The extension would cost 200 million francs, according to estimates.']), ['Vote.']);
    assert.deepEqual(dropped(['Soll die Tramlinie bis zum Flughafen verlängert werden?', '', 'Abstimmen.', ...after]), ['Abstimmen.']);
  });
  it('drops the verb as a button: with no full stop or with `!`, after no sentence, as the dump’s last line', () => {
    assert.deepEqual(dropped([...before, 'Abstimmen', ...after]), ['Abstimmen']);
    assert.deepEqual(dropped([...before, 'Abstimmen!', ...after]), ['Abstimmen!']);
    assert.deepEqual(dropped(['Ja, sofort', 'Nein, später', '', 'Vote.', ...after]), ['Vote.']);
    assert.deepEqual(dropped([...before, 'Vote.']), ['Vote.']);
  });
  it('drops it where either side is no prose: a short line closed by a point, a short sentence after, a teaser or a credit', () => {
    assert.deepEqual(dropped(['Genug.', '', 'Abstimmen.', ...after]), ['Abstimmen.']);
    assert.deepEqual(dropped([...before, 'Abstimmen.', '', 'Jetzt.']), ['Abstimmen.']);
    assert.deepEqual(dropped([...before, 'Abstimmen.', '', 'Lesen Sie auch: Die Jungen bleiben der Urne fern.']), ['Abstimmen.']);
    assert.deepEqual(dropped([...before, 'Abstimmen.', '', 'Quelle: Keystone-SDA, AFP und Reuters.']), ['Abstimmen.']);
  });
  it('drops a call to vote with its full stop (`Jetzt abstimmen.`)', () => {
    assert.deepEqual(dropped([...before, 'Jetzt abstimmen.', ...after]), ['Jetzt abstimmen.']);
  });
  for (const label of ['Anzeige.', 'Werbung.', 'Gesponsert.', 'Sponsored.', 'Advertisement.', 'Publicité.', 'Pubblicità.']) {
    it(`drops the ad label ${JSON.stringify(label)} between paragraphs of prose`, () => {
      assert.deepEqual(dropped([...before, label, ...after]), [label]);
    });
  }
  for (const button of ['Teilen.', 'Kommentieren.', 'Artikel teilen.', 'Tweet.', 'Partager.', 'Condividi.', 'Stampa.', 'Donate.', 'Newsletter abonnieren.']) {
    it(`drops the button ${JSON.stringify(button)} between paragraphs of prose`, () => {
      assert.deepEqual(dropped([...before, button, ...after]), [button]);
    });
  }
  it('drops a row of share buttons closed by points between paragraphs', () => {
    const row = ['Teilen.', '', 'Drucken.', '', 'Link kopieren.'];
    assert.deepEqual(dropped([...before, ...row, ...after]), row.filter(Boolean));
  });
  it('drops a call to action with `!` ending the dump', () => {
    assert.deepEqual(dropped([...before, 'Teilen!']), ['Teilen!']);
    assert.deepEqual(dropped([...before, 'Jetzt abonnieren!']), ['Jetzt abonnieren!']);
  });
});

describe('boilerplate: page UI right above the article text', () => {
  it('takes nothing under "Show more updates": the ticker entry and its time stay', () => {
    assert.deepEqual(dropped(['Show more updates', '12.05 BST', 'Trains between London and Edinburgh are cancelled.']), ['Show more updates']);
  });

  it('takes a recipe\'s ingredients under "Print recipe" only when they read as buttons', () => {
    assert.deepEqual(dropped(['Print recipe', 'Serves 6', '200g plain flour', '100g cold butter', '1 egg yolk']), ['Print recipe']);
    assert.deepEqual(dropped(['Print recipe', 'Save', 'Share']), ['Print recipe', 'Save', 'Share']);
    assert.deepEqual(dropped(['Rezept drucken', 'Für 4 Personen', '200 g Mehl', '2 Eier']), ['Rezept drucken']);
    assert.deepEqual(dropped(['Imprimer la recette', 'Pour 6 personnes', '250 g de farine']), ['Imprimer la recette']);
    assert.deepEqual(dropped(['Stampa la ricetta', 'Dosi per 4 persone', '300 g di farina']), ['Stampa la ricetta']);
    assert.deepEqual(dropped(['Stampa ricetta', 'Salva', 'Condividi']), ['Stampa ricetta', 'Salva', 'Condividi']);
  });

  it('keeps a sentence about printing a recipe', () => {
    assert.deepEqual(dropped(['Rezept drucken lohnt sich: Die Mengen stehen auf Seite zwei.']), []);
  });

  it('takes a list under "Cet article vous a été utile ?" only when it reads as buttons', () => {
    assert.deepEqual(dropped(['Cet article vous a été utile ?', 'Voici les points à retenir :', 'la date limite est le 23 mai ;', 'le paiement se fait en ligne.']), [
      'Cet article vous a été utile ?',
    ]);
    assert.deepEqual(dropped(['Cet article vous a été utile ?', 'Oui', 'Non']), ['Cet article vous a été utile ?', 'Oui', 'Non']);
    assert.deepEqual(dropped(['CET ARTICLE VOUS A ÉTÉ UTILE?', 'OUI', 'NON']), ['CET ARTICLE VOUS A ÉTÉ UTILE?', 'OUI', 'NON']);
  });
});

describe('boilerplate: the page’s footer, comments and navigation', () => {
  it('drops a footer’s, a comment widget’s and the navigation’s lines, whole lines only', () => {
    for (const line of [
      'Impressum', 'Cookie-Einstellungen', 'Nach oben', 'Zurück zur Startseite', 'Kommentar schreiben', 'Die Kommentarfunktion ist geschlossen.', 'Korrektur melden', 'Fehler gefunden? Jetzt melden.',
      'Privacy Policy', 'Terms of Use', 'Back to top', 'Join the conversation', 'Comments are closed.', 'Report an error',
      'Mentions légales', 'Retour en haut', "Retour à l'accueil", 'Les commentaires sont fermés.', 'Écrire un commentaire',
      'Note legali', 'Torna su', 'Lascia un commento', 'I commenti sono chiusi.', 'Hai trovato un errore? Segnalacelo.',
    ]) {
      assert.deepEqual(dropped([line]), [line]);
    }
  });

  it('takes the buttons after such a line at the page\'s end; with a line after it that is no furniture, it stays', () => {
    assert.deepEqual(dropped(['© 2024 Tamedia AG', 'Impressum', 'Datenschutz', 'AGB', 'Kontakt']), ['Impressum', 'Datenschutz', 'AGB', 'Kontakt']);
    assert.deepEqual(dropped(['War dieser Artikel hilfreich?', 'Ja', 'Nein']), ['War dieser Artikel hilfreich?', 'Ja', 'Nein']);
    assert.deepEqual(dropped(['Was this article helpful?', 'Yes', 'No', 'Report an error']), ['Was this article helpful?', 'Yes', 'No', 'Report an error']);
    assert.deepEqual(dropped(['Nach oben', '14.32 Uhr', 'Ganz oben']), []);
    // A count asks nothing: the answers under it are left (a survey's rows, as often as buttons).
    assert.deepEqual(dropped(['1204 Kommentare', 'Ja', 'Nein']), ['1204 Kommentare'], 'answers only to a question');
  });

  it('keeps it above a list’s short rows, which it never takes along', () => {
    assert.deepEqual(dropped(['Impressum', 'Roche', 'Novartis']), []);
    assert.deepEqual(dropped(['12 Kommentare', 'Roche', 'Novartis']), []);
    assert.deepEqual(dropped(['Impressum | Datenschutz', 'Roche', 'Novartis']), ['Impressum | Datenschutz'], 'a row of links goes anywhere');
  });

  it('keeps such a line with prose after it: a section’s heading, a list’s, an answer', () => {
    const prose = ['', 'Die Händler rechnen für Mittwoch mit einem ruhigen Handel, sagte ein Analyst.'];
    assert.deepEqual(dropped(['Nach oben', 'Roche', 'Novartis', 'Nestlé', ...prose]), []);
    assert.deepEqual(dropped(['Privacy Policy', 'Location Services', 'Tracking', 'Analytics', ...prose]), []);
    for (const heading of ['Privacy Policy', 'Terms of Service', 'Datenschutzerklärung', 'Impressum', 'Kontakt', 'Retour en haut', 'Torna su']) {
      assert.deepEqual(dropped([heading, ...prose]), [], heading);
    }
    // Printed twice, a heading is no furniture beside another.
    assert.deepEqual(dropped(['Terms of Service', 'Terms of Service', ...prose]), []);
    // An answer of two words closed by a full stop is no footer's line, even at the end.
    assert.deepEqual(dropped(['Wohin gehen die Zinsen?', 'Nach oben.', ...prose]), []);
    assert.deepEqual(dropped(['Wohin gehen die Zinsen?', 'Nach oben.']), []);
    assert.deepEqual(dropped(['Comments are closed.']), ['Comments are closed.']);
  });

  it('keeps such lines with any text after them, beside other furniture too; teasers and credits are none', () => {
    const prose = ['', 'Die Händler rechnen für Mittwoch mit einem ruhigen Handel, sagte ein Analyst.'];
    assert.deepEqual(dropped(['Nach oben', 'Impressum', ...prose]), []);
    assert.deepEqual(dropped(['12 Kommentare', 'Kommentar schreiben', ...prose]), []);
    // A shop's pages listed in an article, a contact box, a last paragraph with no full stop.
    assert.deepEqual(dropped(['Jeder Shop muss diese Angaben verlinken:', 'Impressum', 'Datenschutzerklärung', 'AGB', 'Widerrufsbelehrung']), []);
    assert.deepEqual(dropped(['Chaque site doit afficher ces pages :', 'Mentions légales', 'Politique de confidentialité', 'Contact', ...prose]), []);
    assert.deepEqual(dropped(['Jeder Onlineshop muss diese Seiten gut sichtbar verlinken:', '', 'Impressum', 'Datenschutzerklärung', 'AGB']), []);
    assert.deepEqual(dropped(['Kontakt', 'Beratungsstelle Familie Bern, Telefon 031 123 45 67']), []);
    assert.deepEqual(dropped(['Kontakt:', '', 'Beratungsstelle Familie Bern']), []);
    assert.deepEqual(dropped(['Privacy', '', 'The app keeps what you type for 30 days']), []);
    assert.deepEqual(dropped(['Nach oben', '', 'Mehr zum Thema', 'Prämien: So viel bekommen Sie zurück', '', 'Foto: Keystone']), ['Nach oben']);
  });

  it('keeps the words of a footer or a comment widget in the article’s sentences, and their nouns alone', () => {
    for (const line of [
      'Im Impressum fehlte die Adresse der verantwortlichen Person.',
      'Die Kommentarfunktion ist geschlossen, seit Unbekannte dort Drohungen veröffentlicht hatten.',
      'Nach oben ging es für den Verlag zuletzt nicht.',
      'Back to top of the agenda is a plan to hire two more moderators.',
      'Comments are closed on all articles from Monday, the editor said.',
      'Les commentaires sont fermés depuis lundi, a confirmé la rédactrice en chef.',
      'I commenti sono chiusi da lunedì, ha spiegato il direttore.',
      'Datenschutz', 'Kontakt', 'Privacy',
    ]) {
      assert.deepEqual(dropped([line, '', 'Der Zoo zählt seit Montag doppelt so viele Besucher.']), [], line);
    }
  });

  it('drops the count of the comments, and keeps a sentence that counts them', () => {
    for (const line of ['12 Kommentare', '1 Kommentar', '142 comments', '3 commentaires', '5 commenti', 'Kommentare (12)', 'Comments (3)']) {
      assert.deepEqual(dropped([line]), [line]);
    }
    assert.deepEqual(dropped(['12 Kommentare gingen bis Mittag ein.']), []);
    assert.deepEqual(dropped(['12 Kommentare von Lesern']), []);
  });

  it('keeps a count over the article’s sentences, which it never takes along', () => {
    const de = ['Bundeshaus', '', 'Bundesrat will Armee stärken', '', 'Von Anna Muster, 12.03.2024', '', '12 Kommentare', 'Der Bundesrat hat das Armeebudget erhöht.', 'Bis 2030 soll es ein Prozent des BIP erreichen.', '', 'Die Vorlage kommt im Juni ins Parlament.', ''];
    assert.equal(clean(de.join('\n')).removed.filter((r) => r.codes.includes('boilerplate')).length, 0);
    assert.ok(clean(de.join('\n')).text.includes('Der Bundesrat hat das Armeebudget erhöht.\nBis 2030 soll es ein Prozent des BIP erreichen.'));
    const en = ['142 comments', 'The council voted 7-2 on Tuesday.', 'Taxes will rise by 2 percent.'];
    assert.deepEqual(dropped(en), []);
    // Beside the widget's other line too: with text after them, they stay.
    assert.deepEqual(dropped(['12 Kommentare', 'Kommentar schreiben', 'Der Bundesrat hat das Armeebudget erhöht.']), []);
  });

  it('keeps a count among the article’s figures, wherever it stands', () => {
    const stats = ['Die Bilanz nach sieben Tagen:', '2 Millionen Aufrufe', '40 000 Likes', '12 Kommentare'];
    assert.deepEqual(dropped([...stats, '', 'Die Kommunikationsabteilung zeigt sich überrascht, sagte ein Sprecher.']), []);
    assert.deepEqual(dropped(stats), []);
  });

  it('drops a row of links parted by `|` that holds a footer’s link, and keeps other rows', () => {
    assert.deepEqual(dropped(['Impressum | Datenschutz | AGB | Cookie-Einstellungen | Kontakt']), ['Impressum | Datenschutz | AGB | Cookie-Einstellungen | Kontakt']);
    assert.deepEqual(dropped(['Mentions légales | Confidentialité | Cookies']), ['Mentions légales | Confidentialité | Cookies']);
    assert.deepEqual(dropped(['Impressum | Datenschutz', 'AGB', 'Kontakt']), ['Impressum | Datenschutz', 'AGB', 'Kontakt']);
    assert.deepEqual(dropped(['Impressum | Datenschutz', 'Der Zoo zählt seit Montag doppelt so viele Besucher.']), ['Impressum | Datenschutz']);
    assert.deepEqual(dropped(['Bern | Zürich | Basel']), []);
    assert.deepEqual(dropped(['Impressum | Die Adresse der verantwortlichen Person fehlt']), []);
  });

  it('keeps a table’s rows and a device’s functions parted by `|`', () => {
    for (const row of ['Print | 1,2 Mio. | 1,1 Mio.', 'Werbung | 410 Mio. | 380 Mio.', 'Drucken | Scannen | Kopieren', 'Print | Scan | Copy', 'Impressum | 2023 | 2024']) {
      assert.deepEqual(dropped(['Kanal | 2022 | 2023', row, '', 'Die Verlage setzen nun stärker auf digitale Abos.']), [], row);
      assert.deepEqual(dropped([row]), [], row);
    }
  });

  it('drops a German follow line that names its platform, and takes nothing along', () => {
    for (const line of ['Folgen Sie uns auf Facebook', 'Folge uns auf Instagram!', 'Folgt uns auf TikTok', 'Folgen Sie uns auf Facebook und Instagram', 'Folgen Sie uns auf X, Threads und Bluesky']) {
      assert.deepEqual(dropped([line]), [line]);
    }
    assert.deepEqual(dropped(['Folgen Sie uns auf Instagram', 'Die Linie verbindet den Hauptbahnhof mit dem Flughafen.', 'Sie kostete 240 Millionen Franken.']), [
      'Folgen Sie uns auf Instagram',
    ]);
    assert.deepEqual(dropped(['Folgen Sie uns, sagte der Polizist zu den Journalisten.']), []);
  });

  it('keeps a headline or a subheading that starts as a follow line, and the paragraphs under it', () => {
    for (const heading of ['Folgen Sie uns auf den Spuren der Römer', 'Folgt uns nach Bern!', 'Folge uns in die Berge', '«Folgt uns!»']) {
      const dump = ['Serie', '', heading, '', 'Im Sommer wandern wir durch die Schweiz. Heute führt die Route nach Murten.', '', 'Die Strecke ist 12 Kilometer lang.', ''];
      assert.equal(clean(dump.join('\n')).removed.length, 0, heading);
      assert.deepEqual(dropped([heading, '', 'Der nächste Streik ist für Oktober geplant.']), [], heading);
    }
  });

  it('drops a breadcrumb trail of two steps or more, which is no kicker', () => {
    for (const trail of ['Home > Schweiz > Bern', 'Accueil › Suisse › Genève', 'Home / World / Europe', 'Startseite » Sport » Fussball', 'Home›Schweiz›Bern']) {
      const result = clean([trail, '', 'Kanton senkt die Steuern', '', 'Der Grosse Rat hat am Montag eine Steuersenkung beschlossen.', ''].join('\n'));
      assert.deepEqual(result.removed.filter((r) => r.codes.includes('boilerplate')).map((r) => r.text), [trail]);
      assert.equal(result.record.kicker, undefined, trail);
    }
    // With no blank line under it, the headline and the lead stay.
    const result = clean(['Home > Schweiz > Bern', 'Kanton senkt die Steuern', 'Der Grosse Rat hat am Montag eine Steuersenkung beschlossen.', ''].join('\n'));
    assert.equal(result.text, 'Kanton senkt die Steuern\nDer Grosse Rat hat am Montag eine Steuersenkung beschlossen.\n');
    for (const line of ['Home / Away record', 'Home > Away', 'Home › Heimat: ein Roman']) {
      assert.deepEqual(dropped([line]), [], line);
    }
  });

  it('tells a trail parted by slashes at the dump’s top or bottom only: among the text it heads a table', () => {
    assert.deepEqual(dropped(['Home / World / Europe']), ['Home / World / Europe']);
    assert.deepEqual(dropped(['Home / Away / Total', '2:1 / 0:3 / 2:4', '', 'Die Bilanz des Trainers ist damit ausgeglichen.']), []);
    assert.deepEqual(dropped(['Home > Schweiz > Bern', '', 'Die Bilanz des Trainers ist damit ausgeglichen.']), ['Home > Schweiz > Bern']);
  });
});

describe('boilerplate: the page’s tags', () => {
  it('drops a tag line at the page’s end, in each language', () => {
    for (const line of [
      'Themen: Bern, Verkehr', 'Schlagworte: Klima, Energie', 'Tags: Oil, Energy, China', 'Topics: Bern, Transport',
      'Mots-clés : Genève, transports', 'Thèmes : Genève, Lausanne', 'Argomenti: Roma, trasporti', 'Tag: Zoo Zürich',
    ]) {
      assert.deepEqual(dropped([line]), [line]);
    }
  });

  it('keeps a label alone over short rows: an article’s last list as often as the page’s tags', () => {
    assert.deepEqual(dropped(['Themen', 'Bern', 'Verkehr']), []);
    assert.deepEqual(dropped(['Das Programm umfasst diese Schwerpunkte.', '', 'Themen', 'Klimapolitik', 'Energie', 'Mobilität der Zukunft']), []);
    assert.deepEqual(dropped(['Which tags can I use?', '', 'Tags', 'news', 'sport', 'culture']), []);
    assert.deepEqual(dropped(['Tags', 'Oil', 'Energy', 'China', '', 'Impressum']), ['Impressum']);
  });

  it('keeps such a list mid-article, with the article’s text after it or in its block', () => {
    const prose = ['', 'Der Zoo zählt seit Montag doppelt so viele Besucher.'];
    assert.deepEqual(dropped(['Themen: Bern, Verkehr', ...prose]), []);
    assert.deepEqual(dropped(['Themen', 'Bern', 'Verkehr', ...prose]), []);
    assert.deepEqual(dropped(['Die Themen des Abends waren:', 'Themen: Bern, Verkehr']), []);
    assert.deepEqual(dropped(['Der Zoo plant einen Umbau.', 'Themen: Bern, Verkehr']), [], 'in the block of the last paragraph');
    // A heading over a sentence heads the article's section; rows apart from it are none of its.
    assert.deepEqual(dropped(['Themen', 'Am Montag beginnt der Umbau.']), []);
    assert.deepEqual(dropped(['Topics', '', 'Bern', 'Transport']), []);
  });

  it('keeps a sentence after the label, and topics that are no short items', () => {
    assert.deepEqual(dropped(['Themen: Klima, Migration und Europa bestimmen den Wahlkampf.']), []);
    assert.deepEqual(dropped(['Themen: Klima, Migration und die Zukunft der Europäischen Union']), [], 'an item of five words');
    assert.deepEqual(dropped(['Tag: Montag, 12. Mai']), []);
    assert.deepEqual(dropped(['Thema: Bern, Verkehr']), [], 'no label');
    assert.deepEqual(dropped(['Tags:']), []);
  });
});

describe('boilerplate: a gallery’s count of its pictures', () => {
  const caption = 'Die neue Brücke soll 2027 fertig sein.';
  const prose = ['', 'Der Zoo zählt seit Montag doppelt so viele Besucher.'];

  it('drops the count wherever it stands, and only the count', () => {
    for (const line of ['Bild 1 von 12', 'Bild: 1 von 12', 'Foto 3 von 10', 'Fotos 3 von 10', 'Image 1 of 5', 'Photo 2 sur 8', 'Immagine 4 di 9', 'Slide 7 of 20']) {
      assert.deepEqual(dropped([line, caption, ...prose]), [line]);
      assert.deepEqual(dropped([line]), [line]);
    }
  });

  it('keeps a count without the picture’s word, and a sentence about pictures', () => {
    assert.deepEqual(dropped(['1 von 12', ...prose]), [], 'a rank');
    assert.deepEqual(dropped(['Platz 1 von 12', ...prose]), []);
    assert.deepEqual(dropped(['Bild 1 von 12 zeigt den Eingang.', ...prose]), []);
    assert.deepEqual(dropped(['Foto 1 von 12: der Eingang', ...prose]), []);
    assert.deepEqual(dropped(['Bild 13 von 12', ...prose]), [], 'no count');
  });

  it('keeps a test’s marks, which a slash parts', () => {
    const marks = ['Unsere Bewertung:', 'Bild 9/10', 'Ton 6/10', 'Bedienung 8/10'];
    assert.deepEqual(dropped([...marks, ...prose]), []);
    assert.deepEqual(dropped(['Picture 9/10', 'Sound 6/10', ...prose]), []);
  });
});

describe('boilerplate: newsletter and subscription boxes', () => {
  const after = ['', 'Der Zoo zählt seit Montag doppelt so viele Besucher, sagt die Direktorin.'];
  for (const box of [
    ['Newsletter', 'Erhalten Sie die wichtigsten News aus Bern jeden Morgen in Ihr Postfach.', 'E-Mail-Adresse', 'Jetzt anmelden'],
    ['Der Bern-Newsletter', 'Die wichtigsten Geschichten aus der Region, jeden Freitag.', 'Hier abonnieren'],
    ['Newsletter', 'Get the most important news from London every morning in your inbox.', 'Email address', 'Sign up'],
    ['The London newsletter', 'The best stories from the region, every Friday.', 'Subscribe here'],
  ]) {
    it(`drops the box that its button ${JSON.stringify(box[box.length - 1])} closes, and keeps the article after it`, () => {
      assert.deepEqual(dropped([...box, ...after]), box);
    });
  }

  for (const line of [
    'Newsletter abonnieren', 'Jetzt abonnieren', 'Zum Newsletter anmelden', 'Abo abschliessen', 'Jetzt 1 Monat gratis testen',
    'Sie sind bereits registriert? Hier einloggen', 'Mit der Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.',
    'Dieser Artikel ist nur für Abonnenten.', 'Weiterlesen mit Abo', 'Plus-Artikel',
    'This article is for subscribers only.', 'Already a subscriber? Log in', 'Subscribe to continue reading',
    'Cet article est réservé aux abonnés.', 'Déjà abonné ? Connectez-vous',
    'Questo articolo è riservato agli abbonati.', 'Sei già abbonato? Accedi',
  ]) {
    it(`drops the subscription's or paywall's line ${JSON.stringify(line)} between paragraphs`, () => {
      assert.deepEqual(dropped([line, ...after]), [line]);
    });
  }

  it('keeps an article about a newsletter: its subheading, its prose, a list of steps and sentences that say `abonnieren`', () => {
    assert.deepEqual(dropped(['Newsletter', '', 'Der Newsletter erscheint seit 2019 jeden Freitag, sagt die Chefredaktorin.', ...after]), []);
    assert.deepEqual(dropped(['So funktioniert die App:', 'App herunterladen', 'Konto erstellen', 'Anmelden', ...after]), []);
    assert.deepEqual(dropped(['Wer den Newsletter abonnieren will, braucht nur eine E-Mail-Adresse.', ...after]), []);
  });

  it('takes only the button under a paragraph, a list or reported words in its block', () => {
    assert.deepEqual(dropped(['Der Zoo verschickt jeden Freitag Neuigkeiten an seine Freunde.', 'Jetzt abonnieren', ...after]), ['Jetzt abonnieren']);
    assert.deepEqual(dropped(['So gehts:', 'Konto erstellen', 'Jetzt anmelden', ...after]), ['Jetzt anmelden']);
    assert.deepEqual(dropped(['Newsletter', 'Der Newsletter erscheint seit 2019 jeden Freitag, sagt die Chefredaktorin.', 'Jetzt abonnieren', ...after]), ['Jetzt abonnieren']);
    // Not a box but the article's rows, which no heading that names a newsletter heads (a fuzzed dump found them
    // taken); the article's paragraph after the promotion's heading, which speaks to no reader, stays.
    assert.deepEqual(dropped(['PTI', 'PPP', 'Others', 'Sign up for our alerts', ...after]), ['Sign up for our alerts']);
    assert.deepEqual(dropped(['15:42', 'The river has burst its banks.', 'Sign up for our alerts', ...after]), ['Sign up for our alerts']);
  });

  it('keeps what a button closes that is no newsletter’s box: an event, a fact box, a section on subscriptions', () => {
    for (const box of [
      ['Newsletter-Workshop für Vereine', 'Dienstag, 3. März, 19 Uhr', 'Kirchgemeindehaus Thun', 'Kosten: 20 Franken', 'Jetzt anmelden'],
      ['Wanderreise Cabo Verde', '14 Tage, ab 2490 Franken', 'Flug ab Zürich, Halbpension', 'Jetzt anmelden'],
      ['Abo-Preise im Überblick', 'GA 2. Klasse: 3995 Franken', 'Halbtax: 190 Franken', 'Hier abonnieren'],
      ['Subscription prices', 'Netflix Standard: 18.99 francs', 'Disney Plus: 12.90 francs', 'Subscribe here'],
      ['Newsletter', 'Der Verein verschickt ihn jeden Monat.', 'Kosten: 5 Franken', 'Hier abonnieren'],
    ]) {
      assert.deepEqual(dropped([...box, ...after]), [box[box.length - 1]]);
    }
    // The button does not end its block: the article goes on under it.
    const notEnd = ['Newsletter', 'Erhalten Sie die wichtigsten News aus Bern jeden Morgen.', 'Jetzt anmelden', 'Die Linke kündigte am Freitag ein Referendum an.'];
    assert.deepEqual(dropped([...notEnd, ...after]), ['Jetzt anmelden']);
  });

  it('takes no headline or lead above a button', () => {
    const dump = ['Medien', '', 'Das Abo', 'Die Stadt Bern zahlt den Jugendlichen die Zeitung.', 'Jetzt abonnieren', '', 'Ab Januar gilt das Angebot, sagt die Stadtpräsidentin.'];
    const { text } = clean(dump.join('\n'));
    assert.ok(text.includes('Das Abo') && text.includes('Die Stadt Bern zahlt den Jugendlichen die Zeitung.'));
  });

  it('takes nothing along under a paywall’s label or a subscription’s call that starts its block', () => {
    const headline = ['Bern', '', 'Plus-Artikel', 'Stadtrat streicht das Budget für neue Velowege', 'Die Mehrheit will das Geld lieber in die Schulhäuser stecken.', ...after];
    assert.deepEqual(clean(headline.join('\n')).removed.map((r) => r.text), ['Plus-Artikel']);
    for (const [line, ...rest] of [
      ['Weiterlesen mit Abo', 'Die Linke kündigte ein Referendum an', 'Die Velolobby ist enttäuscht'],
      ['Dieser Artikel ist nur für Abonnenten.', 'Die Linke kündigte ein Referendum an.'],
      ['Hier abonnieren', 'Die Linke kündigte ein Referendum an.'],
      ['Jetzt anmelden', 'Die Frist läuft bis am 31. März', 'Kosten: je nach Einkommen', 'Formulare gibt es auf der Gemeinde'],
    ]) {
      assert.deepEqual(dropped([line, ...rest, ...after]), [line]);
    }
  });

  it('takes a promotion’s text that names what the publisher sends, speaks to the reader or calls', () => {
    for (const text of [
      'Die wichtigsten News direkt aufs Handy.', 'Alle News aus der Region, jeden Morgen.', 'Jetzt kostenlos anmelden und immer informiert bleiben.',
      'Recevez nos alertes et l’essentiel de l’actualité chaque matin.', 'Mit der App von 20 Minuten bist du immer top informiert.',
      'Jetzt die Blick-App herunterladen.', 'Melden Sie sich jetzt für den Newsletter an.', 'Je m’abonne.', 'Download the BBC News app.',
      'Stay up to date with breaking news alerts.', 'Mit dem 20-Minuten-Push bleibst du immer auf dem Laufenden.',
      '👉 Jetzt die 20-Minuten-App herunterladen!', 'Jetzt für den Newsletter anmelden.', 'Get breaking news alerts on the BBC News app.',
    ]) {
      assert.deepEqual(dropped(['Die Linke kündigte Widerstand an.', '', 'Keine News mehr verpassen', '', text]), ['Keine News mehr verpassen', text]);
    }
  });

  it('keeps a last paragraph with a French `du` or a reader’s word in quotes after a promotion’s heading', () => {
    for (const text of [
      'Le conseil communal du chef-lieu votera sur un crédit de remplacement en juin.', '«Ich sage euch, wir geben nicht auf», rief Anna Meier den Demonstrierenden zu.',
      // A story about a messenger, a channel or sign-ups names them without sending anything.
      'Telegram hat weltweit rund 900 Millionen Nutzerinnen und Nutzer.', 'Die Updates werden ab nächster Woche schrittweise verteilt.',
      'La chaîne diffusera à la place des actualités régionales.', 'Die Anmeldung ist noch bis Ende April möglich.',
      'Die Polizei veröffentlicht ihre Meldungen direkt auf X.', 'Die Stadt informierte in ihrem Newsletter über den Entscheid.',
      'Hundehalter müssen ihre Tiere neu bis Ende Jahr registrieren.',
      // A call's words in a sentence, `sie` for "she".
      'Doch sie will nicht aufgeben.', 'Stay calm and avoid the area, police said.', 'Wer sich anmelden will, muss das bis Freitag tun.',
      'Die Hacker konnten Daten von 200000 Kunden herunterladen.', 'Gli abbonati pagano di più da gennaio.',
      // A call reported: `appellierte`, an English verb of saying after its subject.
      'Bleiben Sie zuhause, appellierte der Stadtrat an die Bevölkerung.', 'Stay informed, officials urged residents on Sunday.',
    ]) {
      assert.deepEqual(dropped(['Die Linke kündigte Widerstand an.', '', 'Keine News mehr verpassen', '', text]), ['Keine News mehr verpassen']);
    }
  });

  it('keeps the article’s last paragraphs after a promotion’s heading: they speak to no reader', () => {
    const end = ['', 'Die Abstimmung findet voraussichtlich im Juni statt.', '', 'Der Stadtrat will bis dahin einen Gegenvorschlag ausarbeiten.'];
    assert.deepEqual(dropped(['Die Linke kündigte Widerstand an.', 'Keine News mehr verpassen', ...end]), ['Keine News mehr verpassen']);
    assert.deepEqual(dropped(['Keine News mehr verpassen', 'Mit dem Push von 20 Minuten bist du immer informiert.', ...end]), [
      'Keine News mehr verpassen',
      'Mit dem Push von 20 Minuten bist du immer informiert.',
    ]);
  });

  it('takes the promotion’s paragraphs after its heading under a paragraph, which closes no box', () => {
    assert.deepEqual(dropped(['Die Linke kündigte ein Referendum an.', 'Keine News mehr verpassen', '', 'Mit dem Push von 20 Minuten bist du immer informiert.']), [
      'Keine News mehr verpassen',
      'Mit dem Push von 20 Minuten bist du immer informiert.',
    ]);
    assert.deepEqual(dropped(['Emergency services said the worst was over.', 'Sign up for alerts', '', 'Get breaking news on your phone as it happens.']), [
      'Sign up for alerts',
      'Get breaking news on your phone as it happens.',
    ]);
  });

  it('takes no paragraph after a button that closes its box at the end of the dump', () => {
    const box = ['The London newsletter', 'The best stories from the region, every Friday.', 'Subscribe here'];
    assert.deepEqual(dropped([...box, '', 'The deal still has to be approved by members, the union added.']), box);
    // A button that closes a box gone as furniture takes none either.
    const gone = ['Get the latest news delivered to your inbox. Subscribe to our daily newsletter.', 'Enter your email address', 'Sign up'];
    assert.deepEqual(dropped([...gone, '', 'The deal still has to be approved by members, the union added.']), gone);
  });
});

describe('boilerplate: a podcast’s and a job ad’s buttons, a transcript’s sound cues', () => {
  const after = ['', 'Der Zoo zählt seit Montag doppelt so viele Besucher.'];
  for (const line of [
    'Listen on Apple Podcasts', 'Listen on Spotify', 'Abonnieren Sie unseren Podcast auf Spotify', 'Mehr Podcasts von Tamedia',
    'Hören Sie die Folge hier:', "Écouter l'épisode", 'Ascolta il podcast',
    '[Musik]', '[MUSIC]', '[Applaus]', '[Rires]',
    'Jetzt bewerben', 'Apply now', 'Share this job', 'Postuler', 'Candidati ora', "Contacter l'agence",
  ]) {
    it(`drops ${JSON.stringify(line)} alone on its line`, () => assert.deepEqual(dropped([line, ...after]), [line]));
  }

  it('keeps sentences that use the same words, and a sound cue inside a sentence', () => {
    for (const line of [
      'Jetzt bewerben sich bereits 300 Leute, sagt sie.',
      'Der Podcast erscheint jeden Montag.',
      'Dann spielte die Band [Musik] und alle tanzten, erzählt sie.',
      'Postuler à un emploi prend du temps, dit-elle.',
    ]) {
      assert.deepEqual(dropped([line, ...after]), [], line);
    }
  });
});
