/** What a generated block sees: the data, its formatter, the outline, the scores, and running counters. */
import type { DepartmentYear, PhasedAmount, Phase } from '../../core/department-year.ts';
import type { Fen } from '../../core/money.ts';
import type { Block, Figure, TableCell } from '../document-model.ts';
import type { FigureFormat } from '../figures.ts';
import type { Outline } from '../outline.ts';
import type { ScoreView } from '../score-view.ts';

export interface BlockContext {
  readonly dy: DepartmentYear;
  readonly f: FigureFormat;
  readonly outline: Outline;
  readonly scores: ScoreView;
  /** A draft may show 「待填写」 where the officer has not written yet; a final is refused before that. */
  readonly draft: boolean;
  /** The level for headings a block adds: one below its section. */
  readonly level: number;
  /** How the department refers to itself in running text (我局 / 本部门). */
  readonly selfRef: string;
  nextTableNumber(): number;
  nextChartNumber(): number;
}

export type BlockBuilder = (ctx: BlockContext) => Block[];

export function selfReference(dy: DepartmentYear): string {
  return dy.department.shortNames.find((n) => n.startsWith('我')) ?? '本部门';
}

/** A phase's figure, or null when the phase is not stated (never shown as 0). */
export function phaseFigure(
  ctx: BlockContext,
  amounts: PhasedAmount | undefined,
  path: string,
  phase: Phase,
): Figure | null {
  const v = amounts?.[phase];
  return v === undefined ? null : ctx.f.money(v, `${path}.${phase}`);
}

/** The sum of one phase over lines, or null when any line lacks the phase. */
export function phaseSum(
  ctx: BlockContext,
  lines: readonly { amounts: PhasedAmount }[],
  basePath: string,
  phase: Phase,
): Figure | null {
  const parts: { value: Fen; path: string }[] = [];
  for (const [i, line] of lines.entries()) {
    const v = line.amounts[phase];
    if (v === undefined) return null;
    parts.push({ value: v, path: `${basePath}[${i}].amounts.${phase}` });
  }
  return parts.length === 0 ? null : ctx.f.moneySum(parts);
}

/** True when the displayed parts do not add up to the displayed total (rounding 尾差). */
export function hasRoundingGap(ctx: BlockContext, parts: readonly Fen[], total: Fen): boolean {
  return parts.reduce((s, p) => s + ctx.f.shown(p), 0) !== ctx.f.shown(total);
}

export const ROUNDING_NOTE = '注：金额以分计算合计后四舍五入列示，合计数与所列分项数之和的差额为四舍五入尾差。';

/** The display unit as a table caption writes it: （单位：万元）. */
export function unitCaption(ctx: BlockContext): string {
  return `（单位：${ctx.dy.settings.displayUnit}）`;
}

/** Table cells show bare numbers: the unit is in the caption, as 决算 tables print it. */
export function bareAmounts(rows: readonly (readonly TableCell[])[]): TableCell[][] {
  return rows.map((row) =>
    row.map((c) => ({
      ...c,
      content: c.content.map((i) =>
        typeof i !== 'string' && i.unit === 'fen' && /\d(万元|元)$/.test(i.text)
          ? { ...i, text: i.text.replace(/(万元|元)$/, '') }
          : i,
      ),
    })),
  );
}

/** A score figure: a data field when the department-year states it, a derived value when evaluation computed it. */
export function scoreFigure(ctx: BlockContext, value: number, path: string): Figure {
  return ctx.f.score(value, path.startsWith('evaluation.') ? { kind: 'derived', note: path } : { kind: 'field', path });
}

/**
 * A name directly followed by a figure (商贸流通工作经费151.66万元). A name that ends in a digit or letter gets
 * 为 before the figure, or “调查1” + “338.82万元” would read as 1338.82万元.
 */
export function named(name: string): string {
  return /[0-9A-Za-z０-９%）)]$/.test(name) ? `${name}为` : name;
}

/** The marker a draft shows where the officer still has to write (a final report is refused instead). */
export function toFill(what: string): string {
  return `【待填写：${what}】`;
}
