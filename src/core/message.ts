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

export function format({ template, args }: Message): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}
