/** Commands never throw at the user: the error goes to the output channel, a short note to the screen. */
import * as vscode from 'vscode';

export type Guard = <A extends unknown[], R>(name: string, fn: (...args: A) => R | Promise<R>) => (...args: A) => Promise<R | undefined>;

export function makeGuard(log: vscode.LogOutputChannel): Guard {
  return (name, fn) =>
    async (...args) => {
      try {
        return await fn(...args);
      } catch (e) {
        log.error(`${name} failed: ${(e as Error).stack ?? e}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Dump Curator: {0} failed; see the output channel.', name));
        return undefined;
      }
    };
}
