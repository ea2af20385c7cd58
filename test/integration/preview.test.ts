/**
 * The preview panel in a real VS Code: it shows the engine's cleaned article (read back from the
 * page's DOM through the `dumpCurator.inspectPreview` query, which the page answers), follows
 * edits and the cursor, follows the active dump unless locked, saves and exports exactly the
 * engine's (and the CLI's) output without touching the dump, and shows a hostile dump's markup as
 * text without running any of it. A click in the page (a real one, made by the browser through
 * the harness) shows its source line, the Copy button copies the engine's text, and a locked
 * preview comes back after a real window reload.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cleanRecord } from '../../src/core';
import { clean } from '../../src/core';
import type { PageReport } from '../../src/shared/preview-protocol';
import { clickInWebview, harnessDir } from './harness';
import { closeAll, fixture, openDump, REPO, setSetting, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';
import { afterReload, canReload, reloadWindow } from './reload';
import { screenshot } from './screenshot';

const DUMP = fixture('examples/20min-putin-kim.dump');
const CLEAN = fixture('examples/20min-putin-kim.clean.txt');

/** Each payload would mark the page's root element if it ever ran. */
const IMG = `<img src=x onerror="document.documentElement.dataset.pwned='img'">`;
const SCRIPT = `<script>document.documentElement.dataset.pwned='script'</script>`;
const HOSTILE = [
  'Sicherheit',
  '',
  'Ein Titel über Markup in Dumps',
  '',
  'Ein Absatz erwähnt &lt;img src=x onerror="document.documentElement.dataset.pwned=\'entity\'"&gt; als Text.',
  '',
  IMG,
  '',
  SCRIPT,
  '',
  `Ein Link <a href="javascript:document.documentElement.dataset.pwned='link'">hier klicken</a> im Satz.`,
  '',
  'Und javascript:alert(1) steht als blanker Text da.',
  '',
].join('\n');

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const read = async (uri: vscode.Uri) => decode(await vscode.workspace.fs.readFile(uri));

function inspect(uri?: vscode.Uri): Thenable<PageReport | undefined> {
  return vscode.commands.executeCommand<PageReport | undefined>('dumpCurator.inspectPreview', uri);
}

/** Polls the page until its report satisfies `accept`. */
function shown(uri: vscode.Uri, what: string, accept: (r: PageReport) => boolean, ms?: number): Promise<PageReport> {
  return waitFor(what, async () => {
    const report = await inspect(uri);
    return report && report.resource === uri.toString() && accept(report) ? report : undefined;
  }, ms);
}

/** "Show removed" is remembered across previews; set it to what a test needs. */
async function showRemoved(uri: vscode.Uri, want: boolean): Promise<void> {
  const report = await shown(uri, 'a rendered preview', (r) => r.version !== null);
  if (report.showRemoved !== want) await vscode.commands.executeCommand('dumpCurator.toggleRemovedLines');
  await shown(uri, `show removed = ${want}`, (r) => r.showRemoved === want);
}

/** The zero-based line of the dump that reads exactly `text` (the one such line). */
function dumpLine(text: string): number {
  const lines = DUMP.split('\n');
  assert.equal(lines.filter((l) => l === text).length, 1, `one line of the dump reads ${JSON.stringify(text)}`);
  return lines.indexOf(text);
}

/** Polls until the active editor shows `uri` with the cursor on `line`; says where it is if not. */
async function cursorOn(uri: vscode.Uri, line: number): Promise<vscode.TextEditor> {
  const isThere = (e: vscode.TextEditor | undefined) => e?.document.uri.toString() === uri.toString() && e.selection.isEmpty && e.selection.active.line === line;
  try {
    return await waitFor(`the cursor on line ${line + 1} of ${uri.path}`, () => isThere(vscode.window.activeTextEditor) && vscode.window.activeTextEditor);
  } catch (e) {
    const active = vscode.window.activeTextEditor;
    const where = active ? `${active.document.uri.path} at line ${active.selection.active.line + 1}` : 'no active editor';
    throw new Error(`${(e as Error).message}; the active editor is ${where}`);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('dumpCurator.preview'));
}

