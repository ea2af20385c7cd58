/**
 * Writing Clean Workspace to Folder's outputs: on disk as `dump-curator clean --out` writes them
 * (src/node: under the folder and never outside it through a symbolic link, never over a dump,
 * never twice, and not at all when they hold their article already), elsewhere (virtual
 * workspaces) through vscode.workspace.fs.
 */
import { mkdirSync } from 'node:fs';
import * as vscode from 'vscode';
import { fileId, OutputFolder, OutputRefused } from '../../node/output-folder';
import { writeIfChanged, type WriteOutcome } from '../../node/write-if-changed';

export class OutputWriter {
  private readonly folder: OutputFolder | undefined;

  /** `dumps`: the inputs, none of which an output may be. */
  constructor(private readonly target: vscode.Uri, dumps: readonly vscode.Uri[]) {
    if (target.scheme !== 'file') return;
    mkdirSync(target.fsPath, { recursive: true });
    // An output that is a dump is a second name of it (outputs lie outside the workspace): only a
    // file with several names is looked up, and the dumps' device and inode are found then, once.
    let ids: Set<string> | undefined;
    const isDump = (id: string): boolean => (ids ??= new Set(dumps.filter((u) => u.scheme === 'file').map((u) => fileId(u.fsPath)))).has(id);
    this.folder = new OutputFolder(target.fsPath, (id, stat) => stat.nlink > 1 && isDump(id));
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
    try {
      const { existing, where } = this.folder.prepare(uri.fsPath);
      const outcome = await writeIfChanged(uri.fsPath, text, existing);
      this.folder.wrote(where);
      return outcome;
    } catch (e) {
      if (e instanceof OutputRefused) throw new Error(`${relative} ${e.message}`);
      const code = (e as NodeJS.ErrnoException).code;
      // A link that took the output's place since it was looked at: the open refused to follow it.
      if (code === 'ELOOP') throw new Error(`${relative} is a symbolic link; not followed`);
      throw typeof code === 'string' ? new Error(`cannot write ${relative} (${code})`) : e;
    }
  }
}
