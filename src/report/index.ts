/** The report writer's public surface (issue 5). Everything else in src/report is internal. */
export { closeReportRenderer, RendererUnavailableError } from './browser.ts';
export { type ComposeOptions, composeReport } from './compose.ts';
export {
  type Block,
  collectFigures,
  documentText,
  type Figure,
  type ReportDocument,
} from './document-model.ts';
export { getOutline, loadOutlines, type Outline, OutlineError } from './outline.ts';
export { ReportRefusedError, refusalSummary } from './refusal.ts';
export { REPORT_USAGE, type ReportCommandDeps, reportCommand } from './report-command.ts';
export {
  finalReportBlockers,
  prepareReport,
  REPORT_CONTENT_TYPE,
  REPORT_FORMATS,
  type ReportFormat,
  type ReportOptions,
  renderDocument,
  renderReport,
} from './render-report.ts';
