/**
 * The cell of a document's tables that a 类款项 sentence names: “交通运输支出（类）公路水路运输（款）公路运输管理（项）：…”
 * names the row 公路运输管理 (under the code of its 款 when the table has codes), in the column of a phase
 * (年初预算数 / 全年预算数 / 决算数). Used where a sentence compares two amounts but states only one of them
 * (支出决算96.30万元，决算数小于年初预算数): the other is read from the table.
 * Precondition (null otherwise): the sentence names its 项 with （项）, the tables hold one row of that name with a
 * number in exactly one column of the phase (or one 合计 column of it), and every such row agrees on the amount.
 */
import type { MoneyUnit } from '../../../core/money.ts';
import { cellFen, modelTable } from '../../facts/table-model.ts';
import type { AuditFacts, Phase, TableCell } from '../../facts/types.ts';

export interface ItemCell {
  readonly cell: TableCell;
  readonly fen: number;
  readonly unit: MoneyUnit;
  readonly table: number;
  readonly row: string;
  readonly column: string;
}

function clean(s: string): string {
  return s.replace(/[\s　“”"'（）()、，：:]/g, '').replace(/^([一二三四五六七八九十]{1,3}|\d{1,2})[.．、]?/, '');
}

/** The 项 a sentence names before `at` (the text from the sentence start): 公路运输管理 of …（款）公路运输管理（项）. */
export function itemNamed(text: string, from: number, at: number): string | null {
  const head = text.slice(from, at);
  const item = head.lastIndexOf('（项）');
  if (item < 0) return null;
  const kuan = head.lastIndexOf('（款）', item);
  const lei = head.lastIndexOf('（类）', item);
  const start = Math.max(kuan >= 0 ? kuan + 3 : -1, lei >= 0 ? lei + 3 : -1, 0);
  const name = clean(head.slice(start, item));
  return name.length >= 2 ? name : null;
}

export function itemCell(facts: AuditFacts, name: string, phase: Phase): ItemCell | null {
  let found: ItemCell | null = null;
  for (let index = 0; index < facts.tables.length; index++) {
    const model = modelTable(facts.tables[index]!, index);
    if (!model?.unit) continue;
    for (const row of model.rows) {
      if (clean(row.label) !== name) continue;
      const phased = row.cells.map((c, i) => (c && model.columnPhase[i] === phase ? i : -1)).filter((i) => i >= 0);
      const col = phased.length === 1 ? phased[0]! : (phased.filter((i) => /合计|小计/.test(model.header[i] ?? ''))[0] ?? -1);
      if (col < 0) continue;
      const cell = row.cells[col]!;
      const value = cellFen(cell, model.unit);
      if (!value) continue;
      if (found && found.fen !== value.fen) return null;
      found ??= { cell, fen: value.fen, unit: model.unit, table: index, row: row.label, column: model.header[col] ?? '' };
    }
  }
  return found;
}
