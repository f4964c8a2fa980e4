/** How the CLI prints findings: `path: [严重程度 rule] message`, then the arithmetic. */
import { countBySeverity, type Finding, SEVERITY_LABEL, sortFindings } from '../core/finding.ts';
import type { InputIssue } from '../core/input-error.ts';

export function printFindings(findings: readonly Finding[], source: string): string {
  const lines: string[] = [];
  for (const f of sortFindings(findings)) {
    const where = f.evidence.find((e) => e.path)?.path ?? f.evidence[0]?.line ?? '';
    lines.push(`${source}:${where}: [${SEVERITY_LABEL[f.severity]} ${f.rule}] ${f.message}`);
    if (f.calculation) lines.push(`    计算：${f.calculation}`);
  }
  const c = countBySeverity(findings);
  lines.push(`共 ${c.errors} 个错误、${c.warnings} 个警告、${c.infos} 个提示 / ${c.errors} errors, ${c.warnings} warnings, ${c.infos} infos`);
  return lines.join('\n');
}

export function printIssues(issues: readonly InputIssue[], source: string): string {
  return issues.map((i) => `${source}:${i.path}: ${i.message}`).join('\n');
}
