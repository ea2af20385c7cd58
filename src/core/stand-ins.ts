/**
 * While a line with markup is parsed, a '<' that starts no tag and a literal no-break space are
 * replaced by stand-ins: a stray '<' must stay text, and a literal no-break space must survive
 * while `&nbsp;` becomes a plain space (CLEANING.md, fine points). A stand-in is one code unit, so
 * the parser's offsets stay the line's. It is a character the line does not hold, not even as a
 * numeric reference (`&#xE000;`): scraped pages carry icon-font characters from the private-use
 * area, and those must come through as they are.
 */
export interface StandIns {
  lt: string;
  nbsp: string;
}

const PRIVATE_USE = /[\ue000-\uf8ff]/g;
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}))/g;
/** Where stand-ins are taken from: the private-use area, then (for a line that holds all of it) CJK ideographs, which no parser treats apart. */
const RANGES: readonly (readonly [number, number])[] = [
  [0xe000, 0xf8ff],
  [0x4e00, 0x9fff],
];

const DEFAULT: StandIns = { lt: '\ue000', nbsp: '\ue001' };

export function standInsFor(line: string): StandIns {
  const privateUse = line.match(PRIVATE_USE);
  const references = line.includes('&#') ? line.matchAll(NUMERIC_REFERENCE) : undefined;
  if (!privateUse && !references) return DEFAULT;
  const taken = new Set<number>();
  for (const ch of privateUse ?? []) taken.add(ch.charCodeAt(0));
  for (const m of references ?? []) taken.add(m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]));
  const free = freeCodes(taken, 2);
  if (free.length < 2) {
    // The private-use area is all taken: a line made to hold it. Every character it holds is.
    for (let i = 0; i < line.length; i++) taken.add(line.charCodeAt(i));
    free.splice(0, free.length, ...freeCodes(taken, 2));
  }
  if (free.length < 2) throw new RangeError('A line holds every character that could stand in for markup while it is read.');
  return { lt: String.fromCharCode(free[0]), nbsp: String.fromCharCode(free[1]) };
}

function freeCodes(taken: ReadonlySet<number>, wanted: number): number[] {
  const free: number[] = [];
  for (const [first, last] of RANGES) {
    for (let c = first; c <= last && free.length < wanted; c++) if (!taken.has(c)) free.push(c);
  }
  return free;
}
