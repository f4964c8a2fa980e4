/**
 * Auditor benchmark: a realistic ~30,000-character report (a self-evaluation report's sections, repeated
 * with varied figures, as long reports repeat their project sections), the median of ≥ 30 runs of auditText,
 * and the growth from 1× to 2× and 4× the size (linear growth gives ratios near 2 and 4).
 * Run: node --import tsx bench/audit.bench.ts
 */
import { auditText } from '../src/audit/index.ts';

const HEAD = `2024年度某县商务局部门整体支出绩效自评报告
一、部门、单位基本情况
（一）机构设置情况
某县商务局（以下简称“商务局”或“我局”）是县政府组成部门，内设机构5个，分别为：办公室、财务股、市场股、外贸股、人事股。
（二）人员编制情况
我局现实有人员30人，其中行政编制人员16人，事业人员14人。2024年12月31日，在职人员30人，离退休人员40人。
（三）绩效目标设定情况
目标1：深度融入国际陆港，加大集货力度；
目标2：聚焦招大引强，实现招商引资；
二、部门整体支出管理及使用情况
（一）预算执行情况
我单位年初预算收入695.83万元，全年预算收入1668.7万元，决算收入为1668.7万元。
按支出性质和经济分类分，基本支出年初预算数515.93万元，全年预算数609.29万元，决算数609.29万元；项目支出年初预算数179.9万元，全年预算数1059.41万元，决算数1059.41万元。
`;

function section(i: number): string {
  const a = 100 + (i % 37);
  const b = 50 + ((i * 7) % 41);
  const total = a + b;
  return `（${['一', '二', '三', '四', '五', '六', '七', '八', '九'][i % 9]}）专项${i + 1}执行情况
专项${i + 1}全年预算数${total}.50万元，决算数${total}.50万元，预算执行率100%。其中：设备购置费${a}.20万元、运行维护费${b}.30万元。
2024年${(i % 12) + 1}月${(i % 27) + 1}日，组织${i % 9 + 2}家企业召开推进会，走访企业${(i * 3) % 90 + 5}次，帮助企业解决诉求${(i * 5) % 70 + 3}个，完成年度任务的${100 + (i % 30)}.5%。
本年支出${total}万元，比上年${total - 10}万元增加10万元。资金使用严格按照《预算法》和有关财务制度执行，审批程序完整，确保财政资金使用效益最大化，有力推动了各项工作开展。
`;
}

const TAIL = `三、政府性基金预算支出情况
无。
四、国有资本经营预算支出情况
无。
五、社会保险基金预算支出情况
无。
六、部门整体支出绩效情况
部门整体支出自评92分，评价等级为“优”。
目标1：
深度融入国际陆港，集货量稳步增长。
目标2：
聚焦招大引强，招商引资到位资金72.64亿元。
七、存在的问题及原因分析
1、资产管理不规范
固定资产未进行年度盘点。
八、下一步改进措施
1、加强资产管理
九、其他需要说明的情况
无。
`;

export function buildReport(targetChars: number): string {
  let body = '';
  for (let i = 0; HEAD.length + body.length + TAIL.length < targetChars; i++) body += section(i);
  return HEAD + body + TAIL;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Wall time and CPU time (user + system) of each run. On a shared machine the wall time includes waiting for a
 * core; the CPU time is what the audit itself costs on one core.
 */
function measure(text: string, runs: number): { wall: number; cpu: number; minCpu: number } {
  for (let i = 0; i < 5; i++) auditText(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    auditText(text);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), minCpu: Math.min(...cpu) };
}

/** Median ms of auditText at 30k, 60k and 120k characters, and the growth ratios. */
export async function runAuditBench(): Promise<Record<string, number>> {
  const base = 30_000;
  const runs = 31;
  const results: Record<string, number> = {};
  for (const factor of [1, 2, 4]) {
    const text = buildReport(base * factor);
    const { wall, cpu, minCpu } = measure(text, runs);
    results[`audit_${factor}x_chars`] = text.length;
    results[`audit_${factor}x_median_ms`] = wall;
    results[`audit_${factor}x_median_cpu_ms`] = cpu;
    // The fastest run: what the audit costs when nothing else competes for the core.
    results[`audit_${factor}x_min_cpu_ms`] = minCpu;
  }
  results.audit_ratio_2x = results.audit_2x_median_ms! / results.audit_1x_median_ms!;
  results.audit_ratio_4x = results.audit_4x_median_ms! / results.audit_1x_median_ms!;
  results.audit_cpu_ratio_2x = results.audit_2x_median_cpu_ms! / results.audit_1x_median_cpu_ms!;
  results.audit_cpu_ratio_4x = results.audit_4x_median_cpu_ms! / results.audit_1x_median_cpu_ms!;
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runAuditBench();
  const cell = (v: number, width: number): string => v.toFixed(2).padStart(width);
  const rows = [1, 2, 4].map(
    (f) =>
      `| ${f}×   | ${String(r[`audit_${f}x_chars`]).padStart(7)} | ${cell(r[`audit_${f}x_median_ms`]!, 8)} | ${cell(r[`audit_${f}x_median_ms`]! / r.audit_1x_median_ms!, 5)} | ${cell(r[`audit_${f}x_median_cpu_ms`]!, 8)} | ${cell(r[`audit_${f}x_median_cpu_ms`]! / r.audit_1x_median_cpu_ms!, 5)} | ${cell(r[`audit_${f}x_min_cpu_ms`]!, 8)} |`,
  );
  console.log('auditText, median of 31 runs (goal: ≤ 20 ms at 30k characters on one core, linear growth)');
  console.log('| size | chars   | wall ms  | ratio | CPU ms   | ratio | min CPU  |');
  console.log('|------|---------|----------|-------|----------|-------|----------|');
  for (const row of rows) console.log(row);
}
