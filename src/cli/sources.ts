/** The dumps a command works on, read one by one, stdin included, with bad ones reported and skipped. */
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

export async function readSources(paths: readonly string[]): Promise<Sources> {
  let skipped = 0;
  const complain = (message: string): void => {
    process.stderr.write(`dump-curator: ${message}\n`);
    skipped++;
  };
  const items: Source[] = [];
  if (paths.includes(STDIN)) {
    try {
      items.push({ file: { path: '<stdin>', relative: 'stdin.dump' }, text: decodeDump(await readStdin(), '<stdin>') });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      complain(e.message);
    }
  }
  for (const file of collectDumps(paths.filter((p) => p !== STDIN), complain)) {
    try {
      items.push({ file, text: readDump(file.path) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      complain(e.message);
    }
  }
  return { items, skipped };
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
