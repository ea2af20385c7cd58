/**
 * Every rule, in the order the engine runs them: a rule may look at what earlier ones dropped
 * (a caption block is found around its credit; a teaser block leaves its credit to `credit`).
 */
import type { Rule, RuleMeta } from './rule';
import { boilerplate } from './rules/boilerplate';
import { byline } from './rules/byline';
import { caption } from './rules/caption';
import { corpusBoilerplate } from './rules/corpus-boilerplate';
import { credit } from './rules/credit';
import { duplicateLine } from './rules/duplicate-line';
import { leftoverHtml } from './rules/leftover-html';
import { strayPunctuation } from './rules/stray-punctuation';
import { teaser } from './rules/teaser';
import { whitespace } from './rules/whitespace';
import type { RuleCode } from './types';

export const RULES: readonly Rule[] = [
  leftoverHtml,
  strayPunctuation,
  boilerplate,
  credit,
  duplicateLine,
  byline,
  teaser,
  caption,
  corpusBoilerplate,
  whitespace,
];

/** Where each rule is documented: the README's section for it. */
export const DOCS_BASE = 'https://github.com/dump-curator/dump-curator/blob/main/README.md';

export function docsUrl(code: RuleCode): string {
  return `${DOCS_BASE}#rule-${code}`;
}

export const RULE_CODES: readonly RuleCode[] = RULES.map((r) => r.code);

export function ruleMeta(code: RuleCode): RuleMeta {
  const rule = RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`Unknown rule ${code}`);
  return rule;
}
