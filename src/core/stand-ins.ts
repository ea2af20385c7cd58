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

/** A numeric character reference as the parser reads one: leading zeros, and no `;` needed. */
const NUMERIC_REFERENCE = /&#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}))/g;
const PRIVATE_USE: readonly [number, number] = [0xe000, 0xf8ff];
/** Where else stand-ins are looked for, for a line that holds the whole private-use area: the rest of the BMP past Latin-1, surrogates aside. */
const ELSEWHERE: readonly (readonly [number, number])[] = [
  [0x0100, 0xd7ff],
  [0xf900, 0xfffd],
];
/** How many private-use characters are tried one by one (a search of the line each) before every character of the line is collected. */
const TRIED = 8;

/** For the lines that hold neither of these nor a numeric reference: nearly all of them. */
const USUAL: StandIns = { lt: '\ue000', nbsp: '\ue001' };

/**
 * Stand-ins for a line with markup, or undefined for a line that holds (or references) every
 * character that could be one: a line of over 60,000 distinct characters, which is no prose.
 */
export function standInsFor(line: string): StandIns | undefined {
  // Searches for one character at a time: a search for any private-use character took ten times as long.
  const referencing = line.includes('&#');
  if (!referencing && !line.includes(USUAL.lt) && !line.includes(USUAL.nbsp)) return USUAL;
  const taken = new Set<number>();
  if (referencing) for (const m of line.matchAll(NUMERIC_REFERENCE)) taken.add(m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]));
  const free: number[] = [];
  for (let c = PRIVATE_USE[0]; c < PRIVATE_USE[0] + TRIED && free.length < 2; c++) {
    if (!taken.has(c) && !line.includes(String.fromCharCode(c))) free.push(c);
  }
  if (free.length < 2) {
    // A line that holds many of them (made to, or an icon font's own text): every character it holds is taken.
    for (let i = 0; i < line.length; i++) taken.add(line.charCodeAt(i));
    free.length = 0;
    for (const [first, last] of [PRIVATE_USE, ...ELSEWHERE]) {
      for (let c = first; c <= last && free.length < 2; c++) if (!taken.has(c)) free.push(c);
    }
  }
  return free.length < 2 ? undefined : { lt: String.fromCharCode(free[0]), nbsp: String.fromCharCode(free[1]) };
}
