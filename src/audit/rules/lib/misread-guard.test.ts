import { describe, expect, it } from 'vitest';
import { loadConfig, loadMisreadGuard } from '../../config.ts';
import { sumMismatch } from '../sum-mismatch.ts';
import { tableTextMismatch } from '../table-text-mismatch.ts';
import { constantRatio, disagreeingColumns, extraPartColumn, failingColumns, failingSpans, independentSums, judgeSums, shortGroups, type SumOutcome } from './misread-guard.ts';
import { runRule } from './run-rule.ts';

const S = loadConfig().misreadGuard;
const name = (col: number): string => `第${col + 1}列`;

/** A sum down column `column` of parent row `group`: its parts' amounts (the rows right under it), its total. */
const down = (column: number, group: number, total: number, parts: number[]): SumOutcome => ({
  across: false,
  column,
  group,
  totalFen: total,
  sumFen: parts.reduce((a, b) => a + b, 0),
  tolerance: 1,
  parts: parts.map((fen, i) => ({ at: group + 1 + i, fen })),
});
/** A sum across row `group`: its total in column 1, its parts in columns 2, 3, …. */
const across = (group: number, total: number, parts: number[]): SumOutcome => ({
  across: true,
  column: 1,
  group,
  totalFen: total,
  sumFen: parts.reduce((a, b) => a + b, 0),
  tolerance: 1,
  parts: parts.map((fen, i) => ({ at: 2 + i, fen })),
});

