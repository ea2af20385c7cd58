/**
 * The preview's commands and panels: one preview per dump; an unlocked preview follows the active
 * dump; panels come back after a window reload (the serializer reads the state the page keeps).
 * Live updates ride on the analysis service: an edit schedules a check after the typing pause
 * (`dumpCurator.checkDelay`, in the worker thread), and each fresh result goes to the panels that
 * show that dump.
 */
import * as vscode from 'vscode';
import { makeGuard, type Guard } from '../guard';
import { isPreviewState, PREVIEW_VIEW_TYPE, type PageCommand, type PageReport } from '../../shared/preview-protocol';
import type { AnalysisService } from '../analysis';
import { isDump } from '../checker';
import type { Settings } from '../settings';
import { webviewOptions } from './html';
import type { OutputKind } from './model';
import { outputContent, SaveRefused, outputUri, writeOutput, type OutputOptions } from './output';
import { DumpPreview, sameUri, type PreviewHost } from './panel';

const SHOW_REMOVED_KEY = 'dumpCurator.preview.showRemoved';

export class PreviewManager implements PreviewHost, vscode.WebviewPanelSerializer, vscode.Disposable {
  private readonly guard: Guard;
  private readonly previews = new Set<DumpPreview>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly extensionUri: vscode.Uri;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly analysis: AnalysisService,
    private readonly settings: Settings,
    readonly log: vscode.LogOutputChannel,
  ) {
    this.extensionUri = context.extensionUri;
    this.guard = makeGuard(log);
    const command = <A extends unknown[], R>(id: string, fn: (...args: A) => R | Promise<R>) =>
      vscode.commands.registerCommand(id, this.guard(id, fn));
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
      command('dumpCurator.showPreview', (uri?: unknown) => this.open(asUri(uri), false)),
      command('dumpCurator.showPreviewToSide', (uri?: unknown) => this.open(asUri(uri), true)),
      command('dumpCurator.togglePreviewLock', (uri?: unknown) => {
        const preview = this.previewFor(asUri(uri));
        preview?.setLocked(!preview.locked);
      }),
      command('dumpCurator.toggleRemovedLines', () => this.setShowRemoved(!this.showRemoved)),
      command('dumpCurator.copyCleanText', (uri?: unknown) => this.copy(asUri(uri))),
      command('dumpCurator.saveCleanArticle', (uri?: unknown, options?: unknown) => this.write('text', asUri(uri), asOutputOptions(options))),
      command('dumpCurator.exportRecord', (uri?: unknown, options?: unknown) => this.write('record', asUri(uri), asOutputOptions(options))),
      // Not in the palette: what a preview shows, read back from its page (the integration tests use it).
      command('dumpCurator.inspectPreview', (uri?: unknown) => this.inspect(asUri(uri))),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.previewsOf(e.document.uri).length) this.analyze(e.document, this.settings.checkDelay);
      }),
      this.analysis.onDidAnalyze(({ document, analysis }) => {
        for (const p of this.previewsOf(document.uri)) p.update(document, analysis);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        for (const p of this.previewsOf(e.textEditor.document.uri)) p.highlight(e.selections[0].active.line);
      }),
      // New options: check the shown dumps again now (also while checking is paused).
      this.settings.onDidChange(() => {
        for (const p of this.previews) {
          const document = vscode.workspace.textDocuments.find((d) => sameUri(d.uri, p.resource));
          if (document) this.analyze(document, 0);
        }
      }),
    );
  }

  /**
   * A fresh result for the document after `delay` ms of quiet (a later call restarts the wait);
   * it reaches the previews through the analysis service's onDidAnalyze, for the version current
   * by then.
   */
  analyze(document: vscode.TextDocument, delay: number): void {
    // The same schedule as the diagnostics': one check per pause, in the editor's worker.
    this.analysis.schedule(document, delay);
  }

  get showRemoved(): boolean {
    return this.context.globalState.get<boolean>(SHOW_REMOVED_KEY, false);
  }

  setShowRemoved(show: boolean): void {
    void this.context.globalState.update(SHOW_REMOVED_KEY, show).then(() => {
      for (const p of this.previews) p.postOptions();
    });
  }

  run(preview: DumpPreview, command: PageCommand): void {
    const uri = preview.resource;
    switch (command) {
      case 'copy':
        void this.guard('copy', () => this.copy(uri))();
        break;
      case 'save':
        void this.guard('save', () => this.write('text', uri, {}))();
        break;
      case 'export':
        void this.guard('export', () => this.write('record', uri, {}))();
        break;
      case 'toggleLock':
        preview.setLocked(!preview.locked);
        break;
    }
  }

  closed(preview: DumpPreview): void {
    this.previews.delete(preview);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (!isPreviewState(state)) {
      panel.dispose();
      return;
    }
    const resource = vscode.Uri.parse(state.resource, true);
    try {
      await vscode.workspace.openTextDocument(resource);
    } catch {
      panel.dispose(); // the dump is gone
      return;
    }
    this.adopt(panel, resource, state.locked);
  }

  /** Opens the preview of `uri` (or of the active dump), or reveals the one that shows it. */
  private async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const resource = uri ?? this.activeDump();
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Dump Curator: open a dump to preview it.'));
      return;
    }
    const existing = this.previewsOf(resource)[0] ?? [...this.previews].find((p) => !p.locked);
    if (existing) {
      existing.show(resource);
      existing.panel.reveal(existing.panel.viewColumn, toSide);
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: column, preserveFocus: toSide }, {
      ...webviewOptions(this.extensionUri),
      enableFindWidget: true,
    });
    this.adopt(panel, resource, false);
  }

  private adopt(panel: vscode.WebviewPanel, resource: vscode.Uri, locked: boolean): DumpPreview {
    const preview = new DumpPreview(panel, resource, locked, this);
    this.previews.add(preview);
    return preview;
  }

  /** An unlocked preview follows the active dump, unless another preview shows that dump already. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isDump(editor.document) || this.previewsOf(editor.document.uri).length) return;
    for (const p of this.previews) if (!p.locked) p.show(editor.document.uri);
  }

  private previewsOf(uri: vscode.Uri): DumpPreview[] {
    return [...this.previews].filter((p) => sameUri(p.resource, uri));
  }

  private activePreview(): DumpPreview | undefined {
    return [...this.previews].find((p) => p.panel.active);
  }

  private activeDump(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isDump(document) ? document.uri : undefined;
  }

  /** The dump a command is about: the one given, the active preview's, or the active editor's. */
  private async dumpFor(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
    const resource = uri ?? this.activePreview()?.resource ?? this.activeDump();
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Dump Curator: open a dump or its preview first.'));
      return undefined;
    }
    return vscode.workspace.openTextDocument(resource);
  }

  private async copy(uri: vscode.Uri | undefined): Promise<void> {
    const document = await this.dumpFor(uri);
    if (!document) return;
    const analysis = await this.analysis.current(document);
    if (!analysis) return;
    await vscode.env.clipboard.writeText(analysis.cleanText);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Dump Curator: copied the cleaned article.'), 3000);
  }

  /** Save (`text`) or Export (`record`); the written file, or undefined when nothing was written. */
  private async write(kind: OutputKind, uri: vscode.Uri | undefined, options: OutputOptions): Promise<vscode.Uri | undefined> {
    const document = await this.dumpFor(uri);
    if (!document) return undefined;
    try {
      const analysis = await this.analysis.current(document);
      if (!analysis) return undefined;
      const target = outputUri(document.uri, kind);
      const written = await writeOutput(document.uri, target, outputContent(document.uri, kind, analysis), options);
      if (written) {
        const message = kind === 'text'
          ? vscode.l10n.t('Dump Curator: saved the cleaned article to {0}.', vscode.workspace.asRelativePath(written))
          : vscode.l10n.t('Dump Curator: exported the record to {0}.', vscode.workspace.asRelativePath(written));
        const open = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(message, open).then((answer) => {
          if (answer === open) void vscode.window.showTextDocument(written, { viewColumn: vscode.ViewColumn.Beside });
        });
      }
      return written;
    } catch (e) {
      if (!(e instanceof SaveRefused)) throw e;
      void vscode.window.showErrorMessage(`Dump Curator: ${e.message}`);
      return undefined;
    }
  }

  private async inspect(uri: vscode.Uri | undefined): Promise<PageReport | undefined> {
    return this.previewFor(uri)?.inspect();
  }

  /** The preview of `uri`, or the active one, or the only one. */
  private previewFor(uri: vscode.Uri | undefined): DumpPreview | undefined {
    if (uri) return this.previewsOf(uri)[0];
    return this.activePreview() ?? (this.previews.size === 1 ? [...this.previews][0] : undefined);
  }

  /** Errors stop at the boundary: logged, and one message to the user. */

  dispose(): void {
    for (const p of [...this.previews]) p.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Menus pass the resource's URI; key bindings and the palette pass nothing. */
function asUri(x: unknown): vscode.Uri | undefined {
  return x instanceof vscode.Uri ? x : undefined;
}

/** The save and export commands' optional second argument (menus pass other things there). */
function asOutputOptions(x: unknown): OutputOptions {
  const confirm = typeof x === 'object' && x !== null ? (x as OutputOptions).confirmReplace : undefined;
  return typeof confirm === 'function' ? { confirmReplace: confirm } : {};
}
