/** `dump-curator check`: findings for every dump, as text lines or JSON, printed as each dump is done, in input order. */
import type { CleanOptions } from '../core';
import { say, UsageError } from './errors';
import { executor, runOrdered } from './pool';
import { textLine, Tally } from './report';
import { planInputs, tasksOf, write } from './sources';

export interface CheckOptions {
  format: string;
  options: CleanOptions;
  /** Worker threads (1: the main thread). */
  jobs?: number;
  /** A serialized corpus index cut to the lines that count as corpus boilerplate. */
  corpus?: Uint8Array;
}

export async function runCheck(paths: readonly string[], { format, options, jobs = 1, corpus }: CheckOptions): Promise<number> {
  if (format !== 'text' && format !== 'json') throw new UsageError(`check: --format must be text or json, not "${format}"`);
  const tally = new Tally();
  let printed = 0;
  const setup = { kind: 'check' as const, options, corpus, textField: 'text' };
  await runOrdered(tasksOf(planInputs(paths, { records: false })), executor(setup, jobs), async (_task, result) => {
    if ('error' in result) {
      say(result.error);
      tally.skipped++;
      return;
    }
    if ('note' in result) return say(result.note);
    if (!('findings' in result)) return;
    tally.add(result.findings);
    if (result.findings.length === 0) return;
    if (format === 'json') {
      // The bytes of JSON.stringify(allFindings, null, 2), written as they come.
      const items = result.findings.map((f) => '  ' + JSON.stringify(f, null, 2).replace(/\n/g, '\n  '));
      await write((printed ? ',\n' : '[\n') + items.join(',\n'));
    } else {
      await write(result.findings.map(textLine).join('\n') + '\n');
    }
    printed += result.findings.length;
  });
  if (format === 'json') await write(printed ? '\n]\n' : '[]\n');
  else await write(tally.summary() + '\n');
  if (tally.skipped) return 2;
  return tally.warningOrAbove ? 1 : 0;
}
