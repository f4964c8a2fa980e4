import { describe, expect, it } from 'vitest';
import { departmentYearSchema, projectSchema } from '../core/department-year.ts';
import { DEPARTMENT_LIBRARY, PROJECT_LIBRARY } from './index.ts';

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
}

/** Walks the zod schema along a library path: a typo in the data file must not pass as “missing data”. */
function pathExists(schema: { _zod: { def: Def } }, path: string): boolean {
  let def: Def = schema._zod.def;
  for (const raw of path.split('.')) {
    // `list[]` (every element) or `list[flag]` (the elements whose boolean flag is true).
    const step = /^(\w+)\[(\w*)\]$/.exec(raw);
    const isArray = step !== null;
    const key = step ? step[1]! : raw;
    const flag = step?.[2] ?? '';
    while (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') def = (def.innerType as { _zod: { def: Def } })._zod.def;
    const next = def.type === 'object' ? def.shape?.[key] : undefined;
    if (!next) return false;
    def = next._zod.def;
    if (isArray) {
      while (def.type === 'optional' || def.type === 'default') def = (def.innerType as { _zod: { def: Def } })._zod.def;
      if (def.type !== 'array' || !def.element) return false;
      def = def.element._zod.def;
      if (flag !== '') {
        let f = def.type === 'object' ? def.shape?.[flag]?._zod.def : undefined;
        while (f && (f.type === 'optional' || f.type === 'default')) f = (f.innerType as { _zod: { def: Def } })._zod.def;
        if (f?.type !== 'boolean') return false;
      }
    }
  }
  return true;
}

describe('indicator libraries', () => {
  it('no 53号 input waits for a field the model lacks any more (issue 13)', () => {
    expect(DEPARTMENT_LIBRARY.indicators.flatMap((i) => i.inputs.filter((x) => x.missingFromModel !== undefined).map((x) => `${i.id}.${x.key}`))).toEqual([]);
  });

  it('every in-model input path of the 53号 library exists in the DepartmentYear model', () => {
    const bad: string[] = [];
    for (const ind of DEPARTMENT_LIBRARY.indicators) {
      for (const input of ind.inputs) {
        for (const p of [input.path, ...(input.sumOf ?? [])]) {
          if (p !== undefined && !pathExists(departmentYearSchema as unknown as { _zod: { def: Def } }, p)) bad.push(`${ind.id}: ${p}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the walker does reject a path the model does not have', () => {
    const exists = (p: string) => pathExists(departmentYearSchema as unknown as { _zod: { def: Def } }, p);
    expect(exists('threePublic.total.lastYearBudgetX')).toBe(false);
    expect(exists('threePublic.total.lastYearBudget')).toBe(true);
    // A filter must name a boolean field of the element.
    expect(exists('projects[isKey].amounts.initialBudget')).toBe(true);
    expect(exists('projects[name].amounts.initialBudget')).toBe(false);
    expect(exists('projects[isKeyX].amounts.initialBudget')).toBe(false);
  });

  it('the 10号 execution-rate inputs exist on a project', () => {
    for (const input of PROJECT_LIBRARY.executionRate.inputs) {
      expect(pathExists(projectSchema as unknown as { _zod: { def: Def } }, input.path ?? '')).toBe(true);
    }
  });

  it('every computed indicator names its formula and inputs; every qualitative one its check points or bands', () => {
    for (const ind of DEPARTMENT_LIBRARY.indicators) {
      expect(ind.formula.length, ind.id).toBeGreaterThan(0);
      if (ind.family === 'ratio') expect(ind.inputs.map((i) => i.key).sort(), ind.id).toEqual(['denominator', 'numerator']);
      if (ind.family === 'change') expect(ind.inputs.map((i) => i.key).sort(), ind.id).toEqual(['current', 'previous']);
    }
    expect(DEPARTMENT_LIBRARY.indicators.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        '在职人员控制率',
        '“三公经费”变动率',
        '重点支出安排率',
        '预算完成率',
        '预算调整率',
        '支付进度率',
        '结转结余率',
        '结转结余变动率',
        '公用经费控制率',
        '“三公经费”控制率',
        '政府采购执行率',
        '固定资产利用率',
        '实际完成率',
        '完成及时率',
        '质量达标率',
        '重点工作办结率',
      ]),
    );
  });
});
