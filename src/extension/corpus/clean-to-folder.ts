/**
 * "Clean Workspace to Folder…": the cleaned article of every dump into a chosen folder, mirroring
 * the tree (NAME.clean.txt, optionally one JSONL file of records), with progress and cancel. It
 * never writes into the workspace's own folders, so a source dump cannot be overwritten.
 */
import { mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { cleanedName, cleanRecord, type RuleCode } from '../../core';
import { isInside } from '../../node/output-folder';
import { OutputsFull, OutputsLost, type AnalysisService } from '../analysis';
import { findDumps, readDump } from './dump-files';
import { OutputWriter } from './output-writer';

export interface CleanToFolderOptions {
  /** The output folder; asked for when missing. */
  target?: vscode.Uri;
  /** Also write `records.jsonl` with each dump's record; asked for when missing. */
  jsonl?: boolean;
}

export interface CleanToFolderSummary {
  /** Cleaned articles written. */
  written: number;
  /** Cleaned articles whose output held them already: left as it was, modification time included. */
  unchanged: number;
  linesRemoved: Partial<Record<RuleCode, number>>;
  skipped: { uri: vscode.Uri; reason: string }[];
  cancelled: boolean;
  /** The disk or the quota filled: the run stopped at the output it could not write (the last skipped). */
  full: boolean;
}


const RECORDS = 'records.jsonl';

export async function cleanWorkspaceToFolder(
  analysis: AnalysisService,
  log: vscode.LogOutputChannel,
  options: CleanToFolderOptions = {},
): Promise<CleanToFolderSummary | undefined> {
  const target = options.target ?? (await pickFolder());
  if (!target) return undefined;
  const inside = await overlappingWorkspaceFolder(target);
  if (inside) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Dump Curator: choose a folder outside the workspace folder "{0}"; cleaned articles never go into the source tree.', inside.name),
    );
    return undefined;
  }
  const jsonl = options.jsonl ?? (await askJsonl());
  if (jsonl === undefined) return undefined;
  const unusable = await makeFolder(target);
  if (unusable) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Dump Curator: {0} cannot hold the cleaned articles: {1}.', target.fsPath, unusable));
    return undefined;
  }

  const summary: CleanToFolderSummary = { written: 0, unchanged: 0, linesRemoved: {}, skipped: [], cancelled: false, full: false };
  let unopened: string | undefined;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Dump Curator: cleaning the workspace'), cancellable: true },
    async (progress, token) => {
      const files = await findDumps(token);
      let writer: OutputWriter;
      try {
        writer = await OutputWriter.open(target, files, analysis);
      } catch (e) {
        unopened = (e as Error).message;
        return;
      }
      try {
        await cleanInto(writer, files, { analysis, jsonl, summary, progress, token });
      } finally {
        // The articles are written: a session the worker cannot close any more costs no summary.
        await writer.close().catch((e) => log.warn(`Clean Workspace to ${target.fsPath}: ${(e as Error).message}`));
      }
      summary.cancelled = token.isCancellationRequested;
    },
  );

  if (unopened !== undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Dump Curator: {0} cannot hold the cleaned articles: {1}.', target.fsPath, unopened));
    return undefined;
  }
  report(summary, target, log);
  return summary;
}

interface Run {
  analysis: AnalysisService;
  jsonl: boolean;
  summary: CleanToFolderSummary;
  progress: vscode.Progress<{ message?: string; increment?: number }>;
  token: vscode.CancellationToken;
}

/** Cleans each dump into the writer's folder, then writes the records; counts and skips go into the summary. */
async function cleanInto(writer: OutputWriter, files: readonly vscode.Uri[], run: Run): Promise<void> {
  const { analysis, summary, progress, token } = run;
  const records: string[] = [];
  const outputs = new Set<string>();
  for (const uri of files) {
    if (token.isCancellationRequested) break;
    progress.report({ increment: 100 / files.length, message: vscode.workspace.asRelativePath(uri) });
    const read = await readDump(uri);
    if ('skipped' in read) {
      summary.skipped.push({ uri, reason: read.skipped });
      continue;
    }
    const relative = mirrorPath(uri);
    // `a.dump` and `a.raw.txt` in one folder would both become `a.clean.txt`: the first one wins.
    if (outputs.has(relative)) {
      summary.skipped.push({ uri, reason: `${relative} was already written from another dump; not overwritten` });
      continue;
    }
    try {
      const result = await analysis.cleanFile(uri, read.text);
      const outcome = await writer.write(relative, result.cleanText);
      outputs.add(relative);
      summary[outcome]++;
      for (const r of result.removed) for (const code of r.codes) summary.linesRemoved[code] = (summary.linesRemoved[code] ?? 0) + 1;
      // The same record, 1-based lines included, as `dump-curator clean --format jsonl` writes.
      if (run.jsonl) records.push(JSON.stringify(cleanRecord(vscode.workspace.asRelativePath(uri), { ...result, text: result.cleanText })));
    } catch (e) {
      summary.skipped.push({ uri, reason: (e as Error).message });
      // The worker writing the outputs stopped (what it wrote is no longer known), or the disk is
      // full (every write after this one would fail): nothing more is written, records.jsonl neither.
      if (e instanceof OutputsFull) summary.full = true;
      if (e instanceof OutputsLost || summary.full) return;
    }
  }
  if (!run.jsonl) return;
  // Not written, it is listed with the skipped files: the articles are written, and the summary still comes.
  try {
    await writer.write(RECORDS, records.join('\n') + (records.length ? '\n' : ''));
  } catch (e) {
    summary.skipped.push({ uri: vscode.Uri.joinPath(writer.target, RECORDS), reason: (e as Error).message });
  }
}

