/** Builders for tests: a minimal valid department-year, extended by each test with what it needs. */
import { readFileSync } from 'node:fs';
import { type DepartmentYear, type DepartmentYearInput, departmentYearSchema } from '../core/department-year.ts';

export type Patch = Partial<Omit<DepartmentYearInput, 'schemaVersion'>>;

export function departmentYear(patch: Patch = {}): DepartmentYear {
  const base: DepartmentYearInput = {
    schemaVersion: 1,
    fiscalYear: 2024,
    region: { code: '431222', province: '湖南省', county: '沅陵县' },
    department: { code: 'test-dept', name: '测试局', kind: 'administrative' },
    staffing: {},
    revenue: {},
    expenditure: { byNature: { basic: { amounts: {} }, project: { amounts: {} } } },
    threePublic: {},
  };
  return departmentYearSchema.parse({ ...base, ...patch });
}

/** A fresh copy of the demo department (沅陵县商务局 2024) as shipped in data/demo. */
export function loadDemoForTest(): DepartmentYear {
  const url = new URL('../../data/demo/yuanling-commerce-2024.json', import.meta.url);
  return departmentYearSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}
