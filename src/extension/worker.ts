/** Runs the engine off the extension host's main thread, so a large dump never delays other work. */
import { parentPort } from 'node:worker_threads';
import { clean, CorpusIndex, dumpKeys, type CleanOptions } from '../core';
import type { AnalysisRequest, AnalysisResponse, CorpusSnapshot } from './protocol';

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
  const { findings, text, record, removed } = clean(request.text, withCorpus(request.options, request.corpus));
  return { kind: 'clean', id: request.id, findings, cleanText: text, record, removed };
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
