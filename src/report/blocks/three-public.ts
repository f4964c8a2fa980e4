/** “三公”经费: budget and final by item, totals computed from the items so they always add up. */
import {
  THREE_PUBLIC_PHASE_LABEL,
  THREE_PUBLIC_PHASES,
  type ThreePublicItem,
} from '../../core/department-year.ts';
import type { Fen } from '../../core/money.ts';
import { authored, type Block, cell, type Figure, type Inline, paragraph, type TableCell } from '../document-model.ts';
import { bareAmounts, type BlockBuilder, type BlockContext, toFill, unitCaption } from './context.ts';

type Phase = (typeof THREE_PUBLIC_PHASES)[number];

interface Item {
  readonly label: string;
  readonly key: 'reception' | 'overseasTravel' | 'vehicles';
  readonly data: ThreePublicItem;
}

function items(ctx: BlockContext): Item[] {
  const t = ctx.dy.threePublic;
  return [
    { label: '公务接待费', key: 'reception', data: t.reception },
    { label: '因公出国（境）费', key: 'overseasTravel', data: t.overseasTravel },
    { label: '公务用车购置及运行维护费', key: 'vehicles', data: t.vehicles },
  ];
}

function total(ctx: BlockContext, phase: Phase): Figure | null {
  const parts: { value: Fen; path: string }[] = [];
  for (const item of items(ctx)) {
    const v = item.data[phase];
    if (v === undefined) return null;
    parts.push({ value: v, path: `threePublic.${item.key}.${phase}` });
  }
  return ctx.f.moneySum(parts);
}

function breakdown(ctx: BlockContext, phase: Phase): Inline[] {
  const out: Inline[] = ['，其中：'];
  items(ctx).forEach((item, i) => {
    out.push(i ? '、' : '', item.label, ctx.f.money(item.data[phase]!, `threePublic.${item.key}.${phase}`));
  });
  const t = ctx.dy.threePublic;
  if (t.vehiclePurchase?.[phase] !== undefined && t.vehicleOperation?.[phase] !== undefined) {
    out.push(
      '（其中公务用车购置费',
      ctx.f.money(t.vehiclePurchase[phase], `threePublic.vehiclePurchase.${phase}`),
      '，公务用车运行维护费',
      ctx.f.money(t.vehicleOperation[phase], `threePublic.vehicleOperation.${phase}`),
      '）',
    );
  }
  return out;
}

export const threePublic: BlockBuilder = (ctx) => {
  const year = ctx.dy.fiscalYear;
  const budget = total(ctx, 'budget');
  const final = total(ctx, 'final');
  const last = total(ctx, 'lastYearFinal');
  const content: Inline[] = [];
  const lastBudget = total(ctx, 'lastYearBudget');
  if (budget) content.push(`${year}年“三公”经费预算数为`, budget, ...breakdown(ctx, 'budget'), '。');
  if (budget && lastBudget) {
    // 53号 “三公经费”变动率: this year's budget against last year's budget (never last year's 决算).
    const diff = ctx.f.shown(budget.value as Fen) - ctx.f.shown(lastBudget.value as Fen);
    content.push('与上年预算数', lastBudget, diff === 0 ? '持平' : diff > 0 ? '相比增加' : '相比减少');
    if (diff !== 0) {
      const change = ctx.f.moneyDifference(budget.value as Fen, lastBudget.value as Fen, '本年预算数 − 上年预算数');
      content.push(change);
      const rate = ctx.f.moneyPercent(change.value as Fen, lastBudget.value as Fen, '“三公经费”变动率 = (本年预算数 − 上年预算数) / 上年预算数');
      if (rate) content.push(diff > 0 ? '，增幅' : '，减幅', rate);
    }
    content.push('。');
  }
  if (final) content.push(`${year}年“三公”经费决算数为`, final, ...breakdown(ctx, 'final'), '。');
  if (budget && final) {
    const rate = ctx.f.moneyPercent(final.value as Fen, budget.value as Fen, '“三公”经费控制率 = 决算数 / 预算数');
    if (rate) {
      content.push('“三公”经费控制率（决算数/预算数）为', rate, final.value <= budget.value ? '，未超预算。' : '，超出预算。');
    }
  }
  if (last && final) {
    const diff = ctx.f.shown(final.value as Fen) - ctx.f.shown(last.value as Fen);
    const diffFig = ctx.f.moneyDifference(final.value as Fen, last.value as Fen, '本年决算数 − 上年决算数');
    content.push('与上年决算数', last, diff === 0 ? '持平。' : diff > 0 ? '相比增加' : '相比减少');
    if (diff !== 0) content.push(diffFig, '。');
  }
  const management = (ctx.dy.narrative.threePublicManagement ?? '').split(/\n+/).map((t) => t.trim()).filter(Boolean);
  if (content.length === 0) return management.length ? management.map((t) => authored(t)) : [paragraph(toFill('“三公”经费情况'))];
  const out: Block[] = [...management.map((t) => authored(t)), paragraph(...content)];
  out.push(table(ctx));
  return out;
};

function table(ctx: BlockContext): Block {
  const phases = THREE_PUBLIC_PHASES.filter((p) => items(ctx).some((i) => i.data[p] !== undefined));
  const rows: TableCell[][] = [
    [cell('项目', { header: true }), ...phases.map((p) => cell(THREE_PUBLIC_PHASE_LABEL[p], { header: true }))],
  ];
  rows.push([cell('合计', { header: true, align: 'center' }), ...phases.map((p) => cell(total(ctx, p) ?? '—', { align: 'right' }))]);
  for (const item of items(ctx)) {
    rows.push([
      cell(item.label),
      ...phases.map((p) => {
        const v = item.data[p];
        return cell(v === undefined ? '—' : ctx.f.money(v, `threePublic.${item.key}.${p}`), { align: 'right' });
      }),
    ]);
  }
  return {
    type: 'table',
    caption: `表${ctx.nextTableNumber()} “三公”经费情况${unitCaption(ctx)}`,
    columnWidths: [40, ...phases.map(() => 60 / phases.length)],
    rows: bareAmounts(rows),
    headerRows: 1,
  };
}
