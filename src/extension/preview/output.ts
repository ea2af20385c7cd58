/**
 * Save and Export: the cleaned article as `NAME.clean.txt` (the engine's text byte for byte, as
 * the CLI writes it) and the JSON record as `NAME.clean.json` (what `clean --format json` prints),
 * beside the dump or under `dumpCurator.preview.outputFolder`. Never over the dump itself, never
 * through a symbolic link, and an existing file is only replaced once the user agreed.
 *
 * Asking is a seam: `confirmReplace` is a function. The commands use `confirmWithModal` (a modal
 * warning with a Replace button); a caller may pass its own, which is how the integration tests,
 * which cannot click a modal, check that a second save asks first and keeps the file when the
 * answer is no (see test/integration/preview.test.ts).
 */
import * as vscode from 'vscode';
import { cleanRecord } from '../../core';
import type { DumpAnalysis } from '../analysis';
import { LANGUAGE_ID } from '../checker';
import { outputPath, type OutputKind } from './model';

export type ConfirmReplace = (file: vscode.Uri) => Thenable<boolean>;

export interface OutputOptions {
  /** Asked before an existing file is replaced; the answer `false` keeps it. */
  confirmReplace?: ConfirmReplace;
}

/** Why the preview saved nothing: a whole sentence, translated, shown to the user as is. */
export class SaveRefused extends Error {}

export const confirmWithModal: ConfirmReplace = async (file) => {
  const replace = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} already exists. Replace it?', vscode.workspace.asRelativePath(file)),
    { modal: true, detail: vscode.l10n.t('Its content is overwritten with the cleaned article.') },
    replace,
  );
  return answer === replace;
};

/** Where Save (`text`) or Export (`record`) of this dump writes. */
export function outputUri(dump: vscode.Uri, kind: OutputKind): vscode.Uri {
  if (dump.scheme === 'untitled') throw new SaveRefused(vscode.l10n.t('Save the dump to a file first: its cleaned article goes beside it.'));
  const folder = vscode.workspace.getWorkspaceFolder(dump);
  const setting = vscode.workspace.getConfiguration('dumpCurator', dump).get<string>('preview.outputFolder', '').trim();
  let out: { folder: string; root?: string } | undefined;
  if (setting) {
    const absolute = /^([a-zA-Z]:)?[\\/]/.test(setting);
    const base = folder?.uri ?? vscode.Uri.joinPath(dump, '..');
    const outUri = absolute ? dump.with({ path: vscode.Uri.file(setting).path }) : vscode.Uri.joinPath(base, setting);
    out = { folder: outUri.path, root: folder?.uri.path };
  }
  const path = outputPath(dump.path, kind, out);
  if (path === undefined) throw new SaveRefused(vscode.l10n.t('The output of {0} would land outside the output folder {1}; not written.', dump.path, setting));
  return dump.with({ path });
}

/** The bytes Save or Export writes for this analysis of the dump. */
export function outputContent(dump: vscode.Uri, kind: OutputKind, analysis: DumpAnalysis): string {
  if (kind === 'text') return analysis.cleanText;
  const { cleanText: text, record, removed } = analysis;
  return JSON.stringify(cleanRecord(vscode.workspace.asRelativePath(dump, false), { text, record, removed }), null, 2) + '\n';
}

/** Writes `content` to `target`, asking first if it exists. The written URI, or undefined if the user said no. */
export async function writeOutput(dump: vscode.Uri, target: vscode.Uri, content: string, options: OutputOptions = {}): Promise<vscode.Uri | undefined> {
  const same = (a: vscode.Uri, b: vscode.Uri) => a.scheme === b.scheme && a.authority === b.authority && a.path.toLowerCase() === b.path.toLowerCase();
  if (same(target, dump)) throw new SaveRefused(vscode.l10n.t('{0} is the dump itself; not overwritten.', vscode.workspace.asRelativePath(target)));
  if (vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID && same(d.uri, target))) {
    throw new SaveRefused(vscode.l10n.t('{0} is a dump open in the editor; not overwritten.', vscode.workspace.asRelativePath(target)));
  }
  let existing: vscode.FileStat | undefined;
  try {
    existing = await vscode.workspace.fs.stat(target);
  } catch {
    existing = undefined;
  }
  if (existing) {
    if (existing.type & vscode.FileType.SymbolicLink) throw new SaveRefused(vscode.l10n.t('{0} is a symbolic link; not followed.', vscode.workspace.asRelativePath(target)));
    if (existing.type & vscode.FileType.Directory) throw new SaveRefused(vscode.l10n.t('{0} is a folder; not written.', vscode.workspace.asRelativePath(target)));
    const confirm = options.confirmReplace ?? confirmWithModal;
    if (!(await confirm(target))) return undefined;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  return target;
}
