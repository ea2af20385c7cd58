/**
 * Quick fixes for each finding, "fix all of this rule", "ignore this line", and the whole-dump
 * clean as `source.fixAll.dumpCurator` (so `editor.codeActionsOnSave` can clean on save).
 * Every action is one edit, so one undo restores the text.
 */
import * as vscode from 'vscode';
import { fixAllEdit, mergeEdits, type Finding, type RuleCode } from '../core';
import type { AnalysisService } from './analysis';
import { toWorkspaceEdit } from './convert';
import { findingFor, SOURCE } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('dumpCurator');
export const IGNORE_LINE_COMMAND = 'dumpCurator.ignoreLine';

export class DumpCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly analysis: AnalysisService) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const { only } = context;
    if (only && (only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only))) {
      const action = cleanDocumentAction(document, this.analysis.current(document).cleanText);
      return action ? [action] : [];
    }
    if (only && !only.contains(vscode.CodeActionKind.QuickFix)) return [];
    // The lightbulb asks on every cursor move. While the check of this version is still on its way
    // (typing), answer nothing rather than check on this thread; it asks again when diagnostics land.
    const analysis = this.analysis.known(document);
    if (!analysis) return [];
    const { findings } = analysis;
    const actions: vscode.CodeAction[] = [];
    const rulesSeen = new Set<RuleCode>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = findingFor(findings, diagnostic);
      if (!finding) continue;
      if (finding.fix) {
        const action = new vscode.CodeAction(vscode.l10n.t(finding.fix.title), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, finding.fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      if (!rulesSeen.has(finding.code)) {
        rulesSeen.add(finding.code);
        const all = fixAllOfRule(document, findings, finding.code);
        if (all) actions.push(all);
      }
      if (finding.drops) actions.push(ignoreLineAction(document, finding, diagnostic));
    }
    const whole = cleanDocumentAction(document, analysis.cleanText, vscode.CodeActionKind.QuickFix);
    if (whole && actions.length) actions.push(whole);
    return actions;
  }
}

function fixAllOfRule(document: vscode.TextDocument, findings: readonly Finding[], code: RuleCode): vscode.CodeAction | undefined {
  const same = findings.filter((f) => f.code === code && f.fix);
  if (same.length < 2) return undefined;
  const action = new vscode.CodeAction(
    vscode.l10n.t('Fix all {0} problems in this file', code),
    vscode.CodeActionKind.QuickFix,
  );
  action.edit = toWorkspaceEdit(document, mergeEdits(same.flatMap((f) => f.fix!.edits)));
  return action;
}

function ignoreLineAction(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Ignore this line in the workspace'), vscode.CodeActionKind.QuickFix);
  const text = document.getText(diagnostic.range);
  action.command = { title: action.title, command: IGNORE_LINE_COMMAND, arguments: [document.uri, text, finding.code] };
  action.diagnostics = [diagnostic];
  return action;
}

/** The whole dump turned into its cleaned article: the engine's text, in the document's line ends. */
export function cleanDocumentAction(
  document: vscode.TextDocument,
  cleanText: string,
  kind: vscode.CodeActionKind = FIX_ALL_KIND,
): vscode.CodeAction | undefined {
  const edit = fixAllEdit(document.getText(), cleanText);
  if (!edit) return undefined;
  const action = new vscode.CodeAction(vscode.l10n.t('Clean the whole dump'), kind);
  action.edit = toWorkspaceEdit(document, [edit]);
  return action;
}
