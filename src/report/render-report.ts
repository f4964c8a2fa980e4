/**
 * renderReport(): validate, compose, render. Renderers are imported on first use so that loading the report
 * module (e.g. by the CLI for another command) does not pay for docx, ECharts or Playwright.
 */
import { validateDepartmentYear } from '../app/department-year-service.ts';
import type { DepartmentYear } from '../core/department-year.ts';
import type { Finding } from '../core/finding.ts';
import { evaluateAll } from '../evaluation/index.ts';
import { composeReport } from './compose.ts';
import { reportCompleteness } from './completeness.ts';
import { scoreView } from './score-view.ts';
import type { ReportDocument } from './document-model.ts';
import { getOutline } from './outline.ts';
import { ReportRefusedError } from './refusal.ts';

export type ReportFormat = 'docx' | 'pdf' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['docx', 'pdf', 'html'];

export interface ReportOptions {
  readonly format: ReportFormat;
  /** Write a watermarked 草稿 even when validation finds errors. */
  readonly draft?: boolean;
  /** Outline template id (data/report/outlines); default: the county nine-section outline. */
  readonly outline?: string;
  /** An evaluation result (issue 4) whose scores the report states. */
  readonly evaluation?: unknown;
  /** Findings from outside the department-year (e.g. stored score overrides that count nowhere): listed in a draft. */
  readonly notices?: readonly Finding[];
}

export const REPORT_CONTENT_TYPE: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/**
 * What stops a final report of `dy` (pure): the validation errors and the report-incomplete list of what only
 * the officer can fill. Empty = a final report can be written. The one check behind the report's refusal and
 * the workflow's (a year is approved and published only when its final report can be produced).
 */
export function finalReportBlockers(dy: DepartmentYear, evaluation?: unknown): Finding[] {
  return validatedReport(dy, evaluation).blockers;
}

function validatedReport(dy: DepartmentYear, given: unknown): { evaluation: unknown; blockers: Finding[] } {
  const errors = validateDepartmentYear(dy).filter((f) => f.severity === 'error');
  const evaluation = given ?? evaluateAll(dy, { validationFindings: errors });
  return { evaluation, blockers: [...errors, ...reportCompleteness(dy, scoreView(dy, evaluation))] };
}

/** Validate and compose; throws ReportRefusedError when a final report is asked of inconsistent data. */
export function prepareReport(dy: DepartmentYear, options: Omit<ReportOptions, 'format'> = {}): ReportDocument {
  // A wrong outline id is the caller's mistake, reported before anything about the data.
  getOutline(options.outline);
  const { evaluation, blockers } = validatedReport(dy, options.evaluation);
  if (blockers.length > 0 && options.draft !== true) throw new ReportRefusedError(blockers);
  return composeReport(dy, {
    outline: options.outline,
    evaluation,
    draft: options.draft === true,
    draftFindings: [...blockers, ...(options.notices ?? [])],
  });
}

export async function renderDocument(doc: ReportDocument, format: ReportFormat): Promise<Buffer | string> {
  switch (format) {
    case 'html': {
      const { renderHtml } = await import('./render-html.ts');
      return renderHtml(doc);
    }
    case 'pdf': {
      const { assertRendererReady } = await import('./browser.ts');
      assertRendererReady('PDF');
      const { renderPdf } = await import('./render-pdf.ts');
      return renderPdf(doc);
    }
    case 'docx': {
      const [{ renderDocx }, { rasterizeSvgs }, { chromiumAvailable }] = await Promise.all([
        import('./render-docx.ts'),
        import('./rasterize.ts'),
        import('./browser.ts'),
      ]);
      const charts = doc.blocks.filter((b) => b.type === 'chart');
      if (charts.length > 0 && !doc.draft) (await import('./browser.ts')).assertRendererReady('正式报告中的图表');
      const pngs = new Map<string, Buffer>();
      if (charts.length > 0 && chromiumAvailable()) {
        const images = await rasterizeSvgs(charts);
        for (const [i, c] of charts.entries()) pngs.set(c.id, images[i]!);
      }
      return renderDocx(doc, pngs);
    }
    default:
      // Reached only from untyped callers (a URL, a JSON body).
      throw new RangeError(`不支持的报告格式“${String(format)}” / unsupported report format`);
  }
}

/** The report of a department-year as .docx / .pdf (Buffer) or .html (string). */
export async function renderReport(dy: DepartmentYear, options: ReportOptions): Promise<Buffer | string> {
  return renderDocument(prepareReport(dy, options), options.format);
}
