/** Dump Curator in the editor: a thin adapter over src/core (see README, "How it is built"). */
import * as vscode from 'vscode';
import { AnalysisService } from './analysis';
import { DumpChecker, isDump, LANGUAGE_ID } from './checker';
import { cleanEdit, DumpCodeActions, IGNORE_LINE_COMMAND } from './code-actions';
import { makeGuard } from './guard';
import { ignoreLine } from './ignore-line';
import { PreviewManager } from './preview/manager';
import { registerCorpus } from './corpus/register';
import { Settings } from './settings';
import { FindingsStatus } from './status';

/** Tries of Clean Document on a dump that changes under it. */
const CLEAN_ATTEMPTS = 3;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Dump Curator', { log: true });
  const settings = new Settings(log);
  const analysis = new AnalysisService(context.extensionPath, (d) => settings.optionsFor(d), log);
  const status = new FindingsStatus();
  const checker = new DumpChecker(analysis, settings, status);
  context.subscriptions.push(log, settings, analysis, status, checker);
  context.subscriptions.push(new PreviewManager(context, analysis, settings, log));

  const guarded = makeGuard(log);

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new DumpCodeActions(analysis), DumpCodeActions.metadata),
    vscode.commands.registerCommand('dumpCurator.cleanDocument', guarded(vscode.l10n.t('Clean Document'), async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || !isDump(document)) return;
      // The workbench refuses an edit made for text that has changed since (typing went on): the
      // text as it is then is cleaned instead.
      for (let attempt = 0; attempt < CLEAN_ATTEMPTS && !document.isClosed; attempt++) {
        const current = await analysis.current(document);
        if (!current) break;
        const edit = cleanEdit(document, current.cleanText);
        if (!edit || (await vscode.workspace.applyEdit(edit))) return;
        // Refused with the text unchanged (a read-only dump): another try would be refused too.
        if (document.version === current.version) break;
      }
      if (!document.isClosed) {
        vscode.window.setStatusBarMessage(vscode.l10n.t('Dump Curator: the dump was not cleaned: it kept changing, or it cannot be edited.'), 5000);
      }
    })),
    vscode.commands.registerCommand('dumpCurator.treatAsDump', guarded(vscode.l10n.t('Treat This File as a Dump'), async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (document) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    })),
    vscode.commands.registerCommand('dumpCurator.toggleChecking', () => checker.togglePaused()),
    vscode.commands.registerCommand(IGNORE_LINE_COMMAND, guarded(vscode.l10n.t('Ignore this line in the workspace'), ignoreLine)),
  );

  registerCorpus(context, analysis, checker, log, guarded);
  await settings.loadAll();
  checker.checkAll();
}

export function deactivate(): void {}
