/**
 * Keeps diagnostics in step with open dumps: checked on open, after typing pauses, and when the
 * settings change; cleared on close or while checking is paused.
 */
import * as vscode from 'vscode';
import type { AnalysisService, DumpAnalysis } from './analysis';
import { SOURCE, toDiagnostic } from './diagnostics';
import type { Settings } from './settings';
import type { FindingsStatus } from './status';

export const LANGUAGE_ID = 'rawdump';

/** Beyond this, a huge dump's findings would swamp the Problems view and slow the editor. */
const MAX_DIAGNOSTICS = 5000;

function isShown(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));
}

export function isDump(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

export class DumpChecker implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('dumpCurator');
  private readonly disposables: vscode.Disposable[] = [];
  private paused = false;
  /** Open "dumps" that hold NUL bytes: binary, so they get a notice instead of findings. */
  private readonly binary = new Set<string>();

  constructor(
    private readonly analysis: AnalysisService,
    private readonly settings: Settings,
    private readonly status: FindingsStatus,
  ) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.check(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.check(e.document, this.settings.checkDelay)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // The editor keeps a closed tab's document loaded for a while; the curator sees it closed now.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          if (tab.input instanceof vscode.TabInputText && !isShown(tab.input.uri)) this.forget(tab.input.uri);
        }
        // A tab reopened on a document the editor kept loaded gets no open event: check it here.
        for (const tab of e.opened) {
          const input = tab.input;
          if (!(input instanceof vscode.TabInputText)) continue;
          const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === input.uri.toString());
          if (document) this.check(document, 0);
        }
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      this.settings.onDidChange(() => this.checkAll()),
      this.analysis.onDidAnalyze(({ document, analysis }) => this.publish(document, analysis)),
    );
  }


  checkAll(): void {
    for (const document of vscode.workspace.textDocuments) this.check(document, 0);
    this.updateStatus();
  }

  togglePaused(): void {
    this.paused = !this.paused;
    if (this.paused) this.collection.clear();
    else this.checkAll();
    this.updateStatus();
  }

  private forget(uri: vscode.Uri): void {
    this.binary.delete(uri.toString());
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document) this.analysis.forget(document);
    this.collection.delete(uri);
  }

  private check(document: vscode.TextDocument, delay: number): void {
    if (!isDump(document) || this.paused) return;
    // Whether a file is binary is settled when it is opened or checked anew, not on every keystroke.
    if (delay === 0) this.binary.delete(document.uri.toString());
    if (delay === 0 && document.getText().includes('\u0000')) {
      this.binary.add(document.uri.toString());
      const notice = new vscode.Diagnostic(
        new vscode.Range(0, 0, 0, 0),
        vscode.l10n.t('This file holds NUL bytes: it is not a text dump and is not checked.'),
        vscode.DiagnosticSeverity.Information,
      );
      notice.source = SOURCE;
      this.collection.set(document.uri, [notice]);
      return;
    }
    if (this.binary.has(document.uri.toString())) return;
    this.analysis.schedule(document, delay);
  }

  private publish(document: vscode.TextDocument, analysis: DumpAnalysis): void {
    if (this.paused || document.isClosed || this.binary.has(document.uri.toString())) return;
    const shown = analysis.findings.slice(0, MAX_DIAGNOSTICS).map((f) => toDiagnostic(document.uri, f));
    const hidden = analysis.findings.length - shown.length;
    if (hidden > 0) {
      const more = new vscode.Diagnostic(
        new vscode.Range(0, 0, 0, 0),
        vscode.l10n.t('{0} more findings are not listed. "Dump Curator: Clean Document" fixes them all.', hidden),
        vscode.DiagnosticSeverity.Information,
      );
      more.source = SOURCE;
      shown.push(more);
    }
    this.collection.set(document.uri, shown);
    this.updateStatus();
  }

  private updateStatus(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isDump(document)) {
      this.status.hide();
      return;
    }
    this.status.show(this.collection.get(document.uri)?.length ?? 0, this.paused);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
