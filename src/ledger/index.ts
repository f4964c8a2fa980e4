/** The ledger capability: import a year's accounting entries, reconcile them with the 决算, find misclassified spending. */
export type { LedgerCheckContext, LedgerRule } from './check-context.ts';
export { checkLedger, type FlaggedEntry, type FlaggedSort, type LedgerCheckReport, ledgerReportForWeb, type RuleSummary, sortFlagged } from './check-ledger.ts';
export { LEDGER_USAGE, type LedgerCommandDeps, ledgerCommand, parseLedgerArgs } from './cli.ts';
export { bookSideFields, type ColumnMapping, deeperHeader, MappingError, normalizeHeader, type ResolvedColumns, resolveColumns } from './column-mapping.ts';
export { decodeText } from './decode-text.ts';
export {
  entryPath,
  type ExpenditureNature,
  FIELD_LABEL,
  LEDGER_FIELDS,
  type LedgerEntry,
  type LedgerField,
  NATURE_LABEL,
} from './entry.ts';
export { ledgerReportXlsx } from './export-xlsx.ts';
export {
  type LedgerEntryRecord,
  type LedgerImportMeta,
  type LedgerImportResult,
  type LedgerStorePort,
  type LedgerTenant,
  toLedgerEntries,
} from './ledger-store-port.ts';
export { directionOf, headerAmountUnit, type ParseState, parseLedgerAmount, parseLedgerAmountIn, parseLedgerChunks, parseLedgerDate, parseLedgerRows, type RowError, type SectionCounts, titleAmountUnit, type VoidedRows } from './parse-entries.ts';
export { type AccountBook, describeLevelledBooks, type LevelledBooks, type RepeatedBook } from './levelled-books.ts';
export { csvRows, describeSheets, type LedgerSheets, type OpenedLedgerFile, openLedgerFile, type ReadLedgerResult, readLedgerFile } from './read-ledger-file.ts';
export { type DigitColumnWords, joinDigitColumns } from './digit-columns.ts';
export { describeUnit, type LedgerUnit, selectUnit, type UnitChoice, UnitChoiceError, type UnitChoiceProblem, type UnitSelection, unitChoiceAnswer } from './ledger-units.ts';
export { reconcile, type Reconciliation } from './reconcile.ts';
export { loadLedgerRuleData, type LedgerRuleData } from './rule-data.ts';
export { LEDGER_RULES } from './rules/registry.ts';
export { jiebaSegmenter, type Segmenter } from './segment-words.ts';
export {
  type CheckLedgerOptions,
  checkStoredLedger,
  derivedProjectKeywords,
  type ImportLedgerOptions,
  type ImportLedgerOutcome,
  importLedger,
  chunksOf,
  type LedgerFileChunks,
  type LedgerFileEntries,
  type ReadLedgerEntries,
  readLedgerEntries,
  describeVoided,
} from './ledger-service.ts';
export { threePublic, threePublicTotals, type ThreePublicTotals } from './rules/three-public.ts';
