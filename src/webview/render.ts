/**
 * Builds the article from the extension's content with DOM calls only: every text from a dump
 * goes in through `textContent` or a text node, never as HTML, so markup in a dump shows as text.
 */
import type { BlockKind, PreviewBlock, PreviewContent, PreviewRemoval } from '../shared/preview-protocol';

const TAG: Record<BlockKind, 'p' | 'h1' | 'h2'> = {
  kicker: 'p',
  headline: 'h1',
  lead: 'p',
  paragraph: 'p',
  subheading: 'h2',
};

/** The only elements the page puts into the article; anything else there did not come from us. */
export const OWN_TAGS = new Set(['P', 'H1', 'H2', 'SPAN', 'DEL', 'DIV']);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A removed line, struck through, with its rule codes and the reason. */
function removedLine(r: PreviewRemoval, tag: 'div' | 'span'): HTMLElement {
  const node = el(tag, 'removed');
  node.dataset.line = String(r.line);
  const why = el('span', 'why');
  why.append(el('span', 'codes', r.codes.length ? r.codes.join(' ') : '—'), el('span', 'reason', r.reason));
  // A blank line shows as a pilcrow (drawn by the style sheet).
  node.append(el('del', r.text.trim() ? 'text' : 'text blank', r.text), why);
  return node;
}

function blockElement(block: PreviewBlock, takeRemovedBefore: (line: number) => PreviewRemoval[]): HTMLElement {
  const node = el(TAG[block.kind], `block ${block.kind}${block.gapBefore ? '' : ' tight'}`);
  block.lines.forEach((line, i) => {
    // Removed lines that stood between two lines of this paragraph are shown where they stood.
    if (i > 0) appendRemoved(node, takeRemovedBefore(line.line), 'span');
    const span = el('span', 'line', line.text);
    span.dataset.line = String(line.line);
    node.append(span);
  });
  return node;
}

/** Consecutive removed lines go into one box, each line struck through with its label. */
function appendRemoved(parent: Node, removed: readonly PreviewRemoval[], tag: 'div' | 'span'): void {
  if (!removed.length) return;
  const group = el(tag, 'removed-group');
  for (const r of removed) group.append(removedLine(r, tag));
  parent.appendChild(group);
}

/** The article's elements: blocks in order, removed lines between them in source order. */
export function renderArticle(content: PreviewContent): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const removed = content.removed;
  let next = 0;
  const takeRemovedBefore = (line: number): PreviewRemoval[] => {
    const start = next;
    while (next < removed.length && removed[next].line < line) next++;
    return removed.slice(start, next);
  };
  for (const block of content.blocks) {
    appendRemoved(fragment, takeRemovedBefore(block.lines[0].line), 'div');
    fragment.append(blockElement(block, takeRemovedBefore));
  }
  appendRemoved(fragment, takeRemovedBefore(Infinity), 'div');
  return fragment;
}

export function renderRules(byRule: PreviewContent['summary']['byRule']): HTMLElement[] {
  return byRule.map(({ code, count }) => {
    const chip = el('span', 'rule');
    chip.append(el('span', 'code', code), el('span', 'count', String(count)));
    return chip;
  });
}

/** The article as text, read from the DOM: lines of a block by "\n", blocks by a blank line. */
export function articleText(article: HTMLElement): string {
  let out = '';
  article.querySelectorAll<HTMLElement>('.block').forEach((block, i) => {
    if (i > 0) out += block.classList.contains('tight') ? '\n' : '\n\n';
    out += [...block.querySelectorAll(':scope > .line')].map((l) => l.textContent ?? '').join('\n');
  });
  return out ? out + '\n' : '';
}

/**
 * The element that holds dump line `line`: the paragraph of the last kept line at or before it,
 * or a removed line when those are shown.
 */
export function elementForLine(article: HTMLElement, line: number, withRemoved: boolean): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  let bestLine = -1;
  for (const node of article.querySelectorAll<HTMLElement>('[data-line]')) {
    const isRemoved = node.classList.contains('removed');
    if (isRemoved && !withRemoved) continue;
    const l = Number(node.dataset.line);
    if (l <= line && l >= bestLine) {
      best = node;
      bestLine = l;
    }
  }
  if (!best) return undefined;
  return best.classList.contains('removed') ? best : (best.closest<HTMLElement>('.block') ?? best);
}
