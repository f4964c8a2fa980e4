/**
 * Every formula of the indicator library against the worked example of a published document (issue 13): the
 * document's inputs go in, the result it prints must come out. The examples live with the formulas in
 * data/evaluation/indicators/*.json (`workedExample`: source title, address and the source's own words); a
 * formula without a published example says so there (`workedExample: null` and `workedExampleNote`).
 *
 * Published examples used (all from the same 2018 Hunan-style 部门整体支出绩效评价指标表, S5,
 * https://wanglu.net/thread/t4-462766-0.html, with the 预算完成率 formula of the same form as printed at
 * https://www.wenku365.com/p-50355167.html):
 *   在职人员控制率 136 / 143 = 95.10%; “三公经费”变动率 (63.46 − 32) / 32 = 98.31%;
 *   预算完成率 (19.8 + 1922.76 + 767.86 − 19.8) / (19.8 + 1922.76 + 767.86) = 99.27%; 预算调整率 767.86 / 1922.76 = 39.94%.
 * “三公经费”控制率: 上海市嘉定区司法局's 2017 “三公” 决算说明 (http://www.021fenlei.com/n133889.htm), 「年初预算为22.00万元,
 *   支出决算为8.77万元,完成预算的39.86%」 — the same arithmetic (决算 ÷ 预算) under the name 完成预算的.
 * The project 预算执行率: a published Sichuan 项目支出绩效自评表 (青神县发展和改革局 2023,
 * https://www.scqs.gov.cn/info/13206/211004.htm): 251.89 / 251.89 = 100.00% with a 年初预算 of 238.93; and one below 100% from a
 * Langfang 项目支出绩效自评表 (廊坊市食品工程学校 2019, http://www.lfsp.cn/newsinfo/1158053.html): 37.24 / 43.2, printed 86%.
 */
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../core/money.ts';
import { DEPARTMENT_LIBRARY, PROJECT_LIBRARY } from '../default-libraries.ts';
import { formatPercent } from '../format.ts';
import type { LibraryIndicator, WorkedExample } from '../library.ts';
import { DEFAULT_PROJECT_TEMPLATE } from '../default-templates.ts';
import { evaluateExecution } from '../self-evaluation.ts';
import { departmentYear, type Patch } from '../test-support.ts';
import { changePercent } from './change.ts';
import { ratioPercent } from './ratio.ts';
import { computeIndicator } from './registry.ts';

const formulas = DEPARTMENT_LIBRARY.indicators.filter((d) => d.family !== 'qualitative');
const withExample = formulas.filter((d): d is LibraryIndicator & { workedExample: WorkedExample } => !!d.workedExample);

/** An input value of an example: a count as a number, an amount as written ("63.46万元") in 分. */
function value(v: string | number): number {
  return typeof v === 'number' ? v : parseAmount(v).fen;
}

/** Set a value at a dotted path of a plain object (no `[]` steps: an example's inputs are scalars). */
function setAt(root: Record<string, unknown>, path: string, v: unknown): void {
  const keys = path.split('.');
  let at = root;
  for (const k of keys.slice(0, -1)) {
    if (k.includes('[')) throw new Error(`an example input cannot be set through ${path}`);
    if (at[k] === undefined) at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]!] = v;
}

