/** `--config FILE`: the same schema as the workspace's .dumpcurator.json. */
import { readFileSync } from 'node:fs';
import { compilePhrases, fingerprint, parseConfig, type CleanOptions, type PhraseLists } from '../core';
import { brief, UserError } from './errors';

export function loadConfig(path: string): CleanOptions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`--config ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { options, errors } = parseConfig(text);
  if (errors.length) throw new UserError(`--config ${path}: ${brief(errors.join('; '))}`);
  if (options.phrases) checkPhrases(path, options.phrases);
  return options;
}

/**
 * Matches one of each list's own phrases with the list compiled, once, before any dump is read.
 * The engine makes one regular expression of a list, and the regular expression engine builds it
 * at its first match: a list too large for it failed every dump, one multi-megabyte line each.
 */
function checkPhrases(path: string, phrases: Partial<PhraseLists>): void {
  for (const [key, list] of Object.entries(phrases) as [keyof PhraseLists, string[]][]) {
    const probe = list.find((p) => p.trim());
    if (probe === undefined) continue;
    try {
      compilePhrases({ [key]: list })[key].findAll(fingerprint(probe));
    } catch (e) {
      throw new UserError(`--config ${path}: phrase list "${key}" (${list.length} phrases) cannot be used: ${brief(regExpReason(e))}`);
    }
  }
}

/** "Regular expression too large" from "Invalid regular expression: /…the whole pattern…/: Regular expression too large". */
function regExpReason(e: unknown): string {
  const message = (e as Error)?.message ?? String(e);
  return message.startsWith('Invalid regular expression: ') ? message.slice(message.lastIndexOf(': ') + 2) : message;
}
