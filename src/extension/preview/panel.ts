/**
 * One preview panel: the page it holds, the dump it shows, and the messages in between. It posts
 * nothing before the page said `ready` or after the panel is gone, drops results older than the
 * version it already shows, and ignores any message that is not in the protocol's union.
 */
import * as vscode from 'vscode';
import { isPageMessage, type HostMessage, type PageCommand, type PageMessage, type PageReport, type PreviewContent } from '../../shared/preview-protocol';
import type { AnalysisService, DumpAnalysis } from '../analysis';
import { localMessage } from '../diagnostics';
import { previewHtml, webviewOptions } from './html';
import { previewContent, type Counts } from './model';

/** What a panel needs from the manager. */
export interface PreviewHost {
  readonly extensionUri: vscode.Uri;
  readonly analysis: AnalysisService;
  readonly log: vscode.LogOutputChannel;
  /** Asks for a fresh result of the document after `delay` ms; it comes through the analysis service's event. */
  analyze(document: vscode.TextDocument, delay: number): void;
  readonly showRemoved: boolean;
  setShowRemoved(show: boolean): void;
  run(preview: DumpPreview, command: PageCommand): void;
  closed(preview: DumpPreview): void;
}

const INSPECT_LIMIT_MS = 5000;

function summary(c: Counts): string[] {
  return [
    c.words === 1 ? vscode.l10n.t('1 word kept') : vscode.l10n.t('{0} words kept', c.words.toLocaleString()),
    c.removedLines === 1 ? vscode.l10n.t('1 line removed') : vscode.l10n.t('{0} lines removed', c.removedLines.toLocaleString()),
    c.findings === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', c.findings.toLocaleString()),
  ];
}

export function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}

export class DumpPreview implements vscode.Disposable {
  private ready = false;
  private disposed = false;
  private last: PreviewContent | undefined;
  private activeLine: number | null = null;
  private nextInspection = 0;
  private readonly inspections = new Map<number, (report: PageReport | undefined) => void>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private current: vscode.Uri,
    private isLocked: boolean,
    private readonly host: PreviewHost,
  ) {
    panel.webview.options = webviewOptions(host.extensionUri);
    panel.webview.html = previewHtml(panel.webview, host.extensionUri);
    this.updateTitle();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      // A hidden panel loses its page (no retainContextWhenHidden); the new one says `ready` again.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get resource(): vscode.Uri {
    return this.current;
  }

  get locked(): boolean {
    return this.isLocked;
  }

  /** Shows another dump (a preview that follows the active editor). */
  show(resource: vscode.Uri): void {
    if (sameUri(resource, this.current)) return;
    this.current = resource;
    this.last = undefined;
    this.activeLine = vscode.window.visibleTextEditors.find((e) => sameUri(e.document.uri, resource))?.selection.active.line ?? null;
    this.updateTitle();
    void this.refresh();
  }

  setLocked(locked: boolean): void {
    this.isLocked = locked;
    this.updateTitle();
    this.postOptions();
  }

  postOptions(): void {
    this.post({ type: 'options', locked: this.isLocked, showRemoved: this.host.showRemoved });
  }

  /** Renders the latest known result, or asks the analysis (in its worker) for one. */
  async refresh(): Promise<void> {
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(this.current);
    } catch (e) {
      this.host.log.warn(`Preview: cannot open ${this.current.toString()}: ${(e as Error).message}`);
      return;
    }
    const known = this.host.analysis.known(document);
    if (known) this.update(document, known);
    else this.host.analyze(document, 0);
  }

  /** A fresh result for `document`; an older version than the one shown is dropped. */
  update(document: vscode.TextDocument, analysis: DumpAnalysis): void {
    if (this.disposed || !sameUri(document.uri, this.current)) return;
    if (this.last && analysis.version < this.last.version) return;
    const name = document.uri.path.split('/').pop() ?? document.uri.path;
    this.last = previewContent({ resource: document.uri.toString(), fileName: name, ...analysis }, summary, localMessage);
    this.postRender();
  }

  highlight(line: number): void {
    if (line === this.activeLine) return;
    this.activeLine = line;
    this.post({ type: 'highlight', line });
  }

  /** What the page shows, read back from its DOM; undefined while it has no page or does not answer. */
  inspect(): Promise<PageReport | undefined> {
    if (!this.ready || this.disposed) return Promise.resolve(undefined);
    const id = this.nextInspection++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.answer(id, undefined), INSPECT_LIMIT_MS);
      this.inspections.set(id, (report) => {
        clearTimeout(timer);
        resolve(report);
      });
      this.post({ type: 'inspect', id });
    });
  }

  private answer(id: number, report: PageReport | undefined): void {
    this.inspections.get(id)?.(report);
    this.inspections.delete(id);
  }

  private postRender(): void {
    if (!this.last) return;
    this.post({ type: 'render', content: this.last, locked: this.isLocked, showRemoved: this.host.showRemoved, activeLine: this.activeLine });
  }

  private post(message: HostMessage): void {
    if (this.disposed || !this.ready) return;
    void this.panel.webview.postMessage(message);
  }

  private receive(message: unknown): void {
    if (!isPageMessage(message)) {
      this.host.log.warn('Preview: ignored a message that is not in the protocol.');
      return;
    }
    this.handle(message);
  }

  private handle(message: PageMessage): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.postRender();
        void this.refresh();
        break;
      case 'reveal':
        void this.reveal(message.line).catch((e) => this.host.log.error(`Preview: reveal failed: ${(e as Error).stack ?? e}`));
        break;
      case 'setShowRemoved':
        this.host.setShowRemoved(message.show);
        break;
      case 'command':
        this.host.run(this, message.command);
        break;
      case 'report':
        this.answer(message.id, message.report);
        break;
    }
  }

  /** The dump's line in an editor beside the preview, with the cursor on it. */
  private async reveal(line: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.current);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const other = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const position = document.validatePosition(new vscode.Position(line, 0));
    const range = new vscode.Range(position, position);
    this.activeLine = position.line;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? other, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private updateTitle(): void {
    const name = this.current.path.split('/').pop() ?? this.current.path;
    this.panel.title = this.isLocked ? vscode.l10n.t('[Locked] Preview {0}', name) : vscode.l10n.t('Preview {0}', name);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const id of [...this.inspections.keys()]) this.answer(id, undefined);
    for (const d of this.disposables) d.dispose();
    this.host.closed(this);
    this.panel.dispose();
  }
}
