/** Test support: the export variants of dev ledgers, for the import probe and the export test (see catalogue.ts). */
export { type LoadedBase, LEDGER_EVAL_DIR, loadBase } from './base.ts';
export { EXPORT_TEST_DIALECT, exportTestVariants, PROBE_FAMILIES } from './catalogue.ts';
export { type Base, csvText, FISCAL_YEAR, type FileVariant, utf8, type Variant, written } from './table.ts';
