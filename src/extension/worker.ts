/**
 * Runs the engine off the extension host's main thread, so a large dump never delays other work,
 * and makes Clean Workspace to Folder's writes, whose checks block on the disk.
 */
import { parentPort } from 'node:worker_threads';
import { clean, CorpusIndex, dumpKeys, type CleanOptions } from '../core';
import { closeSession, DiskFull, openSession, SessionLost, writeInSession } from './corpus/output-sessions';
import type { AnalysisRequest, AnalysisResponse, CorpusSnapshot, OutputRequest } from './protocol';

let corpus: { version: number; lookup: (fp: string) => number } | undefined;

function withCorpus(options: CleanOptions, snapshot: CorpusSnapshot | undefined): CleanOptions {
  if (!snapshot) return options;
  if (snapshot.index && corpus?.version !== snapshot.version) {
    corpus = { version: snapshot.version, lookup: CorpusIndex.deserialize(snapshot.index).lookup() };
  }
  return corpus ? { ...options, corpusBoilerplate: corpus.lookup, corpusMinFiles: snapshot.minFiles } : options;
}

function answer(request: AnalysisRequest): AnalysisResponse {
  if (request.kind === 'keys') return { kind: 'keys', id: request.id, keys: dumpKeys(request.text) };
  if (request.kind !== 'clean') return output(request);
  const { findings, text, record, removed } = clean(request.text, withCorpus(request.options, request.corpus));
  return { kind: 'clean', id: request.id, findings, cleanText: text, record, removed };
}

function output(request: OutputRequest): AnalysisResponse {
  const { id } = request;
  switch (request.kind) {
    case 'output-open':
      try {
        openSession(id, request.root, request.inputs);
        return { kind: 'output', id };
      } catch (e) {
        return { kind: 'output', id, refused: `cannot look where it is (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
      }
    case 'output-write':
      try {
        return { kind: 'output', id, outcome: writeInSession(request.session, request.target, request.relative, request.text) };
      } catch (e) {
        return { kind: 'output', id, refused: (e as Error).message, lost: e instanceof SessionLost || undefined, full: e instanceof DiskFull || undefined };
      }
    case 'output-close':
      closeSession(request.session);
      return { kind: 'output', id };
  }
}

parentPort?.on('message', (request: AnalysisRequest) => {
  let response: AnalysisResponse;
  try {
    response = answer(request);
  } catch (e) {
    response = { id: request.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(response);
});
