/** 部门、单位基本情况: organisation, staffing, duties, goals. */
import { DEPARTMENT_KIND_LABEL, ESTABLISHMENT_TYPE_LABEL } from '../../core/department-year.ts';
import { authored, type Block, type Inline, paragraph } from '../document-model.ts';
import { type BlockBuilder, toFill } from './context.ts';

export const organisation: BlockBuilder = (ctx) => {
  const d = ctx.dy.department;
  const aliases = d.shortNames.map((n) => `“${n}”`).join('或');
  const intro = `${d.name}${aliases ? `（以下简称${aliases}）` : ''}是${d.supervisor ? `${d.supervisor}所属的` : ''}${DEPARTMENT_KIND_LABEL[d.kind]}`;
  const content: Inline[] = [intro];
  if (d.internalUnits.length > 0) {
    content.push(
      '，内设机构',
      ctx.f.count(d.internalUnits.length, 'department.internalUnits.length'),
      `个，分别为：${d.internalUnits.join('、')}`,
    );
  }
  content.push(
    d.subordinateUnits.length > 0
      ? `；下属单位${d.subordinateUnits.length}个：${d.subordinateUnits.join('、')}。`
      : '；无下属单位。',
  );
  return [paragraph(...content)];
};

export const staffing: BlockBuilder = (ctx) => {
  const s = ctx.dy.staffing;
  const year = ctx.dy.fiscalYear;
  const content: Inline[] = [];
  if (s.establishment.length > 0) {
    const total = s.establishment.reduce((sum, e) => sum + e.count, 0);
    content.push(`${ctx.selfRef}核定编制`, { ...ctx.f.count(total, 'staffing.establishment[*].count'), source: { kind: 'sum', paths: s.establishment.map((_, i) => `staffing.establishment[${i}].count`) } }, '人');
    if (s.establishment.length > 1) {
      content.push('，其中');
      s.establishment.forEach((e, i) => {
        content.push(
          i > 0 ? '、' : '',
          e.label ?? ESTABLISHMENT_TYPE_LABEL[e.type],
          ctx.f.count(e.count, `staffing.establishment[${i}].count`),
          '人',
        );
      });
    }
    content.push('。');
  }
  const byType = s.inPostByType ?? [];
  if (byType.length > 0) {
    const total = byType.reduce((sum, e) => sum + e.count, 0);
    content.push(`${ctx.selfRef}现实有人员`, { ...ctx.f.count(total, 'staffing.inPostByType[*].count'), source: { kind: 'sum', paths: byType.map((_, i) => `staffing.inPostByType[${i}].count`) } }, '人，其中');
    byType.forEach((e, i) => {
      content.push(i > 0 ? '、' : '', e.label, ctx.f.count(e.count, `staffing.inPostByType[${i}].count`), '人');
    });
    content.push(s.establishment.length === 0 ? '（核定编制数未填报）。' : '。');
  }
  const tail: Inline[] = [];
  if (s.inPost !== undefined) tail.push('在职人员', ctx.f.count(s.inPost, 'staffing.inPost'), '人');
  if (s.retirees !== undefined) tail.push(tail.length ? '，' : '', '离退休人员', ctx.f.count(s.retirees, 'staffing.retirees'), '人');
  if (tail.length) content.push(`截至${year}年12月31日，`, ...tail, '。');
  if (s.inPost !== undefined && s.establishment.length > 0) {
    const total = s.establishment.reduce((sum, e) => sum + e.count, 0);
    const rate = ctx.f.percent(s.inPost, total, '在职人员控制率 = 在职人数 / 编制数');
    if (rate) content.push('在职人员控制率为', rate, '。');
  }
  return content.length ? [paragraph(...content)] : [paragraph(toFill('人员编制情况'))];
};

export const duties: BlockBuilder = (ctx) => {
  const text = ctx.dy.department.duties.trim();
  return text ? text.split(/\n+/).map((t) => authored(t)) : [paragraph(toFill('主要职能职责'))];
};

export const goals: BlockBuilder = (ctx) => {
  const list = ctx.dy.goals;
  if (list.length === 0) return [paragraph('未设定年度绩效目标。')];
  const out: Block[] = [paragraph(`${ctx.dy.fiscalYear}年度，${ctx.selfRef}共设定整体支出绩效目标${list.length}个：`)];
  list.forEach((g, i) => {
    out.push(authored(`${g.title}${i === list.length - 1 ? '。' : '；'}`, `目标${i + 1}：`));
  });
  return out;
};
