/**
 * The inputs of a command, in the order given, as a stream of tasks: dumps found in files and
 * folders (read later, one at a time, where they are processed), a dump on stdin, or JSONL
 * records (stdin or a *.jsonl file), read line by line as they are consumed, so a mapper never
 * holds its whole input. A path that gives nothing becomes an error task in its place, so the
 * messages on stderr follow the command line.
 */
import { createReadStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { collectDumps, decodeDump, describeCode, InputError, type DumpFile, type Found } from './inputs';
import type { Task } from './work';

export const STDIN = '-';
export const STDIN_FILE: DumpFile = { path: '<stdin>', relative: 'stdin.dump', stdin: true };

/** What the command line names: found dumps (or why none), stdin as one dump, or a JSONL stream. */
export type Input = Found | { stdinDump: true } | { records: string };

/**
 * Expands the paths. With `records`, `-` and files named *.jsonl are JSONL streams (one JSON
 * object per line with the dump in a text field); otherwise `-` is one dump.
 */
export function planInputs(paths: readonly string[], { records }: { records: boolean }): Input[] {
  const out: Input[] = [];
  let stdinSeen = false;
  for (const path of paths) {
    if (path === STDIN) {
      if (stdinSeen) continue;
      stdinSeen = true;
      out.push(records ? { records: STDIN } : { stdinDump: true });
    } else if (records && path.endsWith('.jsonl') && statSync(path, { throwIfNoEntry: false })?.isFile()) {
      out.push({ records: path });
    } else {
      out.push(...collectDumps([path]));
    }
  }
  return out;
}

/** The inputs that are dumps or streams to process (not messages). */
export function countProcessed(inputs: readonly Input[]): number {
  return inputs.filter((i) => !('note' in i)).length;
}

export async function* tasksOf(inputs: readonly Input[]): AsyncGenerator<Task> {
  for (const input of inputs) {
    if ('error' in input) yield { kind: 'error', message: input.error };
    else if ('note' in input) yield { kind: 'note', message: input.note };
    else if ('file' in input) yield { kind: 'file', path: input.file.path, relative: input.file.relative };
    else if ('stdinDump' in input) {
      try {
        yield { kind: 'text', name: STDIN_FILE.path, text: decodeDump(await readStdin(), STDIN_FILE.path) };
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        yield { kind: 'error', message: e.message };
      }
    } else yield* recordTasks(input.records);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One task per non-blank line of a JSONL stream, numbered from 1; bad bytes are an error task for that line. */
async function* recordTasks(path: string): AsyncGenerator<Task> {
  const name = path === STDIN ? STDIN_FILE.path : path;
  const stream = path === STDIN ? process.stdin : createReadStream(path);
  let last = 0;
  try {
    for await (const { line, bytes } of splitLines(stream)) {
      last = line;
      let text: string;
      try {
        text = utf8.decode(bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes);
      } catch {
        yield { kind: 'error', message: `${name}:${line}: not valid UTF-8; skipped` };
        continue;
      }
      if (text.trim() === '') continue;
      yield { kind: 'record', name, line, text };
    }
  } catch (e) {
    const why = describeCode((e as NodeJS.ErrnoException).code);
    yield { kind: 'error', message: last ? `${name}: reading stopped after line ${last} (${why})` : `${name}: cannot read (${why})` };
  }
}

/** Splits a byte stream on "\n", a line at a time, without holding more than the current line. */
export async function* splitLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(0x0a); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      const piece = buf.subarray(start, nl);
      const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      start = nl + 1;
      yield { line: ++line, bytes };
    }
    if (start < buf.length) pending.push(buf.subarray(start));
  }
  if (pending.length) yield { line: ++line, bytes: Buffer.concat(pending) };
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Writes to stdout, waiting when its buffer is full (a slow reader slows the reading of input). */
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}
