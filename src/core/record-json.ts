/** The JSON shapes `clean --format json|jsonl` prints: 1-based lines throughout. */
import type { Article } from './clean';
import type { ArticleRecord, Removal } from './types';

/** What `--format json|jsonl` prints per dump: the article, its structure and what went. */
export function cleanRecord(file: string, { text, record: r, removed }: Article) {
  const record: ArticleRecord = {
    kicker: r.kicker && oneBased(r.kicker),
    headline: r.headline && oneBased(r.headline),
    lead: r.lead?.map(oneBased),
    body: r.body.map(oneBased),
    captions: r.captions.map(oneBased),
    credits: r.credits.map(oneBased),
    bylines: r.bylines.map(oneBased),
  };
  return { file, text, record, removed: removals(removed) };
}

/** What went, with 1-based lines (the `removed` field of every record). */
export function removals(removed: readonly Removal[]): Removal[] {
  return removed.map(oneBased);
}

function oneBased<T extends { line: number }>(item: T): T {
  return { ...item, line: item.line + 1 };
}
