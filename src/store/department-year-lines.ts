/**
 * The lines projection of a document (department_year_lines): every amount of the revenue and expenditure
 * tables, one row per line and stated phase, so plain SQL can aggregate a province by classification code
 * without reading documents. A phase that is not stated has no row (never 0). Pure: the repository writes the
 * rows in the save's transaction.
 */
import { createHash } from 'node:crypto';
import { type AmountLine, type DepartmentYear, PHASES, type PhasedAmount } from '../core/department-year.ts';
import type { LineKind, YearKey } from './database.ts';

/** One projected row. */
export interface LineRow extends YearKey {
  kind: LineKind;
  position: number;
  code: string | null;
  name: string;
  phase: (typeof PHASES)[number];
  amount: number;
}

/**
 * The single amounts: kind, fixed position, a fixed code and the Chinese name. `nature` codes name the parts of
 * 支出按性质 (basic expenditure, its personnel and public-expense parts, project expenditure).
 */
const SINGLE = [
  { kind: 'total', position: 0, code: 'revenue', name: '收入合计', of: (dy: DepartmentYear) => dy.revenue.total },
  { kind: 'total', position: 1, code: 'expenditure', name: '支出合计', of: (dy: DepartmentYear) => dy.expenditure.total },
  { kind: 'nature', position: 0, code: 'basic', name: '基本支出', of: (dy: DepartmentYear) => dy.expenditure.byNature.basic.amounts },
  {
    kind: 'nature',
    position: 1,
    code: 'basic.personnel',
    name: '人员经费',
    of: (dy: DepartmentYear) => dy.expenditure.byNature.basic.personnel,
  },
  {
    kind: 'nature',
    position: 2,
    code: 'basic.public-expense',
    name: '公用经费',
    of: (dy: DepartmentYear) => dy.expenditure.byNature.basic.publicExpense,
  },
  { kind: 'nature', position: 3, code: 'project', name: '项目支出', of: (dy: DepartmentYear) => dy.expenditure.byNature.project.amounts },
] as const satisfies readonly {
  kind: LineKind;
  position: number;
  code: string;
  name: string;
  of: (dy: DepartmentYear) => PhasedAmount | undefined;
}[];

/** The lists of classified lines. */
const LISTS = [
  { kind: 'revenue-source', of: (dy: DepartmentYear) => dy.revenue.bySource },
  { kind: 'function', of: (dy: DepartmentYear) => dy.expenditure.byFunction },
  { kind: 'economic', of: (dy: DepartmentYear) => dy.expenditure.byEconomic },
  { kind: 'basic-economic', of: (dy: DepartmentYear) => dy.expenditure.byNature.basic.byEconomic },
] as const satisfies readonly { kind: LineKind; of: (dy: DepartmentYear) => readonly AmountLine[] }[];

/** Every projected row of a department-year. */
export function linesOf(dy: DepartmentYear): LineRow[] {
  const key: YearKey = { region_code: dy.region.code, department_code: dy.department.code, fiscal_year: dy.fiscalYear };
  const out: LineRow[] = [];
  const push = (kind: LineKind, position: number, code: string | null, name: string, amounts: PhasedAmount | undefined) => {
    if (!amounts) return;
    for (const phase of PHASES) {
      const amount = amounts[phase];
      if (amount !== undefined) out.push({ ...key, kind, position, code, name, phase, amount });
    }
  };
  for (const s of SINGLE) push(s.kind, s.position, s.code, s.name, s.of(dy));
  for (const l of LISTS) {
    for (const [i, line] of l.of(dy).entries()) push(l.kind, i, line.code ?? null, line.name, line.amounts);
  }
  return out;
}

/** A digest of a year's lines: equal digests, equal lines (department_years.lines_digest). */
export function linesDigest(lines: readonly LineRow[]): string {
  return createHash('sha256').update(JSON.stringify(lines)).digest('base64url');
}
