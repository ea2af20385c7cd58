/**
 * What one command does to one input, wherever it runs: in the main thread (`--jobs 1`) or in a
 * worker thread. A task is a dump on disk (read where it is processed), a dump already read
 * (stdin), or one line of JSONL; its result is plain data the main thread prints or writes, in
 * input order. Nothing here writes to stdout or stderr.
 */
import { analyze, cleanArticle, cleanRecord, cleanText, CorpusIndex, dumpKeys, removals, type CleanOptions } from '../core';
import { brief } from './errors';
import { InputError, readDump } from './inputs';
import { toJson, type JsonFinding } from './report';

export type JobKind =
  /** check: the findings, as the CLI's JSON findings. */
  | 'check'
  /** clean: the cleaned text only (one article on stdout, or --out). */
  | 'clean-text'
  /** clean --format json: the record object. */
  | 'clean-record'
  /** clean --format jsonl: the record as one JSON line. */
  | 'clean-jsonl'
  /** index: the dump's distinct line keys. */
  | 'index';

/** Everything a worker needs to run a job; structured-clonable. */
export interface JobSetup {
  kind: JobKind;
  /** Options without `corpusBoilerplate` (a function does not cross threads): see `corpus`. */
  options: CleanOptions;
  /** A serialized corpus index already cut to the keys counted in at least `options.corpusMinFiles` files. */
  corpus?: Uint8Array;
  /** The field of a JSONL record that holds the dump. */
  textField: string;
}

export type Task =
  | { kind: 'file'; path: string; relative: string }
  | { kind: 'text'; name: string; text: string }
  | { kind: 'record'; name: string; line: number; text: string }
  /** Reported in its turn, not processed: a path that gave no dump, bad bytes on a JSONL line. */
  | { kind: 'error'; message: string }
  /** Said in its turn, not counted as a failure (a symbolic link loop). */
  | { kind: 'note'; message: string };

export type Result =
  | { error: string }
  | { note: string }
  | { findings: JsonFinding[] }
  | { text: string }
  | { record: ReturnType<typeof cleanRecord> }
  | { line: string }
  | { keys: Uint32Array }
  /** A JSONL line with nothing on it: nothing to say, nothing to count. */
  | { blank: true };

export interface Job {
  setup: JobSetup;
  options: CleanOptions;
}

export function makeJob(setup: JobSetup): Job {
  const options: CleanOptions = { ...setup.options };
  if (setup.corpus) {
    const index = CorpusIndex.deserialize(setup.corpus);
    options.corpusBoilerplate = index.lookup();
  }
  return { setup, options };
}

/** Runs one task. Never throws: a bad input or an engine failure is an `error` result naming the input. */
export function execute(job: Job, task: Task): Result {
  if (task.kind === 'error') return { error: task.message };
  if (task.kind === 'note') return { note: task.message };
  const name = taskName(task);
  try {
    if (task.kind === 'record') return record(job, name, task.text);
    const text = task.kind === 'file' ? readDump(task.path) : task.text;
    return dump(job, name, text);
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    return { error: `${name}: internal error (${brief(String((e as Error)?.message ?? e))}); skipped` };
  }
}

/** How messages name a task's input: its path, <stdin>, or path:line for a record. */
export function taskName(task: Task): string {
  switch (task.kind) {
    case 'file':
      return task.path;
    case 'text':
      return task.name;
    case 'record':
      return `${task.name}:${task.line}`;
    default:
      return '';
  }
}

function dump(job: Job, name: string, text: string): Result {
  switch (job.setup.kind) {
    case 'check':
      return { findings: analyze(text, job.options).findings.map((f) => toJson(name, f)) };
    case 'clean-text':
      return { text: cleanText(text, job.options) };
    case 'clean-record':
      return { record: cleanRecord(name, cleanArticle(text, job.options)) };
    case 'clean-jsonl':
      return { line: JSON.stringify(cleanRecord(name, cleanArticle(text, job.options))) + '\n' };
    case 'index':
      return { keys: dumpKeys(text) };
  }
}

/**
 * One JSONL record: a JSON object whose `textField` holds a dump. `clean` gives the same object
 * with that field cleaned and `removed` (what went, 1-based lines) added; `index` gives its keys.
 */
function record(job: Job, name: string, line: string): Result {
  if (line.trim() === '') return { blank: true };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `${name}: not valid JSON (${(e as Error).message}); skipped` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: `${name}: not a JSON object; skipped` };
  const field = job.setup.textField;
  const text = (value as Record<string, unknown>)[field];
  if (typeof text !== 'string') return { error: `${name}: no "${field}" field holding a string; skipped` };
  if (job.setup.kind === 'index') return { keys: dumpKeys(text) };
  const result = cleanArticle(text, job.options);
  return { line: JSON.stringify({ ...(value as object), [field]: result.text, removed: removals(result.removed) }) + '\n' };
}
