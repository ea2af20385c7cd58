/**
 * Markup that spans lines: an element whose content a page never shows (`<script>`, `<style>`, …)
 * or a comment, opened on a line and closed on a later one. Each line is read as HTML on its own,
 * so without this the lines between would pass for text (`window.dataLayer = [];`). Only the
 * plain shapes are taken: the start tag alone on its line, or a comment that starts its line; and
 * a later line that ends with the end tag (or `-->`). Anything else stays as each line reads.
 */
import type { DumpDocument } from './document';
import { DROPPED } from './markup';

export interface MarkupSpan {
  /** The element's lower-case name, or `!--` for a comment. */
  name: string;
  /** The line that opens it and the line that closes it. */
  open: number;
  close: number;
}

/** A start tag with nothing else on its line, not closing itself. */
const START_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?>$/;
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';

export function spanningMarkup(doc: DumpDocument): MarkupSpan[] {
  const { lines } = doc;
  const spans: MarkupSpan[] = [];
  // Where the search for an end stopped without a close: an opening before that line stops there too.
  const unclosedUntil = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Most lines start with a letter: one comparison tells them.
    if (line.blank || line.text.charCodeAt(line.contentStart) !== 60 /* < */) continue;
    const end = opened(line.text.slice(line.contentStart, line.contentEnd));
    if (!end || i < (unclosedUntil.get(end) ?? -1)) continue;
    const { at, closes } = firstHolding(doc, i + 1, end);
    if (!closes) {
      unclosedUntil.set(end, at);
      continue;
    }
    spans.push({ name: end === COMMENT_CLOSE ? '!--' : end.slice(2, -1), open: i, close: at });
    i = at;
  }
  return spans;
}

/** What closes what `content` opens and leaves open (`</script>`, `-->`), or undefined. */
function opened(content: string): string | undefined {
  if (content.startsWith(COMMENT_OPEN)) return content.includes(COMMENT_CLOSE, COMMENT_OPEN.length) ? undefined : COMMENT_CLOSE;
  const m = START_TAG.exec(content);
  if (!m || content.endsWith('/>')) return undefined;
  const name = m[1].toLowerCase();
  return DROPPED.has(name) ? `</${name}>` : undefined;
}

/**
 * The first line from `from` on that holds `end` (the dump's end when none does), and whether it
 * closes the span: it ends with `end`, so that nothing after it on the line is left inside.
 */
function firstHolding(doc: DumpDocument, from: number, end: string): { at: number; closes: boolean } {
  const comment = end === COMMENT_CLOSE;
  const endTag = comment ? undefined : new RegExp(`</${end.slice(2, -1)}\\s*>$`, 'i');
  for (let i = from; i < doc.lines.length; i++) {
    const { text, contentStart, contentEnd } = doc.lines[i];
    const at = comment ? text.indexOf(COMMENT_CLOSE, contentStart) : text.indexOf('</', contentStart);
    if (at < 0 || at >= contentEnd) continue;
    const content = text.slice(contentStart, contentEnd);
    if (comment) return { at: i, closes: content.endsWith(COMMENT_CLOSE) };
    if (!content.toLowerCase().includes(end.slice(0, -1))) continue;
    return { at: i, closes: endTag!.test(content) };
  }
  return { at: doc.lines.length, closes: false };
}
