/**
 * The preview's messages, one union each way. The extension (src/extension/preview/) and the page
 * (src/webview/) both import this file; each side passes what it receives through the guard below
 * and ignores anything else. No DOM and no `vscode` types here: both sides compile it.
 */

/** The webview panel type, also the key of the panel serializer. */
export const PREVIEW_VIEW_TYPE = 'dumpCurator.preview';

export type BlockKind = 'kicker' | 'headline' | 'lead' | 'paragraph' | 'subheading';

/** One line of the cleaned article and the zero-based dump line it comes from. */
export interface PreviewLine {
  text: string;
  line: number;
}

/** Lines that stand together in the cleaned article (no blank line between them). */
export interface PreviewBlock {
  kind: BlockKind;
  /** A blank line separates this block from the one before (false: the next line of the same text). */
  gapBefore: boolean;
  lines: PreviewLine[];
}

/** A dump line (or the part of one) that cleaning drops, with its rule codes and reason. */
export interface PreviewRemoval {
  line: number;
  text: string;
  codes: string[];
  reason: string;
}

/** The header line: plain text parts written by the extension (localised), and the count per rule. */
export interface PreviewSummary {
  counts: string[];
  byRule: { code: string; count: number }[];
}

/** What one render shows: the engine's record for one version of one dump. */
export interface PreviewContent {
  /** The dump's URI, as a string. */
  resource: string;
  /** The dump's file name, for the header. */
  fileName: string;
  /** The document version this was computed from; the page drops older ones. */
  version: number;
  blocks: PreviewBlock[];
  removed: PreviewRemoval[];
  summary: PreviewSummary;
}

/** What the page reports when asked (`inspect`): read back from its DOM. The tests use it. */
export interface PageReport {
  resource: string | null;
  version: number | null;
  /** The article as the page shows it: its lines, blocks separated by a blank line, one final newline. */
  article: string;
  /** The text of each removed line shown, in order. */
  removed: string[];
  showRemoved: boolean;
  locked: boolean;
  /** The dump line of the highlighted paragraph, if any. */
  activeLine: number | null;
  /** Elements in the page that its own code never creates (img, script besides its own, iframe, a, object, embed, form). */
  foreign: number;
  /** `data-pwned` on the root element: set only if code from a dump ever ran (the hostile-dump test checks it). */
  pwned: string | null;
}

/** Extension → page. */
export type HostMessage =
  | { type: 'render'; content: PreviewContent; locked: boolean; showRemoved: boolean; activeLine: number | null }
  | { type: 'options'; locked: boolean; showRemoved: boolean }
  | { type: 'highlight'; line: number }
  | { type: 'inspect'; id: number };

export type PageCommand = 'copy' | 'save' | 'export' | 'toggleLock';
const PAGE_COMMANDS: readonly string[] = ['copy', 'save', 'export', 'toggleLock'] satisfies PageCommand[];

/** Page → extension. */
export type PageMessage =
  | { type: 'ready' }
  | { type: 'reveal'; line: number }
  | { type: 'setShowRemoved'; show: boolean }
  | { type: 'command'; command: PageCommand }
  | { type: 'report'; id: number; report: PageReport };

/** What the page keeps with `setState`, so that the serializer can restore it after a reload. */
export interface PreviewState {
  resource: string;
  locked: boolean;
}

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isLine(x: unknown): boolean {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function isStrings(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

function isContent(x: unknown): x is PreviewContent {
  if (!isObj(x) || typeof x.resource !== 'string' || typeof x.fileName !== 'string' || typeof x.version !== 'number') return false;
  if (!Array.isArray(x.blocks) || !Array.isArray(x.removed) || !isObj(x.summary)) return false;
  const blocksOk = x.blocks.every((b: unknown) =>
    isObj(b) && typeof b.kind === 'string' && typeof b.gapBefore === 'boolean' && Array.isArray(b.lines) &&
    b.lines.every((l: unknown) => isObj(l) && typeof l.text === 'string' && isLine(l.line)));
  const removedOk = x.removed.every((r: unknown) =>
    isObj(r) && isLine(r.line) && typeof r.text === 'string' && isStrings(r.codes) && typeof r.reason === 'string');
  const s = x.summary;
  const summaryOk = isStrings(s.counts) && Array.isArray(s.byRule) &&
    s.byRule.every((r: unknown) => isObj(r) && typeof r.code === 'string' && typeof r.count === 'number');
  return blocksOk && removedOk && summaryOk;
}

function isReport(x: unknown): x is PageReport {
  return isObj(x) && typeof x.article === 'string' && isStrings(x.removed) && typeof x.showRemoved === 'boolean' &&
    typeof x.locked === 'boolean' && typeof x.foreign === 'number';
}

export function isHostMessage(x: unknown): x is HostMessage {
  if (!isObj(x)) return false;
  switch (x.type) {
    case 'render':
      return isContent(x.content) && typeof x.locked === 'boolean' && typeof x.showRemoved === 'boolean' &&
        (x.activeLine === null || isLine(x.activeLine));
    case 'options':
      return typeof x.locked === 'boolean' && typeof x.showRemoved === 'boolean';
    case 'highlight':
      return isLine(x.line);
    case 'inspect':
      return typeof x.id === 'number';
    default:
      return false;
  }
}

export function isPageMessage(x: unknown): x is PageMessage {
  if (!isObj(x)) return false;
  switch (x.type) {
    case 'ready':
      return true;
    case 'reveal':
      return isLine(x.line);
    case 'setShowRemoved':
      return typeof x.show === 'boolean';
    case 'command':
      return typeof x.command === 'string' && PAGE_COMMANDS.includes(x.command);
    case 'report':
      return typeof x.id === 'number' && isReport(x.report);
    default:
      return false;
  }
}

export function isPreviewState(x: unknown): x is PreviewState {
  return isObj(x) && typeof x.resource === 'string' && typeof x.locked === 'boolean';
}
