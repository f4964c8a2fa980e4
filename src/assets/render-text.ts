/** Plain-text output for the CLI: findings, the reconciliation with what to do, the indicators. */
import { countBySeverity, type Finding, SEVERITY_LABEL, sortFindings } from '../core/finding.ts';
import { formatAmount } from '../core/money.ts';
import type { AssetConfig } from './config.ts';
import type { AssetIndicators } from './indicators.ts';
import { DIFFERENCE_LABEL } from './stocktake.ts';
import type { DifferenceKind, Stocktake } from './types.ts';

const yuan = (v: number) => formatAmount(v, { unit: '元', decimals: 2, grouping: true });

export function findingsText(findings: readonly Finding[], source: string): string {
  const lines = sortFindings(findings).map((f) => {
    const where = f.evidence.find((e) => e.path)?.path ?? '';
    const calc = f.calculation ? `\n    计算：${f.calculation}` : '';
    return `${source}:${where}: [${SEVERITY_LABEL[f.severity]} ${f.rule}] ${f.message}${calc}`;
  });
  const c = countBySeverity(findings);
  lines.push(`共 ${c.errors} 个错误、${c.warnings} 个警告、${c.infos} 个提示 / ${c.errors} errors, ${c.warnings} warnings, ${c.infos} infos`);
  return lines.join('\n');
}

const ORDER: readonly DifferenceKind[] = ['missing', 'surplus', 'moved', 'condition-changed', 'label-mismatch', 'out-of-scope'];

export function reconciliationText(st: Stocktake, config: AssetConfig): string {
  const rec = st.reconciliation;
  const head = [
    `${st.title}（${st.id}）`,
    `发起：${st.openedBy} ${st.openedAt.slice(0, 10)}；${st.state === 'closed' ? `结束：${st.closedBy ?? ''}，审批：${st.approvedBy ?? ''} ${(st.closedAt ?? '').slice(0, 10)}` : '进行中'}`,
  ];
  if (!rec) {
    const confirmed = new Set(st.confirmations.map((c) => c.assetNumber));
    const done = st.expected.filter((e) => confirmed.has(e.assetNumber)).length;
    return [...head, `应盘 ${st.expected.length} 项，已确认 ${done} 项`].join('\n');
  }
  const lines = [
    ...head,
    `应盘 ${rec.expectedCount} 项（${yuan(rec.expectedValue)}），实盘 ${rec.foundCount} 项（${yuan(rec.foundValue)}），账实完全一致 ${rec.matchedCount} 项`,
    rec.bookEqualsPhysical ? '结论：账实相符' : `结论：账实不符（盘亏 ${yuan(rec.missingValue)}）`,
  ];
  const label = (status: string) => config.statusLabel[status as keyof typeof config.statusLabel] ?? status;
  for (const kind of ORDER) {
    const items = rec.differences.filter((d) => d.kind === kind);
    if (items.length === 0) continue;
    lines.push('', `${DIFFERENCE_LABEL[kind]} ${items.length} 项 — ${items[0]!.action}`);
    for (const d of items) {
      const value = d.originalValue !== undefined ? ` ${yuan(d.originalValue)}` : '';
      const change =
        kind === 'condition-changed'
          ? ` 账面“${label(d.book ?? '')}” → 实际“${label(d.seen ?? '')}”`
          : d.book !== undefined || d.seen !== undefined
            ? ` 账面“${d.book ?? ''}”${d.seen !== undefined ? ` → 实际“${d.seen}”` : ''}`
            : '';
      lines.push(`  ${d.assetNumber} ${d.name}${value}${change}`);
    }
  }
  return lines.join('\n');
}

export function indicatorsText(ind: AssetIndicators): string {
  const u = ind.utilisation;
  const mark = (p: boolean | null) => (p === null ? '无法判断' : p ? '符合' : '不符合');
  return [
    `${ind.year}年度资产指标`,
    `固定资产利用率：${u.value === null ? '无固定资产' : `${u.value.toFixed(2)}%`}（${u.formula}）`,
    `  实际在用原值 ${yuan(u.inUseOriginalValue)}（${u.inUseCount} 项），全部原值 ${yuan(u.totalOriginalValue)}（${u.assetCount} 项），依据：${u.basis === 'stocktake' ? `盘点 ${u.stocktakeId}` : '资产卡片状态'}`,
    '资产管理安全性（本数据可判断的检查点）：',
    `  年度盘点：${mark(ind.security.stocktakeDoneThisYear.passed)} — ${ind.security.stocktakeDoneThisYear.detail}`,
    `  标签与编号一致：${mark(ind.security.labelsMatch.passed)} — ${ind.security.labelsMatch.detail}`,
    `  账实相符：${mark(ind.security.bookEqualsPhysical.passed)} — ${ind.security.bookEqualsPhysical.detail}`,
  ].join('\n');
}
