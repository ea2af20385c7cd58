/** Messages between the extension and its analysis worker. */
import type { ArticleRecord, CleanOptions, Finding, Removal } from '../core';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: CleanOptions;
}

export type AnalysisResponse =
  | { id: number; findings: Finding[]; cleanText: string; record: ArticleRecord; removed: Removal[]; error?: undefined }
  | { id: number; error: string };
