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
    token: vscode.CancellationToken,
  ): vscode.CodeAction[] | Promise<vscode.CodeAction[]> {
    const { only } = context;
    if (only && (only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only))) return this.fixAll(document, token);
    if (only && !only.contains(vscode.CodeActionKind.QuickFix)) return [];
    // The lightbulb asks on every cursor move. While the check of this version is still on its way
    // (typing), answer nothing rather than wait for it; it asks again when diagnostics land.
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
        if (hasSeveralFixable(findings, finding.code)) {
          actions.push(new WholeFileAction(vscode.l10n.t('Fix all {0} problems in this file', finding.code), document, finding.code));
        }
      }
      if (finding.drops) actions.push(ignoreLineAction(document, finding, diagnostic));
    }
    if (actions.length) actions.push(new WholeFileAction(vscode.l10n.t('Clean the whole dump'), document, undefined));
    return actions;
  }

  /** Fix-all (and so clean on save): the whole dump turned into its article, once its current version is checked. */
  private async fixAll(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const analysis = await this.analysis.current(document);
    // Saving was cancelled while the check ran (its progress offers to skip the save actions).
    if (token.isCancellationRequested) return [];
    const edit = analysis && cleanEdit(document, analysis.cleanText);
    if (!edit) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Clean the whole dump'), FIX_ALL_KIND);
    action.edit = edit;
    return [action];
  }

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof WholeFileAction)) return action;
    const { document, code } = action;
    const analysis = await this.analysis.current(document);
    // The dump was closed, or kept changing: no edit rather than one made for other text.
    if (!analysis) action.edit = new vscode.WorkspaceEdit();
    else if (code) action.edit = toWorkspaceEdit(document, mergeEdits(fixable(analysis.findings, code).flatMap((f) => f.fix!.edits)));
    else action.edit = cleanEdit(document, analysis.cleanText) ?? new vscode.WorkspaceEdit();
    return action;
  }
}

/**
 * A lightbulb action over the whole dump ("fix all of this rule", "clean the whole dump"). The
 * lightbulb asks on every cursor move, and the edit of such an action spans every finding of the
 * dump (tens of thousands in a large one), so it is worked out in resolveCodeAction, only when the
 * curator picks the action, and for the text as it is then.
 */
class WholeFileAction extends vscode.CodeAction {
  constructor(
    title: string,
    readonly document: vscode.TextDocument,
    /** The rule whose findings it fixes; undefined to clean the whole dump. */
    readonly code: RuleCode | undefined,
  ) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

function fixable(findings: readonly Finding[], code: RuleCode): Finding[] {
  return findings.filter((f) => f.code === code && f.fix);
}

/** At least two findings of the rule have a fix: looked for on every cursor move, so it stops at the second. */
function hasSeveralFixable(findings: readonly Finding[], code: RuleCode): boolean {
  let seen = 0;
  for (const f of findings) if (f.code === code && f.fix && ++seen === 2) return true;
  return false;
}

function ignoreLineAction(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Ignore this line in the workspace'), vscode.CodeActionKind.QuickFix);
  const text = document.getText(diagnostic.range);
  action.command = { title: action.title, command: IGNORE_LINE_COMMAND, arguments: [document.uri, text, finding.code] };
  action.diagnostics = [diagnostic];
  return action;
}

/** The whole dump turned into its cleaned article: the engine's text, in the document's line ends. */
export function cleanEdit(document: vscode.TextDocument, cleanText: string): vscode.WorkspaceEdit | undefined {
  const edit = fixAllEdit(document.getText(), cleanText);
  return edit && toWorkspaceEdit(document, [edit]);
}
