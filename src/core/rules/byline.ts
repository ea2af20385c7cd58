/**
 * byline: an author or publisher line, a dateline, a reading-time line (`Von Anna Muster`,
 * `By Jane Doe`, `Publiziert: 28.03.2024, 14:05`, `3 min read`, `20 Minuten`). A dateline that
 * opens a lead sentence (`FRANKFURT, April 11 (Reuters) - …`) is part of that sentence and stays.
 */
import { remembered, type DumpDocument, type Unit } from '../document';
import type { CompiledPhrases } from '../phrases';
import { msg, type Message } from '../message';
import type { Rule } from '../rule';
import { creditReason } from './credit';

const AUTHOR_PREFIX = /^(?:von|by|par|di|text:|autor:|autorin:|auteur:|author:)\s+/i;
/** Capitalised names, joined by commas or "und", "and", "et", with particles such as "van". */
const NAMES = /^\p{Lu}[\p{L}'’.-]*(?:(?:\s*,\s*|\s+(?:und|and|et|e|&|von|van|de|der|du|di|da|le|la)\s+|\s+)\p{Lu}[\p{L}'’.-]*)*$/u;
const DATELINE =
  /^(?:publiziert|aktualisiert|veröffentlicht|erstellt|stand|published|updated|last updated|posted|publié|publie|mis à jour|modifié|pubblicato|aggiornato)(?!\p{L})/iu;
/** "3 min read", "Lesezeit: 3 Minuten"; a bare "20 Minuten" is a name, not a reading time. */
const READING_TIME =
  /^(?:\d{1,3}\s*(?:min\.?|mins|minutes?|minuten)\s+(?:read|lesezeit|lesedauer|de lecture|di lettura)|(?:lesezeit|lesedauer|reading time|temps de lecture|tempo di lettura)\s*:?\s*\d{1,3}\s*\S*)$/i;
const STAFF = /^(?:reporting|writing|editing|additional reporting|compiled|edited) by\b/i;
const CONTRIBUTED = /contributed (?:to )?this report\.?$/i;
const SENTENCE_PUNCTUATION = /[.!?:;,]$/;
const AUTHOR_LINE = msg('Byline: an author line, not article text.');

/** Why a line is a byline by its own words, or undefined. */
export function bylineReason(unit: Unit, phrases: CompiledPhrases): Message | undefined {
  if (unit.role === 'byline') return AUTHOR_LINE;
  if (unit.words > 25) return undefined;
  return remembered(unit, 'byline', phrases, bylineOf);
}

function bylineOf(unit: Unit, phrases: CompiledPhrases): Message | undefined {
  if (unit.words <= 25 && CONTRIBUTED.test(unit.text)) return msg('Byline: a contributor line, not article text.');
  if (unit.words > 12) return undefined;
  if (STAFF.test(unit.text)) return msg('Byline: a reporting and editing credit, not article text.');
  if (DATELINE.test(unit.text) && /\d/.test(unit.text)) return msg('Byline: a publication date line, not article text.');
  if (READING_TIME.test(unit.text)) return msg('Byline: a reading-time line, not article text.');
  if (unit.words <= 8) {
    const prefix = AUTHOR_PREFIX.exec(unit.text);
    if (prefix && NAMES.test(unit.text.slice(prefix[0].length))) return AUTHOR_LINE;
  }
  if (phrases.publishers.has(unit.fp.replace(/\.$/, ''))) return msg('Byline: a publisher name on its own line, not article text.');
  return undefined;
}

/**
 * A short name above an image caption, with no sentence punctuation: in a block whose later
 * lines hold a credit or a line printed twice, it is the publisher or photographer line.
 */
function isNameAboveImage(doc: DumpDocument, unit: Unit, phrases: CompiledPhrases): boolean {
  if (unit.words > 3 || SENTENCE_PUNCTUATION.test(unit.text)) return false;
  const prev = doc.units[unit.index - 1];
  if (prev && prev.block === unit.block) return false;
  let repeat = false;
  let credited = false;
  for (let i = unit.index + 1; i < doc.units.length && doc.units[i].block === unit.block; i++) {
    const u = doc.units[i];
    if (creditReason(u, phrases)) credited = true;
    const next = doc.units[i + 1];
    if (next && next.block === unit.block && next.fp === u.fp && u.words >= 3) repeat = true;
  }
  return credited || repeat;
}

export const byline: Rule = {
  code: 'byline',
  defaultSeverity: 'warning',
  description: 'An author or publisher line, a dateline or a reading-time line.',
  drops: true,
  check(ctx) {
    for (const unit of ctx.doc.units) {
      if (unit.index === ctx.kicker || ctx.droppedBy(unit)) continue;
      const reason =
        bylineReason(unit, ctx.phrases) ??
        (isNameAboveImage(ctx.doc, unit, ctx.phrases) ? msg('Byline: a publisher or author name above an image, not article text.') : undefined);
      if (reason) ctx.drop(unit, 'byline', { message: reason, fixTitle: 'Remove byline' });
    }
  },
};
