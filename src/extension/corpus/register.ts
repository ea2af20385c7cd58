/** The corpus-scale commands, the workspace index and the Explorer view, wired into the extension. */
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysis';
import type { DumpChecker } from '../checker';
import { cleanWorkspaceToFolder, type CleanToFolderOptions } from './clean-to-folder';
import { DumpsView } from './dumps-view';
import { WorkspaceChecker } from './workspace-check';
import { WorkspaceIndex } from './workspace-index';

type Guard = <A extends unknown[], R>(name: string, fn: (...args: A) => R | Promise<R>) => (...args: A) => Promise<R | undefined>;

export async function registerCorpus(
  context: vscode.ExtensionContext,
  analysis: AnalysisService,
  checker: DumpChecker,
  log: vscode.LogOutputChannel,
  guarded: Guard,
): Promise<void> {
  const index = new WorkspaceIndex(() => vscode.workspace.getConfiguration('dumpCurator').get<number>('corpus.minFiles', 3));
  await index.load(context.storageUri);
  analysis.setCorpus(index);
  const workspace = new WorkspaceChecker(analysis, index, log, context.storageUri);
  const view = new DumpsView(workspace);

  context.subscriptions.push(
    workspace,
    view,
    vscode.window.registerTreeDataProvider('dumpCurator.dumps', view),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dumpCurator.corpus.minFiles')) {
        index.invalidate();
        checker.checkAll();
      }
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
