/**
 * The engine options for a dump: the `dumpCurator.*` settings, overridden by the workspace's
 * `.dumpcurator.json` (the same file the CLI reads with --config), which is watched for changes.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, configFromObject, mergeOptions, parseConfig, type CleanOptions } from '../core';

export class Settings implements vscode.Disposable {
  private readonly fileOptions = new Map<string, CleanOptions>();
  private readonly cache = new Map<string, CleanOptions>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reload = (uri: vscode.Uri) => void this.loadFile(uri).then(() => this.invalidate());
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete((uri) => {
        this.fileOptions.delete(uri.toString());
        this.invalidate();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dumpCurator')) this.invalidate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll().then(() => this.invalidate())),
      this.changed,
    );
  }

  /** Reads every workspace folder's configuration file; call once before the first check. */
  async loadAll(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      await this.loadFile(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
    }
  }

  get checkDelay(): number {
    return vscode.workspace.getConfiguration('dumpCurator').get<number>('checkDelay', 300);
  }

  /** The options for a document, merged once per folder until something changes. */
  optionsFor(document: { uri: vscode.Uri }): CleanOptions {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const key = folder?.uri.toString() ?? '';
    let options = this.cache.get(key);
    if (!options) {
      const fromFile = folder ? this.fileOptions.get(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME).toString()) : undefined;
      options = mergeOptions(this.fromSettings(document.uri), fromFile ?? {});
      this.cache.set(key, options);
    }
    return options;
  }

  private fromSettings(scope: vscode.Uri): CleanOptions {
    const c = vscode.workspace.getConfiguration('dumpCurator', scope);
    const { options, errors } = configFromObject({
      rules: c.get('rules', {}),
      keepCaptions: c.get('keepCaptions', false),
      keepKicker: c.get('keepKicker', true),
      phrases: c.get('phrases', {}),
    });
    for (const error of errors) this.log.warn(`Settings: ${error}`);
    return options;
  }

  private async loadFile(uri: vscode.Uri): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      this.fileOptions.delete(uri.toString());
      return;
    }
    const { options, errors } = parseConfig(new TextDecoder().decode(bytes));
    for (const error of errors) {
      this.log.warn(`${uri.fsPath}: ${error}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Dump Curator: {0}: {1}', CONFIG_FILE_NAME, error));
    }
    this.fileOptions.set(uri.toString(), options);
  }

  private invalidate(): void {
    this.cache.clear();
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
