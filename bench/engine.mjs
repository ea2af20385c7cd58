/**
 * The engine as the product ships it: src/core/index.ts bundled by esbuild with the options
 * scripts/build.mjs uses for dist/cli.js (bundle, platform node, target node20, CommonJS, htmlparser2
 * bundled in; no source map, which only matters with --enable-source-maps), written to
 * bench/.data/core.cjs and loaded from there.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { DATA, ROOT } from './corpus.mjs';

export const ENGINE_FILE = join(DATA, 'core.cjs');
const require = createRequire(import.meta.url);

export async function loadEngine() {
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/core/index.ts'],
    outfile: ENGINE_FILE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  delete require.cache[ENGINE_FILE];
  const engine = require(ENGINE_FILE);

  // Which source was measured: the commit, the files of src/core changed since, the bundle's hash,
  // and whether it still cleans the reference dump byte for byte.
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
    } catch {
      return '';
    }
  };
  const golden = readFileSync(join(ROOT, 'test/fixtures/examples/20min-putin-kim.clean.txt'), 'utf8');
  const reference = readFileSync(join(ROOT, 'test/fixtures/examples/20min-putin-kim.dump'), 'utf8');
  const source = {
    esbuild: esbuild.version,
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    uncommitted: git('status', '--porcelain', '--', 'src/core').split('\n').filter(Boolean).map((l) => l.slice(3)),
    bundleSha256: createHash('sha256').update(readFileSync(ENGINE_FILE)).digest('hex').slice(0, 16),
    referenceOk: engine.clean(reference).text === golden && engine.cleanText(reference) === golden,
  };
  return { engine, source };
}
