/**
 * The one way the server writes a department-year's report, shared by the signed-in and the public download:
 * evaluate, apply the officer's recorded score overrides, render; a refusal becomes a 409 with the findings.
 */
import type { Kysely } from 'kysely';
import { validateDepartmentYear } from '../app/department-year-service.ts';
import { forWeb } from '../core/channel-message.ts';
import type { DepartmentYear } from '../core/department-year.ts';
import { evaluateAll, goalOverrideFindings } from '../evaluation/index.ts';
import type { Finding } from '../core/finding.ts';
import {
  finalReportBlockers,
  RendererUnavailableError,
  REPORT_CONTENT_TYPE,
  type ReportFormat,
  ReportRefusedError,
  renderReport,
} from '../report/index.ts';
import type { Database } from '../store/database.ts';
import { listScoreOverrides } from '../store/score-overrides-repository.ts';
import type { Tenant } from './context.ts';
import { HttpError } from './errors.ts';
import { reportWithOverrides } from './routes/score-overrides.ts';

export interface WrittenReport {
  readonly body: Buffer | string;
  readonly contentType: string;
  /** The download's file name, for Content-Disposition (undefined for the HTML preview). */
  readonly fileName?: string;
}

/** The department-year and evaluation a report is written from: the officer's score overrides applied. */
async function reportSource(db: Kysely<Database>, tenant: Tenant, dy: DepartmentYear) {
  const computed = evaluateAll(dy, { validationFindings: validateDepartmentYear(dy) });
  const stored = await listScoreOverrides(db, tenant, dy.fiscalYear);
  const shown = reportWithOverrides(dy, computed, stored);
  // The score sheet is rebuilt from the department-year with the overrides in it, so every score has one source.
  return { dy: shown.dy, stored, evaluation: evaluateAll(shown.dy, { validationFindings: validateDepartmentYear(shown.dy) }) };
}

/**
 * What would make the final report of this year refused (validation errors, report-incomplete items), from
 * the same source the download writes it from; empty when it can be produced.
 */
export async function finalReportBlockersOf(db: Kysely<Database>, tenant: Tenant, dy: DepartmentYear): Promise<Finding[]> {
  const shown = await reportSource(db, tenant, dy);
  return finalReportBlockers(shown.dy, shown.evaluation);
}

export async function writeDepartmentReport(
  db: Kysely<Database>,
  tenant: Tenant,
  dy: DepartmentYear,
  options: { format: ReportFormat; draft: boolean; outline?: string },
): Promise<WrittenReport> {
  try {
    const shown = await reportSource(db, tenant, dy);
    const body = await renderReport(shown.dy, {
      format: options.format,
      draft: options.draft,
      evaluation: shown.evaluation,
      // Overrides kept against goal indicators count in no score: a draft lists them (issue 13).
      notices: goalOverrideFindings(dy, shown.stored),
      ...(options.outline ? { outline: options.outline } : {}),
    });
    const name = `${dy.fiscalYear}年度${dy.department.name}部门整体支出绩效自评报告${options.draft ? '（草稿）' : ''}.${options.format}`;
    return {
      body,
      contentType: REPORT_CONTENT_TYPE[options.format],
      ...(options.format === 'html' ? {} : { fileName: name }),
    };
  } catch (err) {
    if (err instanceof ReportRefusedError) {
      throw new HttpError(409, 'report-refused', err.webMessage.split(' / ')[0] ?? err.webMessage, err.findings.map(forWeb));
    }
    if (err instanceof RendererUnavailableError) {
      // The machine lacks Chromium or Chinese fonts: say what to install (a 5xx is logged by the error handler).
      throw new HttpError(503, 'renderer-unavailable', err.message.split(' / ')[0] ?? err.message);
    }
    throw err;
  }
}
