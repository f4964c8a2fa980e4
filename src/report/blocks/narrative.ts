/** The officer's own text: fund sections (无 when empty), problems, measures, other matters. */
import type { NarrativeItem } from '../../core/department-year.ts';
import { authored, type Block, paragraph } from '../document-model.ts';
import { headingNumber } from '../chinese-numbering.ts';
import { type BlockBuilder, type BlockContext, toFill } from './context.ts';

/** Empty, 无 or 无。 all mean there is nothing to report. */
function isNone(text: string): boolean {
  return /^\s*(无|没有|不涉及)?[。.]?\s*$/.test(text);
}

function paragraphs(text: string): Block[] {
  return text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => authored(t));
}

function noneOr(subject: string, read: (ctx: BlockContext) => string): BlockBuilder {
  return (ctx) => {
    const text = read(ctx);
    return isNone(text) ? [paragraph(ctx.outline.noneText.replace('{subject}', subject))] : paragraphs(text);
  };
}

export const governmentFunds = noneOr('政府性基金预算支出', (ctx) => ctx.dy.narrative.governmentFunds);
export const stateCapital = noneOr('国有资本经营预算支出', (ctx) => ctx.dy.narrative.stateCapital);
export const socialInsurance = noneOr('社会保险基金预算支出', (ctx) => ctx.dy.narrative.socialInsurance);

export const otherMatters: BlockBuilder = (ctx) => {
  const text = ctx.dy.narrative.otherMatters;
  return isNone(text) ? [paragraph('无。')] : paragraphs(text);
};

function itemList(items: readonly NarrativeItem[], ctx: BlockContext, empty: string): Block[] {
  if (items.length === 0) return [paragraph(empty)];
  const out: Block[] = [];
  items.forEach((item, i) => {
    const level = ctx.level;
    if (level === 1 || level === 2 || level === 3) {
      out.push({ type: 'heading', level, number: headingNumber(level, i + 1), text: item.title });
      out.push(...paragraphs(item.detail));
    } else {
      out.push(authored(item.detail, `${i + 1}.${item.title}。`));
    }
  });
  return out;
}

export const problems: BlockBuilder = (ctx) => itemList(ctx.dy.narrative.problems, ctx, `${toFill('存在的问题及原因分析')}`);
export const measures: BlockBuilder = (ctx) => itemList(ctx.dy.narrative.measures, ctx, `${toFill('下一步改进措施')}`);

export const resultApplication: BlockBuilder = (ctx) => [
  paragraph(
    `${ctx.selfRef}将${ctx.dy.fiscalYear}年度部门整体支出绩效自评结果作为改进预算管理、编制以后年度预算的重要依据，对自评发现的问题逐项整改，并按规定将自评报告和自评表随部门决算一并向社会公开。`,
  ),
];
