/** What the integration suites share: fixture copies in the opened workspace, and waiting on the editor. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The repository root: dist/test/integration/index.js is three folders down. */
export const REPO = process.env.DUMP_CURATOR_REPO ?? path.resolve(__dirname, '..', '..', '..');
export const REFERENCE = path.join(REPO, 'test', 'fixtures', 'examples', '20min-putin-kim');

export function fixture(relative: string): string {
  return readFileSync(path.join(REPO, 'test', 'fixtures', relative), 'utf8');
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open a workspace folder');
  return folder.uri;
}

/** Writes a file into the workspace (each test its own name, so tests do not see each other's edits). */
export async function writeWorkspaceFile(name: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return uri;
}

export async function openDump(name: string, content: string): Promise<vscode.TextEditor> {
  const uri = await writeWorkspaceFile(name, content);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Polls until `probe` returns a value (not undefined/false), or fails after `ms` with `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Dump Curator');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** (1-based line, code) pairs, as the fixtures' findings files list them. */
export function pairs(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${codeOf(d)}`);
}

/** Closes every editor, throwing away unsaved edits (closing a dirty one would ask, and wait forever). */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Code actions the editor offers, polled: the provider may answer before the workbench has the
 * diagnostics. `resolve` actions are resolved as when picked from the lightbulb (none by default).
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string, accept: (a: vscode.CodeAction[]) => boolean = (a) => a.length > 0, resolve = 0): Promise<vscode.CodeAction[]> {
  return waitFor(`code actions${kind ? ` of kind ${kind}` : ''}`, async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind, resolve);
    return accept(actions ?? []) ? actions : undefined;
  });
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Workspace);
}