describe('published worked examples of the indicator formulas', () => {
  it('every formula carries a published example or says why there is none', () => {
    for (const d of formulas) {
      expect(d.workedExample === undefined, d.id).toBe(false);
      if (d.workedExample === null) expect(d.workedExampleNote, d.id).toMatch(/未找到/);
    }
    // The published examples found: a loss of one of them is a regression, not a silent change.
    expect(withExample.map((d) => d.id).sort()).toEqual([
      'budget_adjustment_rate',
      'budget_completion_rate',
      'staff_control_rate',
      'three_public_change_rate',
      'three_public_control_rate',
    ]);
  });

  for (const def of withExample) {
    const ex = def.workedExample;
    it(`${def.name}: ${ex.expected} — ${ex.source.title} ${ex.source.url ?? ''}`, () => {
      expect(ex.source.quote.length).toBeGreaterThan(0);
      if (ex.data) {
        const v = computeIndicator(departmentYear(ex.data as Patch), def);
        if (v.status !== 'computed') throw new Error(`${def.id}: ${JSON.stringify(v)}`);
        expect(formatPercent(v.value)).toBe(ex.expected);
        return;
      }
      // An input the model lacks: the formula is checked on the published figures, and the indicator must keep
      // saying 需补充 rather than substitute another figure (e.g. last year's 决算 for its 预算).
      const inputs = ex.inputs ?? {};
      const get = (k: string) => {
        const raw = inputs[k];
        if (raw === undefined) throw new Error(`${def.id}: example lacks input ${k}`);
        return value(raw);
      };
      const result =
        def.family === 'change'
          ? changePercent(get('current'), get('previous'), def.absolute === true)
          : ratioPercent(get('numerator'), get('denominator'));
      expect(formatPercent(result)).toBe(ex.expected);
      expect(computeIndicator(departmentYear({}), def).status).toBe('missing');
      // Where every input now has a field, the published figures entered at the declared paths must give the
      // printed result through the engine too (not only through the bare formula).
      if (def.inputs.every((i) => i.path !== undefined)) {
        const patch: Record<string, unknown> = {};
        for (const i of def.inputs) setAt(patch, i.path!, inputs[i.key]!);
        const v = computeIndicator(departmentYear(patch as Patch), def);
        if (v.status !== 'computed') throw new Error(`${def.id}: ${JSON.stringify(v)}`);
        expect(formatPercent(v.value)).toBe(ex.expected);
      }
    });
  }
});

describe('published worked example of the project 预算执行率', () => {
  const def = PROJECT_LIBRARY.executionRate;
  const ex = def.workedExample;
  it(`${def.name}: ${ex?.expected} — ${ex?.source.title} ${ex?.source.url ?? ''}`, () => {
    if (!ex?.data) throw new Error('the project library lost its worked example');
    const amount = (k: string) => parseAmount(String(ex.data?.[k])).fen;
    const amounts = { initialBudget: amount('initialBudget'), adjustedBudget: amount('adjustedBudget'), final: amount('final') };
    const r = evaluateExecution(amounts, 'projects[0].amounts', DEFAULT_PROJECT_TEMPLATE);
    expect(formatPercent(r.rate ?? Number.NaN)).toBe(ex.expected);
    // The denominator is the adjusted (全年) budget: against the 年初 budget the same figures would give 105.42%.
    expect(formatPercent((amounts.final * 100) / amounts.initialBudget)).not.toBe(ex.expected);
    expect(r.score).toBe(DEFAULT_PROJECT_TEMPLATE.execution.weight);
    // The example below 100% (廊坊 2019) must not be lost silently either.
    expect(def.additionalWorkedExamples?.map((e) => e.expected)).toEqual(['86%']);
  });

  for (const more of def.additionalWorkedExamples ?? []) {
    it(`${def.name}: ${more.expected} — ${more.source.title} ${more.source.url ?? ''}`, () => {
      const amount = (k: string) => parseAmount(String(more.data?.[k])).fen;
      const amounts = { initialBudget: amount('initialBudget'), adjustedBudget: amount('adjustedBudget'), final: amount('final') };
      const r = evaluateExecution(amounts, 'projects[0].amounts', DEFAULT_PROJECT_TEMPLATE);
      // Compared at the precision the source prints (86% is a whole percent).
      expect(formatPercent(r.rate ?? Number.NaN, printedDecimals(more.expected))).toBe(more.expected);
    });
  }
});

/** Digits after the point in a printed percentage: "95.10%" → 2, "86%" → 0. */
function printedDecimals(printed: string): number {
  const m = /\.(\d+)%$/.exec(printed);
  return m?.[1]?.length ?? 0;
}
