/**
 * Column groups under a 小计 in a two-row header whose spanning cells were lost (an HTML table copied as text):
 *
 *   单位 | 全年中央补助资金 | 其中:免学费补助 | 其中:国家助学金
 *   小计 | 提前下达 | 本次下达 | 小计 | 提前下达 | 本次下达
 *   甲学校 | 7,548,150 | 7,074,550 | 6,728,925 | 345,625 | 473,600 | 441,400 | 59,200
 *
 * The second header row holds only the cells under the spanning groups, so it stands over the last cells of each data
 * row; each 小计 is the sum of the cells after it up to the next 小计 (or the row's end).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS } from '../../../core/money.ts';
import { RULE_WORDS } from '../../config.ts';
import type { AuditFacts, TableCell } from '../../facts/types.ts';
import { quoteCell } from './evidence.ts';

const SUBTOTAL = RULE_WORDS['sum-mismatch'].subtotalHeader;

interface Amount {
  /** The amount in units of its last written digit (7,548,150 → 7548150; 12.50 → 1250). */
  readonly scaled: number;
  readonly decimals: number;
}

/** A cell holding one amount and nothing else (7,548,150 / 12.50 / 0), or null. */
function amountOf(text: string): Amount | null {
  const t = text.trim();
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(t)) return null;
  const plain = t.replace(/,/g, '');
  const dot = plain.indexOf('.');
  const decimals = dot === -1 ? 0 : plain.length - dot - 1;
  return { scaled: Number(plain.replace('.', '')), decimals };
}

function isSubtotal(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return SUBTOTAL.some((w) => t === w);
}

/** The groups of a header row: each 小计 with the cells after it up to the next 小计, two or more; null unless every cell belongs to one. */
function groupsOf(header: readonly string[]): { total: number; parts: number[] }[] | null {
  const groups: { total: number; parts: number[] }[] = [];
  for (let i = 0; i < header.length; i++) {
    if (isSubtotal(header[i]!)) {
      groups.push({ total: i, parts: [] });
      continue;
    }
    const last = groups[groups.length - 1];
    if (!last) return null;
    last.parts.push(i);
  }
  return groups.length > 0 && groups.every((g) => g.parts.length >= 2) ? groups : null;
}

/**
 * Precondition: a header row of text cells only, opening with 小计 and made of 小计 groups of two parts or more; the
 * data rows under it, up to the next row with a text cell after its label, end with at least as many amount cells as
 * the header has cells, all amounts. The alignment (the header over the last cells) must be borne out by the
 * arithmetic: another group of the same row, or the same group in another row, adds up exactly. A group is reported
 * when its parts miss its 小计 by more than the rounding of the figures (half a unit of each one's last digit).
 */
export function subtotalGroups(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  facts.tables.forEach((table, index) => {
    const rows = table.rows;
    for (let h = 0; h < rows.length; h++) {
      // A header row opens with 小计 (most rows do not: they are passed over before their cells are read).
      if (!isSubtotal(rows[h]![0]?.text ?? '')) continue;
      const header = rows[h]!.map((c) => c.text.trim());
      while (header.length > 0 && header[header.length - 1] === '') header.pop();
      if (header.length < 3 || !isSubtotal(header[0]!) || header.some((c) => c === '' || /\d/.test(c))) continue;
      const groups = groupsOf(header);
      if (!groups) continue;
      const checks: { row: number; group: (typeof groups)[number]; cells: TableCell[]; amounts: Amount[]; fits: boolean; gap: number }[] = [];
      for (let r = h + 1; r < rows.length; r++) {
        const cells = [...rows[r]!];
        while (cells.length > 0 && cells[cells.length - 1]!.text.trim() === '') cells.pop();
        if (cells.length < header.length + 1) break;
        const tail = cells.slice(cells.length - header.length);
        const read = tail.map((c) => amountOf(c.text));
        const amounts = read.filter((a): a is Amount => a !== null);
        if (amounts.length !== read.length) break;
        // Cells before the aligned ones: a label, then amounts only (the columns with a header of their own).
        if (cells.slice(1, cells.length - header.length).some((c) => amountOf(c.text) === null)) break;
        for (const group of groups) {
          const all = [group.total, ...group.parts].map((k) => amounts[k]!);
          const decimals = Math.max(...all.map((a) => a.decimals));
          const at = (a: Amount): number => a.scaled * 10 ** (decimals - a.decimals);
          const sum = group.parts.reduce((acc, k) => acc + at(amounts[k]!), 0);
          const gap = Math.abs(sum - at(amounts[group.total]!));
          // Half a unit of each figure's last digit, in units of the finest one.
          const tolerance = all.reduce((acc, a) => acc + 10 ** (decimals - a.decimals) / 2, 0);
          checks.push({ row: r, group, cells: tail, amounts, fits: gap === 0, gap: gap < tolerance ? 0 : gap });
        }
      }
      for (const c of checks) {
        if (c.gap === 0 || out.length >= 20) continue;
        // The alignment borne out: another group of this row, or this group in another row, adds up exactly.
        if (!checks.some((o) => o !== c && o.fits && (o.row === c.row || o.group === c.group))) continue;
        const label = rows[c.row]![0]?.text.trim() ?? '';
        const decimals = Math.max(...[c.group.total, ...c.group.parts].map((k) => c.amounts[k]!.decimals));
        const grouped = [c.group.total, ...c.group.parts].some((k) => c.cells[k]!.text.includes(','));
        const write = (v: number): string =>
          grouped ? (v / 10 ** decimals).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : (v / 10 ** decimals).toFixed(decimals);
        const partsText = c.group.parts.map((k) => c.cells[k]!.text.trim());
        const sum = c.group.parts.reduce((acc, k) => acc + c.amounts[k]!.scaled * 10 ** (decimals - c.amounts[k]!.decimals), 0);
        out.push(
          finding({
            rule: 'sum-mismatch',
            severity: 'error',
            message: `表格“${label}”一行中“小计”${c.cells[c.group.total]!.text.trim()}与其后各栏（${c.group.parts.map((k) => header[k]).join('、')}）之和${write(sum)}不符`,
            evidence: [
              quoteCell(facts, c.cells[c.group.total]!, index, label, header[c.group.total]!),
              ...c.group.parts.map((k) => quoteCell(facts, c.cells[k]!, index, label, header[k]!)),
            ],
            calculation: `${partsText.join(' + ')} = ${write(sum)} ≠ ${c.cells[c.group.total]!.text.trim()}`,
            ...(table.moneyUnit ? { difference: c.gap * 10 ** (MONEY_UNITS[table.moneyUnit] - decimals) } : {}),
          }),
        );
      }
    }
  });
  return out;
}
