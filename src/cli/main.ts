/**
 * dump-curator: the engine on the command line, for pipelines.
 *   dump-curator check PATH...            findings, one line each; exit 1 if any is a warning or worse
 *   dump-curator clean FILE               the cleaned article on stdout
 *   dump-curator clean PATH... --out DIR  NAME.clean.txt per dump, mirroring folders
 */
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { runCheck } from './check';
import { runClean } from './clean';
import { loadConfig } from './config-file';
import { say, UsageError, UserError } from './errors';

const USAGE = `Usage: dump-curator <command> [options] PATH...

Commands:
  check PATH...          report findings (PATH: files, folders searched for *.dump and *.raw.txt, or - for stdin)
  clean PATH...          print the cleaned article, or write NAME.clean.txt files with --out

Options:
  --format FORMAT        check: text (default) or json; clean: text (default), json or jsonl
  --out DIR              clean: write one NAME.clean.txt per dump into DIR, mirroring folders
  --config FILE          settings file (same schema as the workspace's .dumpcurator.json)
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 clean, 1 findings at warning level or above, 2 usage or input errors.`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
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
    const options = values.config ? loadConfig(values.config) : {};
    if (paths.length === 0 && command) throw new UsageError(`${command}: give at least one PATH (or - for stdin)`);
    if (values.out !== undefined && command !== 'clean') throw new UsageError('--out works with clean only');
    switch (command) {
      case 'check':
        return await runCheck(paths, { format: values.format ?? 'text', options });
      case 'clean':
        return await runClean(paths, { format: values.format ?? 'text', out: values.out, options });
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    if (!(e instanceof UserError)) throw e;
    say(e.message);
    return 2;
  }
}

function usage(message: string): number {
  say(message);
  process.stderr.write(`\n${USAGE}\n`);
  return 2;
}

if (require.main === module) {
  // A reader that stops early (`| head`) is no error: stop writing, quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit();
  });
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
