/**
 * `dump-curator index`: counts in how many files each line (engine unit of ≥ 3 words) occurs,
 * into a corpus index file (format: src/core/corpus-index.ts); `index --merge` sums index files,
 * so a corpus split over machines is counted one part per machine, then merged. The index is
 * what `check`/`clean --boilerplate-index` read.
 */
import { fsyncSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CorpusIndex, IndexFormatError } from '../core';
import { fileId } from '../node/output-folder';
import { replaceFileSync } from '../node/temp-file';
import { say, UsageError, UserError } from './errors';
import { describeCode } from './inputs';
import { executor, runOrdered } from './pool';
import { planInputs, tasksOf } from './sources';

export interface IndexOptions {
  out?: string;
  merge: boolean;
  format: string;
  jobs: number;
  textField: string;
}

export async function runIndex(paths: readonly string[], { out, merge, format, jobs, textField }: IndexOptions): Promise<number> {
  if (out === undefined) throw new UsageError('index: give --out INDEX, the file to write');
  if (format !== 'text' && format !== 'jsonl') throw new UsageError(`index: --format must be text (dumps) or jsonl (records), not "${format}"`);
  if (merge && format !== 'text') throw new UsageError('index --merge reads index files; --format does not apply');
  if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`--out ${out}: is a folder; give the index file's name`);
  const index = new CorpusIndex();
  let skipped = 0;
  let parts = 0;
  const complain = (message: string): void => {
    say(message);
    skipped++;
  };

  if (merge) {
    for (const path of paths) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        complain(`${path}: cannot read (${describeCode((e as NodeJS.ErrnoException).code)}); not merged`);
        continue;
      }
      try {
        index.mergeSerialized(bytes);
        parts++;
      } catch (e) {
        if (!(e instanceof IndexFormatError)) throw e;
        complain(`${path}: ${e.message}; not merged`);
      }
    }
  } else {
    const inputs = planInputs(paths, { records: format === 'jsonl' });
    const outId = fileId(out);
    for (const input of inputs) {
      if (('file' in input && fileId(input.file.path) === outId) || ('records' in input && input.records !== '-' && fileId(input.records) === outId)) {
        throw new UserError(`--out ${out}: is one of the inputs; not overwritten`);
      }
    }
    await runOrdered(tasksOf(inputs), executor({ kind: 'index', options: {}, textField }, jobs), (_task, result) => {
      if ('error' in result) complain(result.error);
      else if ('note' in result) say(result.note);
      else if ('keys' in result) index.addFile(result.keys);
    });
  }

  const what = merge ? `${parts} ${parts === 1 ? 'index' : 'indexes'} (${index.files} files)` : `${index.files} file${index.files === 1 ? '' : 's'}`;
  if (merge ? parts === 0 : index.files === 0) {
    say(`nothing to ${merge ? 'merge' : 'index'}; ${out} not written`);
    return 2;
  }
  writeAtomically(out, index.serialize());
  say(`${merge ? 'merged' : 'indexed'} ${what} into ${out}: ${index.size} distinct lines${skipped ? `; ${skipped} skipped` : ''}`);
  return skipped ? 2 : 0;
}

/**
 * Writes the file whole or not at all: a temporary file beside it, then a rename, so a reader
 * never sees half an index and an existing one survives a failed write. Nothing else is written,
 * and nothing but the temporary file it made is removed.
 */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const target = resolve(path);
  try {
    mkdirSync(dirname(target), { recursive: true });
    replaceFileSync(target, bytes, 0o666, fsyncSync);
  } catch (e) {
    throw new UserError(`--out ${path}: cannot write (${describeCode((e as NodeJS.ErrnoException).code)})`);
  }
}

/**
 * `--boilerplate-index FILE`: the index cut to the lines counted in at least `minFiles` files
 * (all a lookup needs, usually a small part of it), serialized again for the worker threads.
 */
export function loadBoilerplateIndex(path: string, minFiles: number): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UserError(`--boilerplate-index ${path}: cannot read (${describeCode((e as NodeJS.ErrnoException).code)})`);
  }
  try {
    return CorpusIndex.deserialize(bytes, minFiles).serialize();
  } catch (e) {
    if (!(e instanceof IndexFormatError)) throw e;
    throw new UserError(`--boilerplate-index ${path}: ${e.message}`);
  }
}