/** What the CLI prints for the file: `node dist/cli.js clean FILE`. */
function cliClean(file: string): Buffer {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'clean', file], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 30_000,
  });
  assert.equal(r.status, 0, `dump-curator clean failed: ${r.stderr}`);
  return r.stdout;
}

describe('preview', function () {
  // A webview starts a renderer of its own: the first one takes seconds on a busy machine.
  this.timeout(60_000);
  // The expected texts are the single-dump article; the workspace holds many copies of the
  // reference dump (other suites write them), which the workspace corpus index would count.
  before(() => setSetting('dumpCurator.rules', { 'corpus-boilerplate': 'off' }));
  after(() => setSetting('dumpCurator.rules', undefined));
  afterEach(closeAll);

  it('shows the reference dump\'s cleaned article, and follows edits and the cursor @smoke', async () => {
    const editor = await openDump('preview-reference.dump', DUMP);
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('dumpCurator.showPreviewToSide');
    await waitFor('the preview tab', () => previewTabs().length === 1);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the dump keeps the focus');

    const first = await shown(uri, 'the rendered article', (r) => r.article !== '');
    assert.equal(first.article, CLEAN);
    assert.ok(first.removed.includes('20 Minuten') && first.removed.includes('Instagram, privat'), 'the removed lines are in the page');
    assert.equal(first.foreign, 0);

    // The cursor on a paragraph's line, then on the blank line after it: that paragraph lights up.
    editor.selection = new vscode.Selection(13, 5, 13, 5);
    await shown(uri, 'the paragraph of line 14 highlighted', (r) => r.activeLine === 13);
    editor.selection = new vscode.Selection(14, 0, 14, 0);
    await shown(uri, 'still that paragraph', (r) => r.activeLine === 13);

    // An edit shows after the typing pause, as the engine's article for the new text.
    await editor.edit((b) => b.insert(new vscode.Position(4, 0), 'Ein neuer Absatz steht jetzt hier.\n\n'));
    const expected = clean(editor.document.getText()).text;
    assert.notEqual(expected, CLEAN);
    const edited = await shown(uri, 'the edited article', (r) => r.article.includes('Ein neuer Absatz'));
    assert.equal(edited.article, expected);
    assert.ok(edited.version! > first.version!);
  });

  it('saves exactly the engine\'s and the CLI\'s text, never touches the dump, and asks before replacing', async () => {
    const editor = await openDump('preview-save.dump', DUMP);
    const dump = editor.document.uri;
    const target = vscode.Uri.joinPath(workspaceRoot(), 'preview-save.clean.txt');
    const json = vscode.Uri.joinPath(workspaceRoot(), 'preview-save.clean.json');
    for (const f of [target, json]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
    await vscode.commands.executeCommand('dumpCurator.showPreviewToSide');

    // The seam: save takes the function that asks "replace?" (the commands' default is a modal).
    const asked: string[] = [];
    let answer = false;
    const options = { confirmReplace: async (file: vscode.Uri) => (asked.push(file.toString()), answer) };
    const save = () => vscode.commands.executeCommand<vscode.Uri | undefined>('dumpCurator.saveCleanArticle', dump, options);

    const written = await save();
    assert.equal(written?.toString(), target.toString());
    assert.deepEqual(asked, [], 'nothing to replace the first time: no question');
    const saved = await read(target);
    assert.equal(saved, clean(DUMP).text, 'the engine\'s text');
    assert.equal(saved, CLEAN);
    assert.ok(Buffer.from(saved).equals(cliClean(dump.fsPath)), 'the CLI\'s bytes');

    // The second save asks first; "no" keeps the file as it is.
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('an older article\n'));
    assert.equal(await save(), undefined);
    assert.deepEqual(asked, [target.toString()]);
    assert.equal(await read(target), 'an older article\n');
    // "Replace" writes it.
    answer = true;
    assert.equal((await save())?.toString(), target.toString());
    assert.equal(asked.length, 2);
    assert.equal(await read(target), CLEAN);

    // The export is the CLI's `clean --format json` record.
    const exported = await vscode.commands.executeCommand<vscode.Uri | undefined>('dumpCurator.exportRecord', dump, options);
    assert.equal(exported?.toString(), json.toString());
    assert.equal(await read(json), JSON.stringify(cleanRecord('preview-save.dump', clean(DUMP)), null, 2) + '\n');

    // With an output folder, the article goes there instead.
    await setSetting('dumpCurator.preview.outputFolder', 'cleaned');
    try {
      const elsewhere = await save();
      assert.equal(elsewhere?.toString(), vscode.Uri.joinPath(workspaceRoot(), 'cleaned', 'preview-save.clean.txt').toString());
      assert.equal(await read(elsewhere!), CLEAN);
    } finally {
      await setSetting('dumpCurator.preview.outputFolder', undefined);
    }

    assert.equal(await read(dump), DUMP, 'the dump on disk is untouched');
    assert.equal(editor.document.getText(), DUMP);
    assert.equal(editor.document.isDirty, false);
  });

  it('never writes over a dump open in the editor', async () => {
    // A dump whose cleaned name is taken by another open dump.
    const other = await openDump('preview-guard.clean.txt', DUMP);
    await vscode.languages.setTextDocumentLanguage(other.document, 'rawdump');
    const editor = await openDump('preview-guard.dump', DUMP);
    const asked: vscode.Uri[] = [];
    const written = await vscode.commands.executeCommand('dumpCurator.saveCleanArticle', editor.document.uri, {
      confirmReplace: async (f: vscode.Uri) => (asked.push(f), true),
    });
    assert.equal(written, undefined);
    assert.deepEqual(asked, [], 'refused before asking');
    assert.equal(await read(other.document.uri), DUMP);
  });

  it('shows a hostile dump\'s markup as text and runs none of it', async () => {
    const editor = await openDump('preview-hostile.dump', HOSTILE);
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('dumpCurator.showPreviewToSide');
    await showRemoved(uri, true);
    const report = await shown(uri, 'the hostile dump rendered', (r) => r.removed.length > 0);
    // The markup-only lines are dropped, and shown (struck through) as the literal text they are.
    assert.ok(report.removed.includes(IMG), `removed lines shown: ${JSON.stringify(report.removed)}`);
    assert.ok(report.removed.includes(SCRIPT), `removed lines shown: ${JSON.stringify(report.removed)}`);
    assert.match(report.article, /javascript:alert\(1\) steht als blanker Text da\./);
    assert.equal(clean(HOSTILE).text, report.article);
    // No element came from the dump (no img, script, a, iframe …) and no handler ran.
    assert.equal(report.foreign, 0);
    assert.equal(report.pwned, null);
    // A second round trip, after an <img src=x> would long have failed and fired onerror.
    const again = await inspect(uri);
    assert.equal(again?.pwned, null);
    assert.equal(again?.foreign, 0);
    await showRemoved(uri, false);
  });

  it('follows the active dump unless locked, with one preview per dump', async () => {
    const a = await openDump('preview-follow-a.dump', DUMP);
    const bUri = await writeWorkspaceFile('preview-follow-b.dump', 'Kurz\n\nEin anderer Titel\n\nEin ganz anderer Absatz steht hier.\n');
    await vscode.commands.executeCommand('dumpCurator.showPreviewToSide');
    await shown(a.document.uri, 'the preview of A', (r) => r.article === CLEAN);

    const b = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bUri), vscode.ViewColumn.One);
    await shown(b.document.uri, 'the preview following B', (r) => r.article.includes('Ein ganz anderer Absatz'));
    assert.equal(previewTabs().length, 1, 'the same preview follows');

    await vscode.commands.executeCommand('dumpCurator.togglePreviewLock', b.document.uri);
    await shown(b.document.uri, 'locked', (r) => r.locked);
    await waitFor('the locked title', () => /Locked/.test(previewTabs()[0]?.label ?? ''));
    await vscode.window.showTextDocument(a.document, vscode.ViewColumn.One);
    assert.equal(await inspect(a.document.uri), undefined, 'a locked preview stays on its dump');
    assert.equal((await inspect(b.document.uri))?.resource, b.document.uri.toString());

    await vscode.commands.executeCommand('dumpCurator.showPreviewToSide', a.document.uri);
    await shown(a.document.uri, 'a second preview, for A', (r) => r.article === CLEAN);
    await waitFor('two preview tabs', () => previewTabs().length === 2);
    await vscode.commands.executeCommand('dumpCurator.showPreviewToSide', a.document.uri);
    await shown(a.document.uri, 'the preview of A, again', (r) => r.article === CLEAN);
    assert.equal(previewTabs().length, 2, 'one preview per dump');
  });

  it('a click on a paragraph, or on a removed line, puts the cursor on its source line in the dump beside the preview', async function () {
    if (!harnessDir()) this.skip(); // the click is the browser's: only test/vscode-host/run.mjs makes it
    // Lines of the reference dump (1-based in the fixture): 12 is a paragraph of the cleaned
    // article, 10 a credit that cleaning drops (the spec's findings list it).
    const paragraph = 'In einem Schreiben an seinen Amtskollegen Kim Jong-un zum Tag der Befreiung Pjöngjangs gab Putin an, dieser Schritt liege im Interesse beider Länder.';
    const paragraphLine = dumpLine(paragraph);
    assert.equal(paragraphLine + 1, 12);
    assert.ok(CLEAN.split('\n').includes(paragraph), 'a paragraph of the cleaned article');
    const removedLine = dumpLine('Reuters');
    assert.equal(removedLine + 1, 10);
    const findings: { line: number; code: string }[] = JSON.parse(fixture('examples/20min-putin-kim.findings.json'));
    assert.ok(findings.some((f) => f.line === removedLine + 1 && f.code === 'credit'), 'the spec drops line 10 as a credit');

    // The preview alone in its column, the dump not open in any editor.
    const uri = await writeWorkspaceFile('preview-click.dump', DUMP);
    await vscode.commands.executeCommand('dumpCurator.showPreview', uri);
    await shown(uri, 'the rendered article', (r) => r.article === CLEAN);
    assert.equal(vscode.window.visibleTextEditors.length, 0, 'no editor shows the dump yet');

    await clickInWebview('#article p.block:has-text("In einem Schreiben an seinen Amtskollegen")');
    const editor = await cursorOn(uri, paragraphLine);
    const previewColumn = previewTabs()[0]?.group.viewColumn;
    assert.ok(previewColumn !== undefined && editor.viewColumn !== previewColumn, `the dump opens beside the preview (column ${editor.viewColumn}, preview ${previewColumn})`);

    try {
      await showRemoved(uri, true);
      await clickInWebview('#article .removed:has(> del:text-is("Reuters"))');
      const again = await cursorOn(uri, removedLine);
      assert.equal(again.viewColumn, editor.viewColumn, 'the same editor beside the preview');
    } finally {
      await showRemoved(uri, false);
    }
  });

  it('copies exactly the engine\'s cleaned text, from the page\'s button and from the command', async function () {
    if (!harnessDir()) this.skip(); // the button is clicked by the browser: only test/vscode-host/run.mjs does it
    const expected = clean(DUMP).text;
    assert.equal(expected, CLEAN);
    const editor = await openDump('preview-copy.dump', DUMP);
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('dumpCurator.showPreviewToSide');
    await shown(uri, 'the rendered article', (r) => r.article === CLEAN);

    // In a test run, code-server's workbench keeps the clipboard in memory rather than the
    // browser's (its BrowserClipboardService does so whenever extension tests run): this reads
    // what the extension put on VS Code's clipboard, which is all the extension does.
    const before = 'not the article';
    await vscode.env.clipboard.writeText(before);
    assert.equal(await vscode.env.clipboard.readText(), before, 'this host\'s clipboard reads back what was written');
    await clickInWebview('button[data-command="copy"]');
    const copied = await waitFor('the copied article', async () => {
      const text = await vscode.env.clipboard.readText();
      return text !== before && text;
    });
    assert.equal(copied, expected);

    await vscode.env.clipboard.writeText(before);
    await vscode.commands.executeCommand('dumpCurator.copyCleanText', uri);
    assert.equal(await vscode.env.clipboard.readText(), expected);
  });

  it('a locked preview comes back after a window reload, for the same dump and still locked', async function () {
    if (!canReload()) this.skip(); // the run goes on after the reload only under test/vscode-host/run.mjs
    const test = this.test!;
    const reloaded = afterReload<{ dump: string; other: string; host: number }>(test);
    if (!reloaded) {
      const editor = await openDump('preview-reload.dump', DUMP);
      const uri = editor.document.uri;
      await vscode.commands.executeCommand('dumpCurator.showPreviewToSide');
      await shown(uri, 'the rendered article', (r) => r.article === CLEAN);
      await vscode.commands.executeCommand('dumpCurator.togglePreviewLock', uri);
      await shown(uri, 'locked', (r) => r.locked);
      // Another dump active at the reload: an unlocked preview would follow it.
      const other = await openDump('preview-reload-other.dump', 'Kurz\n\nEin anderer Titel\n\nEin ganz anderer Absatz steht hier.\n');
      assert.equal((await inspect(uri))?.resource, uri.toString(), 'the locked preview stays on its dump');
      return reloadWindow(test, { dump: uri.toString(), other: other.document.uri.toString(), host: process.pid });
    }

    // The extension host that ran the tests before the reload is gone: it runs none of them on.
    assert.notEqual(process.pid, reloaded.host, 'a new extension host');
    await waitFor('the old extension host to end', () => !isRunning(reloaded.host));

    // A new extension host, started by the reloaded window; VS Code gave the panel back to the
    // extension's serializer (deserializeWebviewPanel) with the state the page had saved.
    const uri = vscode.Uri.parse(reloaded.dump);
    const restored = await shown(uri, 'the restored preview', (r) => r.article === CLEAN);
    assert.equal(restored.locked, true, 'still locked');
    await waitFor('one preview tab, locked', () => previewTabs().length === 1 && previewTabs()[0].label === '[Locked] Preview preview-reload.dump');
    assert.equal(await inspect(vscode.Uri.parse(reloaded.other)), undefined, 'no preview of the dump that was active');
  });

  it('a 1 MB dump renders, and the editor keeps answering while it does', async function () {
    this.timeout(90_000);
    const block = DUMP + '\n\n' + fixture('real/20min_de_01.dump') + '\n\n';
    const big = block.repeat(Math.ceil((1024 * 1024) / block.length));
    const editor = await openDump('preview-big.dump', big);
    const uri = editor.document.uri;
    const started = Date.now();
    await vscode.commands.executeCommand('dumpCurator.showPreviewToSide');
    // The check runs in the worker: the extension host takes an edit meanwhile.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Gross\n\n')));
    const report = await shown(uri, 'the 1 MB article', (r) => r.article.startsWith('Gross\n'), 60_000);
    assert.equal(report.article, clean(editor.document.getText()).text);
    console.log(`      (1 MB dump rendered ${Date.now() - started} ms after opening the preview)`);
  });

  it('screenshot: the editor with the preview beside it', async () => {
    const editor = await openDump('20min-putin-kim.dump', DUMP);
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('dumpCurator.showPreviewToSide');
    await showRemoved(uri, true);
    editor.selection = new vscode.Selection(11, 0, 11, 0);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await shown(uri, 'the highlighted paragraph', (r) => r.activeLine === 11 && r.article === CLEAN);
    try {
      await screenshot('media/screenshot-preview.png');
    } finally {
      await showRemoved(uri, false);
      await vscode.commands.executeCommand('workbench.view.explorer');
    }
  });
});
