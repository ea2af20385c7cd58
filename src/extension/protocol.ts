/** Messages between the extension and its analysis worker. */
import type { ArticleRecord, CleanOptions, Finding, Removal } from '../core';
import type { WriteOutcome } from '../node/write-if-changed';

/**
 * The corpus counts behind corpus-boilerplate (recurring lines only, as a serialised index). The
 * worker keeps the last one it got: `index` travels only when `version` changed.
 */
export interface CorpusSnapshot {
  version: number;
  minFiles: number;
  index?: Uint8Array;
}

export type AnalysisRequest =
  | { kind: 'clean'; id: number; text: string; options: CleanOptions; corpus?: CorpusSnapshot }
  /** The keys a dump adds to the corpus index. */
  | { kind: 'keys'; id: number; text: string }
  | OutputRequest;

/** Clean Workspace to Folder's writes on disk (corpus/output-sessions.ts); a session is its open request's id. */
export type OutputRequest =
  | { kind: 'output-open'; id: number; root: string; inputs: string[] }
  | { kind: 'output-write'; id: number; session: number; target: string; relative: string; text: string }
  | { kind: 'output-close'; id: number; session: number };

export interface CleanResponse {
  kind: 'clean';
  id: number;
  findings: Finding[];
  cleanText: string;
  record: ArticleRecord;
  removed: Removal[];
  error?: undefined;
}

export type AnalysisResponse =
  | CleanResponse
  | { kind: 'keys'; id: number; keys: Uint32Array; error?: undefined }
  /**
   * `refused`: why an output was not written, in the CLI's words; `lost`: nor will any other be
   * (the session is gone); `full`: nor would the next (no space left on the disk, or in the quota).
   */
  | { kind: 'output'; id: number; outcome?: WriteOutcome; refused?: string; lost?: true; full?: true; error?: undefined }
  | { kind?: undefined; id: number; error: string };
