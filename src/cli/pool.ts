/**
 * `--jobs N`: the tasks of a command run on N worker threads, and their results come back in
 * input order, so the output is the same for any N. With N = 1 they run in the main thread.
 *
 * The worker is this same bundle (dist/cli.js) started with `workerData.dumpCuratorWorker`: no
 * second file to ship. At most `window` tasks are in flight; the caller awaits each result in
 * turn, so a slow reader (stdout backpressure) stops the reading of more input.
 */
import { Worker, workerData, parentPort } from 'node:worker_threads';
import { execute, makeJob, type JobSetup, type Result, type Task } from './work';

export interface Executor {
  /** How many tasks may be in flight before the oldest result is awaited. */
  readonly window: number;
  run(task: Task): Promise<Result>;
  close(): Promise<void>;
}

/** The largest --jobs accepted. */
export const MAX_JOBS = 256;
/** Tasks in flight per worker: enough to keep each busy while results are printed in order. */
const PER_WORKER = 4;

export function executor(setup: JobSetup, jobs: number): Executor {
  return jobs <= 1 ? new Inline(setup) : new Pool(setup, jobs);
}

/**
 * Runs every task and hands each result to `emit` in input order (awaiting it, so `emit` can wait
 * for stdout to drain). Closes the executor at the end, also on failure.
 */
export async function runOrdered(
  tasks: AsyncIterable<Task> | Iterable<Task>,
  exec: Executor,
  emit: (task: Task, result: Result) => void | Promise<void>,
): Promise<void> {
  const inFlight: [Task, Promise<Result>][] = [];
  try {
    for await (const task of tasks) {
      inFlight.push([task, exec.run(task)]);
      while (inFlight.length >= exec.window) {
        const [t, p] = inFlight.shift()!;
        await emit(t, await p);
      }
    }
    while (inFlight.length) {
      const [t, p] = inFlight.shift()!;
      await emit(t, await p);
    }
  } finally {
    await exec.close();
  }
}

class Inline implements Executor {
  readonly window = 1;
  private job;
  constructor(setup: JobSetup) {
    this.job = makeJob(setup);
  }
  run(task: Task): Promise<Result> {
    return Promise.resolve(execute(this.job, task));
  }
  async close(): Promise<void> {}
}

interface Pending {
  task: Task;
  resolve: (r: Result) => void;
}

interface Slot {
  worker: Worker;
  current?: Pending;
  failure?: string;
}

class Pool implements Executor {
  readonly window: number;
  private queue: Pending[] = [];
  private idle: Slot[] = [];
  private all = new Set<Slot>();
  private closing = false;

  constructor(private readonly setup: JobSetup, size: number) {
    this.window = size * PER_WORKER;
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  run(task: Task): Promise<Result> {
    // Nothing to compute: answered at once, still in its turn.
    if (task.kind === 'error') return Promise.resolve({ error: task.message });
    if (task.kind === 'note') return Promise.resolve({ note: task.message });
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.all].map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length && this.idle.length) {
      const slot = this.idle.pop()!;
      slot.current = this.queue.shift()!;
      slot.worker.postMessage(slot.current.task);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(__filename, { workerData: { dumpCuratorWorker: this.setup } });
    const slot: Slot = { worker };
    this.all.add(slot);
    worker.on('message', (result: Result) => {
      const done = slot.current;
      slot.current = undefined;
      this.idle.push(slot);
      done?.resolve(result);
      this.dispatch();
    });
    worker.on('error', (e) => {
      slot.failure = e?.message ?? String(e);
    });
    worker.on('exit', (code) => {
      if (this.closing) return;
      // A worker that died (out of memory, a crash) costs its task only: report it, start another.
      const lost = slot.current;
      slot.current = undefined;
      this.idle = this.idle.filter((s) => s !== slot);
      this.all.delete(slot);
      if (lost) {
        const name = lost.task.kind === 'file' ? lost.task.path : lost.task.kind === 'text' ? lost.task.name : lost.task.kind === 'record' ? `${lost.task.name}:${lost.task.line}` : '';
        lost.resolve({ error: `${name}: internal error (worker stopped: ${slot.failure ?? `exit code ${code}`}); skipped` });
      }
      if (!this.closing) {
        this.idle.push(this.spawn());
        this.dispatch();
      }
    });
    return slot;
  }
}

/** Whether this thread is one of the pool's workers (the bundle's entry checks before running the CLI). */
export function isPoolWorker(): boolean {
  return parentPort !== null && (workerData as { dumpCuratorWorker?: unknown } | null)?.dumpCuratorWorker !== undefined;
}

/** The worker's side: run each task it is sent, send the result back (line keys transferred, not copied). */
export function workerMain(): void {
  const job = makeJob((workerData as { dumpCuratorWorker: JobSetup }).dumpCuratorWorker);
  const port = parentPort!;
  port.on('message', (task: Task) => {
    const result = execute(job, task);
    port.postMessage(result, 'keys' in result ? [result.keys.buffer as ArrayBuffer] : []);
  });
}
