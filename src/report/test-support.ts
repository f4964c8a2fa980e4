/** Shared by the report tests: the corrected demo, the external tools, and resolving figure sources. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { DepartmentYear } from '../core/department-year.ts';
import { fen } from '../core/money.ts';
import { evaluateAll } from '../evaluation/index.ts';
import { loadDemo } from '../reference/demo.ts';
import type { Figure } from './document-model.ts';

export const run = promisify(execFile);

/** Tools the end-to-end tests need, with the path each is expected at. */
export const TOOLS = {
  chromium: '/usr/bin/chromium',
  soffice: '/usr/bin/soffice',
  pdftotext: '/usr/bin/pdftotext',
  pdftoppm: '/usr/bin/pdftoppm',
  pdffonts: '/usr/bin/pdffonts',
} as const;

/** The names of missing tools, or '' when all are there. */
export function missingTools(names: readonly (keyof typeof TOOLS)[]): string {
  return names.filter((n) => !existsSync(TOOLS[n])).join('、');
}

const WAN = 1_000_000;

/**
 * The demo with the seed's data errors corrected, as an officer would: the 301 line carries the 0.97万元 the
 * basic total had and the parts lacked; the 三公 budget is 28万元 (not 28元); the goals evaluated are the goals
 * set; an event of 2025 leaves the 2024 report; the self-score takes off points for the problems it states.
 */
export function correctedDemo(): DepartmentYear {
  const dy = structuredClone(loadDemo());
  dy.expenditure.byNature.basic.byEconomic[0]!.amounts.final = fen(459_150_000);
  dy.threePublic.total.budget = fen(28 * WAN);
  const narratives = dy.goalEvaluations.map((g) => g.narrative);
  dy.goalEvaluations = dy.goals.map((g, i) => ({
    title: `目标${i + 1}：${g.title}`,
    narrative: (narratives[i] ?? '')
      .replace(/2025年1月26日，牵头举行[^。]*。活动当天[^。]*。/, '')
      .replace(/2024年9以来/, '2024年9月以来'),
  }));
  dy.selfAssessment.score = 88;
  return dy;
}

/** Read a data path such as `expenditure.byFunction[2].amounts.final` or `department.internalUnits.length`. */
export function readPath(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    value = (value as Record<string, unknown> | undefined)?.[m[1]!];
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) value = (value as unknown[] | undefined)?.[Number(idx[1])];
  }
  return value;
}

/** The value a figure's source gives, or undefined when the source is derived (checked elsewhere). */
export function sourceValue(dy: DepartmentYear, f: Figure): number | undefined {
  if (f.source.kind === 'field') {
    const v = readPath(dy, f.source.path);
    return typeof v === 'number' ? v : undefined;
  }
  if (f.source.kind === 'sum') {
    let total = 0;
    for (const p of f.source.paths) {
      const v = readPath(dy, p);
      if (typeof v !== 'number') return undefined;
      total += v;
    }
    return total;
  }
  return undefined;
}

/** Text as extracted from a PDF, without the line breaks and spaces layout put in. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The corrected demo completed as an officer would before a final report: every indicator of the scoring
 * template scored (the computed score where the data gives one, the rest judged so that the parts add up to the
 * stated 88), each project's goal and one scored indicator, and the fixed-asset figures (a fixture's values:
 * the seed report states none).
 */
export function completeDemo(): DepartmentYear {
  return completeForReport(correctedDemo());
}

/**
 * What completeDemo adds, on any copy of the demo (e.g. the stored one, its seed errors still in it): the
 * self-scores of every indicator, the report date, the asset figures, each project's goal and scored indicator.
 */
export function completeForReport(given: DepartmentYear): DepartmentYear {
  const dy = structuredClone(given);
  const rows = evaluateAll(dy).scoreSheet.department.rows;
  const computed = rows.reduce((t, r) => t + (r.computed ?? 0), 0);
  const judged = rows.filter((r) => r.computed === null);
  const share = (88 - computed) / judged.reduce((t, r) => t + r.weight, 0);
  const indicators: NonNullable<DepartmentYear['selfAssessment']['indicators']> = {};
  let left = 88 - computed;
  judged.forEach((r, i) => {
    const score = i === judged.length - 1 ? Math.round(left * 100) / 100 : Math.round(r.weight * share * 100) / 100;
    left -= score;
    indicators[r.id] = { score, basis: '按评价要点逐项自评', deviationReason: score < r.weight ? '部分评价要点佐证资料不全' : '' };
  });
  for (const r of rows) if (r.computed !== null) indicators[r.id] = { score: r.computed, basis: r.calculation ?? r.formula };
  dy.selfAssessment.indicators = indicators;
  // The stated total is the sum of the indicator self-scores above.
  dy.selfAssessment.score = 88;
  dy.selfAssessment.reportDate = '2025-03-31';
  dy.fixedAssets.totalOriginalValue = fen(120 * WAN);
  dy.fixedAssets.inUseOriginalValue = fen(110 * WAN);
  dy.projects = dy.projects.map((p) => ({
    ...p,
    goal: `按计划完成${p.name}年度任务`,
    indicators: [{ level1: '产出指标', level2: '数量指标', name: '资金拨付完成率', operator: '>=', target: 100, unit: '%', actual: 100, weight: 90, score: 90 }],
  }));
  return dy;
}
