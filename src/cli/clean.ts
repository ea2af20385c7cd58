/** `dump-curator clean`: the cleaned article on stdout, as records, or one file per dump under --out. */
import { existsSync, lstatSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { clean, type ArticleRecord, type CleanOptions, type CleanResult } from '../core';
import { say, UsageError, UserError } from './errors';
import { InputError, isInside, outputPathFor } from './inputs';
import { forEachSource, readSources, type Sources } from './sources';

export interface CleanCommandOptions {
  format: string;
  out?: string;
  options: CleanOptions;
}

const ONE_ARTICLE = 'clean prints one article to stdout; give --out DIR, or --format jsonl, for several';

/** What `--format json|jsonl` prints per dump: the article, its structure and what went, 1-based lines. */
export function cleanRecord(file: string, { text, record: r, removed }: CleanResult) {
  const record: ArticleRecord = {
    kicker: r.kicker && oneBased(r.kicker),
    headline: r.headline && oneBased(r.headline),
    lead: r.lead?.map(oneBased),
    body: r.body.map(oneBased),
    captions: r.captions.map(oneBased),
    credits: r.credits.map(oneBased),
    bylines: r.bylines.map(oneBased),
  };
  return { file, text, record, removed: removed.map(oneBased) };
}

function oneBased<T extends { line: number }>(item: T): T {
  return { ...item, line: item.line + 1 };
}

export async function runClean(paths: readonly string[], { format, out, options }: CleanCommandOptions): Promise<number> {
  if (!['text', 'json', 'jsonl'].includes(format)) throw new UsageError(`clean: --format must be text, json or jsonl, not "${format}"`);
  if (out === undefined && format === 'text' && paths.length > 1) throw new UsageError(ONE_ARTICLE);
  if (out !== undefined) prepareOut(out);
  const sources = await readSources(paths);
  if (out !== undefined) {
    writeAll(sources, out, options);
  } else if (format === 'text') {
    if (sources.items.length + sources.skipped > 1) throw new UsageError(ONE_ARTICLE);
    forEachSource(sources, ({ text }) => process.stdout.write(clean(text, options).text));
  } else if (format === 'jsonl') {
    forEachSource(sources, ({ file, text }) => process.stdout.write(JSON.stringify(cleanRecord(file.path, clean(text, options))) + '\n'));
  } else {
    const records: ReturnType<typeof cleanRecord>[] = [];
    forEachSource(sources, ({ file, text }) => records.push(cleanRecord(file.path, clean(text, options))));
    // One file asked for: one record. Several, or a folder: a list, however many it held.
    const single = paths.length === 1 && !statSync(paths[0], { throwIfNoEntry: false })?.isDirectory();
    process.stdout.write(JSON.stringify(single && records.length === 1 ? records[0] : records, null, 2) + '\n');
  }
  return sources.skipped ? 2 : 0;
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

function writeAll(sources: Sources, out: string, options: CleanOptions): void {
  const realOut = realpathSync(out);
  const inputs = new Set(sources.items.filter((s) => !s.file.stdin).map((s) => fileId(s.file.path)));
  const written = new Set<string>();
  forEachSource(sources, ({ file, text }) => {
    const target = outputPathFor(file, out);
    const refuse = (why: string): never => {
      throw new InputError(`${file.path}: its output ${target} ${why}`);
    };
    try {
      const where = realLocation(target);
      if (!isInside(realOut, where)) refuse('would land outside the output folder (through a symbolic link); not written');
      if (written.has(where)) refuse('was already written from another dump; not overwritten');
      mkdirSync(dirname(target), { recursive: true });
      const existing = lstatSync(target, { throwIfNoEntry: false });
      if (existing?.isSymbolicLink()) refuse('is a symbolic link; not followed');
      if (existing && inputs.has(fileId(target))) refuse('is an input file; not overwritten');
      writeFileSync(target, clean(text, options).text);
      written.add(where);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException | undefined)?.code;
      if (e instanceof InputError || typeof code !== 'string') throw e;
      throw new InputError(`${file.path}: cannot write ${target} (${code})`);
    }
  });
  const skipped = sources.skipped ? `; ${sources.skipped} skipped` : '';
  say(`wrote ${written.size} cleaned article${written.size === 1 ? '' : 's'} to ${out}${skipped}`);
}

/** The same file however it is reached (symbolic or hard link): device and inode. */
function fileId(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.dev}:${stat.ino}` : path;
}

/** Where `path` really is, following links in the part of it that exists already. */
function realLocation(path: string): string {
  const missing: string[] = [];
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) {
    missing.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...missing);
}
