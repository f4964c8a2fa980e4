/**
 * Fixed assets (资产管理): the register, label sheets, stocktakes with their reconciliation, idle assets and
 * disposals, and the 53号 asset indicators. The public surface of the capability: other modules (scoring
 * engine, report writer, store, server, CLI) import from here only.
 */
export { ASSETS_USAGE, type AssetsCommandDeps, assetsCommand } from './cli.ts';
export {
  type AssetConfig,
  type LabelSize,
  labelSizeById,
  loadAssetConfig,
  parseAssetConfig,
  parseStatus,
  thresholdFor,
} from './config.ts';
export { applyDisposal, decideDisposal, requestDisposal } from './disposal.ts';
export { AssetStateError, cardVersionConflict } from './errors.ts';
export { daysBetween, type IdleAsset, idleForReallocation } from './idle.ts';
export {
  type AssetIndicators,
  assetIndicators,
  type CheckPoint,
  departmentYearFixedAssets,
  type IndicatorOptions,
  lastClosedStocktake,
  type StocktakeResult,
  type UtilisationRate,
} from './indicators.ts';
export { assetReportParagraph } from './report-paragraph.ts';
export {
  closeStocktakeSchema,
  confirmationSchema,
  disposalDecisionSchema,
  assetPatchSchema,
  disposalRequestSchema,
  newAssetSchema,
  openStocktakeSchema,
} from './inputs.ts';
export { labelSheetPdf } from './labels/label-pdf.ts';
export { escapeHtml, labelSheetHtml, type LabelSheetOptions } from './labels/label-sheet-html.ts';
export { PdfUnavailableError } from './labels/print-pdf.ts';
export { assetNumberFromScan, type LabelContent, qrPayload } from './labels/qr-payload.ts';
export { LEDGER_COLUMNS } from './ledger-columns.ts';
export { memoryAssetStore } from './memory-store.ts';
export { findingsText, indicatorsText, reconciliationText } from './render-text.ts';
export { ledgerCsv, ledgerRows, ledgerXlsx } from './ledger-export.ts';
export { formatImportError, type ImportError, type ImportResult, importLedger, parseDate } from './ledger-import.ts';
export {
  checkRegister,
  RULE_BELOW_THRESHOLD,
  RULE_LABEL_MISMATCH,
  RULE_LABEL_MISSING,
  RULE_STATED_THRESHOLD,
  RULE_UNKNOWN_CLASS,
  statedThresholdFinding,
} from './register-checks.ts';
export {
  type AssetContext,
  applyStocktakeToRegister,
  assetClasses,
  createAsset,
  closeStocktakeFor,
  type ConfirmResult,
  confirmAsset,
  decideDisposalFor,
  idleFor,
  importLedgerRows,
  importRegisterSheets,
  registerSheetsOf,
  indicatorsFor,
  labelsPdfFor,
  type LabelsRequest,
  markLabelsApplied,
  openStocktakeFor,
  registerFindings,
  requestDisposalFor,
  stocktakeProgressFor,
  updateAsset,
} from './service.ts';
export {
  closeStocktake,
  DIFFERENCE_ACTION,
  DIFFERENCE_LABEL,
  freezeExpected,
  combineObservations,
  openStocktake,
  reconcile,
  similarNumbers,
  stocktakeProgress,
  type StocktakeProgress,
} from './stocktake.ts';
export { type StocktakePageInput, stocktakePageHtml } from './stocktake-page.ts';
export type { AssetStore, AssetTenant, CardWriteOptions, StocktakeSummary } from './store-port.ts';
export {
  type Asset,
  ASSET_STATUSES,
  type AssetStatus,
  type Confirmation,
  type Difference,
  type DifferenceKind,
  type Disposal,
  type DisposalKind,
  type DisposalState,
  type ExpectedAsset,
  type Reconciliation,
  type Stocktake,
  type StocktakeScope,
  type StocktakeState,
} from './types.ts';
export { assetHistoryPath, type CardUpdate, cardChanges, type FieldChange, planRegisterUpdate, type RegisterImportPlan } from './register-update.ts';
