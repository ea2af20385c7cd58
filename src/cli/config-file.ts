/** `--config FILE`: the same schema as the workspace's .dumpcurator.json. */
import { readFileSync } from 'node:fs';
import { parseConfig, type CleanOptions } from '../core';
import { UserError } from './errors';

export function loadConfig(path: string): CleanOptions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`--config ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { options, errors } = parseConfig(text);
  if (errors.length) throw new UserError(`--config ${path}: ${errors.join('; ')}`);
  return options;
}
