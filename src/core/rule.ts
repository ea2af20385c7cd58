/** What a rule is and what it may do. One rule per file under rules/, listed in registry.ts. */
import type { DumpDocument, Unit } from './document';
import type { CompiledPhrases } from './phrases';
import type { Message } from './message';
import type { Finding, Fix, Range, RuleCode, Severity } from './types';

export interface RuleMeta {
  code: RuleCode;
  defaultSeverity: Severity;
  /** One sentence for the README and the settings' description. */
  description: string;
  /** True when the rule removes text (a line or paragraph) rather than changing it. */
  drops: boolean;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

export interface DropReport {
  message: Message;
  /** Quick-fix title; defaults to the rule's own. */
  fixTitle?: string;
  related?: Finding['related'];
  duplicateOf?: number;
  fingerprint?: string;
}

export interface RuleContext {
  readonly doc: DumpDocument;
  readonly phrases: CompiledPhrases;
  /** Captions are kept: the option, or the caption rule off. */
  readonly keepCaptions: boolean;
  /**
   * Whether findings are wanted (the editor's and `check`'s are; `clean`, which prints the
   * article, needs only what drops and why). When not, `change` ignores them: a rule that only
   * changes text may skip its work.
   */
  readonly changes: boolean;
  /** The kicker's unit index, when the dump has one (it is protected from structural guesses). */
  readonly kicker: number | undefined;
  /** The pass: 0 sees the dump as it is, later ones the units left (see analyze). */
  readonly pass: number;
  /** How many files of the corpus a line fingerprint occurs in; undefined when no corpus is known. */
  readonly corpusCount: ((fp: string) => number) | undefined;
  readonly corpusMinFiles: number;
  /** The rule code that already drops a unit, if any. */
  droppedBy(unit: Unit): RuleCode | undefined;
  /** Report that a unit (or a line with no unit, such as markup only) is not article text; its fix removes it. */
  drop(target: Unit | number, code: RuleCode, report: DropReport): void;
  /** Report a finding that changes text without removing it (markup, white space). */
  change(code: RuleCode, message: Message, range: Range, fix: Fix | undefined): void;
}
