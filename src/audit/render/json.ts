/** The JSON contract other tools rely on: exactly these fields, in this order. */
import type { AuditReport } from '../audit-text.ts';

export function toJson(report: AuditReport): object {
  return {
    file: report.file,
    fiscalYear: report.fiscalYear,
    department: report.department,
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos },
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      evidence: f.evidence.map((e) => ({ quote: e.quote ?? null, start: e.start ?? null, end: e.end ?? null, line: e.line ?? null })),
      calculation: f.calculation ?? null,
    })),
  };
}
