/**
 * Markup that spans lines: an element whose content a page never shows (`<script>`, `<style>`, …)
 * or a comment, opened on a line and closed on a later one. Each line is read as HTML on its own,
 * so without this the lines between would pass for text (`window.dataLayer = [];`). Only the
 * plain shapes are taken: an element from its start tag alone on a line to a later line that ends
 * with its end tag, a comment from a paragraph that starts with `<!--` to the next that holds
 * `-->`. Anything else stays as each line reads.
 */
import type { DumpDocument, Unit } from './document';
import { DROPPED } from './markup';

/** An element's lines, from the one with its start tag to the one that ends with its end tag. */
export interface ElementSpan {
  /** Lower-case name. */
  name: string;
  open: number;
  close: number;
}

/** A comment's paragraphs (units, by index), from the one that opens it to the one that closes it. */
export interface CommentSpan {
  first: number;
  last: number;
}

/** A start tag with nothing else on its line. */
const START_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?>$/;
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';

/**
 * Elements whose content is never text, opened by the start tag alone on its line. Such a line
 * holds no text: leftover-html drops it whether or not a later line closes it, so the cleaned
 * article never holds one, and a second cleaning finds no span the first did not.
 */
export function elementSpans(doc: DumpDocument): ElementSpan[] {
  const { lines } = doc;
  const spans: ElementSpan[] = [];
  // Where the search for an end stopped without a close: an opening before that line stops there too.
  const unclosedUntil = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Most lines start with a letter: one comparison tells them.
    if (line.blank || line.text.charCodeAt(line.contentStart) !== 60 /* < */) continue;
    const name = openedElement(line.text.slice(line.contentStart, line.contentEnd));
    if (!name || i < (unclosedUntil.get(name) ?? -1)) continue;
    const { at, closes } = elementClose(doc, i + 1, name);
    if (!closes) {
      unclosedUntil.set(name, at);
      continue;
    }
    spans.push({ name, open: i, close: at });
    i = at;
  }
  return spans;
}

function openedElement(content: string): string | undefined {
  const m = START_TAG.exec(content);
  if (!m || content.endsWith('/>')) return undefined;
  const name = m[1].toLowerCase();
  return DROPPED.has(name) ? name : undefined;
}

/**
 * The first line from `from` on that holds the end tag of `name` (the dump's end when none does),
 * and whether it closes the span: it ends with it, so that nothing after it on the line is inside.
 */
function elementClose(doc: DumpDocument, from: number, name: string): { at: number; closes: boolean } {
  const endTag = new RegExp(`</${name}\\s*>$`, 'i');
  for (let i = from; i < doc.lines.length; i++) {
    const { text, contentStart, contentEnd } = doc.lines[i];
    const lt = text.indexOf('</', contentStart);
    if (lt < 0 || lt >= contentEnd) continue;
    const content = text.slice(contentStart, contentEnd);
    if (!content.toLowerCase().includes(`</${name}`)) continue;
    return { at: i, closes: endTag.test(content) };
  }
  return { at: doc.lines.length, closes: false };
}

/**
 * Comments over paragraphs: from one that starts with `<!--` (and holds no `-->`) to the first
 * later one that holds `-->`, when it ends with it: text after the `-->` is outside the comment,
 * and `-->` inside a sentence is more often an arrow (`Bern --> Zürich`) than a close. Told by the
 * text as converted, not as written: an unclosed `<!--` is text and stays in the article, whose
 * paragraphs are those of the dump less the dropped ones, so a second cleaning finds the same
 * comments the first found (and none it did not). `skip`: units already taken by an element span.
 */
export function commentSpans(doc: DumpDocument, skip: (unit: Unit) => boolean): CommentSpan[] {
  const { units } = doc;
  const spans: CommentSpan[] = [];
  for (let i = 0; i < units.length; i++) {
    const { text } = units[i];
    // Most paragraphs start with a letter: one comparison tells them.
    if (text.charCodeAt(0) !== 60 /* < */ || !text.startsWith(COMMENT_OPEN) || text.includes(COMMENT_CLOSE, COMMENT_OPEN.length) || skip(units[i])) continue;
    let last = i + 1;
    while (last < units.length && (skip(units[last]) || !units[last].text.includes(COMMENT_CLOSE))) last++;
    if (last === units.length) break; // nothing closes it, nor any later opening
    if (units[last].text.endsWith(COMMENT_CLOSE)) spans.push({ first: i, last });
    i = last;
  }
  return spans;
}
