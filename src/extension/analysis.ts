/**
 * The engine's results per open dump, by document version. Every check runs in a worker thread,
 * never on the extension host's: a large dump would hold up every other extension. Checks after
 * typing are debounced; a result that arrives for an older version is dropped. Actions that need
 * the current version right away (fix-all, save, copy) wait for its check.
 */
import * as vscode from 'vscode';
import type { ArticleRecord, CleanOptions, Finding, Removal } from '../core';
import type { WriteOutcome } from '../node/write-if-changed';
import type { CleanResponse, CorpusSnapshot, OutputRequest } from './protocol';
import { WorkerLane } from './worker-lane';

/** The workspace's corpus counts, when there are any (see corpus/workspace-index.ts). */
export interface CorpusSource {
  readonly version: number;
  readonly minFiles: number;
  /** False until the workspace has been indexed. */
  readonly active: boolean;
  snapshot(): Uint8Array;
}

export interface DumpAnalysis {
  version: number;
  findings: Finding[];
  cleanText: string;
  /** The cleaned article's structure and the removed lines, as the preview shows them. */
  record: ArticleRecord;
  removed: Removal[];
}

/** The worker that wrote a session's outputs stopped: the outputs it wrote are no longer known, so no more are written. */
export class OutputsLost extends Error {}

/** The disk or the quota of a session's folder is full: the next output would fail too, so no more are written. */
export class OutputsFull extends Error {}

/** Checks of the current version before `current` gives up on a dump that keeps changing. */
const CURRENT_ATTEMPTS = 3;

export class AnalysisService implements vscode.Disposable {
  private readonly results = new Map<string, DumpAnalysis>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Dumps closed since their check was sent: its result must not bring their diagnostics back. */
  private readonly forgotten = new Set<string>();
  /** The check in the editor lane per dump, while it runs: a caller that needs the same version waits for it. */
  private readonly inFlight = new Map<string, { version: number; result: Promise<DumpAnalysis> }>();
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

  /**
   * The result for the document's current version: the one known, or the one its check in the
   * worker brings. Undefined when the document was closed, or changed during each of a few checks
   * in a row: an edit made from an older version's article would undo the typing since.
   */
  async current(document: vscode.TextDocument): Promise<DumpAnalysis | undefined> {
    for (let attempt = 0; attempt < CURRENT_ATTEMPTS && !document.isClosed; attempt++) {
      const analysis = this.known(document) ?? (await this.check(document, true));
      if (analysis.version === document.version && !document.isClosed) return analysis;
    }
    return undefined;
  }

  /**
   * Clean Workspace to Folder's writes on disk are made by the workspace worker
   * (corpus/output-sessions.ts): the checks they need block. A session into `root`, an existing
   * folder, that no dump of `inputs` may be written over in; its number.
   */
  async openOutputs(root: string, inputs: string[]): Promise<number> {
    const session = this.nextId++;
    const { refused } = await this.output({ kind: 'output-open', id: session, root, inputs });
    if (refused !== undefined) throw new Error(refused);
    return session;
  }

  /**
   * Writes `text` at `target` (`relative` under the session's folder); throws, in the CLI's words,
   * why it was not written: OutputsLost or OutputsFull when no output of the session can be written any more.
   */
  async writeOutput(session: number, target: string, relative: string, text: string): Promise<WriteOutcome> {
    let answer: Awaited<ReturnType<AnalysisService['output']>>;
    try {
      answer = await this.output({ kind: 'output-write', id: this.nextId++, session, target, relative, text });
    } catch (e) {
      throw new OutputsLost(`${relative} was not written: ${(e as Error).message}`);
    }
    const { outcome, refused, lost, full } = answer;
    if (lost) throw new OutputsLost(refused);
    if (full) throw new OutputsFull(refused);
    if (refused !== undefined || outcome === undefined) throw new Error(refused ?? `${relative}: unexpected answer`);
    return outcome;
  }

  async closeOutputs(session: number): Promise<void> {
    await this.output({ kind: 'output-close', id: this.nextId++, session });
  }

  private async output(request: OutputRequest): Promise<{ outcome?: WriteOutcome; refused?: string; lost?: true; full?: true }> {
    const response = await this.workspaceLane.request(request);
    if (response.kind !== 'output') throw new Error(response.error ?? 'unexpected answer');
    return response;
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
      if (document.isClosed) return;
      this.check(document, false).catch((e) => this.log.error(`Checking ${document.uri.fsPath} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
    }, delay));
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.inFlight.delete(key);
    this.forgotten.add(key);
  }

  /**
   * Checks the document's current version in the editor lane. With `join`, a check of that version
   * under way will do; a scheduled check always asks anew, as the options or the corpus counts it
   * goes by may have changed since (and callers that join then wait for it).
   */
  private check(document: vscode.TextDocument, join: boolean): Promise<DumpAnalysis> {
    const key = document.uri.toString();
    const version = document.version;
    const pending = this.inFlight.get(key);
    if (join && pending?.version === version) return pending.result;
    this.forgotten.delete(key);
    const result = this.request(document, version).finally(() => {
      if (this.inFlight.get(key)?.result === result) this.inFlight.delete(key);
    });
    this.inFlight.set(key, { version, result });
    return result;
  }

  private async request(document: vscode.TextDocument, version: number): Promise<DumpAnalysis> {
    const lane = this.editorLane;
    const response = await lane.request({
      kind: 'clean',
      id: this.nextId++,
      text: document.getText(),
      options: this.optionsFor(document),
      corpus: this.snapshot(lane),
    });
    if (response.kind !== 'clean') throw new Error(response.error ?? 'unexpected answer');
    const { findings, cleanText, record, removed } = response;
    const analysis = { version, findings, cleanText, record, removed };
    // Typing went on while the worker ran, or the dump was closed: the result is only returned, not stored.
    if (!document.isClosed && document.version === version && !this.forgotten.has(document.uri.toString())) this.store(document, analysis);
    return analysis;
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
