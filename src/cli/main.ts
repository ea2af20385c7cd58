/**
 * dump-curator: the engine on the command line, for pipelines.
 *   dump-curator check PATH...            findings, one line each; exit 1 if any is a warning or worse
 *   dump-curator clean FILE               the cleaned article on stdout
 *   dump-curator clean PATH... --out DIR  NAME.clean.txt per dump, mirroring folders
 *   dump-curator clean --format jsonl -   JSONL records in, cleaned records out (a mapper)
 *   dump-curator index PATH... --out IDX  count recurring lines over a corpus; --merge sums indexes
 */
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { runCheck } from './check';
import { runClean } from './clean';
import { loadConfig } from './config-file';
import { say, UsageError, UserError } from './errors';
import { loadBoilerplateIndex, runIndex } from './index-command';
import { describeCode } from './inputs';
import { isPoolWorker, MAX_JOBS, workerMain } from './pool';

const USAGE = `Usage: dump-curator <command> [options] PATH...

Commands:
  check PATH...          report findings (PATH: files, folders searched for *.dump and *.raw.txt, or - for stdin)
  clean PATH...          print the cleaned article, or write NAME.clean.txt files with --out
  index PATH... --out INDEX
                         count, per line, the files it occurs in (lines of 3 words or more)
  index --merge INDEX... --out INDEX
                         sum index files (one per part of a corpus) into one

Options:
  --format FORMAT        check: text (default) or json; clean: text (default), json or jsonl;
                         index: text (dumps, default) or jsonl (records)
                         With jsonl, - and *.jsonl files are JSONL records: one JSON object per line,
                         the dump in its "text" field; clean writes each back with "text" cleaned
                         and "removed" added
  --out DIR|INDEX        clean: write one NAME.clean.txt per dump into DIR, mirroring folders;
                         index: the index file to write
  --boilerplate-index INDEX
                         check, clean: drop lines the index counts in --min-files files or more
                         (corpus-boilerplate)
  --min-files N          with --boilerplate-index: the number of files (default 3, or corpusMinFiles)
  --jobs N               run on N worker threads (default 1); output order stays the input order
  --text-field NAME      the field of a JSONL record that holds the dump (default text)
  --config FILE          settings file (same schema as the workspace's .dumpcurator.json)
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 clean, 1 findings at warning level or above (check), 2 usage, input or output errors.`;

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  config: { type: 'string' },
  jobs: { type: 'string' },
  merge: { type: 'boolean' },
  'boilerplate-index': { type: 'string' },
  'min-files': { type: 'string' },
  'text-field': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, tokens: true, options: OPTIONS });
  } catch (e) {
    return usage((e as Error).message);
  }
  // parseArgs keeps the last of a repeated option: a second --format or --out would win unseen.
  const given = parsed.tokens.flatMap((t) => (t.kind === 'option' && OPTIONS[t.name as keyof typeof OPTIONS].type === 'string' ? [t.name] : []));
  const repeated = given.find((name, i) => given.indexOf(name) !== i);
  if (repeated !== undefined) return usage(`--${repeated} given more than once`);
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(version + '\n');
    return 0;
  }
  const [command, ...paths] = positionals;
  try {
    if (command === undefined) throw new UsageError('no command given');
    if (!['check', 'clean', 'index'].includes(command)) throw new UsageError(`unknown command "${command}"`);
    if (values.out !== undefined && command === 'check') throw new UsageError('--out works with clean and index only');
    if (values.merge && command !== 'index') throw new UsageError('--merge works with index only');
    if (command === 'index' && (values['boilerplate-index'] !== undefined || values['min-files'] !== undefined)) {
      throw new UsageError('index counts lines; --boilerplate-index and --min-files are for check and clean');
    }
    if (values['min-files'] !== undefined && values['boilerplate-index'] === undefined) throw new UsageError('--min-files works with --boilerplate-index only');
    const jobs = wholeNumber('--jobs', values.jobs, 1, MAX_JOBS) ?? 1;
    const minFiles = wholeNumber('--min-files', values['min-files'], 2, 2 ** 32 - 1);
    const textField = values['text-field'] ?? 'text';
    if (textField === '') throw new UsageError('--text-field needs a field name');
    for (const option of ['config', 'out', 'boilerplate-index'] as const) {
      if (values[option] === '') throw new UsageError(`--${option} needs a path`);
    }
    const options = values.config !== undefined ? loadConfig(values.config) : {};
    if (paths.length === 0) throw new UsageError(`${command}: give at least one ${values.merge ? 'INDEX' : 'PATH (or - for stdin)'}`);
    if (paths.includes('')) throw new UsageError(`${command}: an empty ${values.merge ? 'INDEX' : 'PATH'} names no file`);
    if (command === 'index') {
      return await runIndex(paths, { out: values.out, merge: values.merge === true, format: values.format ?? 'text', jobs, textField });
    }
    let corpus: Uint8Array | undefined;
    if (values['boilerplate-index'] !== undefined) {
      if (minFiles !== undefined) options.corpusMinFiles = minFiles;
      corpus = loadBoilerplateIndex(values['boilerplate-index'], options.corpusMinFiles ?? DEFAULT_MIN_FILES);
      options.corpusMinFiles ??= DEFAULT_MIN_FILES;
    }
    if (command === 'check') return await runCheck(paths, { format: values.format ?? 'text', options, jobs, corpus });
    return await runClean(paths, { format: values.format ?? 'text', out: values.out, options, jobs, corpus, textField });
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    if (!(e instanceof UserError)) throw e;
    say(e.message);
    return 2;
  }
}

/** The engine's default for `corpusMinFiles`. */
const DEFAULT_MIN_FILES = 3;

function wholeNumber(option: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

function usage(message: string): number {
  say(message);
  process.stderr.write(`\n${USAGE}\n`);
  return 2;
}

if (isPoolWorker()) {
  // A --jobs worker thread: this same bundle, running tasks instead of the command line.
  workerMain();
} else if (require.main === module) {
  // A reader that stops early (`| head`) is no error: stop writing, quietly. Any other failure to
  // write (a full disk) stops the command with one line and status 2, as an input error does: thrown
  // from here, it was a stack trace and status 1, which means findings.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit();
    say(`cannot write to standard output (${describeCode(e.code)})`);
    process.exit(2);
  });
  // Ctrl-C or a kill ends the command between two outputs, not while one is written (Node runs the
  // handler on its event loop): each write has renamed its temporary file into place or removed it,
  // so none is left behind. The command then dies of the signal itself, as the shell expects: a
  // loop over dumps stops at Ctrl-C only when its command was ended by SIGINT, not by exit 130.
  // (Windows has no such signals to die of: there the status the shell would give stands in.)
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => (process.platform === 'win32' ? process.exit(status) : process.kill(process.pid, signal)));
  }
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Only a bug ends up here; user errors are reported where they happen.
      process.stderr.write(`dump-curator: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
