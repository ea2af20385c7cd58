/**
 * htmlparser2 as cheerio runs it (cheerio's `load(html, { xml: { xmlMode: false, … } })` ends in
 * `parseDocument` with these options), the same tree node for node, but in time linear in the
 * line's nesting depth.
 *
 * htmlparser2 10 keeps its open elements innermost first in an array: it adds and removes them at
 * the front (`unshift`, `shift`), which moves the whole array, and looks an end tag's name up with
 * `indexOf`, which walks all of it when no such element is open. Either way every tag costs time
 * in the depth: a line of 80,000 unclosed tags took seconds. (Upstream pull request
 * fb55/htmlparser2#2481 moves to push and pop, but an end tag of a name not open would still walk
 * the stack: the counts below are what answer that at once.) So each of the parser's two stacks is
 * replaced by one kept innermost last, which answers the parser's `unshift`, `shift`, `indexOf`,
 * `[i]` and `length` as the array did. htmlparser2 is pinned to the exact version this was read
 * against; the unit tests compare the trees with cheerio's.
 */
import { DomHandler, Parser } from 'htmlparser2';
import type { DomNode } from './markup-tree';

const OPTIONS = { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true };

export function parseHtml(source: string): DomNode {
  const handler = new DomHandler(undefined, OPTIONS);
  const parser = new Parser(handler, OPTIONS);
  // The fields are private in htmlparser2's types. Replaced as the constructor leaves them, or not
  // at all: a release that renamed or reshaped them must fail the tests, not parse slowly.
  const fields = parser as unknown as { stack: unknown; foreignContext: unknown };
  const { stack, foreignContext } = fields;
  if (!Array.isArray(stack) || stack.length !== 0 || !Array.isArray(foreignContext) || foreignContext.join() !== 'false') {
    throw new Error('htmlparser2’s open-element stacks are not what html-parser.ts was written for');
  }
  fields.stack = asParserStack<string>([]);
  fields.foreignContext = asParserStack([false]);
  parser.end(source);
  return handler.root as unknown as DomNode;
}

let decoded = '';
const textParser = new Parser({ ontext: (data) => void (decoded += data) }, { xmlMode: false, decodeEntities: true });

/**
 * `text`, which holds no `<`, decoded as the parser decodes text between tags: what cheerio's
 * `load(text).root().text()` gives, without building a document for it.
 */
export function decodeText(text: string): string {
  decoded = '';
  textParser.reset();
  textParser.end(text);
  return decoded;
}

/**
 * A stack kept innermost last. Its methods are bound to it (arrow functions), so that the parser,
 * calling them through the proxy, does not send every field read back through the proxy.
 */
class Stack<T> {
  private readonly items: T[] = [];
  /** How many of each value are on the stack, so that looking up one that is not costs nothing. */
  private readonly counts = new Map<T, number>();

  constructor(outermostFirst: readonly T[]) {
    for (const item of outermostFirst) this.unshift(item);
  }

  get length(): number {
    return this.items.length;
  }

  /** The parser only ever empties its stacks (`reset`). */
  set length(length: number) {
    if (length !== 0) throw new RangeError(`a parser stack can only be emptied, not cut to ${length}`);
    this.items.length = 0;
    this.counts.clear();
  }

  readonly unshift = (item: T): number => {
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    return this.items.push(item);
  };

  readonly shift = (): T | undefined => {
    const { items, counts } = this;
    if (items.length === 0) return undefined;
    const item = items.pop()!;
    const left = counts.get(item)! - 1;
    if (left) counts.set(item, left);
    else counts.delete(item);
    return item;
  };

  /** Counted from the innermost: the parser then closes that many elements, which pays for the search. */
  readonly indexOf = (item: T): number => {
    const { items } = this;
    if (!this.counts.has(item)) return -1;
    for (let i = items.length - 1; i >= 0; i--) if (items[i] === item) return items.length - 1 - i;
    return -1;
  };

  fromInnermost(index: number): T | undefined {
    return this.items[this.items.length - 1 - index];
  }
}

const INDEX = /^(?:0|[1-9]\d*)$/;

function isIndex(key: string | symbol): key is string {
  if (typeof key !== 'string') return false;
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && INDEX.test(key);
}

/**
 * The stack as the parser sees it: an array with the innermost element first, whose `stack[i]` is
 * `fromInnermost(i)`. Anything else it might write (an index, a field) is refused, not ignored.
 */
function asParserStack<T>(outermostFirst: readonly T[]): T[] {
  return new Proxy(new Stack(outermostFirst), {
    get: (stack, key) => (isIndex(key) ? stack.fromInnermost(Number(key)) : Reflect.get(stack, key, stack)),
    set: (stack, key, value) => {
      if (key !== 'length') throw new TypeError(`a parser stack takes no write to ${String(key)}`);
      stack.length = value as number;
      return true;
    },
  }) as unknown as T[];
}
