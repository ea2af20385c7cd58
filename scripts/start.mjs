// `npm start`: builds the product and runs it on the bundled example dumps.
import { execFileSync, spawnSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const cli = (args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' });

console.log('\n$ dump-curator check test/fixtures/examples/');
cli(['check', 'test/fixtures/examples/']);
console.log('\n$ dump-curator clean test/fixtures/examples/20min-putin-kim.dump');
cli(['clean', 'test/fixtures/examples/20min-putin-kim.dump']);
console.log('\nThe extension: open this folder in VS Code and press F5, or run `npm test` to see it in a real VS Code.');
