/**
 * A finding's words as a template and its values: the CLI prints the English, the editor passes
 * the template to vscode.l10n, which shows the curator's language when a translation exists.
 */
export interface Message {
  /** English, with {0}, {1}, … where the values go. */
  template: string;
  args: (string | number)[];
}

export function msg(template: string, ...args: (string | number)[]): Message {
  return { template, args };
}

/**
 * Fills `{n}` with `args[n]`; a placeholder with no value stays as written. A scan rather than a
 * replace with a callback, which costs several times more: a tag soup line gives hundreds of findings.
 */
export function format({ template, args }: Message): string {
  let out = '';
  let copied = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
    const close = digitsEnd(template, open + 1);
    if (close === open + 1 || template[close] !== '}') continue;
    const i = Number(template.slice(open + 1, close));
    if (i >= args.length) continue;
    out += template.slice(copied, open) + String(args[i]);
    copied = close + 1;
  }
  return copied === 0 ? template : out + template.slice(copied);
}

function digitsEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}
