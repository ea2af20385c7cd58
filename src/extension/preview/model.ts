/**
 * What the preview page shows, made from the engine's result: plain data, no editor types, so it
 * is tested in plain Node (test/unit/preview.test.ts). Also where a dump's cleaned article is
 * saved: the CLI's naming (`NAME.clean.txt`), beside the dump or mirrored under an output folder.
 */
import { posix } from 'node:path';
import { cleanedName, RULE_CODES, type ArticleRecord, type Finding, type Removal } from '../../core';
import type { BlockKind, PreviewBlock, PreviewContent, PreviewRemoval } from '../../shared/preview-protocol';

export interface PreviewSource {
  resource: string;
  fileName: string;
  version: number;
  cleanText: string;
  findings: readonly Finding[];
  record: ArticleRecord;
  removed: readonly Removal[];
}

export interface Counts {
  words: number;
  removedLines: number;
  findings: number;
  byRule: { code: string; count: number }[];
}

/** The record's lines in article order, grouped as the cleaned text groups them. */
export function articleBlocks(record: ArticleRecord, cleanText: string): PreviewBlock[] {
  const entries: { kind: BlockKind; text: string; line: number }[] = [];
  if (record.kicker) entries.push({ kind: 'kicker', ...record.kicker });
  if (record.headline) entries.push({ kind: 'headline', ...record.headline });
  for (const l of record.lead ?? []) entries.push({ kind: 'lead', text: l.text, line: l.line });
  for (const b of record.body) entries.push({ kind: b.type, text: b.text, line: b.line });
  // Array.prototype.sort is stable: parts of one source line keep their order.
  entries.sort((a, b) => a.line - b.line);

  // The cleaned text is the same lines joined by "\n" (same paragraph) or "\n\n" (a new one):
  // reading it alongside tells which is which. Should it ever disagree, each line is its own block.
  const blocks: PreviewBlock[] = [];
  let pos = 0;
  let inStep = true;
  let gap = true;
  for (const e of entries) {
    const last = blocks.at(-1);
    if (last && !gap && last.kind === e.kind) last.lines.push({ text: e.text, line: e.line });
    else blocks.push({ kind: e.kind, gapBefore: blocks.length > 0 && gap, lines: [{ text: e.text, line: e.line }] });
    if (inStep && cleanText.startsWith(e.text, pos)) {
      pos += e.text.length;
      gap = cleanText.startsWith('\n\n', pos);
      pos += gap ? 2 : 1;
    } else {
      inStep = false;
      gap = true;
    }
  }
  return blocks;
}

/** The text the blocks stand for: what the page shows, and equal to the engine's cleaned text. */
export function blocksText(blocks: readonly PreviewBlock[]): string {
  let out = '';
  blocks.forEach((b, i) => {
    if (i > 0) out += b.gapBefore ? '\n\n' : '\n';
    out += b.lines.map((l) => l.text).join('\n');
  });
  return out ? out + '\n' : '';
}

export function counts(cleanText: string, findings: readonly Finding[], removed: readonly Removal[]): Counts {
  const perRule = new Map<string, number>();
  for (const f of findings) perRule.set(f.code, (perRule.get(f.code) ?? 0) + 1);
  return {
    words: cleanText.split(/\s+/).filter(Boolean).length,
    removedLines: new Set(removed.map((r) => r.line)).size,
    findings: findings.length,
    byRule: RULE_CODES.filter((c) => perRule.has(c)).map((code) => ({ code, count: perRule.get(code)! })),
  };
}

/**
 * The page's content. `summary` turns the counts into the header's (localised) words; `reason`,
 * if given, words a removal's reason from the finding that gave it (as the diagnostics do).
 */
export function previewContent(source: PreviewSource, summary: (c: Counts) => string[], reason?: (finding: Finding) => string): PreviewContent {
  const c = counts(source.cleanText, source.findings, source.removed);
  // The engine's reason for a removal is the first dropping finding's on that line, for its first code.
  const findingFor = new Map<string, Finding>();
  if (reason) {
    for (const f of source.findings) {
      const key = `${f.range.start.line}:${f.code}`;
      if (f.drops && !findingFor.has(key)) findingFor.set(key, f);
    }
  }
  const removed: PreviewRemoval[] = source.removed.map((r) => {
    const finding = r.codes.length ? findingFor.get(`${r.line}:${r.codes[0]}`) : undefined;
    return { line: r.line, text: r.text, codes: [...r.codes], reason: finding && reason ? reason(finding) : r.reason };
  });
  return {
    resource: source.resource,
    fileName: source.fileName,
    version: source.version,
    blocks: articleBlocks(source.record, source.cleanText),
    removed,
    summary: { counts: summary(c), byRule: c.byRule },
  };
}

export type OutputKind = 'text' | 'record';

/**
 * Where Save (`text`: NAME.clean.txt) or Export (`record`: NAME.clean.json) writes, as a POSIX
 * path (a URI's path): beside the dump, or, given an output folder, under it with the dump's
 * folders below `root` (its workspace folder) mirrored, as `dump-curator clean --out` does.
 * Undefined when the result would leave the output folder.
 */
export function outputPath(dumpPath: string, kind: OutputKind, out?: { folder: string; root?: string }): string | undefined {
  const dir = posix.dirname(dumpPath);
  const name = posix.basename(dumpPath);
  const file = cleanedName(name, kind);
  if (!out) return posix.join(dir, file);
  const mirrored = out.root !== undefined && isInside(out.root, dir) ? posix.relative(out.root, dir) : '';
  const target = posix.join(out.folder, mirrored, file);
  return isInside(out.folder, target) ? target : undefined;
}

/** Whether `path` is `root` or lies below it (POSIX paths). */
function isInside(root: string, path: string): boolean {
  const rel = posix.relative(root, path);
  return rel !== '..' && !rel.startsWith('../') && !posix.isAbsolute(rel);
}
