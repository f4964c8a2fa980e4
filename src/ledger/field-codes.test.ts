import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { codeLegend, decodeValue, isFieldCodeRow, redInkOf } from './field-codes.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const CODES = 'PZRQ,PZZ,PZH,ZY,GNFLBM,JJFLBM,ZCLX,XMBM,XMMC,JFJE,DFJE,HZBZ';
const COMMENTS = '凭证日期,凭证字,凭证号,摘要,功能分类编码,经济分类编码,支出类型(1基本支出2项目支出),项目编码,项目名称,借方金额,贷方金额,红字标志(1红字)';
const LINES = [
  '20240305,记,12,购办公用品,2010301,30201,1,,,1200,0,0',
  '20240318,记,15,会议场地租金,2010302,30215,2,JG2024-01,机关会议保障,3500.5,0,0',
  // Red ink written as a positive amount with the flag, and as a negative one with it (not negated again).
  '20240320,记,16,冲销重复报销办公用品,2010301,30201,1,,,300,0,1',
  '20240322,记,17,冲销多记会议费,2010302,30215,2,JG2024-01,机关会议保障,-35.5,0,1',
];

const read = (text: string) => readLedgerFile(iconv.encode(text, 'gbk'), 'fldcd.csv', { fiscalYear: 2024 });

describe('a back-end extract whose header is field codes', () => {
  it('reads the codes with the comment row below them as the header, and coded values by the header\'s legend', async () => {
    const file = await read([CODES, COMMENTS, ...LINES].join('\r\n'));
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.date, e.voucher, e.economicCode, e.nature, e.projectCode ?? '', e.amount])).toEqual([
      ['2024-03-05', '记-12', '30201', 'basic', '', 120_000],
      ['2024-03-18', '记-15', '30215', 'project', 'JG2024-01', 350_050],
      ['2024-03-20', '记-16', '30201', 'basic', '', -30_000],
      ['2024-03-22', '记-17', '30215', 'project', 'JG2024-01', -3_550],
    ]);
  });

  it('reads a header of codes alone (lower-case too), and names a coded 支出类型 without legend as a row error', async () => {
    const file = await read([CODES.toLowerCase(), ...LINES.slice(0, 2)].join('\n'));
    expect(file.entries).toEqual([]);
    expect(file.errors.map((e) => [e.row, e.field, e.value])).toEqual([
      [2, 'nature', '1'],
      [3, 'nature', '2'],
    ]);
    expect(file.errors[0]!.message).toBe('支出类型为代码“1”，表头未说明代码的含义 / nature: "1" is a code and the header states no legend for it');
  });

  it('names a code the header\'s legend lacks, and an unknown red-ink flag, as row errors', async () => {
    const bad = ['20240305,记,12,购办公用品,2010301,30201,3,,,1200,0,0', '20240306,记,13,购墨盒,2010301,30201,1,,,200,0,9'];
    const file = await read([CODES, COMMENTS, ...bad].join('\n'));
    expect(file.errors.map((e) => [e.row, e.field, e.value])).toEqual([
      [3, 'nature', '3'],
      [4, 'redInk', '9'],
    ]);
    expect(file.errors[0]!.message).toContain('代码“3”不在表头说明的代码（1基本支出、2项目支出）中');
  });
});

describe('field-code helpers', () => {
  it('tells a row of field codes from a row of English words', () => {
    const known = new Set(['PZRQ', 'PZH', 'ZY', 'JFJE']);
    expect(isFieldCodeRow(['PZRQ', 'PZH', 'ZY', 'JFJE', 'XYZ'], known)).toBe(true);
    expect(isFieldCodeRow(['Date', 'Voucher', 'Summary'], known)).toBe(false);
    expect(isFieldCodeRow(['PZRQ', 'PZH', '摘要'], known)).toBe(false);
  });

  it('reads a header\'s legend in its common forms', () => {
    expect([...(codeLegend('支出类型(1基本支出2项目支出)') ?? [])]).toEqual([
      ['1', '基本支出'],
      ['2', '项目支出'],
    ]);
    expect([...(codeLegend('红字标志（0-否，1-是）') ?? [])]).toEqual([
      ['0', '否'],
      ['1', '是'],
    ]);
    expect(codeLegend('金额（元）')).toBeUndefined();
    expect(codeLegend('支出类型')).toBeUndefined();
  });

  it('passes words, decodes codes, and never guesses', () => {
    const legend = codeLegend('支出类型(1基本支出2项目支出)');
    expect(decodeValue('项目支出', undefined)).toEqual({ value: '项目支出' });
    expect(decodeValue('2', legend)).toEqual({ value: '项目支出' });
    expect(decodeValue('2', undefined)).toHaveProperty('error');
    expect(redInkOf('1', codeLegend('红字标志(1红字)'))).toBe('red');
    expect(redInkOf('0', codeLegend('红字标志(1红字)'))).toBe('plain');
    expect(redInkOf('是', undefined)).toBe('red');
    expect(redInkOf('1', undefined)).toHaveProperty('error');
  });
});

