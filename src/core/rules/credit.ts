/**
 * credit: a photo or agency credit on its own line (`Reuters`, `Instagram, privat`, `Foto: …`,
 * `(AFP)`, `20min/Vanessa Lam`, `© …`). A credit name inside a sentence is article text: only a
 * whole short line can be a credit.
 */
import { remembered, type UnitMemo } from '../document';
import type { CompiledPhrases } from '../phrases';
import { msg, type Message } from '../message';
import type { Rule } from '../rule';

interface Text {
  text: string;
  fp: string;
  words: number;
  memo?: UnitMemo;
}

const MAX_WORDS = 12;
const COPYRIGHT = /^(©|\(c\)\s|copyright\b)/;
/** `(AFP)`, `(dpa/jar)`: the source tag that closes an agency story. */
const SOURCE_TAG = /^\(\p{L}{2,12}(\s?\/\s?\p{L}{2,12})*\)$/u;
const PHOTO_SLASH = /\b(photo|foto|bild)\s?\//;
const SENTENCE_END = /[.!?:;,]$/;
const PHOTO_CREDIT = msg('Credit line: a photo credit, not article text.');

/** Why a line is a credit, or undefined when it is not one. */
export function creditReason(t: Text, phrases: CompiledPhrases): Message | undefined {
  if (t.words > MAX_WORDS || t.words === 0) return undefined;
  return remembered(t, 'credit', phrases, creditOf);
}

function creditOf(t: Text, phrases: CompiledPhrases): Message | undefined {
  const fp = t.fp.replace(/\.$/, '');
  if (COPYRIGHT.test(fp)) return msg('Credit line: a copyright notice, not article text.');
  if (SOURCE_TAG.test(t.text)) return msg('Credit line: an agency or author tag, not article text.');
  const inner = fp.startsWith('(') && fp.endsWith(')') ? fp.slice(1, -1).trim() : fp;
  if (phrases.credits.has(inner)) return msg('Credit line: an agency or photo credit, not article text.');
  if (phrases.creditPrefixes.startOf(inner)) return PHOTO_CREDIT;
  if (PHOTO_SLASH.test(inner) && t.words <= 8) return PHOTO_CREDIT;
  if (/[,;|]/.test(inner) && inner.split(/\s*[,;|]\s*/).every((p) => phrases.credits.has(p))) return PHOTO_CREDIT;
  if (t.words <= 6 && isSlashCredit(t.text, phrases)) return msg('Credit line: a photographer or agency credit, not article text.');
  return undefined;
}

/** `20min/Vanessa Lam`, `DPA/jar`, `REUTERS/Aaron P. Bernstein`, `Youtube/@MigrosTVSpots`. */
function isSlashCredit(text: string, phrases: CompiledPhrases): boolean {
  if (!text.includes('/')) return false; // most short lines: the expression below backtracks to find that out
  const m = /^\(?([^\s/()]+(?: [^\s/()]+){0,2}) ?\/ ?([^/]{1,60}?)\)?$/u.exec(text);
  if (!m || SENTENCE_END.test(m[2])) return false;
  const [, left, right] = m;
  return (
    phrases.credits.has(left.toLowerCase()) ||
    /\d/.test(left) ||
    /^\p{Lu}{2,}$/u.test(left) ||
    right.startsWith('@')
  );
}

/** A source tag such as `(AFP)` ends a story; it does not make the block above it an image block. */
export function isSourceTag(text: string): boolean {
  return SOURCE_TAG.test(text);
}

export const credit: Rule = {
  code: 'credit',
  defaultSeverity: 'warning',
  description: 'A photo or agency credit on its own line.',
  drops: true,
  firstPassOnly: true,
  check(ctx) {
    for (const unit of ctx.doc.units) {
      const reason = creditReason(unit, ctx.phrases);
      if (reason) ctx.drop(unit, 'credit', { message: reason, fixTitle: 'Remove credit line' });
    }
  },
};
