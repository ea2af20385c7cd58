/** Running the built CLI as a user does, shared by the CLI test files. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** The bundle under test (build first: `npm test` does); DUMP_CURATOR_CLI points the suites at another build. */
export const CLI = process.env.DUMP_CURATOR_CLI ?? join(ROOT, 'dist', 'cli.js');

export interface Run {
  status: number | null;
  stdout: string;
  bytes: Buffer;
  stderr: string;
  /** Non-empty stderr lines. */
  errors: string[];
}

export interface RunOptions {
  cwd?: string;
  input?: Buffer | string;
  /** Run as this user (and group of the same number). */
  uid?: number;
  /** Another copy of the bundle to run. */
  script?: string;
}

/** Runs the CLI to completion; a hang fails the test instead of blocking the suite. */
export function cli(args: readonly string[], options: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [options.script ?? CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  assert.equal(r.signal, null, `dump-curator ${args.join(' ')} did not finish (${r.error?.message ?? r.signal})`);
  const stderr = r.stderr.toString('utf8');
  return { status: r.status, stdout: r.stdout.toString('utf8'), bytes: r.stdout, stderr, errors: stderr.split('\n').filter((l) => l !== '') };
}

/** No stack trace and no internal error: user errors are one-liners. */
export function assertNoTrace(r: Run): void {
  assert.doesNotMatch(r.stderr, /^\s+at /m, `stack trace on stderr:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /internal error|Error:/, `internal error on stderr:\n${r.stderr}`);
}

export function write(path: string, content: Buffer | string): string {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Every file under `dir`, relative, sorted, with `/` separators. */
export function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name), `${prefix}${d.name}/`) : d.isFile() ? [prefix + d.name] : []))
    .sort();
}
