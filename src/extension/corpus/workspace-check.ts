/**
 * "Check Workspace": every dump matched by `dumpCurator.files` is indexed for corpus-boilerplate,
 * then checked, with a cancellable progress notification; findings of files that are not open go
 * to the Problems view. Once run, a file watcher keeps the index and the findings current.
 * The engine runs in the analysis worker, so the extension host stays free.
 */
import * as vscode from 'vscode';
import type { Finding, RuleCode } from '../../core';
import type { AnalysisService } from '../analysis';
import { toDiagnostic } from '../diagnostics';
import { filesSetting, findDumps, matchesDumps, mtimeOf, readDump } from './dump-files';
import type { WorkspaceIndex } from './workspace-index';

/** Files read and checked at once: enough to keep the worker busy while the next files load. */
const IN_FLIGHT = 8;
/** Quiet time after a file change before the index is written to storage. */
const SAVE_DELAY = 2000;
/** Files whose findings go to the Problems view in one update. */
const PUBLISH_BATCH = 250;

export interface FileSummary {
  uri: vscode.Uri;
  counts: Partial<Record<RuleCode, number>>;
  total: number;
  /** Where the first finding stands, to open the file there. */
  first?: vscode.Range;
}

export interface CheckSummary {
  files: number;
  withFindings: number;
  findings: number;
  skipped: { uri: vscode.Uri; reason: string }[];
  cancelled: boolean;
}

