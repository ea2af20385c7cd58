/** The corpus-scale commands, the workspace index and the Explorer view, wired into the extension. */
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis';
import type { DumpChecker } from '../checker';
import type { Guard } from '../guard';
import { cleanWorkspaceToFolder, type CleanToFolderOptions } from './clean-to-folder';
import { DumpsView } from './dumps-view';
import { WorkspaceChecker } from './workspace-check';
import { WorkspaceIndex } from './workspace-index';


export function registerCorpus(
  context: vscode.ExtensionContext,
  analysis: AnalysisService,
  checker: DumpChecker,
  log: vscode.LogOutputChannel,
  guarded: Guard,
): void {
  const index = new WorkspaceIndex(() => vscode.workspace.getConfiguration('dumpCurator').get<number>('corpus.minFiles', 3));
  analysis.setCorpus(index);
  // The saved index is read in the background: the first dumps are checked without waiting for it.
  void index.load(context.storageUri).then(() => {
    if (index.active) checker.checkAll();
  }, (e) => log.error(`Reading the saved corpus index failed: ${e}`));
  const workspace = new WorkspaceChecker(analysis, index, log, context.storageUri);
  const view = new DumpsView(workspace);

  context.subscriptions.push(
    workspace,
    view,
    vscode.window.registerTreeDataProvider('dumpCurator.dumps', view),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // Settings' own change event checks the open dumps again; the recurring lines must be recounted first.
      if (e.affectsConfiguration('dumpCurator.corpus.minFiles')) index.invalidate();
    }),
    vscode.commands.registerCommand('dumpCurator.checkWorkspace', guarded(vscode.l10n.t('Check Workspace'), async () => {
      const summary = await workspace.checkAll();
      checker.checkAll(); // open dumps now see the corpus counts too
      return summary;
    })),
    vscode.commands.registerCommand('dumpCurator.cleanWorkspace', guarded(vscode.l10n.t('Clean Workspace to Folder…'), (options?: CleanToFolderOptions) =>
      cleanWorkspaceToFolder(analysis, log, options))),
    vscode.commands.registerCommand('dumpCurator.dumps.toggleSort', () => view.toggleSort()),
    vscode.commands.registerCommand('dumpCurator.dumps.toggleGrouping', () => view.toggleGrouping()),
  );
}
