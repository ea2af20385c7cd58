/**
 * The engine's results per open dump, by document version. Checks after typing are debounced and
 * run in a worker thread; a result that arrives for an older version is dropped. Code actions
 * that need the current version right away get it computed on the spot.
 */
import * as vscode from 'vscode';
import { clean, type ArticleRecord, type CleanOptions, type Finding, type Removal } from '../core';
import type { CleanResponse, CorpusSnapshot } from './protocol';
import { WorkerLane } from './worker-lane';

/** The workspace's corpus counts, when there are any (see corpus/workspace-index.ts). */
export interface CorpusSource {
  readonly version: number;
  readonly minFiles: number;
  /** False until the workspace has been indexed. */
  readonly active: boolean;
  snapshot(): Uint8Array;
  lookup(): (fp: string) => number;
}

export interface DumpAnalysis {
  version: number;
  findings: Finding[];
  cleanText: string;
  /** The cleaned article's structure and the removed lines, as the preview shows them. */
  record: ArticleRecord;
  removed: Removal[];
}

export class AnalysisService implements vscode.Disposable {
  private readonly results = new Map<string, DumpAnalysis>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Dumps closed since their check was sent: its result must not bring their diagnostics back. */
  private readonly forgotten = new Set<string>();
  private readonly editorLane: WorkerLane;
  private readonly workspaceLane: WorkerLane;
  private nextId = 0;
  private readonly changed = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: DumpAnalysis }>();
  /** Fires when a fresh result for a document's current version is in. */
  readonly onDidAnalyze = this.changed.event;

  constructor(
    extensionPath: string,
    private readonly optionsFor: (resource: { uri: vscode.Uri }) => CleanOptions,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.editorLane = new WorkerLane(extensionPath, log);
    this.workspaceLane = new WorkerLane(extensionPath, log);
  }

  private corpus: CorpusSource | undefined;

  setCorpus(corpus: CorpusSource): void {
    this.corpus = corpus;
  }

  /** Options for checks on this thread, with the corpus counts when there are some. */
  private localOptions(uri: vscode.Uri): CleanOptions {
    const options = this.optionsFor({ uri });
    const corpus = this.corpus;
    return corpus?.active ? { ...options, corpusBoilerplate: corpus.lookup(), corpusMinFiles: corpus.minFiles } : options;
  }

  /** The corpus counts for a lane's worker: the index itself only when that worker lacks this version. */
  private snapshot(lane: WorkerLane): CorpusSnapshot | undefined {
    const corpus = this.corpus;
    if (!corpus?.active) return undefined;
    const fresh = corpus.version !== lane.corpusVersion;
    lane.corpusVersion = corpus.version;
    return { version: corpus.version, minFiles: corpus.minFiles, index: fresh ? corpus.snapshot() : undefined };
  }

  /** A dump that is not open (workspace check, clean to folder), checked in the worker. */
  async cleanFile(uri: vscode.Uri, text: string): Promise<CleanResponse> {
    const lane = this.workspaceLane;
    const response = await lane.request({ kind: 'clean', id: this.nextId++, text, options: this.optionsFor({ uri }), corpus: this.snapshot(lane) });
    if (response.kind !== 'clean') throw new Error(`Checking ${uri.fsPath} failed: ${response.error ?? 'unexpected answer'}`);
    return response;
  }

  /** The keys a dump adds to the corpus index, computed in the worker. */
  async keysOf(text: string): Promise<Uint32Array> {
    const response = await this.workspaceLane.request({ kind: 'keys', id: this.nextId++, text });
    if (response.kind !== 'keys') throw new Error(`Indexing failed: ${response.error ?? 'unexpected answer'}`);
    return response.keys;
  }

  /** The result for the document's current version, computing it now if the last one is stale. */
  current(document: vscode.TextDocument): DumpAnalysis {
    const known = this.results.get(document.uri.toString());
    if (known && known.version === document.version) return known;
    const { findings, text, record, removed } = clean(document.getText(), this.localOptions(document.uri));
    const analysis = { version: document.version, findings, cleanText: text, record, removed };
    this.store(document, analysis);
    return analysis;
  }

  /** The result for the document's current version if there is one already; never computes. */
  known(document: vscode.TextDocument): DumpAnalysis | undefined {
    const known = this.results.get(document.uri.toString());
    return known && known.version === document.version ? known : undefined;
  }

  /** Checks the document after `delay` ms of quiet; a later call restarts the wait. */
  schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.run(document).catch((e) => this.log.error(`Checking ${document.uri.fsPath} failed: ${(e as Error).stack ?? e}`));
    }, delay));
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.forgotten.add(key);
  }

  private async run(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const key = document.uri.toString();
    this.forgotten.delete(key);
    const version = document.version;
    const lane = this.editorLane;
    const response = await lane.request({
      kind: 'clean',
      id: this.nextId++,
      text: document.getText(),
      options: this.optionsFor(document),
      corpus: this.snapshot(lane),
    });
    if (response.kind !== 'clean') {
      this.log.error(`Checking ${document.uri.fsPath} failed: ${response.error ?? 'unexpected answer'}`);
      return;
    }
    // Typing went on while the worker ran (a newer check is already scheduled), or the dump was closed.
    if (document.isClosed || document.version !== version || this.forgotten.has(key)) return;
    const { findings, cleanText, record, removed } = response;
    this.store(document, { version, findings, cleanText, record, removed });
  }

  private store(document: vscode.TextDocument, analysis: DumpAnalysis): void {
    this.results.set(document.uri.toString(), analysis);
    this.changed.fire({ document, analysis });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.editorLane.dispose();
    this.workspaceLane.dispose();
    this.changed.dispose();
  }
}
