/** The terminal report: findings grouped by severity, each with its quotes and line numbers, in Chinese. */
import { SEVERITY_LABEL, type Severity } from '../../core/finding.ts';
import type { AuditReport } from '../audit-text.ts';

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function renderTerminal(report: AuditReport): string {
  const lines: string[] = [];
  const head = [report.file || '（文本）'];
  if (report.department) head.push(report.department);
  if (report.fiscalYear) head.push(`${report.fiscalYear}年度`);
  lines.push(`体检：${head.join(' · ')}`);
  const { errors, warnings, infos } = report.summary;
  lines.push(`错误 ${errors} · 警告 ${warnings} · 提示 ${infos}`);
  for (const severity of ORDER) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `【${SEVERITY_LABEL[severity]}】${group.length} 项`);
    group.forEach((f, i) => {
      lines.push(`${i + 1}. [${f.rule}] ${f.message}`);
      if (f.calculation) lines.push(`   计算：${f.calculation}`);
      for (const e of f.evidence) {
        const where = e.cell ? `${e.cell.table} ${e.cell.row}/${e.cell.column}` : e.line !== undefined ? `第${e.line}行` : (e.path ?? '');
        const quote = (e.quote ?? '').replace(/\s*\n\s*/g, ' ⏎ ');
        lines.push(`   ${where}：“${quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}”`);
      }
    });
  }
  if (report.findings.length === 0) lines.push('', '未发现问题。');
  if (report.notChecked.length > 0) {
    lines.push('', '未检查：');
    for (const n of report.notChecked) lines.push(`  - ${n}`);
  }
  return `${lines.join('\n')}\n`;
}
