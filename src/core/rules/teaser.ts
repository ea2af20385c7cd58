/**
 * teaser: a cross-promotion for another article and the lines of its block. A read-more marker
 * (`Hier weiterlesen >>`, `Read more`, `Lire la suite`) makes a line a teaser; a teaser heading
 * (`Mehr zum Thema:`, `Related:`, `Leggi anche:`) takes the title lines under it along; an
 * indented block that holds a teaser is a teaser block as a whole. A ticker line that starts with
 * a date stays article text unless one of these applies to it.
 */
import { blocksOf, remembered, type DumpDocument, type Unit } from '../document';
import { bare } from '../fingerprint';
import type { CompiledPhrases } from '../phrases';
import { msg, type Message } from '../message';
import type { Rule, RuleContext } from '../rule';

/** How far from its end a marker may stand in a long line ("… Hier weiterlesen >>"). */
const MARKER_NEAR_END = 30;
const MAX_MARKER_LINE_WORDS = 80;
/** A line this short is a teaser wherever its marker stands. */
const SHORT_LINE_WORDS = 25;
const MAX_TITLE_WORDS = 20;
const MAX_TITLES = 8;
/** Arrows that end a line (before any white space), as in "Hier weiterlesen >>". */
const ARROWS = ['>>', '»»', '›', '→'];
const DATE_OR_TIME_START = /^(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}:\d{2}\b)/;

export const teaser: Rule = {
  code: 'teaser',
  defaultSeverity: 'warning',
  description: 'A cross-promotion for another article, and the lines of its block.',
  drops: true,
  check(ctx) {
    const { doc, phrases } = ctx;
    const marked = new Set<number>();
    for (const unit of doc.units) {
      if (unit.index === ctx.kicker) continue;
      if (isTeaserHeading(unit, phrases)) {
        marked.add(unit.index);
        drop(ctx, unit, msg('Teaser for another article: it introduces links to other articles.'), true);
        for (const title of titlesUnder(doc, unit)) drop(ctx, title, msg('Teaser for another article: a title under a teaser heading.'));
        continue;
      }
      const marker = readMoreMarker(unit, phrases);
      if (marker) {
        marked.add(unit.index);
        drop(ctx, unit, msg('Teaser for another article: it carries the read-more marker “{0}”.', marker), true);
      }
    }
    if (marked.size === 0) return;
    for (const block of blocksOf(doc)) {
      if (!block.some((u) => marked.has(u.index))) continue;
      if (block.every((u) => u.indented)) {
        for (const u of block) drop(ctx, u, msg('Teaser for another article: part of an indented teaser block.'));
        continue;
      }
      // Not indented: the title lines right above the teaser text go with it. A walk up stops at
      // the teaser before, whose own walk went on from there: a block of many teasers is walked once.
      let floor = 0;
      for (let hit = 0; hit < block.length; hit++) {
        if (!marked.has(block[hit].index)) continue;
        for (let i = hit - 1; i >= floor && isTitleLike(block[i]); i--) drop(ctx, block[i], msg('Teaser for another article: the title of a teaser.'));
        floor = hit + 1;
      }
    }
  },
};

/**
 * Lines carrying their own evidence (a marker, a heading) are reported even when another rule
 * drops them too; lines that are teasers only by their neighbours are left to that rule.
 */
function drop(ctx: RuleContext, unit: Unit, reason: Message, evidence = false): void {
  if (!evidence && ctx.droppedBy(unit)) return;
  ctx.drop(unit, 'teaser', { message: reason, fixTitle: 'Remove teaser' });
}

export function readMoreMarker(unit: Unit, phrases: CompiledPhrases): string | undefined {
  if (unit.words > MAX_MARKER_LINE_WORDS) return undefined;
  return remembered(unit, 'readMore', phrases, markerIn);
}

function markerIn(unit: Unit, phrases: CompiledPhrases): string | undefined {
  const { fp } = unit;
  if (unit.words <= SHORT_LINE_WORDS) {
    const found = phrases.readMore.find(fp);
    if (found) return found.phrase;
  } else {
    // In a longer line a marker counts only at its start or near its end: look only there.
    const atStart = phrases.readMore.startOf(fp);
    if (atStart) return atStart;
    const from = Math.max(0, fp.length - MARKER_NEAR_END - phrases.readMore.longest);
    const found = phrases.readMore.find(fp.slice(from));
    if (found && from + found.index + found.phrase.length >= fp.length - MARKER_NEAR_END) return found.phrase;
  }
  if (endsWithArrow(unit.text) || unit.text.startsWith('>>')) return '>>';
  return undefined;
}

/** Tested from the end: a regular expression anchored at `$` tries every start in the line. */
function endsWithArrow(text: string): boolean {
  const end = text.trimEnd();
  for (const arrow of ARROWS) if (end.endsWith(arrow)) return true;
  return false;
}

function isTeaserHeading(unit: Unit, phrases: CompiledPhrases): boolean {
  if (unit.words > 25) return false;
  return remembered(unit, 'teaserHeading', phrases, headingIn) === true;
}

function headingIn(unit: Unit, phrases: CompiledPhrases): boolean {
  if (phrases.teaserHeadings.has(withoutClosingDashes(bare(unit.fp)))) return true;
  const heading = phrases.teaserHeadings.startOf(unit.fp);
  return heading !== undefined && unit.fp.charAt(heading.length) === ':';
}

/** "mehr zum thema -" as "mehr zum thema". Looked at from the end: `/[\s-]+$/` would try every space in the line. */
function withoutClosingDashes(fp: string): string {
  let end = fp.length;
  while (end > 0 && (fp[end - 1] === '-' || /\s/.test(fp[end - 1]))) end--;
  return end === fp.length ? fp : fp.slice(0, end);
}

/** The lines under a heading: the rest of its block, or the next block when the heading stands alone. */
function titlesUnder(doc: DumpDocument, heading: Unit): Unit[] {
  const after = doc.units.slice(heading.index + 1, heading.index + 1 + MAX_TITLES * 2);
  const sameBlock = after.filter((u) => u.block === heading.block);
  if (sameBlock.length) return sameBlock.filter(isTitleLike);
  const next = after.filter((u) => u.block === heading.block + 1);
  return next.length <= MAX_TITLES && next.every(isTitleLike) ? next : [];
}

function isTitleLike(unit: Unit): boolean {
  return unit.words <= MAX_TITLE_WORDS && (!/[.]$/.test(unit.text) || DATE_OR_TIME_START.test(unit.text));
}
