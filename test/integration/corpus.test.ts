/** Corpus scale in a real VS Code: the workspace check, corpus-boilerplate across files, clean to a folder. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, constants, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, fixture, ours, setSetting, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';

const REFERENCE = fixture('examples/20min-putin-kim.dump');
const RECURRING = 'Jetzt den Morgenbrief der Redaktion Musterstadt bestellen und nichts verpassen.';

function dumpWith(title: string, body: string): string {
  return `Lokal\n\n${title}\n\n${body}\n\n${RECURRING}\n`;
}

describe('corpus scale', () => {
  // The other suites leave copies of the reference dump all over the workspace; a corpus of those
  // would (rightly) call its lines recurring. This suite's corpus is its own folder.
  before(() => setSetting('dumpCurator.files', { include: 'corpus/**/*.dump', exclude: '' }));
  after(() => setSetting('dumpCurator.files', undefined));

  it('Check Workspace reports problems in a dump that was never opened', async function () {
    this.timeout(120_000);
    const uri = await writeWorkspaceFile('corpus/never-opened.dump', REFERENCE);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the dump is not open');
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number }>('dumpCurator.checkWorkspace');
    assert.ok(summary && summary.files > 0 && summary.findings > 0, JSON.stringify(summary));
    const expected: { line: number; code: string }[] = JSON.parse(fixture('examples/20min-putin-kim.findings.json'));
    const diagnostics = await waitFor('findings of the unopened dump', () => ours(uri).length > 0 && ours(uri));
    const got = diagnostics.map((d) => `${d.range.start.line + 1}:${codeOf(d)}`);
    for (const e of expected) assert.ok(got.includes(`${e.line}:${e.code}`), `${e.line}:${e.code} missing from ${got.join(' ')}`);
  });

  it('a line present in three dumps is corpus-boilerplate in each, naming the others', async function () {
    this.timeout(120_000);
    const uris = [
      await writeWorkspaceFile('corpus/a.dump', dumpWith('Neue Brücke eröffnet', 'Die neue Brücke über den Fluss ist seit Montag für den Verkehr offen.')),
      await writeWorkspaceFile('corpus/b.dump', dumpWith('Schule wird saniert', 'Das Schulhaus am Bach wird ab Sommer für zwei Jahre saniert.')),
      await writeWorkspaceFile('corpus/c.dump', dumpWith('Markt zieht um', 'Der Wochenmarkt findet ab April auf dem Kirchplatz statt.')),
    ];
    await vscode.commands.executeCommand('dumpCurator.checkWorkspace');
    for (const uri of uris) {
      const hit = await waitFor(`corpus-boilerplate in ${path.basename(uri.fsPath)}`, () =>
        ours(uri).find((d) => codeOf(d) === 'corpus-boilerplate' && d.range.start.line === 6));
      assert.match(hit.message, /Recurs in 3 files/);
      const others = (hit.relatedInformation ?? []).map((r) => path.basename(r.location.uri.fsPath)).sort();
      assert.deepEqual(others, ['a.dump', 'b.dump', 'c.dump'].filter((n) => n !== path.basename(uri.fsPath)));
    }
  });

  it('after a check, a dump that appears is checked (include relative to the folder), and a FIFO named like one is not read', async function () {
    this.timeout(60_000);
    const fifo = path.join(workspaceRoot().fsPath, 'corpus', 'pipe.dump');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip(); // no FIFOs on this system
    // The watcher starts with a first check.
    await vscode.commands.executeCommand('dumpCurator.checkWorkspace');
    try {
      // A dump that appears after it: once that one has its findings, the watcher has passed the FIFO.
      const after = await writeWorkspaceFile('corpus/after-pipe.dump', REFERENCE);
      await waitFor('findings of the dump that appeared after the FIFO', () => ours(after).length > 0);
      // Opening a FIFO to write without waiting fails with ENXIO exactly when nothing holds it open to read.
      assert.throws(() => closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)), { code: 'ENXIO' }, 'the FIFO is held open for reading');
      assert.deepEqual(ours(vscode.Uri.file(fifo)), []);
    } finally {
      rmSync(fifo, { force: true });
      rmSync(path.join(workspaceRoot().fsPath, 'corpus', 'after-pipe.dump'), { force: true });
    }
  });

  it('an open dump sees the corpus counts too', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'corpus', 'a.dump');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('corpus-boilerplate in the open dump', () => ours(uri).some((d) => codeOf(d) === 'corpus-boilerplate'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Clean Workspace to Folder writes the cleaned articles and records, and leaves the sources as they were', async function () {
    this.timeout(120_000);
    const source = await writeWorkspaceFile('corpus/to-clean.dump', REFERENCE);
    const before = readFileSync(source.fsPath);
    const target = mkdtempSync(path.join(os.tmpdir(), 'dump-curator-out-'));
    try {
      const summary = await vscode.commands.executeCommand<{ written: number; skipped: unknown[] }>('dumpCurator.cleanWorkspace', {
        target: vscode.Uri.file(target),
        jsonl: true,
      });
      assert.ok(summary && summary.written > 0);
      const relative = vscode.workspace.asRelativePath(source, true).replace(/\.dump$/, '.clean.txt');
      assert.equal(readFileSync(path.join(target, relative), 'utf8'), fixture('examples/20min-putin-kim.clean.txt'));
      const records = readFileSync(path.join(target, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(records.length, summary.written);
      assert.ok(records.some((r) => r.file.endsWith('to-clean.dump') && r.text === fixture('examples/20min-putin-kim.clean.txt')));
      assert.deepEqual(readFileSync(source.fsPath), before, 'the source dump is unchanged');
      assert.ok(!readdirSync(path.dirname(source.fsPath)).some((n) => n.endsWith('.clean.txt')), 'nothing written beside the sources');
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });

  it('Clean Workspace to Folder run again leaves outputs that hold their article as they are, and rewrites one altered in between', async function () {
    this.timeout(120_000);
    // Lines no other dump has: a new file changes no other dump's corpus-boilerplate, so every
    // other output stays the same from run to run too.
    const source = await writeWorkspaceFile('corpus/rerun.dump', 'Wetter\n\nSturm über der Nordsee erwartet\n\nDer Wetterdienst warnt für Donnerstag vor Böen bis 120 Kilometer pro Stunde an der Küste.\n');
    const target = mkdtempSync(path.join(os.tmpdir(), 'dump-curator-rerun-'));
    const clean = () => vscode.commands.executeCommand<{ written: number; unchanged: number; skipped: unknown[] }>('dumpCurator.cleanWorkspace', {
      target: vscode.Uri.file(target),
      jsonl: true,
    });
    const outputs = () => (readdirSync(target, { recursive: true }) as string[]).filter((f) => statSync(path.join(target, f)).isFile()).sort();
    // Set far back, a rewrite shows even within the file system's timestamp granularity.
    const longAgo = new Date('2001-02-03T04:05:06Z');
    const rewritten = () => outputs().filter((f) => statSync(path.join(target, f)).mtimeMs !== longAgo.getTime());
    try {
      const first = await clean();
      assert.ok(first && first.written > 0 && first.unchanged === 0, JSON.stringify(first));
      const files = outputs();
      assert.ok(files.includes('records.jsonl'), files.join(' '));
      for (const f of files) utimesSync(path.join(target, f), longAgo, longAgo);

      const second = await clean();
      assert.deepEqual(second && [second.written, second.unchanged], [0, first.written], JSON.stringify(second));
      assert.deepEqual(rewritten(), [], 'no output written again');

      const altered = vscode.workspace.asRelativePath(source, true).replace(/\.dump$/, '.clean.txt');
      const article = readFileSync(path.join(target, altered), 'utf8');
      writeFileSync(path.join(target, altered), article.replace('Sturm', 'Storm'));
      utimesSync(path.join(target, altered), longAgo, longAgo);
      const third = await clean();
      assert.deepEqual(third && [third.written, third.unchanged], [1, first.written - 1], JSON.stringify(third));
      assert.deepEqual(rewritten(), [altered.split('/').join(path.sep)], 'only the altered output written again');
      assert.equal(readFileSync(path.join(target, altered), 'utf8'), article);

      // An output replaced by a symbolic link: skipped with a reason, the link's target untouched.
      const elsewhere = path.join(target, 'elsewhere.txt');
      writeFileSync(elsewhere, 'not an article');
      rmSync(path.join(target, altered));
      symlinkSync(elsewhere, path.join(target, altered));
      const fourth = await vscode.commands.executeCommand<{ skipped: { uri: vscode.Uri; reason: string }[] }>('dumpCurator.cleanWorkspace', {
        target: vscode.Uri.file(target),
        jsonl: false,
      });
      const skipped = fourth?.skipped.find((s) => s.uri.toString() === source.toString());
      assert.match(skipped?.reason ?? JSON.stringify(fourth), /rerun\.clean\.txt is a symbolic link; not followed$/);
      assert.equal(readFileSync(elsewhere, 'utf8'), 'not an article');
    } finally {
      rmSync(target, { recursive: true, force: true });
      rmSync(source.fsPath, { force: true });
    }
  });

  it('Clean Workspace to Folder writes nothing outside its folder through a symbolic link in it', async function () {
    this.timeout(120_000);
    const source = await writeWorkspaceFile('corpus/linked.dump', 'Bahn\n\nNeue Linie ins Tal eröffnet\n\nAb Montag fahren die Züge der neuen Linie im Halbstundentakt bis zur Endstation.\n');
    const target = mkdtempSync(path.join(os.tmpdir(), 'dump-curator-linked-'));
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'dump-curator-elsewhere-'));
    try {
      // The folder every output mirrors into (`<workspace folder name>/…`) leads elsewhere.
      symlinkSync(elsewhere, path.join(target, vscode.workspace.workspaceFolders![0].name));
      const summary = await vscode.commands.executeCommand<{ written: number; unchanged: number; skipped: { uri: vscode.Uri; reason: string }[] }>('dumpCurator.cleanWorkspace', {
        target: vscode.Uri.file(target),
        jsonl: false,
      });
      assert.deepEqual(summary && [summary.written, summary.unchanged], [0, 0], JSON.stringify(summary));
      const skipped = summary!.skipped.find((s) => s.uri.toString() === source.toString());
      assert.match(skipped?.reason ?? JSON.stringify(summary), /linked\.clean\.txt would land outside the output folder \(through a symbolic link\); not written$/);
      assert.deepEqual(readdirSync(elsewhere, { recursive: true }), [], 'nothing written or made through the link');
    } finally {
      rmSync(target, { recursive: true, force: true });
      rmSync(elsewhere, { recursive: true, force: true });
      rmSync(source.fsPath, { force: true });
    }
  });

  it('Clean Workspace to Folder never writes over a dump through a hard link, and a records.jsonl it cannot write costs no summary', async function () {
    this.timeout(120_000);
    const content = 'Hafen\n\nNeue Fähre für die Insel bestellt\n\nDie Reederei hat bei einer Werft im Norden eine zweite Fähre für die Inselverbindung bestellt.\n';
    const source = await writeWorkspaceFile('corpus/hardlinked.dump', content);
    const target = mkdtempSync(path.join(os.tmpdir(), 'dump-curator-hardlink-'));
    try {
      const output = path.join(target, vscode.workspace.asRelativePath(source, true).replace(/\.dump$/, '.clean.txt'));
      mkdirSync(path.dirname(output), { recursive: true });
      linkSync(source.fsPath, output); // the output is a second name of the dump
      mkdirSync(path.join(target, 'records.jsonl'));
      const summary = await vscode.commands.executeCommand<{ written: number; skipped: { uri: vscode.Uri; reason: string }[] }>('dumpCurator.cleanWorkspace', {
        target: vscode.Uri.file(target),
        jsonl: true,
      });
      const reasons = new Map(summary?.skipped.map((s) => [s.uri.toString(), s.reason]));
      assert.match(reasons.get(source.toString()) ?? JSON.stringify(summary), /hardlinked\.clean\.txt is an input file; not overwritten$/);
      assert.equal(reasons.get(vscode.Uri.file(path.join(target, 'records.jsonl')).toString()), 'cannot write records.jsonl (EISDIR)');
      assert.equal(readFileSync(source.fsPath, 'utf8'), content, 'the dump is as it was');
    } finally {
      rmSync(target, { recursive: true, force: true });
      rmSync(source.fsPath, { force: true });
    }
  });

  it('refuses an output folder that is a symbolic link to the workspace', async () => {
    const link = path.join(mkdtempSync(path.join(os.tmpdir(), 'dump-curator-link-')), 'out');
    symlinkSync(workspaceRoot().fsPath, link);
    try {
      const before = readdirSync(workspaceRoot().fsPath, { recursive: true }).length;
      const summary = await vscode.commands.executeCommand('dumpCurator.cleanWorkspace', { target: vscode.Uri.file(link), jsonl: true });
      assert.equal(summary, undefined);
      assert.equal(readdirSync(workspaceRoot().fsPath, { recursive: true }).length, before, 'nothing written into the workspace');
    } finally {
      rmSync(path.dirname(link), { recursive: true, force: true });
    }
  });

  it('refuses an output folder that is a file, and leaves the file as it was', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dump-curator-file-')), 'out');
    writeFileSync(file, 'not a folder');
    try {
      const summary = await vscode.commands.executeCommand('dumpCurator.cleanWorkspace', { target: vscode.Uri.file(file), jsonl: true });
      assert.equal(summary, undefined);
      assert.equal(readFileSync(file, 'utf8'), 'not a folder');
    } finally {
      rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('refuses an output folder inside the workspace', async () => {
    const inside = vscode.Uri.joinPath(workspaceRoot(), 'out');
    const summary = await vscode.commands.executeCommand('dumpCurator.cleanWorkspace', { target: inside, jsonl: false });
    assert.equal(summary, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(inside)));
  });
});
