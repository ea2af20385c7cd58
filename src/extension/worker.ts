/** Runs the engine off the extension host's main thread, so a large dump never delays other work. */
import { parentPort } from 'node:worker_threads';
import { clean } from '../core';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

parentPort?.on('message', (request: AnalysisRequest) => {
  let response: AnalysisResponse;
  try {
    const { findings, text, record, removed } = clean(request.text, request.options);
    response = { id: request.id, findings, cleanText: text, record, removed };
  } catch (e) {
    response = { id: request.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(response);
});
