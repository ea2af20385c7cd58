/** A mistake in how the command was called: printed with the usage text, exit status 2. */
export class UsageError extends Error {}
