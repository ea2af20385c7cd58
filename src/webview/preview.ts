/**
 * The preview page. It gets its content from the extension as messages (the protocol's union,
 * checked by its guard; anything else is ignored), builds the article with DOM calls, and sends
 * back clicks, the "Show removed" choice and the toolbar's commands. It keeps the dump's URI in
 * the webview state so that the panel is restored after a window reload.
 */
import {
  isHostMessage,
  type HostMessage,
  type PageMessage,
  type PageReport,
  type PreviewContent,
  type PreviewState,
} from '../shared/preview-protocol';
import { articleText, elementForLine, OWN_TAGS, renderArticle, renderRules } from './render';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (message: PageMessage) => vscode.postMessage(message);

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

const article = byId('article');
const fileName = byId('file');
const counts = byId('counts');
const rules = byId('rules');
const empty = byId('empty');
const waiting = byId('waiting');
const showRemovedBox = byId<HTMLInputElement>('show-removed');
const lockButton = byId<HTMLButtonElement>('lock');

let shown: { resource: string; version: number } | undefined;
let locked = false;
let showRemoved = false;
let activeLine: number | null = null;

function setOptions(options: { locked: boolean; showRemoved: boolean }): void {
  locked = options.locked;
  showRemoved = options.showRemoved;
  showRemovedBox.checked = showRemoved;
  document.body.classList.toggle('hide-removed', !showRemoved);
  lockButton.setAttribute('aria-pressed', String(locked));
  if (shown) vscode.setState({ resource: shown.resource, locked });
}

function render(message: Extract<HostMessage, { type: 'render' }>): void {
  const content: PreviewContent = message.content;
  // A result for an older version of the same dump than the one shown: stale, dropped.
  if (shown && shown.resource === content.resource && content.version < shown.version) return;
  if (!shown || shown.resource !== content.resource) window.scrollTo(0, 0);
  shown = { resource: content.resource, version: content.version };
  setOptions(message);
  fileName.textContent = content.fileName;
  counts.textContent = content.summary.counts.join(' · ');
  rules.replaceChildren(...renderRules(content.summary.byRule));
  article.replaceChildren(renderArticle(content));
  empty.hidden = content.blocks.length > 0;
  waiting.hidden = true;
  highlight(message.activeLine, false);
}

function highlight(line: number | null, scroll: boolean): void {
  activeLine = line;
  for (const node of article.querySelectorAll('.active')) node.classList.remove('active');
  if (line === null) return;
  const target = elementForLine(article, line, showRemoved);
  if (!target) return;
  target.classList.add('active');
  if (scroll) target.scrollIntoView({ block: 'nearest' });
}

function report(): PageReport {
  const strays = new Set<Element>();
  for (const node of article.querySelectorAll('*')) if (!OWN_TAGS.has(node.tagName)) strays.add(node);
  for (const node of document.querySelectorAll('img, iframe, frame, object, embed, form, a, audio, video, svg')) strays.add(node);
  const active = article.querySelector<HTMLElement>('.active');
  const activeData = active?.dataset.line ?? active?.querySelector<HTMLElement>('[data-line]')?.dataset.line;
  return {
    resource: shown?.resource ?? null,
    version: shown?.version ?? null,
    article: articleText(article),
    removed: [...article.querySelectorAll('.removed > del')].map((d) => d.textContent ?? ''),
    showRemoved,
    locked,
    activeLine: activeData === undefined ? null : Number(activeData),
    foreign: strays.size,
    pwned: document.documentElement.dataset.pwned ?? null,
  };
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isHostMessage(message)) return;
  switch (message.type) {
    case 'render':
      render(message);
      break;
    case 'options':
      setOptions(message);
      highlight(activeLine, false);
      break;
    case 'highlight':
      highlight(message.line, true);
      break;
    case 'inspect':
      post({ type: 'report', id: message.id, report: report() });
      break;
  }
});

// A click on a paragraph (or a removed line) shows its source line in the editor.
article.addEventListener('click', (event) => {
  if (!(event.target instanceof Element) || window.getSelection()?.toString()) return; // selecting text, not pointing
  const target = event.target.closest<HTMLElement>('[data-line]') ?? event.target.closest('.block')?.querySelector<HTMLElement>('[data-line]');
  if (!target?.dataset.line) return;
  const line = Number(target.dataset.line);
  highlight(line, false);
  post({ type: 'reveal', line });
});

showRemovedBox.addEventListener('change', () => {
  setOptions({ locked, showRemoved: showRemovedBox.checked });
  highlight(activeLine, false);
  post({ type: 'setShowRemoved', show: showRemoved });
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-command]')) {
  button.addEventListener('click', () => {
    const command = button.dataset.command;
    if (command === 'copy' || command === 'save' || command === 'export' || command === 'toggleLock') post({ type: 'command', command });
  });
}

post({ type: 'ready' });