describe('misread guard: patterns over a table’s sums', () => {
  it('reads its settings from thresholds.json and refuses impossible ones', () => {
    expect(S.minPatternSums).toBeGreaterThanOrEqual(2);
    const ok = { minPatternSums: { value: 3 }, exactMultipleMinSums: { value: 2 }, ratioSpread: { value: 0.005 }, ratioMinDeviation: { value: 0.1 }, columnFailShare: { value: 0.5 }, textMismatchShare: { value: 0.5 } };
    expect(loadMisreadGuard(ok).columnFailShare).toBe(0.5);
    expect(() => loadMisreadGuard({ ...ok, minPatternSums: { value: 1 } })).toThrow(/minPatternSums/);
    expect(() => loadMisreadGuard({ ...ok, columnFailShare: { value: 1.5 } })).toThrow(/columnFailShare/);
  });

  it('finds a constant factor in failing sums of three distinct groups, not in two, not near 1', () => {
    const twice = [down(2, 1, 400, [400, 150, 250]), down(2, 5, 300, [300, 180, 120]), down(3, 9, 200, [200, 120, 80])];
    expect(constantRatio(twice, S)).toBeCloseTo(2, 5);
    // Two suffice where Σ is exactly a whole multiple (every level added: 类 + 款 + 项 = 3× in 本年收入合计 and
    // 财政拨款收入), not for another factor.
    expect(constantRatio(twice.slice(0, 2), S)).toBeCloseTo(2, 5);
    expect(constantRatio([down(2, 0, 118748, [356244]), down(3, 0, 118748, [356244])], S)).toBeCloseTo(3, 5);
    expect(constantRatio([down(2, 1, 400, [600]), down(2, 5, 300, [450])], S)).toBeNull();
    expect(constantRatio([down(2, 1, 400, [600]), down(2, 5, 300, [450]), down(3, 9, 200, [300])], S)).toBeCloseTo(1.5, 5);
    // One parent row 3× its rows in three columns takes three wrong cells: a factor (a 合计 over a table read three times).
    expect(constantRatio([down(2, 1, 400, [1200]), down(3, 1, 200, [600]), down(4, 1, 200, [600])], S)).toBeCloseTo(3, 5);
    // One wrong cell (row 2, column 2) fails its parent's sum and its row's sum across, and its own 款 sum: it counts once.
    const oneCell: SumOutcome[] = [down(2, 1, 400, [800]), { ...across(2, 400, [800]), column: 2, parts: [{ at: 3, fen: 800 }] }, down(2, 2, 400, [800])];
    expect(independentSums(oneCell)).toBe(1);
    expect(constantRatio(oneCell, S)).toBeNull();
    // Three small slips of about 1 % are no factor.
    expect(constantRatio([down(2, 1, 10000, [10100]), down(2, 5, 20000, [20200]), down(2, 9, 30000, [30300])], S)).toBeNull();
    // Unrelated errors scatter.
    expect(constantRatio([down(2, 1, 400, [800]), down(2, 5, 300, [450]), down(2, 9, 200, [260])], S)).toBeNull();
  });

  it('finds one part column holding the excess of the sums across three rows', () => {
    // 合计 = 基本 + 项目, but a third column (another year's) read as a part: the excess is its cell in each row.
    const rows = [across(1, 1000, [600, 400, 950]), across(2, 500, [300, 200, 470]), across(3, 300, [200, 100, 280])];
    expect(extraPartColumn(rows, S)).toBe(4);
    expect(extraPartColumn(rows.slice(0, 2), S)).toBeNull();
    // An excess that is a different column's cell in each row is no pattern.
    expect(extraPartColumn([across(1, 1000, [600, 400, 950]), across(2, 500, [300, 210, 0]), across(3, 300, [230, 100, 0])], S)).toBeNull();
  });

  it('finds a column whose sums fail in most of its groups, not one with two failing groups (one wrong cell)', () => {
    const column = [down(2, 1, 150, [150, 100]), down(2, 4, 150, [150, 120]), down(2, 8, 150, [150, 80]), down(2, 11, 150, [150, 100]), down(2, 0, 600, [300, 300]), down(2, 12, 300, [150, 150]), down(2, 13, 300, [150, 150])];
    expect([...failingColumns(column, S).entries()]).toEqual([[2, { failures: 4, agree: 3 }]]);
    // One wrong 款 cell fails its 类 and its own 款 sums: two groups.
    const oneCell = [down(2, 1, 160, [150, 0]), down(2, 0, 600, [310, 300]), down(2, 4, 150, [150, 0]), down(2, 12, 300, [150, 150])];
    expect(failingColumns(oneCell, S).size).toBe(0);
  });

  it('gives one verdict for the table, its columns, or none', () => {
    const twice = [down(2, 1, 400, [400, 150, 250]), down(2, 5, 300, [300, 180, 120]), down(2, 9, 200, [200, 120, 80]), down(2, 0, 900, [400, 300, 200])];
    expect(judgeSums(twice, S, name)).toEqual({ table: '多处分项之和均为合计的2倍', columns: new Map(), spans: new Map() });
    expect(judgeSums([across(1, 1000, [600, 400, 950]), across(2, 500, [300, 200, 470]), across(3, 300, [200, 100, 280])], S, name).table).toBe('多行合计与分项之差均等于“第5列”列的数');
    expect(judgeSums([down(2, 1, 160, [150, 0]), across(7, 150, [160, 0])], S, name)).toEqual({ table: null, columns: new Map(), spans: new Map() });
  });

  it('finds a parent row short of its rows in three columns by different amounts (rows lost), not by one amount (one row)', () => {
    const lost = [down(2, 0, 138840, [92129, 20000]), down(3, 0, 145796, [88788, 20000]), down(4, 0, 73396, [63452, 1000])];
    expect(shortGroups(lost, S)).toEqual([[0, 3]]);
    expect(judgeSums(lost, S, name, () => '合计').table).toBe('“合计”行在3列均与其下各行之和不符且差额各不相同，疑有行未读出或列错位');
    // The same shortfall in each column: one row left out (localize's finding), no misreading.
    expect(shortGroups([down(2, 0, 1000, [700, 200]), down(3, 0, 800, [500, 200]), down(4, 0, 600, [300, 200])], S)).toEqual([]);
    // Two columns: two wrong cells may do it.
    expect(shortGroups(lost.slice(0, 2), S)).toEqual([]);
  });

  it('finds a 合计 column whose sums across the rows fail in most rows, not in two', () => {
    // Excesses of no one column (a part column lost in some rows, cells of others shifted): most rows fail.
    const rows = [across(1, 1000, [600, 300]), across(2, 500, [300, 260]), across(3, 300, [250, 100]), across(4, 200, [100, 100])];
    expect([...failingSpans(rows, S).entries()]).toEqual([[1, { failures: 3, agree: 1 }]]);
    expect(judgeSums(rows, S, name).spans).toEqual(new Map([[1, '行内合计与分项3行不符、1行相符']]));
    expect(failingSpans([...rows.slice(1, 3), across(5, 100, [50, 50]), across(6, 100, [60, 40])], S).size).toBe(0);
  });

  it('finds a column most prose amounts compared with disagree with', () => {
    const cols = new Map([
      ['7|3', { agree: 0, disagree: ['a', 'b', 'c', 'd', 'e'] }],
      ['7|2', { agree: 9, disagree: ['f', 'g', 'h'] }],
      ['8|2', { agree: 0, disagree: ['i', 'j'] }],
    ]);
    expect(disagreeingColumns(cols, S)).toEqual(['7|3']);
  });
});

