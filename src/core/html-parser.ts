/**
 * htmlparser2 as cheerio runs it (`load(html, { xml: { xmlMode: false, … } })` calls
 * `parseDocument` with these options, and nothing else), the same tree node for node, but in time
 * linear in the line's nesting depth.
 *
 * htmlparser2 10 keeps its open elements innermost first in an array and adds and removes them at
 * its front (`unshift`, `shift`), and looks an end tag's name up with `indexOf`: every tag costs
 * time in the depth, so a line of 80,000 unclosed tags took seconds. (An upstream pull request,
 * fb55/htmlparser2#2481, keeps the stack innermost last; this stands in until a release has it.)
 * The parser's two stacks are replaced by one that keeps them innermost last and answers the
 * parser's `unshift`, `shift`, `indexOf`, `[i]` and `length` as the array did. The unit tests
 * compare the trees with cheerio's.
 */
import { DomHandler, Parser } from 'htmlparser2';
import type { DomNode } from './markup-tree';

const OPTIONS = { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true };

export function parseHtml(source: string): DomNode {
  const handler = new DomHandler(undefined, OPTIONS);
  const parser = new Parser(handler, OPTIONS);
  // The fields are private in htmlparser2's types: set them as the constructor does, before parsing.
  Object.assign(parser, { stack: innermostFirst<string>([]), foreignContext: innermostFirst([false]) });
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

/** A stack with the innermost element last, read by the parser as an array with it first. */
class Stack<T> {
  private readonly items: T[];
  /** How many of each value are on the stack, so that looking up one that is not costs nothing. */
  private readonly counts = new Map<T, number>();

  constructor(outermostFirst: T[]) {
    this.items = [...outermostFirst];
    for (const item of this.items) this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
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

  unshift(item: T): number {
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    return this.items.push(item);
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const item = this.items.pop()!;
    this.counts.set(item, this.counts.get(item)! - 1);
    return item;
  }

  /** Counted from the innermost: the parser closes that many elements, which pays for the search. */
  indexOf(item: T): number {
    if (!this.counts.get(item)) return -1;
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i] === item) return this.items.length - 1 - i;
    return -1;
  }

  at(fromInnermost: number): T | undefined {
    return this.items[this.items.length - 1 - fromInnermost];
  }
}

const INDEX = /^(?:0|[1-9]\d*)$/;

/** The stack behind a proxy that reads `stack[i]` as `stack.at(i)`, the parser's only other use of it. */
function innermostFirst<T>(outermostFirst: T[]): T[] {
  return new Proxy(new Stack(outermostFirst), {
    get: (stack, key, receiver) => (typeof key === 'string' && INDEX.test(key) ? stack.at(Number(key)) : Reflect.get(stack, key, receiver)),
  }) as unknown as T[];
}
