/**
 * `--jobs N`: the tasks of a command run on N worker threads, and their results come back in
 * input order, so the output is the same for any N. With N = 1 they run in the main thread.
 *
 * The worker is this same bundle (dist/cli.js) started with `workerData.dumpCuratorWorker`: no
 * second file to ship. At most `window` tasks are in flight; the caller awaits each result in
 * turn, so a slow reader (stdout backpressure) stops the reading of more input.
 */
import { Worker, workerData, parentPort } from 'node:worker_threads';
import { brief } from './errors';
import { execute, makeJob, taskName, type JobSetup, type Result, type Task } from './work';

export interface Executor {
  /** How many tasks may be in flight before the oldest result is awaited. */
  readonly window: number;
  /** How many characters of task text (stdin dumps, records) may be in flight at most. */
  readonly windowChars: number;
  run(task: Task): Promise<Result>;
  close(): Promise<void>;
}

/** The largest --jobs accepted. */
export const MAX_JOBS = 256;
/**
 * Tasks go to a worker in batches of up to BATCH (one message each way per batch, not per task:
 * a record of a few KB costs less to clean than a message costs to send). Up to PER_WORKER tasks
 * per worker are in flight, so each has a batch in hand while the next one waits, and no more than
 * WINDOW_CHARS characters of record text, so big records do not pile up in memory.
 */
const BATCH = 16;
const PER_WORKER = 4 * BATCH;
const WINDOW_CHARS = 64 * 1024 * 1024;
/**
 * How long a run goes at most without a turn of the event loop, where Ctrl-C's handler runs
 * (main.ts): in the main thread (--jobs 1) every task and write is done in one chain of promises
 * that never gives the loop a turn, so the run went on to its end.
 */
const TURN_MS = 50;

export function executor(setup: JobSetup, jobs: number): Executor {
  return jobs <= 1 ? new Inline(setup) : new Pool(setup, jobs);
}

/**
 * Runs every task and hands each result to `emit` in input order, as soon as it and those before
 * it are done, while more input is read: a mapper answers a record without waiting for the next.
 * `emit` is awaited (it waits for stdout to drain), and reading waits while `window` tasks or
 * `windowChars` characters are in flight. Closes the executor at the end, also on failure.
 */
export async function runOrdered(
  tasks: AsyncIterable<Task> | Iterable<Task>,
  exec: Executor,
  emit: (task: Task, result: Result) => void | Promise<void>,
): Promise<void> {
  const inFlight: [Task, Promise<Result>][] = [];
  let chars = 0;
  let reading = true;
  let failed = false;
  let roomMade: (() => void) | undefined;
  let taskAdded: (() => void) | undefined;
  const signal = (f: (() => void) | undefined): undefined => (f?.(), undefined);

  const writer = (async () => {
    try {
      for (;;) {
        if (inFlight.length === 0) {
          if (!reading) return;
          await new Promise<void>((r) => (taskAdded = r));
          continue;
        }
        const [task, result] = inFlight[0];
        await emit(task, await result);
        inFlight.shift();
        chars -= sizeOf(task);
        roomMade = signal(roomMade);
      }
    } catch (e) {
      failed = true;
      roomMade = signal(roomMade);
      throw e;
    }
  })();
  // Its failure is thrown by the await below; until then the reading may wait on the event loop
  // (a turn, stdin), where a rejection nobody awaits yet would end the process.
  writer.catch(() => undefined);
  let turn = performance.now();
  try {
    for await (const task of tasks) {
      if (performance.now() - turn > TURN_MS) {
        await new Promise(setImmediate);
        turn = performance.now();
      }
      inFlight.push([task, exec.run(task)]);
      chars += sizeOf(task);
      taskAdded = signal(taskAdded);
      while (!failed && (inFlight.length >= exec.window || (chars > exec.windowChars && inFlight.length > 1))) {
        await new Promise<void>((r) => (roomMade = r));
      }
      if (failed) break;
    }
  } finally {
    reading = false;
    taskAdded = signal(taskAdded);
    try {
      await writer;
    } finally {
      await exec.close();
    }
  }
}

function sizeOf(task: Task): number {
  return task.kind === 'text' || task.kind === 'record' ? task.text.length : 0;
}

class Inline implements Executor {
  // The task is done when it is handed over: the writer prints it before the next is read.
  readonly window = 1;
  readonly windowChars = Infinity;
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
  /** The batch the worker is on. */
  current?: Pending[];
  failure?: string;
}

class Pool implements Executor {
  readonly window: number;
  readonly windowChars = WINDOW_CHARS;
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
      // Share what is queued among the idle workers, up to a batch each.
      const take = Math.min(BATCH, Math.ceil(this.queue.length / (this.idle.length + 1)));
      slot.current = this.queue.splice(0, take);
      slot.worker.postMessage(slot.current.map((p) => p.task));
    }
  }

  private spawn(): Slot {
    const worker = new Worker(__filename, { workerData: { dumpCuratorWorker: this.setup } });
    const slot: Slot = { worker };
    this.all.add(slot);
    worker.on('message', (results: Result[]) => {
      const done = slot.current ?? [];
      slot.current = undefined;
      this.idle.push(slot);
      done.forEach((p, i) => p.resolve(results[i]));
      this.dispatch();
    });
    worker.on('error', (e) => {
      slot.failure = brief(e?.message ?? String(e));
    });
    worker.on('exit', (code) => {
      if (this.closing) return;
      // A worker that died (out of memory, a crash) costs its task only: report it, start another.
      const lost = slot.current ?? [];
      slot.current = undefined;
      this.idle = this.idle.filter((s) => s !== slot);
      this.all.delete(slot);
      for (const { task, resolve } of lost) {
        resolve({ error: `${taskName(task)}: internal error (worker stopped: ${slot.failure ?? `exit code ${code}`}); skipped` });
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
  port.on('message', (tasks: Task[]) => {
    const results = tasks.map((task) => execute(job, task));
    const transfer = results.flatMap((r) => ('keys' in r ? [r.keys.buffer as ArrayBuffer] : []));
    port.postMessage(results, transfer);
  });
}
