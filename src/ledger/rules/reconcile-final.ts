/**
 * ledger.reconcile-final — the books against the published 决算: every published figure the entries do not
 * add up to (both figures and the difference), and entries of classes the published tables do not list.
 * A difference within the tolerance (data/ledger/classification.json) is info: rounding to 元 or 万元.
 */
import { type Finding, finding } from '../../core/finding.ts';
import type { LedgerRule } from '../check-context.ts';
import { isNamedClass } from '../entry.ts';
import { reconcile } from '../reconcile.ts';
import { formatYuan } from '../format-money.ts';

const DIMENSION_LABEL = { function: '支出功能分类', economic: '支出经济分类', basicEconomic: '基本支出经济分类' } as const;

export const reconcileFinal: LedgerRule = {
  id: 'ledger.reconcile-final',
  title: '账面合计与决算数核对',
  check(entries, context) {
    const dy = context.departmentYear;
    if (!dy) {
      return [
        finding({
          rule: this.id,
          severity: 'info',
          message: '没有部门年度数据，未与决算数核对 / no department-year: totals not reconciled',
          evidence: [],
        }),
      ];
    }
    const tolerance = context.rules.classification.reconciliation.toleranceFen;
    const result = reconcile(entries, dy);
    const out: Finding[] = [];
    for (const line of result.lines) {
      if (line.difference === 0) continue;
      const label = line.code ? `${line.code} ${line.label}` : line.label;
      out.push(
        finding({
          rule: this.id,
          severity: Math.abs(line.difference) <= tolerance ? 'info' : 'error',
          message:
            `${label}：账面合计 ${formatYuan(line.ledger)}，决算数 ${formatYuan(line.reported)}，` +
            `相差 ${formatYuan(line.difference)} / ledger total differs from the reported final`,
          evidence: [
            { path: 'ledger', value: line.ledger },
            { path: line.path, value: line.reported },
          ],
          calculation: `${formatYuan(line.ledger).slice(0, -1)} − ${formatYuan(line.reported).slice(0, -1)} = ${formatYuan(line.difference).slice(0, -1)}`,
          difference: line.difference,
        }),
      );
    }
    for (const u of result.uncovered) {
      // A class the export wrote by a name the code table does not settle cannot be matched to a coded line: said so,
      // as a warning (the published line it belongs to shows the difference).
      const named = isNamedClass(u.classCode);
      out.push(
        finding({
          rule: this.id,
          severity: named ? 'warning' : 'error',
          message: named
            ? `账上有只写名称、未对应到编码的${DIMENSION_LABEL[u.dimension]}（${u.classCode}…）支出 ${u.entries} 笔、${formatYuan(u.ledger)}` +
              `（首笔第${u.firstRow}行），无法按编码与决算表核对 / a class kept under its name cannot be matched to the published table`
            : `账上有${DIMENSION_LABEL[u.dimension]} ${u.classCode} 类支出 ${u.entries} 笔、${formatYuan(u.ledger)}` +
              `（首笔第${u.firstRow}行），决算表未列 / ledger class missing from the published table`,
          evidence: [{ path: `ledger[row ${u.firstRow}]`, line: u.firstRow, value: u.ledger }, { path: u.path }],
        }),
      );
    }
    if (result.uncoded.length > 0) {
      out.push(
        finding({
          rule: this.id,
          severity: 'info',
          message: `决算表中 ${result.uncoded.length} 行没有科目编码，未核对：${result.uncoded.slice(0, 5).join('；')} / lines without a code not reconciled`,
          evidence: result.uncoded.map((p) => ({ path: p.split(' ')[0]! })),
        }),
      );
    }
    return out;
  },
};
