/**
 * Limits on reading uploaded files (issue 17): how many parse workers run at once, how many wait, how long
 * and how much heap one parse may take, and how many cells or paragraphs a file may hold. The numbers are data
 * (parse-limits.json, with its source); tests pass smaller ones.
 */
import limits from './parse-limits.json' with { type: 'json' };

export interface ParseLimits {
  /** Parse workers running at once (each its own thread and heap). */
  readonly workers: number;
  /** Parses waiting for a worker; more are refused with 503 at once. */
  readonly queueLength: number;
  /** Wall time of one parse; the worker is then stopped. */
  readonly timeoutMs: number;
  /** V8 old-generation heap of one worker; a parse needing more stops the worker. */
  readonly workerHeapMb: number;
  /** Cells a workbook may make the reader hold: per row, the last column used, summed over rows and sheets. */
  readonly sheetCells: number;
  /** Paragraphs (w:p) a .docx may hold. */
  readonly docxParagraphs: number;
}

export function loadParseLimits(): ParseLimits {
  const { workers, queueLength, timeoutMs, workerHeapMb, sheetCells, docxParagraphs } = limits;
  return { workers, queueLength, timeoutMs, workerHeapMb, sheetCells, docxParagraphs };
}
