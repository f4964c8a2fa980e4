/**
 * The asset paragraph of a self-evaluation report (资产管理情况), written from the indicators: the stocktake
 * date and its result, labels, and the utilisation rate. States only what the data shows, and says so when
 * there was no stocktake — the seed report's own admission (未进行年度盘点) is exactly that case.
 */
import { formatAmount } from '../core/money.ts';
import type { AssetIndicators } from './indicators.ts';

const yuan = (v: number) => formatAmount(v, { unit: '元', decimals: 2 });

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function assetReportParagraph(ind: AssetIndicators): string {
  const parts: string[] = [];
  const st = ind.stocktake;
  if (st) {
    const result = st.bookEqualsPhysical
      ? `应盘${st.expectedCount}项，实盘${st.foundCount}项，账实相符`
      : `应盘${st.expectedCount}项，实盘${st.foundCount}项，${[
          st.missingCount > 0 ? `盘亏${st.missingCount}项（原值${yuan(st.missingValue)}）` : '',
          st.surplusCount > 0 ? `盘盈${st.surplusCount}项` : '',
        ]
          .filter(Boolean)
          .join('、')}，账实不符`;
    const others = [
      st.movedCount > 0 ? `存放地点变动${st.movedCount}项` : '',
      st.conditionChangedCount > 0 ? `使用状况变动${st.conditionChangedCount}项` : '',
      st.labelMismatchCount > 0 ? `标签与编号不符${st.labelMismatchCount}项` : '',
    ].filter(Boolean);
    parts.push(`${chineseDate(st.closedOn)}完成${ind.year}年度固定资产盘点，${result}${others.length > 0 ? `；另有${others.join('、')}` : ''}。`);
  } else {
    parts.push(`${ind.year}年度未完成固定资产盘点。`);
  }
  const labels = ind.security.labelsMatch;
  if (labels.passed === false) parts.push(`资产账中${labels.mismatched.length}项资产的标签与资产编号不一致（含未贴标签）。`);
  else if (labels.passed === true) parts.push('资产标签与资产编号一致。');
  const u = ind.utilisation;
  if (u.value !== null) {
    parts.push(
      `固定资产利用率为${u.value.toFixed(2)}%（实际在用固定资产原值${yuan(u.inUseOriginalValue)}，全部固定资产原值${yuan(u.totalOriginalValue)}${u.basis === 'stocktake' ? '，在用情况以盘点结果为准' : '，在用情况按资产卡片状态计'}）。`,
    );
    if (u.unknownStatus) {
      parts.push(`另有${u.unknownStatus.count}项资产（原值${yuan(u.unknownStatus.originalValue)}）的使用状况未能确认，未计入在用。`);
    }
  }
  return parts.join('');
}
