/** Reading the fixture dumps and their expectations, shared by the engine's tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const REFERENCE = join(FIXTURES, 'examples', '20min-putin-kim');
export const REAL = join(FIXTURES, 'real');
export const TRAPS = join(FIXTURES, 'traps');

export interface ExpectedFinding {
  line: number;
  code: string;
  duplicateOf?: number;
}

export interface Fixture {
  name: string;
  dump: string;
  clean: string;
  findings: ExpectedFinding[];
}

export function loadFixture(base: string): Fixture {
  return {
    name: base.split('/').pop()!,
    dump: readFileSync(base + '.dump', 'utf8'),
    clean: readFileSync(base + '.clean.txt', 'utf8'),
    findings: JSON.parse(readFileSync(base + '.findings.json', 'utf8')),
  };
}

export function dumpsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.dump')).sort().map((f) => join(dir, f));
}
