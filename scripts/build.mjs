// Bundles the extension, the CLI and the integration-test suite with esbuild into dist/, and the
// preview page into media/preview.js.
// Type checking is separate (`npm run typecheck`): esbuild only strips types.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (existsSync('src/extension/extension.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
  builds.push({ ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' });
}
if (existsSync('src/webview/preview.ts')) {
  // The preview page: browser code, one script that the webview loads from media/ (git-ignored).
  builds.push({
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    sourcemap: production ? false : 'inline',
    minify: production,
    logLevel: 'warning',
    entryPoints: ['src/webview/preview.ts'],
    outfile: 'media/preview.js',
  });
}
if (!production && existsSync('test/integration/index.ts')) {
  // mocha stays external: the extension host loads it from node_modules.
  builds.push({ ...common, entryPoints: ['test/integration/index.ts'], outfile: 'dist/test/integration/index.js', external: ['vscode', 'mocha'] });
  builds.push({ ...common, entryPoints: ['test/integration/bench-workspace.ts'], outfile: 'dist/test/integration/bench-workspace.js', external: ['vscode'] });
}
await Promise.all(builds.map((b) => esbuild.build(b)));
