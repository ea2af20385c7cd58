/**
 * Text from a dump or a file name, made safe to print on a terminal: a control character (ESC,
 * BEL, a line break, …) is written as its code (`\x1b`), so that input can neither split a line of
 * the report nor send the terminal commands. Tabs stay.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
