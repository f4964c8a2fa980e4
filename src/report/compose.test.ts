import { describe, expect, it } from 'vitest';
import { validateDepartmentYear } from '../app/department-year-service.ts';
import { fen, formatAmount } from '../core/money.ts';
import { evaluateAll } from '../evaluation/index.ts';
import { loadDemo } from '../reference/demo.ts';
import { composeReport } from './compose.ts';
import { collectFigures, documentText, inlineText, type ReportDocument } from './document-model.ts';
import { correctedDemo, sourceValue } from './test-support.ts';

function headings(doc: ReportDocument): string[] {
  return doc.blocks.flatMap((b) => (b.type === 'heading' ? [`${b.number}${b.text}`] : []));
}

describe('composeReport — the county outline (default)', () => {
  const dy = correctedDemo();
  const doc = composeReport(dy);
  const text = documentText(doc);

  it('reproduces the seed outline: nine sections with their sub-sections, in order', () => {
    const top = headings(doc).filter((h) => /^[一二三四五六七八九十]+、/.test(h));
    expect(top).toEqual([
      '一、部门、单位基本情况',
      '二、部门整体支出管理及使用情况',
      '三、政府性基金预算支出情况',
      '四、国有资本经营预算支出情况',
      '五、社会保险基金预算支出情况',
      '六、部门整体支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、其他需要说明的情况',
    ]);
    for (const h of [
      '（一）机构设置情况',
      '（二）人员编制情况',
      '（三）主要职能职责',
      '（四）绩效目标设定情况',
      '（一）预算执行、使用、管理总体情况',
      '（二）部门预算执行情况',
      '1.基本支出情况',
      '2.项目支出情况',
      '（三）“三公”经费的使用和管理情况',
      '（一）综合评价结论',
      '4.评价指标分析',
    ]) {
      expect(headings(doc), `heading ${h}`).toContain(h);
    }
  });

  it('says 无 under the fund sections that have nothing to report', () => {
    for (const h of ['三、政府性基金预算支出情况', '四、国有资本经营预算支出情况', '五、社会保险基金预算支出情况']) {
      expect(text).toContain(`${h}\n无。`);
    }
  });

  it('titles the report with the department’s own name and introduces only its own 简称', () => {
    expect(doc.title).toBe('2024年度沅陵县商务局部门整体支出绩效自评报告');
    expect(text).toContain('沅陵县商务局（以下简称“商务局”或“我局”）');
    expect(text).not.toMatch(/发改局|机关事务中心/);
  });

  it('takes every figure from the data: each field figure equals its field, each total equals the sum of its parts', () => {
    const figures = collectFigures(doc);
    expect(figures.length).toBeGreaterThan(100);
    let checked = 0;
    for (const f of figures) {
      const expected = sourceValue(dy, f);
      if (expected === undefined) continue;
      checked++;
      expect(f.value, `${f.text} from ${JSON.stringify(f.source)}`).toBe(expected);
      if (f.unit === 'fen' && /万元$/.test(f.text)) {
        expect(f.text).toBe(formatAmount(f.value, { unit: '万元', decimals: dy.settings.displayDecimals }));
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('puts no typed number in generated text: amounts appear only as figures', () => {
    for (const b of doc.blocks) {
      if (b.type !== 'paragraph' || b.authored) continue;
      for (const part of b.content) {
        if (typeof part === 'string') expect(part, `literal amount in “${inlineText(b.content)}”`).not.toMatch(/\d(\.\d+)?\s*(万元|元)/);
      }
    }
  });

  it('states sums computed from their parts, so they add up', () => {
    expect(text).toContain('2024年全年基本支出609.29万元，其中：工资福利支出459.15万元、商品和服务支出64.37万元、对个人和家庭的补助85.77万元');
    expect(text).toContain('“三公”经费预算数为28.00万元，其中：公务接待费28.00万元');
    expect(text).toContain('决算收入1668.70万元（大写：人民币壹仟陆佰陆拾捌万柒仟元整）');
  });

  it('attaches the 部门整体支出绩效自评表 and one 项目支出绩效自评表 per project', () => {
    const attachments = doc.blocks.filter((b) => b.type === 'attachment-title');
    expect(attachments).toHaveLength(1 + dy.projects.length);
    const titles = attachments.map((b) => (b.type === 'attachment-title' ? b.title : ''));
    // The title once, as the attachment's title; the line above the table names the unit that fills it in.
    expect(titles).toContain('沅陵县商务局2024年度部门整体支出绩效自评表');
    for (const p of dy.projects) expect(titles).toContain(`${p.name}项目支出绩效自评表（2024年度）`);
    const tables = doc.blocks.filter((b) => b.type === 'table').map((b) => b.caption);
    expect(tables.filter((c) => c.startsWith('填报单位（盖章）：沅陵县商务局'))).toHaveLength(1 + dy.projects.length);
  });

  it('derives the grade from the score', () => {
    expect(text).toContain('自评得分为88分（满分100分），评价等级为“良”');
  });
});

describe('composeReport — right by construction on the uncorrected demo', () => {
  const dy = loadDemo();
  const doc = composeReport(dy, { draft: true });
  const text = documentText(doc);

  it('cannot write the seed’s “28元”: the 三公 total is the sum of its items', () => {
    expect(validateDepartmentYear(dy).some((f) => f.rule === 'sum-mismatch')).toBe(true);
    expect(text).not.toContain('28元');
    expect(text).toContain('“三公”经费预算数为28.00万元');
  });

  it('states the basic total the economic classes add up to', () => {
    expect(text).toContain('2024年全年基本支出608.32万元');
  });
});

describe('composeReport — options', () => {
  it('follows the provincial ten-section outline', () => {
    const doc = composeReport(correctedDemo(), { outline: 'provincial-ten-2024' });
    const top = headings(doc).filter((h) => /^[一二三四五六七八九十]+、/.test(h));
    expect(top).toHaveLength(10);
    expect(top[8]).toBe('九、部门整体支出绩效自评结果拟应用和公开情况');
    expect(documentText(doc)).toContain('三、政府性基金预算支出情况\n本部门无政府性基金预算支出。');
  });

  it('shows amounts with the department’s chosen precision', () => {
    const dy = correctedDemo();
    dy.settings.displayDecimals = 4;
    const text = documentText(composeReport(dy));
    expect(text).toContain('招商引资工作经费348.6698万元');
    expect(text).toContain('决算收入1668.7000万元');
  });

  it('states the officer’s score and grade, with the computed figure and the unsupported points beside', () => {
    const dy = correctedDemo();
    const evaluation = evaluateAll(dy);
    const doc = composeReport(dy, { evaluation });
    const text = documentText(doc);
    const sheet = evaluation.scoreSheet.department;
    expect(text).toContain('自评得分为88分（满分100分），评价等级为“良”');
    expect(text).toContain(`按现有数据复核，可核实得分${sheet.computed.total}分`);
    // The points without evidence are named with their weight.
    expect(text).toContain('预算调整率（3分）');
    expect(text).toContain('在职人员控制率（5分）');
    // The same figure as without a passed evaluation: the report has one source of scores.
    expect(documentText(composeReport(dy))).toBe(text);
  });
});

describe('composeReport — economic classes of the whole expenditure', () => {
  it('lists them with a total computed from the classes when the data has them', () => {
    const dy = correctedDemo();
    dy.expenditure.byEconomic = [
      { code: '301', name: '工资福利支出', amounts: { final: fen(459_150_000) } },
      { code: '302', name: '商品和服务支出', amounts: { final: fen(1_209_550_000) } },
    ];
    const text = documentText(composeReport(dy));
    expect(text).toContain('按支出经济分类，决算数合计1668.70万元，其中：工资福利支出459.15万元、商品和服务支出1209.55万元。');
  });
});

describe('composeReport — audit round trip on the generated text', () => {
  it('gives the audit no error-level finding, with either outline, with self-assessed or evaluated scores', async () => {
    const { auditText } = await import('../audit/index.ts');
    const dy = correctedDemo();
    const evaluation = evaluateAll(dy, { validationFindings: validateDepartmentYear(dy) });
    for (const outline of ['county-nine-2024', 'provincial-ten-2024']) {
      for (const options of [{ outline }, { outline, evaluation }]) {
        const report = auditText(documentText(composeReport(dy, options)), {});
        const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `[${f.rule}] ${f.message}`);
        expect(errors, `${outline}${'evaluation' in options ? ' + evaluation' : ''}`).toEqual([]);
      }
    }
  });
});

describe('composeReport — generated department-years', () => {
  it('writes reports of many different departments that the audit finds no error in', async () => {
    const { auditText } = await import('../audit/index.ts');
    const { generateDepartmentYears } = await import('../gen/generate.ts');
    const problems: string[] = [];
    for (const dy of generateDepartmentYears({ departments: 12, seed: 7 })) {
      if (validateDepartmentYear(dy).some((f) => f.severity === 'error')) continue;
      const evaluation = evaluateAll(dy, { validationFindings: validateDepartmentYear(dy) });
      for (const options of [{}, { evaluation }]) {
        for (const f of auditText(documentText(composeReport(dy, options)), {}).findings) {
          if (f.severity === 'error') problems.push(`${dy.department.name}: [${f.rule}] ${f.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps a name ending in a digit apart from the amount after it', () => {
    const dy = correctedDemo();
    dy.projects[0]!.name = '商务普查调查1';
    const text = documentText(composeReport(dy));
    expect(text).toContain('商务普查调查1为151.66万元');
    expect(text).not.toContain('商务普查调查1151.66万元');
  });

  it('computes rates and differences from the amounts as printed, so a reader’s division gives the printed rate', () => {
    const dy = correctedDemo();
    dy.expenditure.byFunction[0]!.amounts.final = fen(198_123_00);
    dy.expenditure.byFunction[0]!.amounts.adjustedBudget = fen(203_956_00);
    const text = documentText(composeReport(dy));
    // 19.81 / 20.40 = 97.11% (the unrounded 19.8123 / 20.3956 would be 97.14%).
    expect(text).toMatch(/201 一般公共服务支出\t695\.83\t20\.40\t19\.81\t97\.11%/);
  });
});

describe('composeReport — 类/款/项 and 尾差', () => {
  const tableAfter = (doc: ReportDocument, caption: string) => {
    const i = doc.blocks.findIndex((b) => b.type === 'table' && b.caption.includes(caption));
    return { table: doc.blocks[i], next: doc.blocks[i + 1] };
  };
  const WAN = 1_000_000;

  it('adds only the 类 of a function-class table: a 款 under its 类 is shown as 其中, not added a second time', () => {
    const dy = correctedDemo();
    dy.expenditure.byFunction.splice(1, 0, {
      code: '20113',
      name: '商贸事务',
      amounts: { initialBudget: fen(500 * WAN), adjustedBudget: fen(800 * WAN), final: fen(800 * WAN) },
    });
    dy.expenditure.byNature.basic.byEconomic.splice(1, 0, { code: '30101', name: '基本工资', amounts: { final: fen(100 * WAN) } });
    const doc = composeReport(dy);
    const text = documentText(doc);
    // 1099.52 + 108 + 44.5 + 238.18 + 178.5 = 1668.70, not 2468.70 with the 款 added again.
    expect(text).toMatch(/合计\t[\d.]+\t1668\.70\t1668\.70/);
    expect(text).toContain('其中：20113 商贸事务');
    expect(text).not.toContain('2468.70');
    // The sentence names each 类 once, and the 款 not at all; the basic expenditure's classes likewise.
    expect(text).not.toMatch(/按支出功能分类，[^。]*商贸事务/);
    const basic = text.split('\n').find((l) => l.startsWith('2024年全年基本支出')) ?? '';
    expect(basic).not.toContain('基本工资');
    expect(basic).toContain('2024年全年基本支出609.29万元');
  });

  it('states the rounding rule under a table whose printed parts do not add up to its printed total, and only then', () => {
    const plain = tableAfter(composeReport(correctedDemo()), '支出按功能分类情况');
    expect(plain.next?.type === 'paragraph' && plain.next.note).toBeFalsy();
    const dy = correctedDemo();
    // 108.004 and 44.504 print as 108.00 and 44.50, their exact sum 1668.708 as 1668.71: a 0.01 尾差.
    dy.expenditure.byFunction[1]!.amounts.final = fen(108_004_000);
    dy.expenditure.byFunction[2]!.amounts.final = fen(44_504_000);
    const doc = composeReport(dy);
    const { next } = tableAfter(doc, '支出按功能分类情况');
    expect(next?.type === 'paragraph' && next.note && inlineText(next.content)).toBe(
      '注：金额以分计算合计后四舍五入列示，合计数与所列分项数之和的差额为四舍五入尾差。',
    );
    expect(documentText(doc)).toMatch(/合计\t[\d.]+\t1668\.70\t1668\.71/);
  });
});

describe('composeReport — wiring mistakes', () => {
  it('refuses an evaluation that is not an evaluateAll() result rather than stating the claimed score', () => {
    expect(() => composeReport(correctedDemo(), { evaluation: { total: 90 } })).toThrow(/评价结果格式不符.*evaluateAll/);
  });
});
