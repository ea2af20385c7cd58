/** How findings are printed: one line each for people and editors' problem matchers, or JSON. */
import type { Finding, Severity } from '../core';
import { printable } from './printable';

/** A finding in the CLI's JSON: 1-based lines and columns, like the text output. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: Severity;
  message: string;
  duplicateOf?: number;
}

export function toJson(file: string, f: Finding): JsonFinding {
  return {
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    code: f.code,
    severity: f.severity,
    message: f.message,
    ...(f.duplicateOf !== undefined ? { duplicateOf: f.duplicateOf + 1 } : {}),
  };
}

export function textLine(f: JsonFinding): string {
  return `${printable(f.file)}:${f.line}:${f.column} ${f.severity} ${f.code} ${printable(f.message)}`;
}

/** The counts behind the summary line, added up file by file as results arrive. */
export class Tally {
  counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  files = 0;
  withFindings = 0;
  skipped = 0;

  add(findings: readonly { severity: Severity }[]): void {
    this.files++;
    if (findings.length) this.withFindings++;
    for (const f of findings) this.counts[f.severity]++;
  }

  get warningOrAbove(): boolean {
    return this.counts.error + this.counts.warning > 0;
  }

  summary(): string {
    const { counts, files, withFindings, skipped } = this;
    const total = counts.error + counts.warning + counts.information + counts.hint;
    let line =
      `${total} finding${total === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ` +
      `${counts.information} information, ${counts.hint} hints) in ${withFindings} of ${files} file${files === 1 ? '' : 's'}`;
    if (skipped) line += `; ${skipped} skipped`;
    return line;
  }
}

