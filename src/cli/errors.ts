import { printable } from './printable';

/** A user's mistake that stops the command: one line on stderr, exit status 2, no stack trace. */
export class UserError extends Error {}

/** A mistake in how the command was called: printed with the usage text, exit status 2. */
export class UsageError extends UserError {}

/** Writes one line to stderr, whatever the message holds (a file name or a config value may hold a line break or an escape). */
export function say(message: string): void {
  process.stderr.write(`dump-curator: ${printable(message)}\n`);
}

/** A reason cut to a readable length: a system or engine message can hold a whole input (a regular expression of megabytes). */
export function brief(reason: string, max = 300): string {
  if (reason.length <= max) return reason;
  // Cut between characters: half a surrogate pair (an emoji's) would print as U+FFFD.
  const head = /[\uD800-\uDBFF]/.test(reason[max - 61]) ? max - 61 : max - 60;
  const tail = /[\uDC00-\uDFFF]/.test(reason[reason.length - 50]) ? reason.length - 49 : reason.length - 50;
  return `${reason.slice(0, head)} … ${reason.slice(tail)}`;
}
