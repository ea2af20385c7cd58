/** Runs the rules over a dump and collects their findings and what they drop. */
import { gapBetween, parseDump, type DumpDocument, type Unit } from './document';
import { deleteLine, deleteUnit, lineRange, unitRange } from './edits';
import { fingerprint } from './fingerprint';
import { format, type Message } from './message';
import { compilePhrases, type CompiledPhrases } from './phrases';
import { ruleMeta, RULES } from './registry';
import type { RuleContext } from './rule';
import { isBreadcrumb } from './rules/boilerplate';
import { bylineReason } from './rules/byline';
import { creditReason } from './rules/credit';
import { FULL_STOP } from './text';
import type { CleanOptions, Finding, RuleCode, Severity, SeveritySetting } from './types';

export interface Analysis {
  doc: DumpDocument;
  /** Empty when the scope asks for none. */
  findings: Finding[];
  /** What drops each unit, by unit index. */
  unitDrops: (Drop | undefined)[];
  /** What drops lines holding no unit (markup only), by line. */
  lineDrops: Map<number, Drop>;
  kicker: number | undefined;
}

/** The codes of the rules that drop a unit or line, and the first one's reason. */
export interface Drop {
  codes: RuleCode[];
  reason: Message;
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const DEFAULT_MIN_FILES = 3;
const defaultPhrases = compilePhrases();
/**
 * Compiled lists by their content, not by object: options that cross to a worker arrive as a new
 * object with every message, and compiling the lists for every dump would cost more than checking it.
 */
const phraseCache = new Map<string, CompiledPhrases>();
const PHRASE_CACHE_SIZE = 16;

function phrasesFor(options: CleanOptions): CompiledPhrases {
  const extra = options.phrases;
  if (!extra || Object.values(extra).every((list) => !list?.length)) return defaultPhrases;
  const key = JSON.stringify(extra);
  let compiled = phraseCache.get(key);
  if (!compiled) {
    compiled = compilePhrases(extra);
    if (phraseCache.size >= PHRASE_CACHE_SIZE) phraseCache.clear();
    phraseCache.set(key, compiled);
  }
  return compiled;
}

export function severityOf(code: RuleCode, defaultSeverity: Severity, options: CleanOptions): SeveritySetting {
  const set = options.rules?.[code];
  return set && SEVERITIES.includes(set) ? set : defaultSeverity;
}

/** A byte order mark is not part of the text (editors hide it too), so positions count without it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Later passes converge in one or two; the cap only guards against a rule that never settles. */
const MAX_PASSES = 8;

/**
 * Whether an analysis builds its findings. Printing the cleaned article needs only what drops and
 * why: a finding's range, fix and message cost more than the rule that found it (a tenth of
 * cleaning a 10 MB dump, most of it collecting the garbage they leave).
 */
export interface Scope {
  findings: boolean;
}

export function analyze(source: string, options: CleanOptions = {}, scope: Scope = { findings: true }): Analysis {
  const doc = parseDump(stripBom(source), scope.findings);
  const phrases = phrasesFor(options);
  const ignored = new Set((options.ignore ?? []).map(fingerprint));
  const findings: Finding[] = [];
  // Where each finding starts, kept as numbers for inSourceOrder: read back from the findings,
  // each through its range, they cost a walk over all of them.
  const startLines: number[] = [];
  const startColumns: number[] = [];
  const unitDrops: (Drop | undefined)[] = new Array(doc.units.length);
  // The code that dropped each unit first, by unit index: the rules ask it of most units (half of
  // them dropped at 10 MB), and each view is chosen by it. Read through the unit's Drop, it was
  // three objects apart in memory.
  const firstDroppedBy: (RuleCode | undefined)[] = new Array(doc.units.length);
  const lineDrops = new Map<number, Drop>();
  const corpus = options.corpusBoilerplate;
  const corpusCount =
    typeof corpus === 'function' ? corpus : corpus ? (fp: string) => (corpus.has(fp) ? Infinity : 0) : undefined;
  let severity: Severity = 'warning';
  let view = doc;
  // The source index of each unit of the view; none on the first pass, which sees the source.
  let sourceOf: Uint32Array | undefined;
  const toSource = (i: number): number => (sourceOf === undefined ? i : sourceOf[i]);
  let dropped = 0;

  // A rule may report one message many times (each <p> of a tag soup line, each copy of a line
  // printed again): it is rendered once.
  const rendered = new Map<Message, Pick<Finding, 'message' | 'template'>>();
  const render = (message: Message): Pick<Finding, 'message' | 'template'> => {
    let r = rendered.get(message);
    if (!r) {
      r = { message: format(message), template: { text: message.template, args: message.args } };
      rendered.set(message, r);
    }
    return r;
  };

  const ctx: RuleContext = {
    doc,
    phrases,
    // With the caption rule off, captions are kept as the option keeps them (duplicate-line asks).
    keepCaptions: options.keepCaptions === true || severityOf('caption', ruleMeta('caption').defaultSeverity, options) === 'off',
    changes: scope.findings,
    kicker: undefined,
    pass: 0,
    corpusCount,
    corpusMinFiles: options.corpusMinFiles ?? DEFAULT_MIN_FILES,
    droppedBy: (unit) => firstDroppedBy[toSource(unit.index)],
    drop(target, code, report) {
      const unit = typeof target === 'number' ? undefined : doc.units[toSource(target.index)];
      // Most runs ignore nothing: a lookup would hash the fingerprint of every unit dropped.
      if (unit && ignored.size > 0 && ignored.has(unit.fp)) return;
      const line = unit ? unit.line : (target as number);
      if (scope.findings) {
        const { message, template } = render(report.message);
        startLines.push(line);
        startColumns.push(unit ? unit.start : 0);
        findings.push({
          code,
          severity,
          message,
          template,
          range: unit ? unitRange(unit) : lineRange(line, 0, doc.lines[line].text.length),
          drops: true,
          fix: { title: report.fixTitle ?? 'Remove line', edits: [unit ? deleteUnit(doc, unit) : deleteLine(doc.lines, line)] },
          related: report.related,
          duplicateOf: report.duplicateOf,
          fingerprint: report.fingerprint,
        });
      }
      const drop = unit ? unitDrops[unit.index] : lineDrops.get(line);
      if (drop) drop.codes.push(code);
      else if (unit) {
        unitDrops[unit.index] = { codes: [code], reason: report.message };
        firstDroppedBy[unit.index] = code;
        dropped++;
      } else lineDrops.set(line, { codes: [code], reason: report.message });
    },
    change(code, report, range, fix) {
      if (!scope.findings) return;
      const { message, template } = render(report);
      startLines.push(range.start.line);
      startColumns.push(range.start.character);
      findings.push({ code, severity, message, template, range, drops: false, fix });
    },
  };

  // The first pass sees the dump as it is. Dropping lines changes the neighbours of those left, so
  // later passes look at what is left, as a second cleaning would: cleaning twice changes nothing.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const droppedBefore = dropped;
    Object.assign(ctx, { doc: view, kicker: findKicker(view, phrases), pass });
    for (const rule of RULES) {
      const level = severityOf(rule.code, rule.defaultSeverity, options);
      if (level === 'off' || (pass > 0 && !rule.drops)) continue;
      severity = level;
      rule.check(ctx);
    }
    if (dropped === droppedBefore && (pass > 0 || !doc.units.some((u) => u.role || u.indented))) break;
    if (sourceOf === undefined) {
      sourceOf = keptIndices(firstDroppedBy);
      view = viewOf(doc, sourceOf);
    } else {
      sourceOf = narrowView(view.units, sourceOf, firstDroppedBy);
      // A new document all the same: one keeps its blocks once asked (blocksOf).
      view = { lines: doc.lines, units: view.units };
    }
  }
  const kicker = ctx.kicker === undefined ? undefined : toSource(ctx.kicker);
  return { doc, findings: inSourceOrder(findings, startLines, startColumns, doc.lines.length), unitDrops, lineDrops, kicker };
}

