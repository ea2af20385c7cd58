/**
 * The workspace configuration file `.dumpcurator.json`, shared by the editor and the CLI's
 * `--config`. Parsing never throws: a bad entry is reported and left out, the rest applies.
 */
import { RULE_CODES } from './registry';
import type { CleanOptions, PhraseLists, RuleCode, SeveritySetting } from './types';

export const CONFIG_FILE_NAME = '.dumpcurator.json';

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const PHRASE_KEYS: readonly (keyof PhraseLists)[] = [
  'credits', 'creditPrefixes', 'readMore', 'teaserHeadings', 'boilerplate', 'boilerplateLines', 'pollEnd', 'pollAnswers', 'promoHeadings', 'bylinePrefixes', 'publishers',
];

export interface ParsedConfig {
  options: CleanOptions;
  errors: string[];
}

export function parseConfig(json: string): ParsedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (e) {
    return { options: {}, errors: [`not valid JSON (${(e as Error).message})`] };
  }
  return configFromObject(raw);
}

export function configFromObject(raw: unknown): ParsedConfig {
  const errors: string[] = [];
  const options: CleanOptions = {};
  if (!isObject(raw)) return { options, errors: ['the configuration must be a JSON object'] };
  for (const key of Object.keys(raw)) {
    if (!['rules', 'keepCaptions', 'keepKicker', 'phrases', 'ignore', 'corpusMinFiles', '$schema'].includes(key)) {
      errors.push(`unknown setting "${key}"`);
    }
  }
  if (raw.rules !== undefined) options.rules = parseRules(raw.rules, errors);
  for (const key of ['keepCaptions', 'keepKicker'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] === 'boolean') options[key] = raw[key];
    else errors.push(`"${key}" must be true or false`);
  }
  if (raw.phrases !== undefined) options.phrases = parsePhrases(raw.phrases, errors);
  if (raw.ignore !== undefined) {
    if (isStringArray(raw.ignore)) options.ignore = raw.ignore;
    else errors.push('"ignore" must be a list of lines');
  }
  if (raw.corpusMinFiles !== undefined) {
    const n = raw.corpusMinFiles;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 2) options.corpusMinFiles = n;
    else errors.push('"corpusMinFiles" must be a whole number of at least 2');
  }
  return { options, errors };
}

function parseRules(raw: unknown, errors: string[]): CleanOptions['rules'] {
  const rules: Partial<Record<RuleCode, SeveritySetting>> = {};
  if (!isObject(raw)) {
    errors.push('"rules" must map rule codes to a severity');
    return rules;
  }
  for (const [code, level] of Object.entries(raw)) {
    if (!(RULE_CODES as readonly string[]).includes(code)) errors.push(`unknown rule "${code}"`);
    else if (!(SEVERITIES as readonly unknown[]).includes(level)) {
      errors.push(`rule "${code}": "${String(level)}" is not one of ${SEVERITIES.join(', ')}`);
    } else rules[code as RuleCode] = level as SeveritySetting;
  }
  return rules;
}

function parsePhrases(raw: unknown, errors: string[]): Partial<PhraseLists> {
  const phrases: Partial<PhraseLists> = {};
  if (!isObject(raw)) {
    errors.push('"phrases" must map list names to lists of phrases');
    return phrases;
  }
  for (const [key, list] of Object.entries(raw)) {
    if (!(PHRASE_KEYS as readonly string[]).includes(key)) errors.push(`unknown phrase list "${key}" (known: ${PHRASE_KEYS.join(', ')})`);
    else if (!isStringArray(list)) errors.push(`phrase list "${key}" must be a list of strings`);
    else phrases[key as keyof PhraseLists] = list;
  }
  return phrases;
}

/** Settings from the editor or a config file, the later ones winning per key. */
export function mergeOptions(...layers: CleanOptions[]): CleanOptions {
  const out: CleanOptions = {};
  for (const { rules, phrases, ignore, ...plain } of layers) {
    Object.assign(out, plain);
    if (rules) out.rules = { ...out.rules, ...rules };
    if (phrases) {
      const merged: Partial<PhraseLists> = { ...out.phrases };
      for (const key of PHRASE_KEYS) if (phrases[key]) merged[key] = [...(merged[key] ?? []), ...phrases[key]!];
      out.phrases = merged;
    }
    if (ignore) out.ignore = [...new Set([...(out.ignore ?? []), ...ignore])];
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
