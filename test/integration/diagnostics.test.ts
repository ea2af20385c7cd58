/** Opening a dump shows the engine's findings as diagnostics, with codes, links and related information. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, fixture, openDump, ours, pairs, waitFor } from './helpers';
import { screenshot } from './screenshot';

describe('diagnostics', () => {
  afterEach(closeAll);

  it('the reference dump gets the expected codes on the expected lines @smoke', async () => {
    const editor = await openDump('diag-reference.dump', fixture('examples/20min-putin-kim.dump'));
    assert.equal(editor.document.languageId, 'rawdump');
    const expected: { line: number; code: string }[] = JSON.parse(fixture('examples/20min-putin-kim.findings.json'));
    const diagnostics = await waitFor('the reference findings', () => {
      const d = ours(editor.document.uri);
      return expected.every((e) => pairs(d).includes(`${e.line}:${e.code}`)) && d;
    });

    const duplicate = diagnostics.find((d) => codeOf(d) === 'duplicate-line' && d.range.start.line === 8)!;
    assert.equal(duplicate.relatedInformation?.[0].location.range.start.line, 7, 'the duplicate points at its first occurrence');
    assert.ok(duplicate.tags?.includes(vscode.DiagnosticTag.Unnecessary), 'a dropped line is faded');
    assert.equal(duplicate.severity, vscode.DiagnosticSeverity.Warning);
    const code = duplicate.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /README\.md#rule-duplicate-line$/);

    const html = diagnostics.filter((d) => codeOf(d) === 'leftover-html');
    assert.deepEqual(html.map((d) => editor.document.getText(d.range)).slice(0, 2), ['<strong>', '</strong>']);
    assert.ok(html.every((d) => !d.tags?.includes(vscode.DiagnosticTag.Unnecessary)), 'converted, not dropped: not faded');

    const kept = new Set([0, 2, 4, 11, 13, 15, 17, 19, 21, 23]);
    for (const d of diagnostics) {
      if (kept.has(d.range.start.line)) assert.fail(`line ${d.range.start.line + 1} is article text but got ${codeOf(d)}`);
    }

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('media/screenshot-diagnostics.png');
  });

  it('clears diagnostics when the dump is closed', async () => {
    const editor = await openDump('diag-close.dump', fixture('examples/20min-putin-kim.dump'));
    const uri = editor.document.uri;
    await waitFor('findings', () => ours(uri).length > 0);
    await closeAll();
    await waitFor('diagnostics cleared', () => ours(uri).length === 0);
  });

  it('re-checks after an edit', async () => {
    const editor = await openDump('diag-edit.dump', 'Titel\n\nEin ganz normaler Satz steht hier.\n');
    const uri = editor.document.uri;
    assert.equal(ours(uri).filter((d) => codeOf(d) === 'credit').length, 0);
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), 'Reuters\n'));
    await waitFor('a credit finding on the new line', () => ours(uri).some((d) => codeOf(d) === 'credit' && d.range.start.line === 3));
  });
});
