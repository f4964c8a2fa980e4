/** The evaluation as readable Chinese text for the terminal. */
import { SEVERITY_LABEL } from '../core/finding.ts';
import type { EvaluationReport } from './evaluate.ts';
import { formatScore } from './format.ts';

export function renderEvaluationText(report: EvaluationReport): string {
  const ev = report.evaluation;
  const out: string[] = [];
  out.push(`${ev.department.name} ${ev.fiscalYear}年度 部门整体支出绩效评价`);
  out.push(`计分模板：${ev.template.title}（${ev.template.id} v${ev.template.version}）；指标库：${ev.library.id} v${ev.library.version}`);
  out.push('');
  for (const block of ev.blocks) {
    out.push(`【${block.name}】 ${formatScore(block.score)} / ${formatScore(block.maxScore)}分${block.missingMaxScore > 0 ? `（待补充 ${formatScore(block.missingMaxScore)}分）` : ''}`);
    for (const i of ev.indicators.filter((x) => x.blockId === block.id)) {
      const score =
        i.status === 'scored' ? `${formatScore(i.score ?? 0)} / ${formatScore(i.maxScore)}分` : i.status === 'not-applicable' ? '不适用' : `— / ${formatScore(i.maxScore)}分`;
      out.push(`  ${i.level2} · ${i.name}：${i.displayValue ?? (i.status === 'missing' ? '缺数据' : '')}  ${score}`);
      if (i.calculation) out.push(`      计算：${i.calculation}`);
      if (i.scoring) out.push(`      计分：${i.scoring}`);
      for (const m of i.missing) out.push(`      ${m}`);
      for (const n of i.notes.filter((x) => x.startsWith('需核实') || x.startsWith('部门自述问题') || x.startsWith('毛调整率') || x.startsWith('不计入'))) out.push(`      ${n}`);
    }
  }
  out.push('');
  const sheet = report.scoreSheet.department;
  const stated =
    sheet.score === null
      ? `自评得分：待填写（已填${sheet.claimedRows}/${sheet.rows.length}项指标的自评得分，合计${formatScore(sheet.sumOfClaims)}分）`
      : `自评得分：${formatScore(sheet.score)} / ${formatScore(sheet.maxTotal)}分（${sheet.grade}）${sheet.scoreSource === 'stated' ? '，部门填报的总分' : '，各指标自评得分之和'}`;
  out.push(stated);
  const gradeText = ev.grade ?? `待定（${ev.gradeRange.low}–${ev.gradeRange.high}）`;
  out.push(
    `系统复核：按数据已核实 ${formatScore(ev.total)}分；缺少依据 ${formatScore(ev.missingMaxScore)}分；最高可得 ${formatScore(ev.upperBound)} / ${formatScore(ev.maxTotal)}分；等级：${gradeText}`,
  );
  if (sheet.unsupported.length > 0) {
    out.push(`数据不支持的自评分：${formatScore(sheet.unsupportedPoints)}分`);
    for (const u of sheet.unsupported) out.push(`  - ${u.name}：${formatScore(u.points)}分，${u.reason}`);
  }
  if (report.scoreSheet.projects.length > 0) {
    out.push('');
    out.push('项目支出绩效自评：');
    report.scoreSheet.projects.forEach((p, n) => {
      const se = report.projects[n]!;
      const rate = se.execution.rate === null ? '执行率待补充' : `执行率${formatScore(se.execution.rate)}%`;
      const claim = p.score === null ? '自评得分待填写' : `自评${formatScore(p.score)}分（${p.grade}）`;
      out.push(`  ${n + 1}. ${p.name}：${claim}；系统复核已得 ${formatScore(p.computed.total)}分，最高可得 ${formatScore(p.computed.upperBound)}分；${rate}`);
      for (const m of se.missing.slice(0, 4)) out.push(`      ${m}`);
    });
  }
  out.push('');
  out.push(`自评得分核查：${report.findings.length}条`);
  for (const f of report.findings) {
    out.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.rule}：${f.message}`);
    if (f.calculation) out.push(`      计算：${f.calculation}`);
  }
  return `${out.join('\n')}\n`;
}
