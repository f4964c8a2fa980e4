import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { departmentYearSchema } from '../core/department-year.ts';
import { fromRows, type StoredDepartmentYearRows, toRows } from './department-year-mapping.ts';
import { allEnumsDepartmentYear, fullDepartmentYear, minimalDepartmentYear } from './testing-fixtures.ts';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

/** Every object-property path the model can hold, arrays written as []. */
function schemaPaths(schema: JsonSchema, defs: Record<string, JsonSchema>, prefix: string, out: Set<string>): void {
  if (schema.$ref) {
    const target = defs[schema.$ref.replace('#/$defs/', '')];
    if (target) schemaPaths(target, defs, prefix, out);
  }
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.add(path);
    schemaPaths(child, defs, path, out);
  }
  if (schema.items) schemaPaths(schema.items, defs, `${prefix}[]`, out);
  for (const alt of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    schemaPaths(alt, defs, prefix, out);
  }
}

/** Every path that holds a value in `value` (union over array elements). */
function valuePaths(value: unknown, prefix: string, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const element of value) valuePaths(element, `${prefix}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      out.add(path);
      valuePaths(child, path, out);
    }
  }
}

/** What the repository would read back: the rows toRows produced, as the database returns them. */
function asStored(rows: ReturnType<typeof toRows>): StoredDepartmentYearRows {
  const numeric = (v: number | string | null | undefined): string | null =>
    v === null || v === undefined ? null : String(v);
  return {
    header: {
      ...rows.header,
      status: 'draft',
      version: 1,
      department_short_names: JSON.parse(rows.header.department_short_names),
      internal_units: JSON.parse(rows.header.internal_units),
      subordinate_units: JSON.parse(rows.header.subordinate_units),
      self_score: numeric(rows.header.self_score),
      self_max_score: String(rows.header.self_max_score),
      created_at: new Date(),
      updated_at: new Date(),
    } as StoredDepartmentYearRows['header'],
    staffingEstablishment: rows.staffingEstablishment as StoredDepartmentYearRows['staffingEstablishment'],
    staffingStatedCounts: rows.staffingStatedCounts as StoredDepartmentYearRows['staffingStatedCounts'],
    goals: rows.goals as StoredDepartmentYearRows['goals'],
    goalEvaluations: rows.goalEvaluations as StoredDepartmentYearRows['goalEvaluations'],
    amountLines: rows.amountLines as StoredDepartmentYearRows['amountLines'],
    projects: rows.projects.map((p) => ({ ...p, self_score: numeric(p.self_score) })) as StoredDepartmentYearRows['projects'],
    projectFundSources: rows.projectFundSources as StoredDepartmentYearRows['projectFundSources'],
    indicators: rows.indicators.map((i) => ({
      ...i,
      target_number: numeric(i.target_number),
      actual_number: numeric(i.actual_number),
      weight: numeric(i.weight),
      score: numeric(i.score),
    })) as StoredDepartmentYearRows['indicators'],
    threePublic: rows.threePublic as StoredDepartmentYearRows['threePublic'],
    narrativeItems: rows.narrativeItems as StoredDepartmentYearRows['narrativeItems'],
  };
}

describe('department-year mapping', () => {
  it('the full fixture sets every field the model has (a new model field fails here until the store maps it)', () => {
    const json = z.toJSONSchema(departmentYearSchema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
    const modelPaths = new Set<string>();
    schemaPaths(json, json.$defs ?? {}, '', modelPaths);
    const fixturePaths = new Set<string>();
    valuePaths(fullDepartmentYear(), '', fixturePaths);
    valuePaths(allEnumsDepartmentYear('administrative'), '', fixturePaths);
    const missing = [...modelPaths].filter((p) => !fixturePaths.has(p));
    expect(missing).toStrictEqual([]);
  });

  it.each([
    ['full', fullDepartmentYear()],
    ['minimal', minimalDepartmentYear()],
    ['every enum value', allEnumsDepartmentYear('civil-service-managed')],
  ])('rows → model round trip without a database: %s', (_name, dy) => {
    expect(fromRows(asStored(toRows(dy)))).toStrictEqual(dy);
  });
});
