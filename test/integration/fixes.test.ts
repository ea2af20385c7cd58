/** Quick fixes change exactly what they should, undo restores, and fix-all gives the engine's article byte for byte. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeActions, codeOf, fixture, openDump, ours, setSetting, waitFor } from './helpers';

const DUMP = fixture('examples/20min-putin-kim.dump');
const CLEAN = fixture('examples/20min-putin-kim.clean.txt');
const FIX_ALL = 'source.fixAll.dumpCurator';

function fullRange(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(0, 0, document.lineCount, 0);
}

describe('quick fixes', () => {
  afterEach(closeAll);

  it('the preferred fix on the duplicate caption removes exactly that line, and undo restores it', async () => {
    const editor = await openDump('fix-duplicate.dump', DUMP);
    const { document } = editor;
    const duplicate = await waitFor('the duplicate-line finding', () =>
      ours(document.uri).find((d) => codeOf(d) === 'duplicate-line' && d.range.start.line === 8));
    const actions = await codeActions(document.uri, duplicate.range, vscode.CodeActionKind.QuickFix.value, (a) => a.some((x) => x.isPreferred));
    const preferred = actions.find((a) => a.isPreferred && a.title === 'Remove duplicate line');
    assert.ok(preferred, `offered: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));

    const lines = DUMP.split('\n');
    assert.equal(document.getText(), [...lines.slice(0, 8), ...lines.slice(9)].join('\n'));
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), DUMP);
  });

  it('source.fixAll.dumpCurator turns the reference dump into the cleaned article byte for byte @smoke', async () => {
    const editor = await openDump('fix-all.dump', DUMP);
    const [action] = await codeActions(editor.document.uri, fullRange(editor.document), FIX_ALL);
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.equal(editor.document.getText(), CLEAN);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), DUMP, 'one undo restores the dump');
  });

  it('fix-all on a CRLF copy gives the same article, and the document stays CRLF', async () => {
    const editor = await openDump('fix-all-crlf.dump', DUMP.replace(/\n/g, '\r\n'));
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    const [action] = await codeActions(editor.document.uri, fullRange(editor.document), FIX_ALL);
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    assert.equal(editor.document.getText(), CLEAN.replace(/\n/g, '\r\n'));
  });

  it('"Clean Document" does the same', async () => {
    const editor = await openDump('clean-command.dump', DUMP);
    await vscode.commands.executeCommand('dumpCurator.cleanDocument');
    await waitFor('the cleaned text', () => editor.document.getText() === CLEAN);
  });

  it('"Clean Document" keeps what is typed while the dump is checked', async () => {
    const editor = await openDump('clean-while-typing.dump', DUMP);
    // The command waits for the worker's check; the typing lands before the command's edit. An
    // edit made for the text before it would take the typing back out.
    const cleaning = vscode.commands.executeCommand('dumpCurator.cleanDocument');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(4, 'Russland'.length), ' (Moskau)')));
    await cleaning;
    const typed = (text: string) => text.replace('\nRussland will', '\nRussland (Moskau) will');
    assert.equal(editor.document.getText(), typed(CLEAN));
  });

  it('cleans on save with editor.codeActionsOnSave', async () => {
    await setSetting('editor.codeActionsOnSave', { [FIX_ALL]: 'explicit' });
    try {
      const editor = await openDump('fix-on-save.dump', DUMP);
      // A real change, so that saving writes (and runs the save actions).
      await editor.edit((b) => b.insert(new vscode.Position(0, 'Ukraine'.length), '  '));
      await editor.document.save();
      assert.equal(editor.document.getText(), CLEAN);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(editor.document.uri));
      assert.equal(onDisk, CLEAN);
    } finally {
      await setSetting('editor.codeActionsOnSave', undefined);
    }
  });

  it('offers "fix all of this rule", "ignore this line" and "clean the whole dump"; the whole-file edits are worked out when picked', async () => {
    const editor = await openDump('fix-rule.dump', DUMP);
    const { document } = editor;
    const credit = await waitFor('a credit finding', () => ours(document.uri).find((d) => codeOf(d) === 'credit'));
    const quickFixes = (resolve = 0) => codeActions(document.uri, credit.range, vscode.CodeActionKind.QuickFix.value, (a) => a.length > 2, resolve);
    const named = (actions: vscode.CodeAction[], title: string): vscode.CodeAction => {
      const action = actions.find((a) => a.title === title);
      assert.ok(action, `"${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
      return action;
    };
    const FIX_RULE = 'Fix all credit problems in this file';
    const WHOLE = 'Clean the whole dump';
    const offered = await quickFixes();
    named(offered, 'Ignore this line in the workspace');
    // The lightbulb asks on every cursor move: an edit over the whole dump waits until picked.
    assert.equal(named(offered, FIX_RULE).edit, undefined);
    assert.equal(named(offered, WHOLE).edit, undefined);

    assert.ok(await vscode.workspace.applyEdit(named(await quickFixes(offered.length), FIX_RULE).edit!));
    const text = document.getText();
    assert.ok(!/^\s*Reuters$/m.test(text) && !/Instagram, privat/.test(text), 'both credit lines are gone');
    assert.ok(text.includes('wie BBC berichtet'), 'article text stays');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), DUMP, 'one undo restores the dump');

    await waitFor('the credit finding again', () => ours(document.uri).some((d) => codeOf(d) === 'credit' && d.range.isEqual(credit.range)));
    assert.ok(await vscode.workspace.applyEdit(named(await quickFixes(offered.length), WHOLE).edit!));
    assert.equal(document.getText(), CLEAN);
  });
});