/**
 * Findings by line, then column; in the order reported where they tie. Placed by line in one
 * pass (a counting sort): a comparison sort of the 90,000 findings of a 10 MB dump took a tenth
 * of the engine's time. Only a line whose findings are out of column order is sorted. The
 * findings are ordered as their indices, by where they start (`lines`, `columns`), and taken once.
 */
function inSourceOrder(findings: readonly Finding[], lines: readonly number[], columns: readonly number[], lineCount: number): Finding[] {
  const next = new Uint32Array(lineCount + 1);
  for (let i = 0; i < lines.length; i++) next[lines[i] + 1]++;
  for (let line = 1; line <= lineCount; line++) next[line] += next[line - 1];
  const order = new Uint32Array(findings.length);
  for (let i = 0; i < lines.length; i++) order[next[lines[i]]++] = i;
  let from = 0;
  for (let line = 0; line < lineCount; from = next[line++]) {
    const to = next[line];
    let sorted = true;
    for (let i = from + 1; i < to && sorted; i++) sorted = columns[order[i - 1]] <= columns[order[i]];
    if (sorted) continue;
    if (to - from <= SHORT_LINE_FINDINGS) insertByColumn(order, from, to, columns);
    // Ties keep the order reported: the lower index first.
    else order.subarray(from, to).sort((a, b) => columns[a] - columns[b] || a - b);
  }
  const out = new Array<Finding>(findings.length);
  for (let i = 0; i < order.length; i++) out[i] = findings[order[i]];
  return out;
}

/**
 * Up to this many findings of a line are put in column order by insertion: they come as a few runs
 * in order (each rule's), which it merges in about one pass where a sort called a function per
 * comparison. Beyond, a line of many findings might take a pass per finding.
 */
