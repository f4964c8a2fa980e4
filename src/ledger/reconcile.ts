/**
 * Reconciliation: the entries' totals against the department-year's 决算 figures — by function class, by
 * economic class (whole and basic), by basic/project and in total. The published figure should be the sum
 * of the books, not a number typed twice; every difference is reported with both figures.
 */
import type { AmountLine, DepartmentYear } from '../core/department-year.ts';
import { isNamedClass, type LedgerEntry } from './entry.ts';

export interface ReconciliationLine {
  /** Where the published figure sits, e.g. `expenditure.byFunction[2]`. */
  readonly path: string;
  readonly label: string;
  readonly code?: string;
  readonly ledger: number;
  readonly reported: number;
  readonly difference: number;
}

export interface Uncovered {
  readonly dimension: 'function' | 'economic' | 'basicEconomic';
  readonly path: string;
  /** The 类 (first three digits) of the uncovered codes, or the first level of a class kept under its name. */
  readonly classCode: string;
  readonly ledger: number;
  readonly entries: number;
  readonly firstRow: number;
}

export interface Reconciliation {
  readonly lines: readonly ReconciliationLine[];
  readonly uncovered: readonly Uncovered[];
  /** Published lines with a 决算 figure but no code, so they cannot be matched to entries. */
  readonly uncoded: readonly string[];
}

interface CodeTotal {
  amount: number;
  count: number;
  firstRow: number;
}

function add(map: Map<string, CodeTotal>, code: string, entry: LedgerEntry): void {
  const acc = map.get(code);
  if (acc) {
    acc.amount += entry.amount;
    acc.count++;
  } else map.set(code, { amount: entry.amount, count: 1, firstRow: entry.row });
}

function sumByLines(
  perCode: ReadonlyMap<string, CodeTotal>,
  lines: readonly AmountLine[],
  basePath: string,
  dimension: Uncovered['dimension'],
  out: { lines: ReconciliationLine[]; uncovered: Uncovered[]; uncoded: string[] },
): void {
  const coded = lines
    .map((line, i) => ({ line, path: `${basePath}[${i}]` }))
    .filter((x) => x.line.amounts.final !== undefined);
  for (const x of coded) if (!x.line.code) out.uncoded.push(`${x.path} ${x.line.name}`);
  const withCode = coded.filter((x) => x.line.code);
  if (withCode.length === 0) return;
  // A line (类, 款 or 项) takes every code it is a prefix of.
  for (const { line, path } of withCode) {
    let ledger = 0;
    for (const [code, acc] of perCode) if (code.startsWith(line.code!)) ledger += acc.amount;
    const reported = line.amounts.final!;
    out.lines.push({ path: `${path}.amounts.final`, label: line.name, code: line.code!, ledger, reported, difference: ledger - reported });
  }
  const uncovered = new Map<string, CodeTotal>();
  for (const [code, acc] of perCode) {
    if (withCode.some((x) => code.startsWith(x.line.code!))) continue;
    // A class kept under its name (entry.ts namedClass) goes by its name's first level (一般公共服务支出).
    const cls = isNamedClass(code) ? (code.split(/\s*[-—–―~/\\>|,，→]+\s*/u)[0] ?? code) : code.slice(0, 3);
    const u = uncovered.get(cls) ?? { amount: 0, count: 0, firstRow: acc.firstRow };
    u.amount += acc.amount;
    u.count += acc.count;
    u.firstRow = Math.min(u.firstRow, acc.firstRow);
    uncovered.set(cls, u);
  }
  for (const [classCode, u] of uncovered) {
    out.uncovered.push({ dimension, path: basePath, classCode, ledger: u.amount, entries: u.count, firstRow: u.firstRow });
  }
}

export function reconcile(entries: readonly LedgerEntry[], dy: DepartmentYear): Reconciliation {
  const out = { lines: [] as ReconciliationLine[], uncovered: [] as Uncovered[], uncoded: [] as string[] };
  const exp = dy.expenditure;
  // One pass over the entries; the published lines are then matched against per-code totals.
  let total = 0;
  let basic = 0;
  const byFunction = new Map<string, CodeTotal>();
  const byEconomic = new Map<string, CodeTotal>();
  const basicByEconomic = new Map<string, CodeTotal>();
  for (const e of entries) {
    total += e.amount;
    add(byFunction, e.functionCode, e);
    add(byEconomic, e.economicCode, e);
    if (e.nature === 'basic') {
      basic += e.amount;
      add(basicByEconomic, e.economicCode, e);
    }
  }
  const single = (path: string, label: string, ledger: number, reported: number | undefined) => {
    if (reported !== undefined) out.lines.push({ path, label, ledger, reported, difference: ledger - reported });
  };
  single('expenditure.total.final', '支出合计', total, exp.total?.final);
  single('expenditure.byNature.basic.amounts.final', '基本支出', basic, exp.byNature.basic.amounts.final);
  single('expenditure.byNature.project.amounts.final', '项目支出', total - basic, exp.byNature.project.amounts.final);
  sumByLines(byFunction, exp.byFunction, 'expenditure.byFunction', 'function', out);
  sumByLines(byEconomic, exp.byEconomic, 'expenditure.byEconomic', 'economic', out);
  sumByLines(basicByEconomic, exp.byNature.basic.byEconomic, 'expenditure.byNature.basic.byEconomic', 'basicEconomic', out);
  return out;
}
