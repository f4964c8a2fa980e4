/**
 * The department-year use cases shared by the CLI and the HTTP routes: parse input strictly (schema, then
 * impossible codes), and validate with the year's code tables.
 */
import { impossibleCodes } from '../core/codes.ts';
import { type DepartmentYear, departmentYearSchema } from '../core/department-year.ts';
import type { Finding } from '../core/finding.ts';
import { InputError, issuesOf } from '../core/input-error.ts';
import { codedLines, validate } from '../core/validate.ts';
import { fieldLabel } from '../core/field-labels.ts';
import { loadCodeFormats, loadCodeTables } from '../reference/code-tables.ts';
import { diffRecords, type FieldChange } from '../workflow/diff.ts';

/** Parse a department-year from untrusted input. Throws InputError naming every bad field. */
export function parseDepartmentYear(input: unknown): DepartmentYear {
  const result = departmentYearSchema.safeParse(input);
  if (!result.success) {
    throw new InputError('部门年度数据有误 / invalid department-year data', issuesOf(result.error));
  }
  const dy = result.data;
  // PostgreSQL text cannot hold U+0000: refuse it here, naming the field, rather than fail in the store.
  const nul = pathsWithNul(dy);
  if (nul.length > 0) {
    throw new InputError('部门年度数据有误 / invalid department-year data', nul.map((path) => ({ path, message: '不能包含 NUL 字符 / must not contain NUL (U+0000)' })));
  }
  const bad = impossibleCodes(codedLines(dy), loadCodeFormats());
  if (bad.length > 0) throw new InputError('代码有误 / invalid codes', bad);
  return dy;
}

function pathsWithNul(value: unknown, at = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(at || '(根)');
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsWithNul(v, `${at}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsWithNul(v, at ? `${at}.${k}` : k, out);
  }
  return out;
}

/** Parse JSON text, naming the line and column of a syntax error. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      where = `第${line}行第${column}列：`;
    }
    throw new InputError(`${source}：${where}不是有效的 JSON / not valid JSON (${message})`);
  }
}

export function validateDepartmentYear(dy: DepartmentYear): Finding[] {
  return validate(dy, { codes: loadCodeTables(dy.fiscalYear) });
}

/** The id used in URLs and the CLI: `<region code>.<department code>`, e.g. `431222.yuanling-commerce`. */
export function departmentId(dy: Pick<DepartmentYear, 'region' | 'department'>): string {
  return `${dy.region.code}.${dy.department.code}`;
}

export function parseDepartmentId(id: string): { regionCode: string; departmentCode: string } | null {
  const m = /^(\d{6})\.([0-9A-Za-z_-]{1,40})$/.exec(id);
  return m ? { regionCode: m[1]!, departmentCode: m[2]! } : null;
}

/** A field change with the field's Chinese label (收入 › 按来源 › 第1行 › 决算数). */
export interface LabelledChange extends FieldChange {
  readonly label: string;
}

/**
 * The field-by-field difference from one department-year to another (two versions of a year, or last year and
 * this year), in the audit trail's notation, each change with its label.
 */
export function compareDepartmentYears(before: DepartmentYear, after: DepartmentYear): LabelledChange[] {
  const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
  return diffRecords(asJson(before), asJson(after)).map((c) => ({ ...c, label: fieldLabel(c.path) }));
}
