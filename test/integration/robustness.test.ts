/** Files that are not dumps, or are very large, neither hang nor crash the extension host. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, fixture, ours, waitFor, writeWorkspaceFile } from './helpers';

describe('robustness', () => {
  afterEach(async function () {
    this.timeout(60_000);
    await closeAll();
  });

  it('a binary dump is refused by the editor, and one with NUL bytes past its start gets a notice, not a crash', async () => {
    const binary = await writeWorkspaceFile('binary.dump', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0, 10, 0x41]));
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(binary)), /binary/);

    const text = fixture('examples/20min-putin-kim.dump');
    const uri = await writeWorkspaceFile('nul-late.dump', text + '\n' + 'x'.repeat(4096) + '\u0000tail\n');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitFor('a check of the file', () => ours(uri).length > 0 && ours(uri));
    // Whether the NUL reaches the document is the editor's business; if it does, the file is not checked.
    if (document.getText().includes('\u0000')) assert.match(diagnostics[0].message, /NUL bytes/);
    else assert.ok(diagnostics.some((d) => codeOf(d) === 'duplicate-line'));

    // The host still checks other dumps.
    const ok = await writeWorkspaceFile('after-binary.dump', text);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ok));
    await waitFor('findings on a normal dump', () => ours(ok).length > 0);
  });

  it('a 5 MB dump is checked without blocking the extension host', async function () {
    this.timeout(120_000);
    const block = fixture('examples/20min-putin-kim.dump') + '\n\n' + fixture('real/20min_de_01.dump') + '\n\n';
    const uri = await writeWorkspaceFile('huge.dump', block.repeat(Math.ceil((5 * 1024 * 1024) / block.length)));
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    // While the worker checks, the host still answers commands and accepts edits.
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Kurz\n\n'));
    const diagnostics = await waitFor('findings on the 5 MB dump', () => {
      const d = vscode.languages.getDiagnostics(uri);
      return d.length > 100 && d;
    }, 90_000);
    assert.ok(diagnostics.some((d) => codeOf(d) === 'duplicate-line'));
    assert.ok(diagnostics.length <= 5001, `the Problems view is not swamped (${diagnostics.length})`);
    assert.match(diagnostics.at(-1)!.message, /more findings are not listed/);
  });
});
