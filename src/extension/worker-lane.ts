/**
 * One analysis worker thread and the requests waiting on it. The extension keeps two: one for
 * the dumps being edited and one for workspace-wide jobs, so that a corpus check never makes a
 * curator's open dump wait behind thousands of files.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

export class WorkerLane {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, (r: AnalysisResponse) => void>();
  /** The corpus index version this worker holds (see CorpusSnapshot). */
  corpusVersion = -1;
  private disposed = false;

  constructor(
    private readonly extensionPath: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  request(request: AnalysisRequest): Promise<AnalysisResponse> {
    if (this.disposed) return Promise.resolve({ id: request.id, error: 'the extension is shutting down' });
    return new Promise((resolve) => {
      this.pending.set(request.id, resolve);
      this.ensureWorker().postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(join(this.extensionPath, 'dist', 'worker.js'));
    worker.on('message', (response: AnalysisResponse) => {
      this.pending.get(response.id)?.(response);
      this.pending.delete(response.id);
    });
    worker.on('error', (e) => this.log.error(`Analysis worker failed: ${e.stack ?? e}`));
    worker.on('exit', (code) => {
      // Answer whoever still waits, and start a new worker (with no corpus yet) on the next request.
      if (this.worker === worker) this.worker = undefined;
      this.corpusVersion = -1;
      for (const [id, resolve] of this.pending) resolve({ id, error: `the analysis worker stopped (exit code ${code})` });
      this.pending.clear();
    });
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    this.disposed = true;
    void this.worker?.terminate();
  }
}