/** The summary in the log, each skipped file with its reason, and in a notification. */
function report(summary: CleanToFolderSummary, target: vscode.Uri, log: vscode.LogOutputChannel): void {
  const removed = Object.entries(summary.linesRemoved).map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  const stopped = summary.full ? ' (stopped: no space left)' : summary.cancelled ? ' (cancelled)' : '';
  log.info(`Clean Workspace to ${target.fsPath}: ${summary.written} written, ${summary.unchanged} unchanged; lines removed by rule: ${removed}; ${summary.skipped.length} skipped${stopped}`);
  for (const { uri, reason } of summary.skipped) log.warn(`Skipped ${uri.fsPath}: ${reason}`);
  // Counts after labels, not before nouns: "1 cleaned articles" would need a plural form, which l10n lacks.
  if (summary.full) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Dump Curator: no space left for the cleaned articles in {0} (the disk or your quota is full); stopped after {1} written, {2} unchanged, {3} skipped. Details in the output channel.',
        target.fsPath, summary.written, summary.unchanged, summary.skipped.length),
    );
    return;
  }
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Dump Curator: cleaned articles in {0}: {1} written, {2} unchanged, {3} skipped. Details in the output channel.',
      target.fsPath, summary.written, summary.unchanged, summary.skipped.length),
  );
}

/** The workspace folder the target is in or holds, by path or on disk; undefined when it stands apart. */
async function overlappingWorkspaceFolder(target: vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (isWithin(target, folder.uri) || isWithin(folder.uri, target) || (await overlapOnDisk(target, folder.uri))) return folder;
  }
  return undefined;
}

/** `folder/sub/NAME.dump` → `<workspace folder name>/sub/NAME.clean.txt`. */
function mirrorPath(uri: vscode.Uri): string {
  return cleanedName(vscode.workspace.asRelativePath(uri, true));
}

/** Creates the output folder if need be; says why it cannot be one, as the CLI's `--out` does. */
async function makeFolder(target: vscode.Uri): Promise<string | undefined> {
  try {
    if (target.scheme === 'file') await mkdir(target.fsPath, { recursive: true });
    else await vscode.workspace.fs.createDirectory(target);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EEXIST' || code === 'ENOTDIR' ? 'not a folder' : `cannot create it (${code ?? (e as Error).message})`;
  }
}

/** Two folders on disk one inside the other once symbolic links are followed (a link to the workspace as the target). */
async function overlapOnDisk(a: vscode.Uri, b: vscode.Uri): Promise<boolean> {
  if (a.scheme !== 'file' || b.scheme !== 'file') return false;
  const [realA, realB] = await Promise.all([realFolder(a.fsPath), realFolder(b.fsPath)]);
  return isInside(realA, realB) || isInside(realB, realA);
}

/** Where a folder that may not exist yet really is: the real path of its deepest existing folder, and the rest of it. */
async function realFolder(path: string): Promise<string> {
  const rest: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(await realpath(at), ...rest);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(at) === at) throw e;
      rest.unshift(basename(at));
    }
  }
}

function isWithin(child: vscode.Uri, parent: vscode.Uri): boolean {
  if (child.scheme !== parent.scheme || child.authority !== parent.authority) return false;
  const p = parent.path.endsWith('/') ? parent.path : parent.path + '/';
  return child.path === parent.path || child.path.startsWith(p);
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    openLabel: vscode.l10n.t('Write Cleaned Articles Here'),
  });
  return picked?.[0];
}

async function askJsonl(): Promise<boolean | undefined> {
  const textOnly = vscode.l10n.t('Cleaned text files');
  const withJsonl = vscode.l10n.t('Cleaned text files and records.jsonl');
  const choice = await vscode.window.showQuickPick([textOnly, withJsonl], { placeHolder: vscode.l10n.t('What to write') });
  return choice === undefined ? undefined : choice === withJsonl;
}
