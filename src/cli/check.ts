/** `dump-curator check`: findings for every dump, as text lines or JSON. */
import { analyze, type CleanOptions } from '../core';
import { isWarningOrAbove, summary, textLine, toJson, type FileFindings } from './report';
import { UsageError } from './errors';
import { forEachSource, readSources } from './sources';

export interface CheckOptions {
  format: string;
  options: CleanOptions;
}

export async function runCheck(paths: readonly string[], { format, options }: CheckOptions): Promise<number> {
  if (format !== 'text' && format !== 'json') throw new UsageError(`check: --format must be text or json, not "${format}"`);
  const sources = await readSources(paths);
  const results: FileFindings[] = [];
  forEachSource(sources, ({ file, text }) => results.push({ file: file.path, findings: analyze(text, options).findings }));
  if (format === 'json') {
    const all = results.flatMap((r) => r.findings.map((f) => toJson(r.file, f)));
    process.stdout.write(JSON.stringify(all, null, 2) + '\n');
  } else {
    const lines = results.flatMap((r) => r.findings.map((f) => textLine(r.file, f)));
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    process.stdout.write(summary(results, sources.skipped) + '\n');
  }
  if (sources.skipped) return 2;
  return results.some((r) => r.findings.some(isWarningOrAbove)) ? 1 : 0;
}