describe('an English snake_case database extract without comment row or legend', () => {
  const HEAD = 'vch_no,post_ts,memo,acct_code,func_cls,econ_cls,exp_type,proj_code,proj_name,dc_flag,amount,red_flag';
  const rows = [
    '1,2024-03-05 00:00:00.000,购办公用品,71010101,2010301,30201,B,NULL,NULL,D,1200,N',
    '2,2024-03-18 00:00:00.000,会议场地租金,71010102,2010302,30215,p,JG01,机关会议保障,D,3500.5,N',
    '3,2024-03-20 00:00:00.000,退回多付办公用品款,71010101,2010301,30201,B,NULL,NULL,C,300,N',
    '4,2024-03-22 00:00:00.000,冲销多记会议费,71010102,2010302,30215,P,JG01,机关会议保障,D,35.5,Y',
  ];

  it('reads the English abbreviations, NULL as empty, B/P and D/C by convention where the row agrees', async () => {
    const file = await read([HEAD, ...rows].join('\n'));
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.date, e.voucher, e.functionCode, e.nature, e.projectCode ?? '', e.amount])).toEqual([
      ['2024-03-05', '1', '2010301', 'basic', '', 120_000],
      ['2024-03-18', '2', '2010302', 'project', 'JG01', 350_050],
      ['2024-03-20', '3', '2010301', 'basic', '', -30_000],
      ['2024-03-22', '4', '2010302', 'project', 'JG01', -3_550],
    ]);
  });

  it('names a conventional code the row contradicts as a row error that says which mapping key to give', async () => {
    // B on a 项目支出 account with a project: the convention is not confirmed by the row, so it is not guessed.
    const file = await read([HEAD, '5,2024-04-01 00:00:00.000,会议费,71010102,2010302,30215,B,JG01,机关会议保障,D,100,N'].join('\n'));
    expect(file.entries).toEqual([]);
    expect(file.errors.map((e) => [e.row, e.field, e.value])).toEqual([[2, 'nature', 'B']]);
    expect(file.errors[0]!.message).toContain('--mapping 的 nature 键');
    expect(file.errors[0]!.message).toContain('mapping key "nature"');
  });
});

describe('a database client\'s spool of a query (SQL*Plus: echoed query, tab-separated padded columns, Oracle dates)', () => {
  const pad = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c : c.padEnd(10))).join('\t');
  const header = ['VOU_DATE', 'VOU_KIND', 'VOU_NO', 'SUMMARY', 'ACCOUNT', 'FUNC_SUBJ', 'ECON_SUBJ', 'BGT_ITEM', 'CUST_NAME', 'DC', 'AMT'];
  const lines = [
    'SQL> select a.vou_date, a.vou_kind, a.vou_no, b.summary, b.acc_code || \'|\' || c.acc_name account,',
    '  2         b.func_code || \'|\' || f.func_name func_subj, b.eco_code || \'|\' || g.eco_name econ_subj,',
    '  3         b.bgt_item, b.cust_name, b.dc, b.amt',
    '  4    from gl_vou_head a, gl_vou_entry b, gl_account c, bas_func f, bas_eco g;',
    '',
    pad(header),
    pad(header.map((h) => '-'.repeat(h.length))),
    pad(['05-3月 -24', '记', '0012', '购办公用品', '72010101|基本支出', '2040650|事业运行', '30201|办公费', '', '县文具店', '1', '1,200.00']),
    pad(['18-3月 -24', '记', '0015', '退回多付办公用品款', '72010101|基本支出', '2040650|事业运行', '30201|办公费', '', '县文具店', '-1', '35.50']),
    pad(['02-DEC-24', '记', '0001', '公证宣传资料印制', '72010102|项目支出', '2040607|公共法律服务', '30202|印刷费', '340822241000000137', '县印务公司', '1', '3,500.00']),
    '',
    '已选择 3 行。',
    '',
    'SQL> spool off',
  ];

  it('reads the table under the echoed query: dates DD-MON-RR, codes with names, the side as 1/-1, the client\'s closing lines skipped', async () => {
    const file = await read(lines.join('\r\n'));
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.date, e.voucher, e.functionCode, e.economicCode, e.projectCode ?? '', e.amount])).toEqual([
      ['2024-03-05', '记-0012', '2040650', '30201', '', 120_000],
      ['2024-03-18', '记-0015', '2040650', '30201', '', -3_550],
      ['2024-12-02', '记-0001', '2040607', '30202', '340822241000000137', 350_000],
    ]);
    expect(file.skipped.footer).toBe(2);
  });
});

