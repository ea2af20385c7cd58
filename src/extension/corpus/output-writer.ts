/**
 * Writing Clean Workspace to Folder's outputs: on disk as `dump-curator clean --out` writes them
 * (under the folder and never outside it through a symbolic link, never over a dump, never twice,
 * and not at all when they hold their article already), by the analysis worker, so that no
 * blocking call is made here (corpus/output-sessions.ts); elsewhere (virtual workspaces) through
 * vscode.workspace.fs.
 */
import * as vscode from 'vscode';
import type { WriteOutcome } from '../../node/write-if-changed';
import type { AnalysisService } from '../analysis';

export class OutputWriter {
  private constructor(
    /** The folder written into. */
    readonly target: vscode.Uri,
    private readonly analysis: AnalysisService,
    /** The worker's session, for a folder on disk. */
    private readonly session: number | undefined,
  ) {}

  /** A writer into `target`, an existing folder. `dumps` are the inputs, none of which an output may be. */
  static async open(target: vscode.Uri, dumps: readonly vscode.Uri[], analysis: AnalysisService): Promise<OutputWriter> {
    if (target.scheme !== 'file') return new OutputWriter(target, analysis, undefined);
    const inputs = dumps.filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath);
    return new OutputWriter(target, analysis, await analysis.openOutputs(target.fsPath, inputs));
  }

  /**
   * Writes `text` at `relative` under the folder. Throws an error that says, in the CLI's words,
   * why it was not written: refused (`… is a symbolic link; not followed`) or failed (`cannot write … (EISDIR)`).
   */
  async write(relative: string, text: string): Promise<WriteOutcome> {
    const uri = vscode.Uri.joinPath(this.target, relative);
    if (this.session === undefined) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      return 'written';
    }
    return this.analysis.writeOutput(this.session, uri.fsPath, relative, text);
  }

  async close(): Promise<void> {
    if (this.session !== undefined) await this.analysis.closeOutputs(this.session);
  }
}
