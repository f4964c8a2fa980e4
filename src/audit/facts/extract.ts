/** Build all facts of a normalised text in a few linear passes. */
import { BODY_YEAR, GRAMMAR } from '../config.ts';
import { readBodyYear } from './body-year.ts';
import { findDecompositions } from './decompositions.ts';
import { scanFigures } from './figures.ts';
import { computeLineStarts } from './lines.ts';
import { segment } from './structure.ts';
import { stackedTables } from './stacked-tables.ts';
import { findTables } from './tables.ts';
import { arabicYears, type TitleLexicon, readTitle } from './title.ts';
import type { AuditFacts } from './types.ts';

export function extractFacts(shown: string, lexicon: TitleLexicon): AuditFacts {
  // Years written in Chinese digits (二〇二三年) are read as the same years in arabic digits (same length: offsets hold),
  // by every fact and rule alike; quotes are taken from the text as written (`shown`).
  const text = arabicYears(shown);
  const lineStarts = computeLineStarts(text);
  const { headings, tableHeadings, paragraphs, sentences } = segment(text);
  const { figures, dates, malformedDates } = scanFigures(text, sentences);
  const { decompositions, enumerations } = findDecompositions(text, figures, sentences, paragraphs);
  const found = findTables(text, lineStarts);
  // Tables flattened one cell per line (web copies), where no table of cells per line was read.
  const stacked = stackedTables(text, lineStarts).filter((t) => !found.some((f) => f.start < t.end && t.start < f.end));
  const tables = stacked.length === 0 ? found : [...found, ...stacked].sort((a, b) => a.start - b.start);
  const title = readTitle(text, paragraphs, lexicon);
  const bodyYear = readBodyYear(text, dates, { ...BODY_YEAR, subjects: GRAMMAR.bodyYearSubjects, comparisons: GRAMMAR.bodyYearComparisons });
  return { bodyYear, text, shown, lineStarts, headings, tableHeadings, paragraphs, sentences, figures, dates, malformedDates, decompositions, enumerations, tables, title };
}
