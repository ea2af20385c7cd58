/** `--config FILE`: the same schema as the workspace's .dumpcurator.json. */
import { readFileSync } from 'node:fs';
import { parseConfig, type CleanOptions } from '../core';
import { UsageError } from './errors';

export function loadConfig(path: string): CleanOptions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`--config ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { options, errors } = parseConfig(text);
  if (errors.length) throw new UsageError(`--config ${path}: ${errors.join('; ')}`);
  return options;
}
