/** Rule severities from settings apply live; the workspace's .dumpcurator.json is honoured, and "Ignore this line" writes it. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeActions, codeOf, fixture, openDump, ours, setSetting, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';

const DUMP = fixture('examples/20min-putin-kim.dump');

describe('settings and .dumpcurator.json', () => {
  afterEach(async () => {
    await closeAll();
    await setSetting('dumpCurator.rules', undefined);
    try {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), '.dumpcurator.json'));
    } catch {
      // not written by this test
    }
  });

  it('setting a rule to off removes its diagnostics live, and back on restores them', async () => {
    const editor = await openDump('settings-off.dump', DUMP);
    const uri = editor.document.uri;
    await waitFor('credit findings', () => ours(uri).some((d) => codeOf(d) === 'credit'));
    await setSetting('dumpCurator.rules', { credit: 'off' });
    await waitFor('credit findings gone', () => ours(uri).length > 0 && !ours(uri).some((d) => codeOf(d) === 'credit'));
    await setSetting('dumpCurator.rules', { credit: 'error' });
    const credit = await waitFor('credit findings back as errors', () => ours(uri).find((d) => codeOf(d) === 'credit'));
    assert.equal(credit.severity, vscode.DiagnosticSeverity.Error);
  });

  it('honours .dumpcurator.json', async () => {
    const editor = await openDump('settings-file.dump', DUMP);
    const uri = editor.document.uri;
    await waitFor('byline findings', () => ours(uri).some((d) => codeOf(d) === 'byline'));
    await writeWorkspaceFile('.dumpcurator.json', JSON.stringify({ rules: { byline: 'off', 'stray-punctuation': 'hint' } }));
    await waitFor('byline gone, stray punctuation a hint', () =>
      !ours(uri).some((d) => codeOf(d) === 'byline') &&
      ours(uri).some((d) => codeOf(d) === 'stray-punctuation' && d.severity === vscode.DiagnosticSeverity.Hint));
  });

  it('"Ignore this line" silences the line through .dumpcurator.json', async () => {
    const editor = await openDump('settings-ignore.dump', DUMP);
    const uri = editor.document.uri;
    const byline = await waitFor('the byline on line 7', () => ours(uri).find((d) => codeOf(d) === 'byline' && d.range.start.line === 6));
    const actions = await codeActions(uri, byline.range, vscode.CodeActionKind.QuickFix.value, (a) => a.some((x) => x.command));
    const ignore = actions.find((a) => a.title === 'Ignore this line in the workspace' && a.command?.arguments?.[2] === 'byline');
    assert.ok(ignore, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), '.dumpcurator.json'))));
    assert.deepEqual(written.ignore, ['20 Minuten']);
    await waitFor('the byline silenced', () => ours(uri).length > 0 && !ours(uri).some((d) => d.range.start.line === 6 && codeOf(d) === 'byline'));
  });
});
