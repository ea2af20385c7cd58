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

const PRIVATE_USE = /[\ue000-\uf8ff]/;
/** A numeric character reference as the parser reads one: leading zeros, and no `;` needed. */
const NUMERIC_REFERENCE = /&#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}))/g;
const FIRST_PRIVATE_USE = 0xe000;
const LAST_PRIVATE_USE = 0xf8ff;
/** Where stand-ins are looked for when the private-use area is all taken: the rest of the BMP past Latin-1, surrogates aside. */
const ELSEWHERE: readonly (readonly [number, number])[] = [
  [0x0100, 0xd7ff],
  [0xf900, 0xfffd],
];

/** For the lines with no private-use character and no numeric reference: most of them. */
const USUAL: StandIns = { lt: '\ue000', nbsp: '\ue001' };

/**
 * Stand-ins for a line with markup, or undefined for a line that holds (or references) every
 * character that could be one: a line of over 60,000 distinct characters, which is no prose.
 */
export function standInsFor(line: string): StandIns | undefined {
  const privateUse = PRIVATE_USE.test(line);
  const referencing = line.includes('&#');
  if (!privateUse && !referencing) return USUAL;
  const taken = new Set<number>();
  if (referencing) for (const m of line.matchAll(NUMERIC_REFERENCE)) taken.add(m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]));
  if (privateUse) {
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= FIRST_PRIVATE_USE && c <= LAST_PRIVATE_USE) taken.add(c);
    }
  }
  let free = freeCodes(taken, [[FIRST_PRIVATE_USE, LAST_PRIVATE_USE]]);
  if (free.length < 2) {
    // A line made to hold the whole private-use area: every character it holds is taken.
    for (let i = 0; i < line.length; i++) taken.add(line.charCodeAt(i));
    free = freeCodes(taken, ELSEWHERE);
  }
  return free.length < 2 ? undefined : { lt: String.fromCharCode(free[0]), nbsp: String.fromCharCode(free[1]) };
}

/** The first two codes of `ranges` not taken. */
function freeCodes(taken: ReadonlySet<number>, ranges: readonly (readonly [number, number])[]): number[] {
  const free: number[] = [];
  for (const [first, last] of ranges) {
    for (let c = first; c <= last && free.length < 2; c++) if (!taken.has(c)) free.push(c);
  }
  return free;
}
