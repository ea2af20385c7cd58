/** `dump-curator clean`: the cleaned article on stdout, as records, or one file per dump under --out. */
import { mkdirSync, statSync } from 'node:fs';
import type { CleanOptions } from '../core';
import { fileId, isDiskFull, OutputFolder, OutputRefused } from '../node/output-folder';
import { say, UsageError, UserError } from './errors';
import { describeCode, InputError, outputPathFor, type DumpFile } from './inputs';
import { executor, runOrdered } from './pool';
import type { cleanRecord } from '../core';
import { countProcessed, planInputs, STDIN_FILE, tasksOf, write } from './sources';
import type { JobKind } from './work';

export interface CleanCommandOptions {
  format: string;
  out?: string;
  options: CleanOptions;
  /** Worker threads (1: the main thread). */
  jobs?: number;
  /** A serialized corpus index cut to the lines that count as corpus boilerplate. */
  corpus?: Uint8Array;
  /** The field of a JSONL record that holds the dump (default "text"). */
  textField?: string;
}

const ONE_ARTICLE = 'clean prints one article to stdout; give --out DIR, or --format jsonl, for several';

/**
 * Cleans every input. With --format jsonl, `-` and *.jsonl files are JSONL records: each comes
 * out as the same object with its text cleaned and `removed` added.
 */
export async function runClean(paths: readonly string[], { format, out, options, jobs = 1, corpus, textField = 'text' }: CleanCommandOptions): Promise<number> {
  if (!['text', 'json', 'jsonl'].includes(format)) throw new UsageError(`clean: --format must be text, json or jsonl, not "${format}"`);
  if (out !== undefined && format !== 'text') throw new UsageError(`clean: --format ${format} prints records to stdout and --out writes NAME.clean.txt files; give one of them`);
  if (out === undefined && format === 'text' && paths.length > 1) throw new UsageError(ONE_ARTICLE);
  if (out !== undefined) prepareOut(out);
  const inputs = planInputs(paths, { records: format === 'jsonl' });
  if (out === undefined && format === 'text' && countProcessed(inputs) > 1) throw new UsageError(ONE_ARTICLE);
  const kind: JobKind = format === 'text' ? 'clean-text' : format === 'json' ? 'clean-record' : 'clean-jsonl';
  const writer = out !== undefined ? new OutWriter(out, inputs.flatMap((i) => ('file' in i ? [i.file] : []))) : undefined;
  const records: ReturnType<typeof cleanRecord>[] = [];
  let skipped = 0;
  try {
    await runOrdered(tasksOf(inputs), executor({ kind, options, corpus, textField }, jobs), async (task, result) => {
      if ('note' in result) return say(result.note);
      try {
        if ('error' in result) throw new InputError(result.error);
        if (writer && 'text' in result) {
          writer.write(task.kind === 'file' ? { path: task.path, relative: task.relative } : STDIN_FILE, result.text);
        } else if ('text' in result) await write(result.text);
        else if ('line' in result) await write(result.line);
        else if ('record' in result) records.push(result.record);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        say(e.message);
        skipped++;
      }
    });
  } catch (e) {
    if (!(e instanceof OutputStopped)) throw e;
    // The line saying why, then the summary of what was written before it.
    say(e.message);
    skipped++;
  }
  if (writer) {
    const n = writer.written - writer.unchanged;
    const unchanged = writer.unchanged ? `; ${writer.unchanged} ${writer.unchanged === 1 ? 'was' : 'were'} there already, unchanged` : '';
    say(`wrote ${n} cleaned article${n === 1 ? '' : 's'} to ${out}${unchanged}${skipped ? `; ${skipped} skipped` : ''}`);
  } else if (format === 'json') {
    // One file asked for: one record. Several, or a folder: a list, however many it held.
    const single = paths.length === 1 && !statSync(paths[0], { throwIfNoEntry: false })?.isDirectory();
    await write(JSON.stringify(single && records.length === 1 ? records[0] : records, null, 2) + '\n');
  }
  return skipped ? 2 : 0;
}

/** Creates the output folder if need be, before any input is read. */
function prepareOut(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`--out ${out}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'not a folder' : `cannot create (${code ?? 'error'})`}`);
  }
}

/** A write that fails every write after it (a full disk): the run stops. */
class OutputStopped extends Error {}

/** Writes NAME.clean.txt files under an output folder, never outside it, never over an input. */
class OutWriter {
  /** How many outputs held their article already, and were left as they were. */
  unchanged = 0;
  private readonly folder: OutputFolder;

  constructor(private readonly out: string, files: readonly DumpFile[]) {
    const inputs = new Set(files.map((f) => fileId(f.path)));
    this.folder = new OutputFolder(out, (id) => inputs.has(id));
  }

  get written(): number {
    return this.folder.count;
  }

  write(file: DumpFile, text: string): void {
    const target = outputPathFor(file, this.out);
    try {
      if (this.folder.write(target, text) === 'unchanged') this.unchanged++;
    } catch (e) {
      if (e instanceof OutputRefused) throw new InputError(`${file.path}: its output ${target} ${e.message}`);
      const code = (e as NodeJS.ErrnoException | undefined)?.code;
      if (typeof code !== 'string') throw e;
      // A full disk fails every write after it: one line and stop, as a full stdout does.
      if (isDiskFull(code)) throw new OutputStopped(`${file.path}: cannot write ${target} (${describeCode(code)}); stopped`);
      throw new InputError(`${file.path}: cannot write ${target} (${code})`);
    }
  }
}

