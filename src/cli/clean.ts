/** `dump-curator clean`: the cleaned article on stdout, as records, or one file per dump under --out. */
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { clean, type CleanOptions, type CleanResult } from '../core';
import { UsageError } from './errors';
import { InputError, outputPathFor } from './inputs';
import { readSources, type Source } from './sources';

export interface CleanCommandOptions {
  format: string;
  out?: string;
  options: CleanOptions;
}

/** What `--format json|jsonl` prints per dump: the article, its structure and what went, 1-based lines. */
export function cleanRecord(file: string, result: CleanResult) {
  return {
    file,
    text: result.text,
    record: result.record,
    removed: result.removed.map((r) => ({ ...r, line: r.line + 1 })),
  };
}

export async function runClean(paths: readonly string[], { format, out, options }: CleanCommandOptions): Promise<number> {
  if (!['text', 'json', 'jsonl'].includes(format)) throw new UsageError(`clean: --format must be text, json or jsonl, not "${format}"`);
  const { items, skipped } = await readSources(paths);
  if (out !== undefined) return writeAll(items, out, options, skipped);
  if (format === 'text') {
    if (items.length + skipped > 1) throw new UsageError('clean prints one article to stdout; give --out DIR, or --format jsonl, for several');
    if (items[0]) process.stdout.write(clean(items[0].text, options).text);
  } else if (format === 'jsonl') {
    for (const { file, text } of items) process.stdout.write(JSON.stringify(cleanRecord(file.path, clean(text, options))) + '\n');
  } else {
    const records = items.map(({ file, text }) => cleanRecord(file.path, clean(text, options)));
    process.stdout.write(JSON.stringify(records.length === 1 && paths.length === 1 ? records[0] : records, null, 2) + '\n');
  }
  return skipped ? 2 : 0;
}

function writeAll(items: readonly Source[], out: string, options: CleanOptions, skippedBefore: number): number {
  let skipped = skippedBefore;
  const inputs = new Set(items.map((s) => realpathSync(s.file.path)));
  const written = new Set<string>();
  for (const { file, text } of items) {
    try {
      const target = outputPathFor(file, out);
      if (inputs.has(target) || inputs.has(resolve(target))) throw new InputError(`${file.path}: its output ${target} is an input file; not overwritten`);
      if (written.has(target)) throw new InputError(`${file.path}: another dump already wrote ${target}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, clean(text, options).text);
      written.add(target);
    } catch (e) {
      if (!(e instanceof InputError) && !isFsError(e)) throw e;
      process.stderr.write(`dump-curator: ${(e as Error).message}\n`);
      skipped++;
    }
  }
  process.stderr.write(`dump-curator: wrote ${written.size} cleaned article${written.size === 1 ? '' : 's'} to ${out}${skipped ? `; ${skipped} skipped` : ''}\n`);
  return skipped ? 2 : 0;
}

function isFsError(e: unknown): boolean {
  return typeof (e as NodeJS.ErrnoException)?.code === 'string';
}
