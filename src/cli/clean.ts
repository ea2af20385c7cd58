/** `dump-curator clean`: the cleaned article on stdout, as records, or one file per dump under --out. */
import { lstatSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CleanOptions } from '../core';
import { isInside, realLocation } from '../node/output-folder';
import { writeIfChangedSync } from '../node/write-if-changed';
import { say, UsageError, UserError } from './errors';
import { InputError, outputPathFor, type DumpFile } from './inputs';
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
 * Cleans every input. With --format jsonl (and no --out), `-` and *.jsonl files are JSONL
 * records: each comes out as the same object with its text cleaned and `removed` added.
 */
export async function runClean(paths: readonly string[], { format, out, options, jobs = 1, corpus, textField = 'text' }: CleanCommandOptions): Promise<number> {
  if (!['text', 'json', 'jsonl'].includes(format)) throw new UsageError(`clean: --format must be text, json or jsonl, not "${format}"`);
  if (out === undefined && format === 'text' && paths.length > 1) throw new UsageError(ONE_ARTICLE);
  if (out !== undefined) prepareOut(out);
  const inputs = planInputs(paths, { records: format === 'jsonl' && out === undefined });
  if (out === undefined && format === 'text' && countProcessed(inputs) > 1) throw new UsageError(ONE_ARTICLE);
  const kind: JobKind = out !== undefined || format === 'text' ? 'clean-text' : format === 'json' ? 'clean-record' : 'clean-jsonl';
  const writer = out !== undefined ? new OutWriter(out, inputs.flatMap((i) => ('file' in i ? [i.file] : []))) : undefined;
  const records: ReturnType<typeof cleanRecord>[] = [];
  let skipped = 0;
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
  if (writer) {
    const n = writer.written.size - writer.unchanged;
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

/** Writes NAME.clean.txt files under an output folder, never outside it, never over an input. */
class OutWriter {
  readonly written = new Set<string>();
  /** How many of them held their article already, and were left as they were. */
  unchanged = 0;
  private readonly realOut: string;
  private readonly inputs: Set<string>;
  /** Each output folder's real location, found (and the folder made) once: a corpus has many files per folder. */
  private readonly folders = new Map<string, string>();

  constructor(private readonly out: string, files: readonly DumpFile[]) {
    this.realOut = realpathSync.native(out);
    this.inputs = new Set(files.map((f) => fileId(f.path)));
  }

  write(file: DumpFile, text: string): void {
    const target = outputPathFor(file, this.out);
    const refuse = (why: string): never => {
      throw new InputError(`${file.path}: its output ${target} ${why}`);
    };
    try {
      const folder = dirname(target);
      let realFolder = this.folders.get(folder);
      if (realFolder === undefined) {
        realFolder = realLocation(folder);
        if (isInside(this.realOut, realFolder)) mkdirSync(folder, { recursive: true });
        this.folders.set(folder, realFolder);
      }
      const where = join(realFolder, basename(target));
      if (!isInside(this.realOut, where)) refuse('would land outside the output folder (through a symbolic link); not written');
      if (this.written.has(where)) refuse('was already written from another dump; not overwritten');
      const existing = lstatSync(target, { throwIfNoEntry: false });
      if (existing?.isSymbolicLink()) {
        refuse(leadsOutside(target, this.realOut) ? 'would land outside the output folder (through a symbolic link); not written' : 'is a symbolic link; not followed');
      }
      if (existing && this.inputs.has(`${existing.dev}:${existing.ino}`)) refuse('is an input file; not overwritten');
      if (writeIfChangedSync(target, text, existing) === 'unchanged') this.unchanged++;
      this.written.add(where);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException | undefined)?.code;
      if (e instanceof InputError || typeof code !== 'string') throw e;
      throw new InputError(`${file.path}: cannot write ${target} (${code})`);
    }
  }
}

/** Whether a symbolic link points out of `realRoot` (a dangling one does not point anywhere). */
function leadsOutside(link: string, realRoot: string): boolean {
  try {
    return !isInside(realRoot, realpathSync.native(link));
  } catch {
    return false;
  }
}

/** The same file however it is reached (symbolic or hard link): device and inode. */
export function fileId(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.dev}:${stat.ino}` : path;
}

