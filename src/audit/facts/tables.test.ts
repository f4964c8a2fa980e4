import { describe, expect, it } from 'vitest';
import { MONEY_UNITS } from '../../core/money.ts';
import { findTables, TABLE_MONEY_UNITS } from './tables.ts';

function starts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
  return out;
}

describe('findTables', () => {
  it('keeps the empty first cell of a merged 一级指标 in a | row that opens with | but does not close with one', () => {
    const text = ['一级指标|二级指标|三级指标|分值|得分', '产出指标|数量指标|播出期数|10|10', '|数量指标|原创稿件|8|8', '合计|||18|18'].join('\n');
    const rows = findTables(text, starts(text))[0]!.rows.map((r) => r.map((c) => c.text));
    expect(rows[2]).toEqual(['', '数量指标', '原创稿件', '8', '8']);
    // A Markdown row (| a | b |) still drops its outer pipes.
    const md = ['| 项目 | 金额 | 备注 |', '| 办公费 | 12.00 | 无 |'].join('\n');
    expect(findTables(md, starts(md))[0]!.rows[1]!.map((c) => c.text)).toEqual(['办公费', '12.00', '无']);
  });

  it('gives a space-aligned row opening with spaces under an unindented header empty cells at its front', () => {
    const text = ['一级指标  二级指标  三级指标  分值  得分', '产出指标  数量指标  检测  10  10', '  质量指标  合格率  8  8'].join('\n');
    const rows = findTables(text, starts(text))[0]!.rows.map((r) => r.map((c) => c.text));
    expect(rows[2]).toEqual(['', '质量指标', '合格率', '8', '8']);
    // Under an indented header (a page's layout indent) rows are kept as read.
    const indented = text.split('\n').map((l) => `  ${l}`).join('\n');
    expect(findTables(indented, starts(indented))[0]!.rows[2]!.map((c) => c.text)).toEqual(['', '质量指标', '合格率', '8', '8'].slice(1));
  });

  it('starts a new table at a tab row without numbers right after a table (its header), instead of dropping it', () => {
    const text = [
      '单位：万元、分',
      '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数',
      '年度资金总额\t29.00\t48.01\t46.83',
      '一级指标二级指标三级指标\t年度指标值\t实际完成值\t得分',
      '产出指标数量指标完成数\t≥7项\t6项\t17.14',
      '产出指标质量指标验收合格率\t≥95%\t96%\t15',
    ].join('\n');
    const tables = findTables(text, starts(text));
    expect(tables.map((t) => t.rows[0]!.map((c) => c.text))).toEqual([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数'],
      ['一级指标二级指标三级指标', '年度指标值', '实际完成值', '得分'],
    ]);
  });

  it('keeps a row holding only its label (amount blank) in the table it belongs to', () => {
    const text = ['收入\t决算数', '一、一般公共预算财政拨款收入\t3,852,614.00', '五、其他收入\t', '本年收入合计\t3,852,614.00'].join('\n');
    const tables = findTables(text, starts(text));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r[0]!.text)).toEqual(['收入', '一、一般公共预算财政拨款收入', '五、其他收入', '本年收入合计']);
  });

  it('keeps a | row of two cells with an amount (合计 | 900 |, its empty last cell left off) in the open | table', () => {
    const text = ['乡镇名称 | 补助资金(万元) | 备注 |', '东关镇 | 300 | |', '西河乡 | 450 | |', '合计 | 900 |', '联系电话 | 0370 |'].join('\n');
    const tables = findTables(text, starts(text));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r[0]!.text)).toEqual(['乡镇名称', '东关镇', '西河乡', '合计']);
    // A | line of two cells with no table open is no table (page chrome: 浏览次数 | 12 |).
    expect(findTables(['浏览次数 | 12 |', '发布日期 | 2019 |'].join('\n'), starts('浏览次数 | 12 |\n发布日期 | 2019 |'))).toEqual([]);
  });

  it('reads a | table of two columns opened by a header naming its amount column (项目 | 本年决算数 |), pinyin glosses and all', () => {
    // Shape (a mirror's 三公 summary, test21 spent), invented wording.
    const text = ['某区2019年三公经费汇总表 | |', '单位：万（wàn）元 | |', '项目 | 本年决（jué）算数 |', '合计 | 86 |', '1、公务接待费 | 30 |', '2、公务用车费 | 56 |', '注：略。'].join('\n');
    const tables = findTables(text, starts(text));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r[0]!.text)).toEqual(['项目', '合计', '1、公务接待费', '2、公务用车费']);
    expect(tables[0]!.moneyUnit).toBe('万元');
    // No header naming amounts: two-cell | lines stay unread (page chrome, a list of contacts).
    const chrome = ['栏目 | 首页 |', '浏览次数 | 12 |', '发布日期 | 2019 |'].join('\n');
    expect(findTables(chrome, starts(chrome))).toEqual([]);
  });

  it('goes on through a row whose amounts are dashes (二、政府性基金预算财政拨款 | —)', () => {
    const text = ['收入项目\t金额', '一、一般公共预算财政拨款\t2464.90', '二、政府性基金预算财政拨款\t—', '收入总计\t2464.90'].join('\n');
    const tables = findTables(text, starts(text));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(4);
  });
});

describe('findTables on a two-sided table whose 收入 amounts touch the 支出 labels', () => {
  it('reads its two sides as two tables, each amount in its own cell, the text unchanged', () => {
    const text = [
      '收入项目\t收入决算数项目\t支出决算数',
      '一、一般公共预算财政拨款收入\t324.37一、一般公共服务支出\t200.00',
      '二、政府性基金预算财政拨款收入\t-二、国防支出\t124.37',
      '\t八、社会保障和就业支出\t0.00',
      '本年收入合计\t324.37本年支出合计\t324.37',
    ].join('\n');
    const tables = findTables(text, starts(text));
    expect(tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual([
      [
        ['收入项目', '收入决算数项目'],
        ['一、一般公共预算财政拨款收入', '324.37'],
        ['二、政府性基金预算财政拨款收入', '-'],
        ['本年收入合计', '324.37'],
      ],
      [
        ['收入决算数项目', '支出决算数'],
        ['一、一般公共服务支出', '200.00'],
        ['二、国防支出', '124.37'],
        ['八、社会保障和就业支出', '0.00'],
        ['本年支出合计', '324.37'],
      ],
    ]);
    // Each cell still points at its own letters of the text.
    for (const t of tables) for (const r of t.rows) for (const c of r) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('leaves a table alone when one row only holds an amount touching a label', () => {
    const text = ['项目\t金额\t说明', '办公费\t12.00\t日常', '印刷费\t3.00资料印制\t其他'].join('\n');
    expect(findTables(text, starts(text))).toHaveLength(1);
  });
});

describe('TABLE_MONEY_UNITS', () => {
  it('holds money units of core MONEY_UNITS only, none after a unit that ends it (单位：万元 must not be read as 元)', () => {
    for (const [i, unit] of TABLE_MONEY_UNITS.entries()) {
      expect(Object.keys(MONEY_UNITS), unit).toContain(unit);
      for (const earlier of TABLE_MONEY_UNITS.slice(0, i)) expect(unit.endsWith(earlier), `${earlier} before ${unit}`).toBe(false);
    }
  });

  it('gives a table the unit its header brackets state, each unit of the list alike', () => {
    for (const unit of TABLE_MONEY_UNITS) {
      const text = `项目\t金额（${unit}）\n办公费\t12.00\n印刷费\t3.00\n`;
      expect(findTables(text, starts(text))[0]?.moneyUnit, unit).toBe(unit);
    }
  });
});
