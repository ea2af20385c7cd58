/**
 * The cleaned article: what is left once every dropping finding is applied, with paragraphs
 * separated by one blank line, consecutive lines kept consecutive and one final newline.
 * Fix-all in the editor, the preview and the CLI all produce this text.
 */
import { analyze, type Analysis, type Drop } from './analyze';
import { format } from './message';
import { gapBetween, type Unit } from './document';
import type { ArticleRecord, CleanOptions, CleanResult, Removal, RuleCode } from './types';

const SUBHEADING_MAX_WORDS = 12;
const CLAUSE_END = /[.,;:]$/;

export function clean(source: string, options: CleanOptions = {}): CleanResult {
  const analysis = analyze(source, options);
  const { text, record, removed } = article(analysis, options);
  return { text, findings: analysis.findings, record, removed };
}

/** The article, its record and what went: `clean` without its findings. */
export type Article = Omit<CleanResult, 'findings'>;

/** What `dump-curator clean --format json` and `jsonl` print. The same as `clean`, but no finding is built. */
export function cleanArticle(source: string, options: CleanOptions = {}): Article {
  return article(analyze(source, options, { findings: false }), options);
}

/**
 * What `dump-curator clean` prints and `--out` writes: the article alone. Its record and the
 * list of what went were a twentieth of cleaning a dump, for nobody to read.
 */
export function cleanText(source: string, options: CleanOptions = {}): string {
  const analysis = analyze(source, options, { findings: false });
  return articleText(analysis, keptUnits(analysis, options));
}

function article(analysis: Analysis, options: CleanOptions): Article {
  const kept = keptUnits(analysis, options);
  return { text: articleText(analysis, kept), record: articleRecord(analysis, kept), removed: removals(analysis, options) };
}

function keptUnits(a: Analysis, options: CleanOptions): Unit[] {
  return a.doc.units.filter((u) => !a.unitDrops[u.index] && !(options.keepKicker === false && u.index === a.kicker));
}

function articleText(a: Analysis, kept: readonly Unit[]): string {
  let out = '';
  let prev = -1;
  for (const unit of kept) {
    if (prev >= 0) out += gapBetween(a.doc, prev, unit.index) ? '\n\n' : '\n';
    out += unit.text;
    prev = unit.index;
  }
  return out ? out + '\n' : '';
}

function articleRecord(a: Analysis, kept: readonly Unit[]): ArticleRecord {
  const record: ArticleRecord = { body: [], captions: [], credits: [], bylines: [] };
  const entry = (u: Unit) => ({ text: u.text, line: u.line });
  let rest = [...kept];
  if (rest[0] && rest[0].index === a.kicker) record.kicker = entry(rest.shift()!);
  const headline = rest.shift();
  if (headline) record.headline = entry(headline);
  if (rest.length > 1 || (rest[0] && rest[0].role === 'lead')) {
    const leadBlock = rest[0].block;
    const isLead = (u: Unit) => u.block === leadBlock || u.role === 'lead';
    const lead = rest.filter(isLead);
    if (lead.length) record.lead = lead.map(entry);
    rest = rest.filter((u) => !isLead(u));
  }
  for (let i = 0; i < rest.length; i++) {
    const u = rest[i];
    record.body.push({ text: u.text, line: u.line, type: isSubheading(u, rest[i - 1], rest[i + 1]) ? 'subheading' : 'paragraph' });
  }
  const listed: Partial<Record<RuleCode, (keyof ArticleRecord & ('captions' | 'credits' | 'bylines'))>> = {
    caption: 'captions',
    credit: 'credits',
    byline: 'bylines',
  };
  for (const u of a.doc.units) {
    const codes = a.unitDrops[u.index]?.codes;
    const list = codes && listed[codes.find((c) => listed[c]) ?? codes[0]];
    if (list) record[list].push(entry(u));
  }
  return record;
}

/** A short line standing alone between paragraphs, or one the markup calls a heading. */
function isSubheading(u: Unit, before: Unit | undefined, after: Unit | undefined): boolean {
  if (u.role === 'subheading') return true;
  const alone = (!before || before.block !== u.block) && (!!after && after.block !== u.block);
  return alone && !!before && u.words <= SUBHEADING_MAX_WORDS && !CLAUSE_END.test(u.text);
}

/** What went, line by line, each with the first reason a rule gave for dropping it. */
function removals(a: Analysis, options: CleanOptions): Removal[] {
  const out: Removal[] = [];
  const removal = (line: number, text: string, { codes, reason }: Drop): Removal => ({ line, text, codes, reason: format(reason) });
  a.doc.lines.forEach((line, lineNo) => {
    const drop = a.lineDrops.get(lineNo);
    if (drop) out.push(removal(lineNo, line.text.trim(), drop));
    for (let i = line.firstUnit; i < line.firstUnit + line.unitCount; i++) {
      const unitDrop = a.unitDrops[i];
      const unit = a.doc.units[i];
      if (unitDrop) out.push(removal(lineNo, unit.text, unitDrop));
      else if (options.keepKicker === false && i === a.kicker) {
        out.push({ line: lineNo, text: unit.text, codes: [], reason: 'The kicker is left out (keepKicker is off).' });
      }
    }
  });
  return out;
}
