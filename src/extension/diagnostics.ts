/** Findings as the editor's diagnostics: code with a link to the rule's documentation, faded when the line goes. */
import * as vscode from 'vscode';
import { docsUrl, type Finding } from '../core';
import { toRange, toSeverity } from './convert';

export const SOURCE = 'Dump Curator';

export function toDiagnostic(uri: vscode.Uri, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, toSeverity(finding.severity));
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.code, target: vscode.Uri.parse(docsUrl(finding.code)) };
  if (finding.drops) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message),
    );
  }
  return diagnostic;
}

/** The finding a diagnostic of ours was made from. */
export function findingFor(findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return findings.find(
    (f) => f.code === code && f.message === diagnostic.message && toRange(f.range).isEqual(diagnostic.range),
  );
}
