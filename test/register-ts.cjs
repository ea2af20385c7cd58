// Lets mocha load TypeScript directly: each .ts file is transpiled by esbuild as it is required.
// Types are checked separately by `npm run typecheck`.
const { transformSync } = require('esbuild');
const fs = require('node:fs');

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcefile: filename,
    sourcemap: 'inline',
  });
  module._compile(code, filename);
};
