/** The dumps a command works on, read one by one, stdin included, with bad ones reported and skipped. */
import { say } from './errors';
import { collectDumps, decodeDump, InputError, readDump, type DumpFile } from './inputs';

export interface Source {
  file: DumpFile;
  text: string;
}

export interface Sources {
  items: Source[];
  /** How many paths or files were skipped (each already reported on stderr). */
  skipped: number;
}

export const STDIN = '-';

/** Reads the dumps in the order given; each bad one gets one line on stderr and is skipped. */
export async function readSources(paths: readonly string[]): Promise<Sources> {
  const sources: Sources = { items: [], skipped: 0 };
  const complain = (message: string): void => {
    say(message);
    sources.skipped++;
  };
  let stdinRead = false;
  for (const path of paths) {
    if (path === STDIN) {
      if (stdinRead) continue;
      stdinRead = true;
      const file: DumpFile = { path: '<stdin>', relative: 'stdin.dump', stdin: true };
      try {
        sources.items.push({ file, text: decodeDump(await readStdin(), file.path) });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        complain(e.message);
      }
      continue;
    }
    for (const file of collectDumps([path], complain)) {
      try {
        sources.items.push({ file, text: readDump(file.path) });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        complain(e.message);
      }
    }
  }
  return sources;
}

/**
 * Runs `work` on each dump. An InputError, or a failure of the engine on one dump, costs that
 * dump only: one line on stderr, counted as skipped, and the others go on.
 */
export function forEachSource(sources: Sources, work: (source: Source) => void): void {
  for (const source of sources.items) {
    try {
      work(source);
    } catch (e) {
      say(e instanceof InputError ? e.message : `${source.file.path}: internal error (${(e as Error)?.message ?? e}); skipped`);
      sources.skipped++;
    }
  }
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
