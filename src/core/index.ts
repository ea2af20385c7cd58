/** The cleaning engine's public surface. No editor imports: the CLI, the extension and the tests share it. */
export { analyze, severityOf, stripBom, type Analysis } from './analyze';
export { clean, cleanArticle, cleanText, type Article } from './clean';
export { applyEdits, mergeEdits } from './edits';
export { fixAllEdit } from './fix-all';
export { fingerprint } from './fingerprint';
export { compilePhrases, SHIPPED } from './phrases';
export { docsUrl, RULE_CODES, RULES, ruleMeta } from './registry';
export * from './types';
export { CONFIG_FILE_NAME, configFromObject, mergeOptions, parseConfig, type ParsedConfig } from './config';
export {
  CorpusIndex,
  dumpKeys,
  fingerprintKey,
  IndexFormatError,
  INDEX_MIN_WORDS,
  mergeIndexes,
  readHeader as readIndexHeader,
} from './corpus-index';
export { NOT_A_FILE, notTextReason } from './encoding';
export { cleanedName, isDumpName } from './output-names';
export { cleanRecord, removals } from './record-json';
