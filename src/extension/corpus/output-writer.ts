/**
 * Writing Clean Workspace to Folder's outputs: on disk as `dump-curator clean --out` writes them
 * (src/node: under the folder and never outside it through a symbolic link, never over a dump,
 * never twice, and not at all when they hold their article already), elsewhere (virtual
 * workspaces) through vscode.workspace.fs.
 */
import { stat } from 'node:fs/promises';
import * as vscode from 'vscode';
import { OutputFolder, OutputRefused, statId } from '../../node/output-folder';
import { writeIfChanged, type WriteOutcome } from '../../node/write-if-changed';

export class OutputWriter {
  private constructor(private readonly target: vscode.Uri, private readonly folder: OutputFolder | undefined) {}

  /**
   * A writer into `target`, an existing folder. `dumps` are the inputs, none of which an output may
   * be: their device and inode are found first, without blocking the extension host (a dump can
   * stand at an output's place under one name only, through a linked folder in the workspace).
   */
  static async open(target: vscode.Uri, dumps: readonly vscode.Uri[]): Promise<OutputWriter> {
    if (target.scheme !== 'file') return new OutputWriter(target, undefined);
    const ids = new Set<string>();
    for (const uri of dumps) {
      if (uri.scheme !== 'file') continue;
      const found = await stat(uri.fsPath).catch(() => undefined);
      if (found) ids.add(statId(found));
    }
    return new OutputWriter(target, new OutputFolder(target.fsPath, (id) => ids.has(id)));
  }

  /**
   * Writes `text` at `relative` under the folder. Throws an error that says, in the CLI's words,
   * why it was not written: refused (`… is a symbolic link; not followed`) or failed (`cannot write … (EISDIR)`).
   */
  async write(relative: string, text: string): Promise<WriteOutcome> {
    const uri = vscode.Uri.joinPath(this.target, relative);
    if (!this.folder) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      return 'written';
    }
    let prepared: ReturnType<OutputFolder['prepare']>;
    try {
      prepared = this.folder.prepare(uri.fsPath);
    } catch (e) {
      throw why(relative, e);
    }
    try {
      const outcome = await writeIfChanged(uri.fsPath, text, prepared.existing);
      this.folder.wrote(prepared.where);
      return outcome;
    } catch (e) {
      // A link that took the output's place since it was looked at: the open refused to follow it.
      if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new Error(`${relative} is a symbolic link; not followed`);
      throw why(relative, e);
    }
  }
}

function why(relative: string, e: unknown): unknown {
  if (e instanceof OutputRefused) return new Error(`${relative} ${e.message}`);
  const code = (e as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? new Error(`cannot write ${relative} (${code})`) : e;
}
