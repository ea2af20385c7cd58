/** Messages between the extension and its analysis worker. */
import type { CleanOptions, Finding } from '../core';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: CleanOptions;
}

export type AnalysisResponse =
  | { id: number; findings: Finding[]; cleanText: string; error?: undefined }
  | { id: number; error: string };