const SHORT_LINE_FINDINGS = 64;

/** Sorts `order[from..to)` by column; a finding does not pass one with its column reported before it. */
function insertByColumn(order: Uint32Array, from: number, to: number, columns: readonly number[]): void {
  for (let i = from + 1; i < to; i++) {
    const index = order[i];
    const column = columns[index];
    let j = i;
    for (; j > from && columns[order[j - 1]] > column; j--) order[j] = order[j - 1];
    order[j] = index;
  }
}

/**
 * The indices of the units nothing drops (`droppedBy`: the code that drops each, by index). Told
 * without the units: reading each one's index cost a walk over objects spread over memory (a
 * millisecond per MB of a 10 MB dump).
 */
function keptIndices(droppedBy: readonly (RuleCode | undefined)[]): Uint32Array {
  let count = 0;
  for (let i = 0; i < droppedBy.length; i++) if (!droppedBy[i]) count++;
  const kept = new Uint32Array(count);
  for (let i = 0, k = 0; i < droppedBy.length; i++) if (!droppedBy[i]) kept[k++] = i;
  return kept;
}

/**
 * The kept units (by source index) as a cleaned article would show them: one plain line each,
 * paragraphs separated as in the article, no indentation and no markup roles left. Positions stay
 * the source's.
 */
function viewOf(doc: DumpDocument, kept: Uint32Array): DumpDocument {
  let block = -1;
  const units: Unit[] = [];
  for (let i = 0; i < kept.length; i++) {
    const u = doc.units[kept[i]];
    const gapBefore = i > 0 && gapBetween(doc, kept[i - 1], kept[i]);
    if (gapBefore || block < 0) block++;
    units.push({
      index: i, line: u.line, text: u.text, start: u.start, end: u.end, outerStart: u.outerStart,
      outerEnd: u.outerEnd, wholeLine: u.wholeLine, fp: u.fp, words: u.words, indented: false,
      gapBefore, block, role: undefined, markup: false, memo: u.memo, creditHere: undefined,
    });
  }
  return { lines: doc.lines, units };
}

/**
 * Takes the units dropped since (`droppedBy`, by source index) out of a view (`units`, whose
 * source indices are `sourceOf`), as viewOf would have made it anew, and answers the source
 * indices left. In place: a view is the engine's own, and a new one cost as much as the rules of
 * a later pass (a 10 MB dump's later views hold 50,000 units). A unit's gap is any before it or
 * before those dropped just ahead of it.
 */
function narrowView(units: Unit[], sourceOf: Uint32Array, droppedBy: readonly (RuleCode | undefined)[]): Uint32Array {
  let kept = 0;
  let block = -1;
  let gap = false;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    gap ||= unit.gapBefore;
    if (droppedBy[sourceOf[i]]) continue;
    const gapBefore = kept > 0 && gap;
    if (gapBefore || block < 0) block++;
    unit.index = kept;
    unit.gapBefore = gapBefore;
    unit.block = block;
    // creditAt asks again among the new neighbours, as of a new view's unit.
    unit.creditHere = undefined;
    units[kept] = unit;
    sourceOf[kept++] = sourceOf[i];
    gap = false;
  }
  units.length = kept;
  return sourceOf.subarray(0, kept);
}

/**
 * The kicker: a short first line with no sentence punctuation, then after a blank line a headline
 * (which may ask or exclaim, but ends with no full stop) and after another its lead (which does).
 * Without the kicker (keepKicker off), the headline is followed by the lead, so it is no kicker,
 * and cleaning again keeps it.
 */
function findKicker(doc: DumpDocument, phrases: CompiledPhrases): number | undefined {
  const [first, second, third] = doc.units;
  if (!first || !second || !third || !second.gapBefore || !third.gapBefore) return undefined;
  if (FULL_STOP.test(second.text) || !FULL_STOP.test(third.text)) return undefined;
  if (first.words > 4 || /[.!?:;,]$/.test(first.text) || isNotKicker(first, phrases)) return undefined;
  return first.index;
}

/** Platforms whose name is also a topic (lower case, as fingerprints are). */
const PLATFORMS = new Set(['tiktok', 'instagram', 'facebook', 'youtube', 'twitter', 'x', 'telegram', 'whatsapp', 'snapchat', 'linkedin', 'threads', 'reddit']);

function isNotKicker(unit: Unit, phrases: CompiledPhrases): boolean {
  // A platform's bare name is a topic as well as a credit (`Tiktok`, `Instagram`): at the top of an
  // article, above its headline, it is the kicker. An agency, a labelled credit, a byline or the
  // page's breadcrumb trail is not.
  if (unit.role !== undefined && unit.role !== 'subheading') return true;
  return (!!creditReason(unit, phrases) && !PLATFORMS.has(unit.fp)) || !!bylineReason(unit, phrases) || isBreadcrumb(unit);
}
