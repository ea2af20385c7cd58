/**
 * The preview panel in a real VS Code: it shows the engine's cleaned article (read back from the
 * page's DOM through the `dumpCurator.inspectPreview` query, which the page answers), follows
 * edits and the cursor, follows the active dump unless locked, saves and exports exactly the
 * engine's (and the CLI's) output without touching the dump, and shows a hostile dump's markup as
 * text without running any of it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cleanRecord } from '../../src/core';
import { clean } from '../../src/core';
import type { PageReport } from '../../src/shared/preview-protocol';
import { closeAll, fixture, openDump, REPO, setSetting, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';
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