export class WorkspaceChecker implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('dumpCurator.workspace');
  private readonly summaries = new Map<string, FileSummary>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the per-file results change (for the Explorer view). */
  readonly onDidChange = this.changed.event;
  /** One per workspace folder, once a first check has run; rebuilt when the folders or `dumpCurator.files` change. */
  private watchers: vscode.FileSystemWatcher[] | undefined;
  /** A check still running when the extension goes must not start watchers after it. */
  private disposed = false;
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.changed];

  constructor(
    private readonly analysis: AnalysisService,
    private readonly index: WorkspaceIndex,
    private readonly log: vscode.LogOutputChannel,
    private readonly storage: vscode.Uri | undefined,
  ) {
    this.disposables.push(
      // An open dump's findings come from the editor's own checker; the disk copy's go away.
      vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)),
    );
  }

  get results(): readonly FileSummary[] {
    return [...this.summaries.values()];
  }

  /** The Check Workspace command. */
  async checkAll(): Promise<CheckSummary | undefined> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Dump Curator: checking the workspace'), cancellable: true },
      async (progress, token) => {
        const files = await findDumps(token);
        const summary: CheckSummary = { files: files.length, withFindings: 0, findings: 0, skipped: [], cancelled: false };
        const report = throttledProgress(progress, 2 * files.length);
        const started = Date.now();

        // Pass 1: the corpus index, so that pass 2 knows which lines recur across files.
        const texts = new Map<string, string>();
        await forEachLimited(files, IN_FLIGHT, token, async (uri) => {
          // A file indexed before (this session, or saved before a reload) and unchanged since is not read again.
          const known = this.index.mtimeOf(uri);
          if (known !== undefined && (await statMtime(uri)) === known) {
            report(vscode.l10n.t('indexing {0} dumps', files.length));
            return;
          }
          const read = await readDump(uri);
          if ('skipped' in read) summary.skipped.push({ uri, reason: read.skipped });
          else {
            try {
              this.index.set(uri, read.mtime, await this.analysis.keysOf(read.text));
            } catch (e) {
              summary.skipped.push({ uri, reason: (e as Error).message });
            }
            // Kept for pass 2 only while the corpus is small; large ones are read again.
            if (files.length <= 2000) texts.set(uri.toString(), read.text);
          }
          report(vscode.l10n.t('indexing {0} dumps', files.length));
        });
        if (token.isCancellationRequested) return { ...summary, cancelled: true };
        const indexed = Date.now();
        this.index.retain(new Set(files.map((u) => u.toString())));
        await this.index.save(this.storage);

        // Pass 2: the findings, handed to the Problems view in batches rather than file by file.
        const batch: [vscode.Uri, vscode.Diagnostic[]][] = [];
        const flush = () => this.collection.set(batch.splice(0));
        await forEachLimited(files, IN_FLIGHT, token, async (uri) => {
          const text = texts.get(uri.toString());
          let result: FileSummary | undefined;
          try {
            result = await this.checkFile(uri, text, (entry) => {
              batch.push(entry);
              if (batch.length >= PUBLISH_BATCH) flush();
            });
          } catch (e) {
            // One dump the engine fails on costs that dump only.
            summary.skipped.push({ uri, reason: (e as Error).message });
          }
          if (result) {
            summary.findings += result.total;
            if (result.total) summary.withFindings++;
          }
          report(vscode.l10n.t('checking {0} dumps', files.length));
        });
        flush();
        summary.cancelled = token.isCancellationRequested;
        this.changed.fire();
        this.watch();
        this.log.info(
          `Check Workspace: ${summary.files} dumps, ${summary.findings} findings in ${summary.withFindings}, ${summary.skipped.length} skipped${summary.cancelled ? ' (cancelled)' : ''}; ` +
            `indexed in ${indexed - started} ms, checked in ${Date.now() - indexed} ms`,
        );
        for (const { uri, reason } of summary.skipped) this.log.warn(`Skipped ${uri.fsPath}: ${reason}`);
        return summary;
      },
    );
  }

  /** Checks one file from disk (or the text already read) and publishes its findings. */
  private async checkFile(
    uri: vscode.Uri,
    text?: string,
    publish: (entry: [vscode.Uri, vscode.Diagnostic[]]) => void = (entry) => this.collection.set([entry]),
  ): Promise<FileSummary | undefined> {
    if (text === undefined) {
      const read = await readDump(uri);
      if ('skipped' in read) {
        this.forget(uri);
        return undefined;
      }
      text = read.text;
    }
    const { findings } = await this.analysis.cleanFile(uri, text);
    const summary = summarize(uri, findings);
    this.summaries.set(uri.toString(), summary);
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
      publish([uri, findings.map((f) => this.diagnostic(uri, f))]);
    }
    return summary;
  }

  private diagnostic(uri: vscode.Uri, finding: Finding): vscode.Diagnostic {
    const diagnostic = toDiagnostic(uri, finding);
    if (finding.code === 'corpus-boilerplate' && finding.fingerprint) {
      diagnostic.relatedInformation = this.index.otherFiles(finding.fingerprint, uri).map(
        (other) => new vscode.DiagnosticRelatedInformation(new vscode.Location(other, new vscode.Position(0, 0)), vscode.l10n.t('The same line stands here too')),
      );
    }
    return diagnostic;
  }

  /** After a first workspace check, files that change on disk are re-indexed and re-checked. */
  private watch(): void {
    if (this.watchers || this.disposed) return;
    this.watchers = this.makeWatchers();
    this.disposables.push(
      { dispose: () => this.watchers?.forEach((w) => w.dispose()) },
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rewatch()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('dumpCurator.files') && this.rewatch()),
    );
  }

  private rewatch(): void {
    this.watchers?.forEach((w) => w.dispose());
    this.watchers = this.makeWatchers();
  }

  // A watcher given a glob string matches it against absolute paths, so an include such as
  // `corpus/**/*.dump` never fired: each folder gets a pattern relative to it, as findFiles reads it.
  private makeWatchers(): vscode.FileSystemWatcher[] {
    const update = async (uri: vscode.Uri) => {
      if (!matchesDumps(uri)) return;
      const read = await readDump(uri);
      if ('skipped' in read) return this.forget(uri);
      this.index.set(uri, read.mtime, await this.analysis.keysOf(read.text));
      await this.checkFile(uri, read.text);
      this.saveSoon();
      this.changed.fire();
    };
    const { include } = filesSetting();
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include));
      watcher.onDidCreate((uri) => void update(uri).catch((e) => this.log.error(String(e))));
      watcher.onDidChange((uri) => void update(uri).catch((e) => this.log.error(String(e))));
      watcher.onDidDelete((uri) => {
        this.index.remove(uri);
        this.forget(uri);
        this.changed.fire();
      });
      return watcher;
    });
  }

  /** A checkout that touches many dumps saves the index once, after the burst. */
  private saveSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.index.save(this.storage).catch((e) => this.log.error(`Saving the corpus index failed: ${e}`));
    }, SAVE_DELAY);
  }

  private forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.summaries.delete(uri.toString());
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.saveTimer);
    for (const d of this.disposables) d.dispose();
  }
}

async function statMtime(uri: vscode.Uri): Promise<number | undefined> {
  try {
    return await mtimeOf(uri);
  } catch {
    return undefined;
  }
}

function summarize(uri: vscode.Uri, findings: readonly Finding[]): FileSummary {
  const counts: Partial<Record<RuleCode, number>> = {};
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  const first = findings[0];
  return {
    uri,
    counts,
    total: findings.length,
    first: first && new vscode.Range(first.range.start.line, first.range.start.character, first.range.end.line, first.range.end.character),
  };
}

/** Progress in steps of a percent: a report a file would flood the workbench with messages. */
function throttledProgress(progress: vscode.Progress<{ message?: string; increment?: number }>, total: number): (message: string) => void {
  let done = 0;
  let reported = 0;
  return (message) => {
    done++;
    const percent = Math.floor((100 * done) / Math.max(total, 1));
    if (percent > reported) {
      progress.report({ increment: percent - reported, message });
      reported = percent;
    }
  };
}

/** Runs `fn` over the items with at most `limit` at once, stopping early when cancelled. */
async function forEachLimited<T>(items: readonly T[], limit: number, token: vscode.CancellationToken, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length && !token.isCancellationRequested) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
