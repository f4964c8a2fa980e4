import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from './csv.ts';
import { repoPath } from './paths.ts';
import { classifyRow, describeSkipped } from './row-kinds.ts';
import { readXlsx } from './spreadsheet.ts';
import { csvRows, decodeText, readTableFile } from './table-file.ts';

const TEXT = '资产编号,资产名称\nZC-1,台式计算机\n';

describe('one reader for CSV exports', () => {
  it('decodes UTF-8 with and without BOM, GBK and UTF-16 (with or without BOM)', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(new TextEncoder().encode(`\uFEFF${TEXT}`))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(iconv.encode(TEXT, 'gbk'))).toEqual({ text: TEXT, encoding: 'gb18030' });
    expect(decodeText(iconv.encode(TEXT, 'utf16le', { addBOM: true }))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode(TEXT, 'utf16le'))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode(TEXT, 'utf16be'))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('reads tab-separated 「Unicode 文本」 (UTF-16LE, with or without BOM, CRLF) with quoted line breaks and leading zeros kept', async () => {
    // Mostly Chinese cells: few ASCII characters, so few zero bytes — still told from GB18030 without the BOM.
    const text =
      '桐川县实验小学固定资产卡片明细表\r\n查询条件：资产大类＝全部；使用状况＝全部；含已处置资产＝否\r\n' +
      '资产编号\t资产名称\t使用部门\t存放地点\t使用状况\t备注\r\n' +
      '052011010004\t综合楼\t校长办公室\t校园东区\t在用\t"产权证号：桐房权证字第一号\n建筑面积二千一百八十六平方米"\r\n' +
      '052021020020\t台式计算机\t信息技术中心\t综合楼一〇四室\t出租出借\t"显示器二十三点八英寸"""\r\n' +
      '共2条记录\r\n';
    const expected = [
      ['桐川县实验小学固定资产卡片明细表'],
      ['查询条件：资产大类＝全部；使用状况＝全部；含已处置资产＝否'],
      ['资产编号', '资产名称', '使用部门', '存放地点', '使用状况', '备注'],
      ['052011010004', '综合楼', '校长办公室', '校园东区', '在用', '产权证号：桐房权证字第一号\n建筑面积二千一百八十六平方米'],
      ['052021020020', '台式计算机', '信息技术中心', '综合楼一〇四室', '出租出借', '显示器二十三点八英寸"'],
      ['共2条记录'],
    ];
    for (const bytes of [iconv.encode(text, 'utf16le', { addBOM: true }), iconv.encode(text, 'utf16le'), iconv.encode(text, 'utf16be')]) {
      const file = await readTableFile(bytes, 'export.xls');
      expect([file.format, file.encoding?.startsWith('utf-16')]).toEqual(['csv', true]);
      expect(Array.from({ length: file.rows.count }, (_, i) => [...file.rows.row(i)])).toEqual(expected);
    }
    // The same text in GB18030 has no zero byte at all: not taken for UTF-16.
    expect(decodeText(iconv.encode(text, 'gb18030')).encoding).toBe('gb18030');
  });

  it('keeps a quoted line break inside its cell and the following rows in place', async () => {
    const csv = 'a,b\n"第一行\n第二行",2\n\n"x ""y""",3\r\nplain,4\n';
    expect(csvRows(csv)).toEqual([['a', 'b'], ['第一行\n第二行', '2'], [], ['x "y"', '3'], ['plain', '4']]);
    const file = await readTableFile(new TextEncoder().encode(csv), 't.csv');
    // Row 3 of the file (the blank one) starts on line 4, after the two-line record.
    expect(file.rows.line(2)).toBe(4);
  });

  it('reads ="…" text formulas (written to keep leading zeros) as their text, a comma or line break inside too', () => {
    const csv = '日期,凭证号,功能分类,摘要,借方\n="2025-01-06",="记-0001",="2010501","=购办公用品",1542.84\n="2025-01-07",="记-0002,附件",x,="两行\n摘要",="0.50"\n';
    expect(csvRows(csv)).toEqual([
      ['日期', '凭证号', '功能分类', '摘要', '借方'],
      ['2025-01-06', '记-0001', '2010501', '=购办公用品', '1542.84'],
      ['2025-01-07', '记-0002,附件', 'x', '两行\n摘要', '0.50'],
    ]);
  });

  it('a stray quote inside an unquoted cell does not swallow the next lines', () => {
    expect(csvRows('显示器 27",1\nb,2\n')).toEqual([['显示器 27"', '1'], ['b', '2']]);
  });
});

