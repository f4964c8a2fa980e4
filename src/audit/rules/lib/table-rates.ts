/**
 * The table half of percent-mismatch: a 执行率 column against 全年执行数 ÷ 全年预算数 of the same row
 * (项目支出绩效自评表, 预算执行情况表).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS } from '../../config.ts';
import { modelTable, phaseOfHeader, type TableModel } from '../../facts/table-model.ts';
import type { AuditFacts, TableFact } from '../../facts/types.ts';
import { quoteCell } from './evidence.ts';
import { cellNumber, columnOf } from './table-columns.ts';

const WORDS = RULE_WORDS['percent-mismatch'];

/**
 * 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 over 年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59%: the
 * header lost the label's column (it sits in a row above), so the row's label stands under an amount's header and
 * every cell one column off. Such a row does not line up with its header: nothing is read from it.
 */
function shiftedAgainstHeader(model: TableModel, r: TableFact['rows'][number]): boolean {
  const at = r.findIndex((c) => /[\u4e00-\u9fff]/.test(c.text) && !cellNumber(c.text));
  if (at === -1 || at >= model.header.length) return false;
  return phaseOfHeader(model.header[at] ?? '') !== null;
}

export function tableRates(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  facts.tables.slice(0, 50).forEach((table, index) => {
    const model = modelTable(table, index);
    if (!model) return;
    const rate = columnOf(model, WORDS.rateColumn);
    const budget = columnOf(model, WORDS.budgetColumn, WORDS.budgetColumnExclude);
    const spent = columnOf(model, WORDS.spentColumn);
    if (rate < 0 || budget < 0 || spent < 0) return;
    for (const r of model.table.rows.slice(1)) {
      const [b, e, p] = [r[budget], r[spent], r[rate]];
      if (!b || !e || !p) continue;
      if (shiftedAgainstHeader(model, r)) continue;
      const bn = cellNumber(b.text);
      const en = cellNumber(e.text);
      const pn = cellNumber(p.text);
      if (!bn || !en || !pn || bn.value <= 0) continue;
      const computed = (en.value / bn.value) * 100;
      const stated = pn.percent || pn.value > 1.5 ? pn.value : pn.value * 100;
      const decimals = (p.text.split('.')[1] ?? '').replace(/[^0-9]/g, '').length;
      if (Math.abs(computed - stated) <= 0.5 / 10 ** decimals + 0.01) continue;
      const label = r.find((c) => c.text !== '' && !cellNumber(c.text))?.text ?? `第${model.table.rows.indexOf(r) + 1}行`;
      out.push(
        finding({
          rule: 'percent-mismatch',
          severity: 'error',
          message: `表${index + 1}“${label}”行：执行率写为${p.text}，按执行数${e.text} ÷ 预算数${b.text}应为${computed.toFixed(2)}%`,
          evidence: [
            quoteCell(facts, p, index, label, model.header[rate] ?? ''),
            quoteCell(facts, e, index, label, model.header[spent] ?? ''),
          ],
          calculation: `${e.text} ÷ ${b.text} = ${computed.toFixed(2)}% ≠ ${p.text}`,
        }),
      );
    }
  });
  return out;
}