/**
 * Hand-written misreadings in layouts not in the corpus, each with its look-alike: the same table read right, and read
 * right with one wrong cell (a real defect), which stays found.
 */
describe('misread guard: whole tables misread in new layouts', () => {
  // 1. A coded table whose project 项 rows have no 基本支出: the reader lost their empty cell, so each 项目支出 amount
  // stands in 基本支出 and every 款's 基本支出 falls short of its 项 rows.
  const shifted = (lost: boolean): string =>
    [
      '表3 一般公共预算财政拨款支出决算表',
      '单位：万元',
      '科目编码\t科目名称\t合计\t基本支出\t项目支出',
      '\t合计\t1000.00\t600.00\t400.00',
      '201\t一般公共服务支出\t520.00\t300.00\t220.00',
      '20101\t人大事务\t250.00\t150.00\t100.00',
      '2010101\t行政运行\t150.00\t150.00\t0.00',
      lost ? '2010102\t一般行政管理事务\t100.00\t100.00' : '2010102\t一般行政管理事务\t100.00\t0.00\t100.00',
      '20103\t政府办公厅事务\t270.00\t150.00\t120.00',
      '2010301\t行政运行\t150.00\t150.00\t0.00',
      lost ? '2010350\t事业运行\t120.00\t120.00' : '2010350\t事业运行\t120.00\t0.00\t120.00',
      '208\t社会保障和就业支出\t480.00\t300.00\t180.00',
      '20805\t行政事业单位养老支出\t230.00\t150.00\t80.00',
      '2080501\t行政单位离退休\t150.00\t150.00\t0.00',
      lost ? '2080599\t其他行政事业单位养老支出\t80.00\t80.00' : '2080599\t其他行政事业单位养老支出\t80.00\t0.00\t80.00',
      '20808\t抚恤\t250.00\t150.00\t100.00',
      '2080801\t死亡抚恤\t150.00\t150.00\t0.00',
      lost ? '2080802\t伤残抚恤\t100.00\t100.00' : '2080802\t伤残抚恤\t100.00\t0.00\t100.00',
    ].join('\n');

  it('withholds a column shifted by a lost empty cell (4 errors before), keeping a wrong cell of the table read right', () => {
    const r = runRule(sumMismatch, shifted(true));
    expect(r.findings).toEqual([]);
    expect(r.notChecked).toContain('sum-mismatch：表1“基本支出”列疑似未能正确读取（该列合计与分项4处不符、3处相符），未核对该列合计');
    expect(runRule(sumMismatch, shifted(false)).findings).toEqual([]);
    const wrong = runRule(sumMismatch, shifted(false).replace('2080801\t死亡抚恤\t150.00\t150.00', '2080801\t死亡抚恤\t150.00\t160.00'));
    expect(wrong.findings.map((f) => f.evidence[0]!.quote)).toEqual(['160.00']);
  });

  // 2. No codes, rows numbered 一、 / 1.: the layout prints each 类 again as the first line of its 款 list (a group line
  // the reader takes for a 款), so each 类's 款 rows add up to twice the 类.
  const doubled = (twice: boolean): string =>
    [
      '表4 支出决算明细表',
      '单位：万元',
      '项目\t合计\t基本支出\t项目支出',
      '合计\t900.00\t500.00\t400.00',
      '一、一般公共服务支出\t400.00\t200.00\t200.00',
      ...(twice ? ['1.一般公共服务支出\t400.00\t200.00\t200.00'] : []),
      '1.人大事务\t150.00\t100.00\t50.00',
      '2.政府办公厅事务\t250.00\t100.00\t150.00',
      '二、教育支出\t300.00\t200.00\t100.00',
      ...(twice ? ['1.教育支出\t300.00\t200.00\t100.00'] : []),
      '1.普通教育\t180.00\t120.00\t60.00',
      '2.职业教育\t120.00\t80.00\t40.00',
      '三、住房保障支出\t200.00\t100.00\t100.00',
      ...(twice ? ['1.住房保障支出\t200.00\t100.00\t100.00'] : []),
      '1.住房改革支出\t120.00\t100.00\t20.00',
      '2.保障性安居工程支出\t80.00\t0.00\t80.00',
    ].join('\n');

  it('withholds a table whose 类 rows are doubled among their 款 rows (9 errors before: each 类 2×)', () => {
    const r = runRule(sumMismatch, doubled(true));
    expect(r.findings).toEqual([]);
    expect(r.notChecked).toContain('sum-mismatch：表1疑似未能正确读取（多处分项之和均为合计的2倍），未核对合计');
    expect(runRule(sumMismatch, doubled(false)).findings).toEqual([]);
    const wrong = runRule(sumMismatch, doubled(false).replace('2.职业教育\t120.00\t80.00', '2.职业教育\t120.00\t85.00'));
    expect(wrong.findings.map((f) => f.evidence[0]!.quote)).toEqual(['85.00']);
  });

  // 3. A column of the year before headed by its year alone (2023年数, no 上年 word), read as a part across the rows.
  const yearColumn = (withYear: boolean): string =>
    [
      '表6 部门支出决算表',
      '单位：万元',
      `项目\t合计\t基本支出\t项目支出${withYear ? '\t2023年数' : ''}`,
      `合计\t1000.00\t600.00\t400.00${withYear ? '\t950.00' : ''}`,
      `一、一般公共服务支出\t500.00\t300.00\t200.00${withYear ? '\t470.00' : ''}`,
      `二、教育支出\t300.00\t200.00\t100.00${withYear ? '\t280.00' : ''}`,
      `三、住房保障支出\t200.00\t100.00\t100.00${withYear ? '\t200.00' : ''}`,
    ].join('\n');

  it('withholds a table whose every row exceeds its 合计 by the cell of one column (4 errors before)', () => {
    const r = runRule(sumMismatch, yearColumn(true));
    expect(r.findings).toEqual([]);
    expect(r.notChecked).toContain('sum-mismatch：表1疑似未能正确读取（多行合计与分项之差均等于“2023年数”列的数），未核对合计');
    const wrong = runRule(sumMismatch, yearColumn(false).replace('二、教育支出\t300.00\t200.00', '二、教育支出\t300.00\t210.00'));
    expect(wrong.findings.map((f) => f.evidence[0]!.quote)).toEqual(['210.00']);
  });

  // 5. A table running on over a page turn whose second page the reader set into a table of its own: the 合计 row keeps
  // only the rows of the first page, so it falls short in every column, by different amounts.
  const pageTurn = (lost: boolean): string =>
    [
      '表5 支出决算表',
      '单位：万元',
      '科目编码\t科目名称\t年初预算数\t本年支出合计\t基本支出\t项目支出',
      '\t合计\t1388.40\t1404.37\t733.96\t670.41',
      '201\t一般公共服务支出\t686.75\t642.56\t410.20\t232.36',
      '20101\t人大事务\t400.00\t380.00\t250.00\t130.00',
      '20103\t政府办公厅事务\t286.75\t262.56\t160.20\t102.36',
      '208\t社会保障和就业支出\t251.51\t241.73\t224.44\t17.29',
      '20805\t行政事业单位养老支出\t234.54\t224.43\t224.32\t0.11',
      ...(lost ? [] : ['20808\t抚恤\t16.97\t17.30\t0.12\t17.18']),
      ...(lost ? [] : ['210\t卫生健康支出\t450.14\t520.08\t99.32\t420.76', '21011\t行政事业单位医疗\t450.14\t520.08\t99.32\t420.76']),
    ].join('\n');

  it('withholds a table whose 合计 and 类 rows fall short of their rows in every column by different amounts (rows lost)', () => {
    expect(runRule(sumMismatch, pageTurn(false)).findings).toEqual([]);
    const r = runRule(sumMismatch, pageTurn(true));
    expect(r.findings).toEqual([]);
    expect(r.notChecked).toEqual(['sum-mismatch：表1疑似未能正确读取（“合计”行在4列均与其下各行之和不符且差额各不相同，疑有行未读出或列错位），未核对合计']);
    // One wrong cell of the table read whole: found.
    const wrong = runRule(sumMismatch, pageTurn(false).replace('20808\t抚恤\t16.97\t17.30\t0.12', '20808\t抚恤\t16.97\t17.30\t0.21'));
    expect(wrong.findings.map((f) => f.evidence[0]!.quote)).toEqual(['0.21']);
    // A 类 row wrong in every column by different amounts (a document's defect: each cell fails the 合计's sum and its
    // own 款 sum alike, so a value for it explains both): every cell found, no misreading said.
    const row = runRule(sumMismatch, pageTurn(false).replace('201\t一般公共服务支出\t686.75\t642.56\t410.20\t232.36', '201\t一般公共服务支出\t696.75\t648.56\t414.20\t234.36'));
    const quoted = new Set(row.findings.flatMap((f) => f.evidence.map((e) => e.quote)));
    for (const cell of ['696.75', '648.56', '414.20', '234.36']) expect(quoted.has(cell)).toBe(true);
    expect(row.notChecked.filter((n) => n.includes('疑似未能正确读取'))).toEqual([]);
  });

  it('reads no amounts in a column-number row whose label took header words (码称栏次 | 1 | 2 | … | 7)', () => {
    const table = (label: string): string =>
      [
        '表1 收入决算表',
        '单位：万元',
        '科目编码\t科目名称\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入',
        `\t${label}\t1\t2\t3\t4\t5\t6\t7`,
        '\t合计\t100.00\t100.00\t0.00\t0.00\t0.00\t0.00\t0.00',
        '201\t一般公共服务支出\t100.00\t100.00\t0.00\t0.00\t0.00\t0.00\t0.00',
      ].join('\n');
    expect(runRule(sumMismatch, table('码称栏次')).findings).toEqual([]);
    // (with the next row's first words read into the cell as well)
    expect(runRule(sumMismatch, table('码称栏次行政')).findings).toEqual([]);
    // Look-alike: a row of amounts 1 … 7 under another label is read (its 合计 1 against 27).
    expect(runRule(sumMismatch, table('其他事项')).findings).toHaveLength(1);
  });

  // 4. A 决算数 column that holds last year's amounts (the 上年 line of its wrapped header lost), against the prose.
  const lastYear = (cells: readonly string[]): string =>
    [
      '表7 一般公共预算财政拨款支出决算表',
      '单位：万元',
      '科目编码\t科目名称\t年初预算数\t决算数',
      `2010101\t行政运行\t260.00\t${cells[0]}`,
      `2010102\t一般行政管理事务\t40.00\t${cells[1]}`,
      `2080505\t机关事业单位基本养老保险缴费支出\t30.00\t${cells[2]}`,
      `2101101\t行政单位医疗\t12.00\t${cells[3]}`,
      `2210201\t住房公积金\t20.00\t${cells[4]}`,
      '七、一般公共预算财政拨款支出决算情况说明',
      '1.行政运行（项）。决算数为268.45万元。',
      '2.一般行政管理事务（项）。决算数为38.60万元。',
      '3.机关事业单位基本养老保险缴费支出（项）。决算数为31.20万元。',
      '4.行政单位医疗（项）。决算数为12.86万元。',
      '5.住房公积金（项）。决算数为21.18万元。',
    ].join('\n');

  it('withholds the comparisons with a column most prose amounts disagree with (5 errors before), not a single slip', () => {
    const r = runRule(tableTextMismatch, lastYear(['250.10', '35.20', '28.70', '11.90', '19.60']), { fiscalYear: 2024 });
    expect(r.findings).toEqual([]);
    expect(r.notChecked).toContain('table-text-mismatch：表1疑似未能正确读取（正文5处金额与“决算数”列不一致、0处一致），该列未与正文核对');
    // The column read right, one prose amount wrong: reported.
    const one = runRule(tableTextMismatch, lastYear(['268.45', '38.60', '31.20', '12.86', '20.18']), { fiscalYear: 2024 });
    expect(one.findings.map((f) => f.evidence[1]!.quote)).toEqual(['20.18']);
    // Two prose amounts wrong of five: still reported (two wrong cells are a document's, not a reading's).
    const two = runRule(tableTextMismatch, lastYear(['268.45', '38.60', '31.20', '11.86', '20.18']), { fiscalYear: 2024 });
    expect(two.findings.map((f) => f.evidence[1]!.quote)).toEqual(['11.86', '20.18']);
  });
});