describe('rows that are not data', () => {
  const header = ['日期', '凭证号', '摘要', '借方', '贷方'];
  const labels = [2, 0, 1];
  it.each([
    [['', '', '期初余额', '', ''], 'period'],
    [['2024-01-31', '', '本月合计', '100.00', ''], 'period'],
    [['', '', '本年累计', '1,200.00', '30.00'], 'period'],
    [['2024-01-31', '', '本月发生额合计', '100.00', ''], 'period'],
    [['', '', '【年末结转】', '', ''], 'period'],
    // A closing voucher with a number, written 贷方: moves the balance to 结转结余, not a refund.
    [['2024-12-31', '记-20', '结转本年财政拨款支出', '', '2,506,711.45'], 'period'],
    [['2024-12-31', '记-88', '期末结转本期费用', '', '96,000.00'], 'period'],
    // A printed ledger's page break: the running totals carried to the next page, not a period line.
    [['', '', '过次页', '562,384.07', '0.00'], 'carried-forward'],
    [['', '', '承前页', '562,384.07', '0.00'], 'carried-forward'],
    [['', '', '合计', '5.00', ''], 'total'],
    [['小计：办公设备', '', '', '', ''], 'total'],
    [['制表人：张三', '', '审核：李四', '', ''], 'footer'],
    [['打印日期:2025-01-05', '', '', '', ''], 'footer'],
    [['日期', '凭证号', '摘要', '借方', '贷方'], 'header-repeat'],
    [['', '', '', '', ''], 'blank'],
  ])('%j is skipped as %s', (cells, reason) => {
    expect(classifyRow(cells, labels, header)).toBe(reason);
  });

  it.each([
    [['2024-03-01', '记-1', '上年结转资金支付工程款', '10.00', '']],
    [['2024-03-01', '记-2', '合计报销差旅费', '10.00', '']],
    [['2024-03-01', '记-3', '累计折旧计提', '10.00', '']],
    [['2024-03-01', '记-4', '审核费', '10.00', '']],
  ])('%j is data', (cells) => {
    expect(classifyRow(cells, labels, header)).toBeUndefined();
  });

  it('describes what was skipped, leaving out blank lines', () => {
    expect(describeSkipped({ blank: 3 })).toBe('');
    expect(describeSkipped({ title: 2, period: 3, footer: 1, blank: 4 })).toContain('跳过 6 行');
  });
});

