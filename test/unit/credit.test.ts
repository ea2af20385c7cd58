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
  ]) it(`drops ${JSON.stringify(credit)}`, () => assert.ok(isCredit(credit)));

  for (const text of [
    '2020/21 EV Zug',
    '1. Lugano 12/26',
    'FDP/Die Liberalen 15,2 %',
    'SBB/CFF/FFS',
    'RSV/COVID/Grippe',
    'EU-USA/Zollstreit',
    'Copyright-Hinweise wie «© Muster AG. Alle Rechte vorbehalten.» schützen einen Text nicht, hält das Gericht fest.',
  ]) it(`keeps ${JSON.stringify(text)}`, () => assert.ok(!isCredit(text)));
});
