/** Findings as the editor's diagnostics: code with a link to the rule's documentation, faded when the line goes. */
import * as vscode from 'vscode';
import { docsUrl, type Finding, type RuleCode } from '../core';
import { toRange, toSeverity } from './convert';

export const SOURCE = 'Dump Curator';

/** The finding's reason in the curator's language: the engine's English template, translated when a bundle has it. */
export function localMessage(finding: Finding): string {
  return vscode.l10n.t(finding.template.text, ...finding.template.args);
}

const docsUris = new Map<RuleCode, vscode.Uri>();

function docsUri(code: RuleCode): vscode.Uri {
  let uri = docsUris.get(code);
  if (!uri) docsUris.set(code, (uri = vscode.Uri.parse(docsUrl(code))));
  return uri;
}

export function toDiagnostic(uri: vscode.Uri, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), localMessage(finding), toSeverity(finding.severity));
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.code, target: docsUri(finding.code) };
  if (finding.drops) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), vscode.l10n.t(r.message)),
    );
  }
  return diagnostic;
}

/** The finding a diagnostic of ours was made from. */
export function findingFor(findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return findings.find(
    (f) => f.code === code && toRange(f.range).isEqual(diagnostic.range) && localMessage(f) === diagnostic.message,
  );
}
