/** The dumps of the workspace (`dumpCurator.files`) and reading them safely (outputs: output-writer.ts). */
import { readFile, stat } from 'node:fs/promises';
import * as vscode from 'vscode';
import { NOT_A_FILE, notTextReason } from '../../core';

// Files on disk are read with Node's own calls: vscode.workspace.fs round-trips
// through the workbench (milliseconds a file where the workbench is remote, as in code-server),
// which a corpus of thousands of dumps pays thousands of times. Other schemes (virtual
// workspaces) go through vscode.workspace.fs.

export async function mtimeOf(uri: vscode.Uri): Promise<number> {
  return (await statOf(uri)).mtime;
}

async function statOf(uri: vscode.Uri): Promise<{ mtime: number; file: boolean }> {
  if (uri.scheme !== 'file') {
    const s = await vscode.workspace.fs.stat(uri);
    return { mtime: s.mtime, file: (s.type & vscode.FileType.File) !== 0 };
  }
  const s = await stat(uri.fsPath);
  return { mtime: s.mtimeMs, file: s.isFile() };
}

async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return uri.scheme === 'file' ? readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
}

export interface FilesSetting {
  include: string;
  exclude: string;
}

export function filesSetting(): FilesSetting {
  const c = vscode.workspace.getConfiguration('dumpCurator');
  const files = c.get<Partial<FilesSetting>>('files', {});
  return {
    include: files.include || '**/*.{dump,raw.txt}',
    exclude: files.exclude || '**/{node_modules,.git}/**',
  };
}

export async function findDumps(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const { include, exclude } = filesSetting();
  const found = await vscode.workspace.findFiles(include, exclude, undefined, token);
  return found.sort((a, b) => a.toString().localeCompare(b.toString()));
}

export function matchesDumps(uri: vscode.Uri): boolean {
  const { include, exclude } = filesSetting();
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const match = (glob: string) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, { uri, languageId: '' } as vscode.TextDocument) > 0;
  return match(include) && !match(exclude);
}

export type ReadResult = { text: string; mtime: number } | { skipped: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a dump; a vanished, binary or non-UTF-8 file comes back as a reason to skip it. */
export async function readDump(uri: vscode.Uri): Promise<ReadResult> {
  let bytes: Uint8Array;
  let mtime: number;
  try {
    const found = await statOf(uri);
    // A FIFO named like a dump would hold the read until something writes to it.
    if (!found.file) return { skipped: NOT_A_FILE };
    mtime = found.mtime;
    bytes = await readBytes(uri);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const vanished = code === 'ENOENT' || (e instanceof vscode.FileSystemError && e.code === 'FileNotFound');
    return { skipped: vanished ? 'it vanished during the scan' : `it cannot be read (${code ?? (e as Error).message})` };
  }
  const notText = notTextReason(bytes);
  if (notText) return { skipped: notText };
  try {
    return { text: utf8.decode(bytes), mtime };
  } catch {
    return { skipped: 'not valid UTF-8 text' };
  }
}
