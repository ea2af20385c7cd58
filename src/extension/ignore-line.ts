/**
 * "Ignore this line": dumps have no comment syntax for suppressions, so the line's text goes into
 * the workspace's `.dumpcurator.json` (`ignore`), which silences it in every dump of the workspace.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core';

export async function ignoreLine(uri: vscode.Uri, text: string): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Dump Curator: open a folder to keep ignored lines in {0}.', CONFIG_FILE_NAME));
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  let config: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) config = parsed as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Dump Curator: {0} is not valid JSON; fix it first.', CONFIG_FILE_NAME));
      return;
    }
  }
  const ignore = Array.isArray(config.ignore) ? config.ignore.filter((x): x is string => typeof x === 'string') : [];
  const line = text.trim();
  if (!ignore.includes(line)) ignore.push(line);
  config.ignore = ignore;
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(config, null, 2) + '\n'));
}
