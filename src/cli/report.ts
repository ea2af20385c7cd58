/** How findings are printed: one line each for people and editors' problem matchers, or JSON. */
import type { Finding, Severity } from '../core';

export interface FileFindings {
  file: string;
  findings: Finding[];
}

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

export function textLine(file: string, f: Finding): string {
  return `${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`;
}

export function summary(results: readonly FileFindings[], skipped: number): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const files = results.length;
  const withFindings = results.filter((r) => r.findings.length > 0).length;
  let line =
    `${total} finding${total === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ` +
    `${counts.information} information, ${counts.hint} hints) in ${withFindings} of ${files} file${files === 1 ? '' : 's'}`;
  if (skipped) line += `; ${skipped} skipped`;
  return line;
}

export function isWarningOrAbove(f: Finding): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}