describe('a “.xls” export', () => {
  it('reads the HTML table a web system writes into a .xls, merged cells spread, entities decoded (GBK too)', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<table><tr><td colspan="4">中方县林业局 明细账</td></tr></table>
<table border="1">
<tr><th rowspan="2">日期</th><th rowspan="2">摘要</th><th colspan="2">发生额</th></tr>
<tr><th>借方</th><th>贷方</th></tr>
<tr><td>2024-03-01</td><td>购买打印纸&amp;硒鼓<br>（一批）</td><td style="mso-number-format:'0.00'">1,234.50</td><td>&nbsp;</td></tr>
</table></body></html>`;
    const file = await readTableFile(iconv.encode(html, 'gbk'), 'mx.xls');
    expect(file.format).toBe('html');
    expect(file.encoding).toBe('gb18030');
    const rows = Array.from({ length: file.rows.count }, (_, i) => file.rows.row(i));
    expect(rows).toEqual([
      ['中方县林业局 明细账', '', '', ''],
      ['日期', '摘要', '发生额', ''],
      ['', '', '借方', '贷方'],
      ['2024-03-01', '购买打印纸&硒鼓\n（一批）', '1,234.50', ''],
    ]);
  });

  it('reads a real Excel 97–2003 workbook; a damaged one gets a message that names it and says what to do', async () => {
    const real = await readTableFile(readFileSync(repoPath('test/fixtures/exports/register-grp-2024-12.xls')), 'grp.xls');
    expect(real.format).toBe('xls');
    expect(real.rows.row(2).slice(0, 3)).toEqual(['卡片编号', '资产编号', '资产名称']);
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readTableFile(ole2, 'old.xls')).rejects.toThrow(/old\.xls：复合文档结构损坏.*另存为 \.xlsx/u);
  });
});

describe('an .xlsx workbook', () => {
  it('keeps a formula’s cached 0 and false (ExcelJS leaves them out of the cell value), and a row with gaps reads as empty cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.addRow(['本月合计', { formula: 'B2-B2', result: 0 }, { formula: 'B2>1', result: false }, { formula: 'B2+1', result: 1.5 }]);
    ws.getCell('F2').value = '尾';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await readXlsx(bytes, 'f.xlsx')).rows[0]).toEqual(['本月合计', '0', 'false', '1.5']);
    const file = await readTableFile(bytes, 'f.xlsx');
    expect(file.rows.row(1)).toStrictEqual(['', '', '', '', '', '尾']);
  });

  it('reads a formula by its cached value as Excel shows it (a running sum’s float digits are not the amount), and a red-ink format’s value with its sign', async () => {
    // Given a hand-kept 明细账's 余额 formula whose cached value a spreadsheet wrote with a binary float's digits,
    // and a red ink 借方 (#,##0.00;[Red]\-#,##0.00) holding a negative number
    const noisy = 1386.1 + 5680.2;
    expect(String(noisy)).not.toBe('7066.3');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('明细账');
    ws.addRow(['余额', { formula: 'B2+C2', result: noisy }, -1650, { formula: 'SUM(C1:C1)', result: -1650 }]);
    ws.getCell('C1').numFmt = '#,##0.00;[Red]\\-#,##0.00';
    // When it is read, Then the cells are the decimal text of the value, never a float's rounding error
    const file = await readTableFile(Buffer.from(await wb.xlsx.writeBuffer()), 'h.xlsx');
    expect(file.rows.row(0)).toStrictEqual(['余额', '7066.3', '-1650', '-1650']);
  });
});

describe('another Office package where a workbook is expected', () => {
  it('names a Word document, a presentation or an OpenDocument file instead of “no sheet”, and says what to export', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('明细账')] }] }));
    await expect(readTableFile(docx, '明细账.docx')).rejects.toThrow(
      '明细账.docx：是 Word 文档（.docx），不是工作簿；请从财务软件导出 .xlsx、.xls 或 CSV 文件 / a Word document, not a workbook: export .xlsx, .xls or CSV',
    );
    const zipOf = async (names: string[]): Promise<Buffer> => {
      const zip = new JSZip();
      for (const n of names) zip.file(n, '<x/>');
      return zip.generateAsync({ type: 'nodebuffer' });
    };
    await expect(readTableFile(await zipOf(['ppt/presentation.xml']), 'a.pptx')).rejects.toThrow(/a\.pptx：是演示文稿/);
    // An OpenDocument spreadsheet is read (ods.test.ts); another OpenDocument package is named as one.
    await expect(readTableFile(await zipOf(['mimetype', 'content.xml']), 'a.odt')).rejects.toThrow(/a\.odt：是 OpenDocument 文档（如 \.odt），不是表格/);
    await expect(readTableFile(await zipOf(['readme.txt']), 'a.zip')).rejects.toThrow(/a\.zip：不是 Excel 工作簿（压缩包中没有 xl\/workbook\.xml）/);
  });
});

describe('a tab-separated text export', () => {
  it('is read with the tab as separator (amounts with commas stay whole), a CSV stays a CSV', async () => {
    const tsv = '日期\t凭证号\t摘要\t借方\r\n03-05\t付12\t购买打印纸\t1,234.50\r\n';
    const file = await readTableFile(iconv.encode(tsv, 'gbk'), 'mx.txt');
    expect(file.encoding).toBe('gb18030');
    expect([file.rows.row(0), file.rows.row(1)]).toEqual([
      ['日期', '凭证号', '摘要', '借方'],
      ['03-05', '付12', '购买打印纸', '1,234.50'],
    ]);
    const csv = await readTableFile(new TextEncoder().encode('日期,摘要,借方\n03-05,"打印纸\t硒鼓","1,234.50"\n'), 'mx.csv');
    expect(csv.rows.row(1)).toEqual(['03-05', '打印纸\t硒鼓', '1,234.50']);
  });
});

describe('a semicolon-separated CSV', () => {
  it('is read with the semicolon as separator: thousands commas in unquoted amounts stay whole, title lines above are rows of their own', async () => {
    const text =
      '\ufeff资产卡片导出\r\n单位名称：某县某局;;;截止日期：2024/12/31;\r\n\r\n' +
      '序号;卡片编号;资产名称;原值(元);累计折旧(元);使用状况\r\n' +
      '1;ZJ-2009-0001;办公楼;5,426,000.00;1,636,842.73;1-在用\r\n' +
      '2;ZJ-2019-0005;台式计算机;5,680.00;0.00;2-闲置\r\n' +
      '3;ZJ-2020-0007;打印机;980.00;120.50;1-在用\r\n';
    const file = await readTableFile(new TextEncoder().encode(text), 'kp.csv');
    expect(file.rows.row(3)).toEqual(['序号', '卡片编号', '资产名称', '原值(元)', '累计折旧(元)', '使用状况']);
    expect(file.rows.row(4)).toEqual(['1', 'ZJ-2009-0001', '办公楼', '5,426,000.00', '1,636,842.73', '1-在用']);
    expect(file.rows.row(1)).toEqual(['单位名称：某县某局', '', '', '截止日期：2024/12/31', '']);
  });

  it('does not take a comma CSV with uneven rows for one when a text column holds semicolons on every row (GBK too)', async () => {
    // A hand-made comma CSV: trailing empty cells left out (rows of 5, 4 and 3 commas under a header of 5), the 规格型号
    // of every card written with semicolons. The semicolon count is the same on every card row; the header has none.
    const text =
      '资产编号,资产名称,规格型号,原值,取得日期,备注\r\n' +
      'A1,台式计算机,i5;8G;256G,5000.00,2020-05-06,\r\n' +
      'A2,打印机,HP;M1136;黑白,1200.00,2019-03-01\r\n' +
      'A3,空调,格力;1.5匹;挂机,3200.00\r\n' +
      'A4,投影仪,爱普生;CB-X06;3600流明,4100.00,2021-09-10,会议室\r\n' +
      'A5,碎纸机,得力;9911;5级保密\r\n';
    for (const bytes of [new TextEncoder().encode(text), iconv.encode(text, 'gbk')]) {
      const file = await readTableFile(bytes, 'zc.csv');
      expect(file.rows.row(0)).toEqual(['资产编号', '资产名称', '规格型号', '原值', '取得日期', '备注']);
      expect(file.rows.row(1)).toEqual(['A1', '台式计算机', 'i5;8G;256G', '5000.00', '2020-05-06', '']);
      expect(file.rows.row(3)).toEqual(['A3', '空调', '格力;1.5匹;挂机', '3200.00']);
    }
    expect(sniffDelimiter(text)).toBe(',');
  });

  it('chooses the separator that splits the header and gives the rows its field count; a tie keeps the comma', () => {
    // A semicolon file whose amounts carry thousands commas in varying numbers
    expect(sniffDelimiter('序号;名称;原值\n1;办公楼;5,426,000.00\n2;电脑;5,680.00\n3;桌子;980.00\n')).toBe(';');
    // A semicolon file with title lines above the header
    expect(sniffDelimiter('资产卡片导出\n单位：某局;;;\n序号;名称;原值;状态\n1;楼;1,000.00;在用\n')).toBe(';');
    // A tab file with commas in amounts and semicolons in a text cell
    expect(sniffDelimiter('日期\t摘要\t借方\n03-05\t打印纸;硒鼓\t1,234.50\n03-06\t电费\t12,345.60\n')).toBe('\t');
    // Quoted cells hold commas and semicolons that separate nothing
    expect(sniffDelimiter('名称;原值;备注\n"电脑,联想";"5,000.00";"a;b"\n')).toBe(';');
    // A title line with semicolons above a comma header is no header (the line under it has none)
    expect(sniffDelimiter('单位：某局;期间：2024年;金额单位：元\n资产编号,资产名称,原值\nA1,电脑,5000\n')).toBe(',');
    // One column, or no separator at all: the comma
    expect(sniffDelimiter('资产编号\nA1\nA2\n')).toBe(',');
    expect(sniffDelimiter('a;b,c\n')).toBe(',');
  });

  it('does not take a comma CSV for one: semicolons inside quoted cells, or in a few cells, are text', async () => {
    const text = '资产编号,资产名称,备注\nA1,电脑,"含显示器;键盘;鼠标"\nA2,桌子,a;b;c\nA3,椅子,\n';
    const file = await readTableFile(new TextEncoder().encode(text), 'zc.csv');
    expect(file.rows.row(1)).toEqual(['A1', '电脑', '含显示器;键盘;鼠标']);
    expect(file.rows.row(2)).toEqual(['A2', '桌子', 'a;b;c']);
  });
});
