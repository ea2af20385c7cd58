/**
 * Clean Workspace to Folder's writes on disk, made in the analysis worker with the checks of
 * `dump-curator clean --out` (src/node/output-folder.ts). Those checks stat, resolve links and make
 * folders, and such calls block: in the worker, a slow disk (a network share) holds up no extension.
 * One session per run of the command, opened with the dumps no output may be.
 */
import { fileId, isDiskFull, OutputFolder, OutputRefused } from '../../node/output-folder';
import type { WriteOutcome } from '../../node/write-if-changed';

const sessions = new Map<number, OutputFolder>();

/** The session is not in this worker: the one that held it stopped, and what it wrote is not known here. */
export class SessionLost extends Error {}

/** No space left on the disk or in the quota (ENOSPC, EDQUOT): every write after this one would fail too. */
export class DiskFull extends Error {}

/** Opens a session into `root`, an existing folder; `inputs` are the dumps' paths. Throws when `root` cannot be resolved. */
export function openSession(session: number, root: string, inputs: readonly string[]): void {
  const ids = new Set<string>();
  for (const path of inputs) {
    try {
      ids.add(fileId(path));
    } catch {
      // A dump that cannot be looked at cannot be read either: it is skipped before anything is written for it.
    }
  }
  sessions.set(session, new OutputFolder(root, (id) => ids.has(id)));
}

/**
 * Writes `text` at `target`, `relative` under the session's folder. Throws an error that says, in
 * the CLI's words, why it was not written: refused (`… is a symbolic link; not followed`) or
 * failed (`cannot write … (EISDIR)`), a DiskFull when the disk is full.
 */
export function writeInSession(session: number, target: string, relative: string, text: string): WriteOutcome {
  const folder = sessions.get(session);
  if (!folder) throw new SessionLost(`${relative} was not written: the worker that writes the outputs restarted`);
  try {
    return folder.write(target, text);
  } catch (e) {
    if (e instanceof OutputRefused) throw new Error(`${relative} ${e.message}`);
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw e;
    throw new (isDiskFull(code) ? DiskFull : Error)(`cannot write ${relative} (${code})`);
  }
}

export function closeSession(session: number): void {
  sessions.delete(session);
}
