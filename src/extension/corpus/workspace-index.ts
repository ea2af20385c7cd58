/**
 * The workspace's corpus index for `corpus-boilerplate`: which line fingerprints occur in how many
 * dumps. It keeps each file's keys, so a changed file is taken out and put back in (incremental),
 * and it is saved in the extension's workspace storage, so a reload re-reads only changed files.
 */
import * as vscode from 'vscode';
import { CorpusIndex, fingerprintKey } from '../../core';
import type { CorpusSource } from '../analysis';

interface FileEntry {
  /** Modification time when the keys were taken, to skip unchanged files after a reload. */
  mtime: number;
  keys: Uint32Array;
}

const STORAGE_FILE = 'corpus-index.json';
const STORAGE_VERSION = 1;
/** How many other files a finding names as related information. */
const MAX_RELATED = 3;

export class WorkspaceIndex implements CorpusSource {
  private readonly files = new Map<string, FileEntry>();
  private counts = new CorpusIndex();
  private recurringFiles: Map<string, string[]> | undefined;
  private snapshotBytes: Uint8Array | undefined;
  /** Bumped on every change, so the worker knows when its copy is stale. */
  version = 0;

  constructor(private readonly minFilesSetting: () => number) {}


  /** How many files a line must recur in (`dumpCurator.corpus.minFiles`). */
  get minFiles(): number {
    return this.minFilesSetting();
  }

  /** The index can answer: the workspace has been indexed (now or before a reload). */
  get active(): boolean {
    return this.files.size > 0;
  }

  /** The threshold changed: what counts as recurring must be worked out again. */
  invalidate(): void {
    this.changed();
  }

  mtimeOf(uri: vscode.Uri): number | undefined {
    return this.files.get(uri.toString())?.mtime;
  }

  set(uri: vscode.Uri, mtime: number, keys: Uint32Array): void {
    this.remove(uri);
    this.files.set(uri.toString(), { mtime, keys });
    this.counts.addFile(keys);
    this.changed();
  }

  remove(uri: vscode.Uri): void {
    const old = this.files.get(uri.toString());
    if (!old) return;
    this.counts.removeFile(old.keys);
    this.files.delete(uri.toString());
    this.changed();
  }

  /** Files no longer in the workspace. */
  retain(present: ReadonlySet<string>): void {
    for (const key of [...this.files.keys()]) if (!present.has(key)) this.remove(vscode.Uri.parse(key));
  }

  /** The recurring keys only (count ≥ minFiles), serialised for the analysis worker. */
  snapshot(): Uint8Array {
    this.snapshotBytes ??= CorpusIndex.deserialize(this.counts.serialize(), this.minFiles).serialize();
    return this.snapshotBytes;
  }

  /** Up to three other files that hold the same line, for a finding's related information. */
  otherFiles(fp: string, except: vscode.Uri): vscode.Uri[] {
    if (!this.recurringFiles) {
      this.recurringFiles = new Map();
      const min = this.minFiles;
      for (const [uri, { keys }] of this.files) {
        for (let i = 0; i < keys.length; i += 2) {
          if (this.counts.countOfKey(keys[i], keys[i + 1]) < min) continue;
          const id = `${keys[i]}:${keys[i + 1]}`;
          const list = this.recurringFiles.get(id) ?? [];
          if (list.length <= MAX_RELATED) list.push(uri);
          this.recurringFiles.set(id, list);
        }
      }
    }
    const key = new Uint32Array(2);
    fingerprintKey(fp, key);
    const list = this.recurringFiles.get(`${key[0]}:${key[1]}`) ?? [];
    return list.filter((u) => u !== except.toString()).slice(0, MAX_RELATED).map((u) => vscode.Uri.parse(u));
  }

  async save(storage: vscode.Uri | undefined): Promise<void> {
    if (!storage) return;
    const files: Record<string, [number, string]> = {};
    for (const [uri, { mtime, keys }] of this.files) {
      files[uri] = [mtime, Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength).toString('base64')];
    }
    await vscode.workspace.fs.createDirectory(storage);
    const json = JSON.stringify({ version: STORAGE_VERSION, files });
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(storage, STORAGE_FILE), new TextEncoder().encode(json));
  }

  /** Loads a saved index; a missing or foreign file just means starting empty. */
  async load(storage: vscode.Uri | undefined): Promise<void> {
    if (!storage) return;
    let saved: { version?: number; files?: Record<string, [number, string]> };
    try {
      saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(storage, STORAGE_FILE))));
    } catch {
      return;
    }
    if (saved.version !== STORAGE_VERSION || !saved.files) return;
    for (const [uri, [mtime, base64]] of Object.entries(saved.files)) {
      const bytes = Buffer.from(base64, 'base64');
      const keys = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      this.files.set(uri, { mtime, keys });
      this.counts.addFile(keys);
    }
    this.changed();
  }

  private changed(): void {
    this.version++;
    this.recurringFiles = undefined;
    this.snapshotBytes = undefined;
  }
}
