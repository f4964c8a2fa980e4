/** Plain-text output for the CLI: findings, the reconciliation with what to do, the indicators. */
import { countBySeverity, type Finding, SEVERITY_LABEL, sortFindings } from '../core/finding.ts';
import { formatAmount } from '../core/money.ts';
import type { AssetConfig } from './config.ts';
import type { AssetIndicators } from './indicators.ts';
import { bookStatusText, DIFFERENCE_LABEL } from './stocktake.ts';
import type { RegisterImportPlan } from './register-update.ts';
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

const ORDER: readonly DifferenceKind[] = ['missing', 'surplus', 'unknown-number', 'moved', 'condition-changed', 'label-mismatch', 'out-of-scope'];

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
          ? ` 账面${bookStatusText(config.statusLabel, d.book ?? '', d.bookUnmapped)} → 实际“${label(d.seen ?? '')}”`
          : bookAndSeen(d.book, d.seen);
      const hint = d.didYouMean ? `（是否为 ${d.didYouMean.join('、')}？）` : '';
      const times = d.observations && d.observations > 1 ? `（${d.observations} 次确认）` : '';
      lines.push(`  ${d.assetNumber} ${d.name}${value}${change}${hint}${times}`);
    }
  }
  return lines.join('\n');
}

/** ` 账面“三楼301” → 实际“二楼”`; an empty book value reads 账面（空）, and what nobody recorded is left out. */
function bookAndSeen(book: string | undefined, seen: string | undefined): string {
  const seenPart = seen !== undefined && seen !== '' ? `实际“${seen}”` : '';
  if (book === undefined) return seenPart === '' ? '' : ` ${seenPart}`;
  const bookPart = book === '' ? '账面（空）' : `账面“${book}”`;
  return ` ${bookPart}${seenPart === '' ? '' : ` → ${seenPart}`}`;
}

export function indicatorsText(ind: AssetIndicators): string {
  const u = ind.utilisation;
  const mark = (p: boolean | null) => (p === null ? '无法判断' : p ? '符合' : '不符合');
  return [
    `${ind.year}年度资产指标`,
    `固定资产利用率：${u.value === null ? '无固定资产' : `${u.value.toFixed(2)}%`}（${u.formula}）`,
    `  实际在用原值 ${yuan(u.inUseOriginalValue)}（${u.inUseCount} 项），全部原值 ${yuan(u.totalOriginalValue)}（${u.assetCount} 项），依据：${u.basis === 'stocktake' ? `盘点 ${u.stocktakeId}` : '资产卡片状态'}`,
    ...(u.unknownStatus
      ? [`  状态词未识别 ${u.unknownStatus.count} 项（原值 ${yuan(u.unknownStatus.originalValue)}，原表状态：${u.unknownStatus.words.join('、')}）未计入在用，利用率可能偏低；请在 data/assets/register-columns.json 的 statusAliases 中对应后重新导入台账`]
      : []),
    '资产管理安全性（本数据可判断的检查点）：',
    `  年度盘点：${mark(ind.security.stocktakeDoneThisYear.passed)} — ${ind.security.stocktakeDoneThisYear.detail}`,
    `  标签与编号一致：${mark(ind.security.labelsMatch.passed)} — ${ind.security.labelsMatch.detail}`,
    `  账实相符：${mark(ind.security.bookEqualsPhysical.passed)} — ${ind.security.bookEqualsPhysical.detail}`,
  ].join('\n');
}

/** What an update import did (or, for a preview, would do): added, updated with each change, unchanged, missing. */
export function registerPlanText(
  result: {
    plan?: RegisterImportPlan;
    skippedNote: string;
    headerRow?: number;
    extraColumns?: readonly string[];
    sheets?: readonly { readonly sheet: string; readonly rowCount: number }[];
    sheetRead?: string;
  },
  preview: boolean,
): string {
  const plan = result.plan;
  if (!plan) return '';
  const verb = preview ? '将' : '已';
  const lines: string[] = [];
  if (result.sheets && result.sheets.length > 1) {
    lines.push(`读取 ${result.sheets.length} 个工作表：${result.sheets.map((s) => `${s.sheet} ${s.rowCount} 行`).join('、')} / ${result.sheets.length} sheets read`);
  } else if (result.sheetRead !== undefined) {
    lines.push(`读取工作表“${result.sheetRead}”，表头在第${result.headerRow ?? 1}行 / sheet read: ${result.sheetRead}, header on row ${result.headerRow ?? 1}`);
  } else if (result.headerRow && result.headerRow > 1) lines.push(`表头在第${result.headerRow}行 / header on row ${result.headerRow}`);
  if (result.skippedNote) lines.push(result.skippedNote);
  // A header written on several lines (Remarks↵备注) is shown on one, its lines joined by a slash.
  const oneLine = (h: string) => h.split(/\s*[\r\n]+\s*/).join(' / ');
  if ((result.extraColumns ?? []).length > 0) lines.push(`其他列按原表头保留：${result.extraColumns!.map(oneLine).join('、')}`);
  if (!preview) lines.push(`已导入 ${plan.added.length + plan.updated.length} 项资产 / imported ${plan.added.length + plan.updated.length} assets`);
  lines.push(
    `${preview ? '预览（未写入）：' : ''}${verb}新增 ${plan.added.length} 项，${verb}更新 ${plan.updated.length} 项，未变 ${plan.unchanged} 项，` +
      `资产账中有而文件中没有 ${plan.absent.length} 项（未删除） / ${preview ? 'preview, nothing written: ' : ''}added ${plan.added.length}, updated ${plan.updated.length}, unchanged ${plan.unchanged}, absent ${plan.absent.length}`,
  );
  const newColumns = plan.newColumns ?? [];
  if (newColumns.length > 0) {
    const n = (plan.filled ?? []).length;
    lines.push(
      `新出现的列（资产账中此前没有）：${newColumns.map(oneLine).join('、')}——其值${verb}记入卡片，不算卡片变更${n > 0 ? `（${n} 项卡片仅此不同，计入未变）` : ''} / ` +
        `columns the register never carried: filled in, not counted as changes`,
    );
  }
  for (const u of plan.updated) {
    lines.push(`  更新 ${u.assetNumber} ${u.name}：${u.changes.map((c) => `${c.label} “${c.before}”→“${c.after}”`).join('；')}`);
  }
  for (const a of plan.absent) lines.push(`  文件中没有 ${a.assetNumber} ${a.name}（请核实：处置、调出还是漏导）`);
  const gone = plan.disposedAbsent;
  if (gone.length > 0) {
    const shown = gone.slice(0, 5).map((a) => `${a.assetNumber} ${a.name}`).join('、');
    lines.push(
      `已处置卡片不在新文件中 ${gone.length} 项（资产系统已核销，资产账中保留为已处置，无需处理）：${shown}${gone.length > 5 ? ' 等' : ''} / ${gone.length} disposed cards no longer in the file`,
    );
  }
  return lines.join('\n');
}
