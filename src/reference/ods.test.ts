/**
 * The OpenDocument reader (ods.ts): the cell model on hand-written content XML (repeats, spans, value types, text
 * markup), then real files LibreOffice wrote (test/fixtures/ods/README.md): the types workbook read as LibreOffice's
 * own .xlsx of it reads, flat .fods, a password-protected .ods, a damaged one and an .odt.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { isFlatOds, isOds, odsSheets, readOds } from './ods.ts';
import { repoPath } from './paths.ts';
import { readTableRows } from './table-file.ts';

const fixture = (name: string) => readFileSync(repoPath(`test/fixtures/ods/${name}`));

/** A content.xml around the given table markup (and automatic styles). */
const content = (tables: string, styles = '') =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
  `<office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
const str = (text: string, attrs = '') => `<table:table-cell office:value-type="string"${attrs}><text:p>${text}</text:p></table:table-cell>`;
const num = (value: string, shown = value, attrs = '') =>
  `<table:table-cell office:value-type="float" office:value="${value}"${attrs}><text:p>${shown}</text:p></table:table-cell>`;
const empty = (n: number) => `<table:table-cell table:number-columns-repeated="${n}"/>`;
const row = (cells: string, attrs = '') => `<table:table-row${attrs}>${cells}</table:table-row>`;
const sheet = (name: string, rows: string) => `<table:table table:name="${name}">${rows}</table:table>`;
const rowsOf = (xml: string) => odsSheets(xml, 'a.ods').rows;

describe('OpenDocument cells', () => {
  it('repeats cells and rows, and never allocates the empty tail LibreOffice writes', () => {
    const xml = content(
      sheet(
        '表1',
        row(`${str('a', ' table:number-columns-repeated="3"')}${empty(2)}${num('5')}${empty(16378)}`) +
          row(empty(16384), ' table:number-rows-repeated="2"') +
          row(`${str('x')}${num('1.5')}`, ' table:number-rows-repeated="2"') +
          row(empty(16384), ' table:number-rows-repeated="1048570"') +
          row(empty(16384)),
      ),
    );
    const started = Date.now();
    const rows = rowsOf(xml);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(rows).toEqual([['a', 'a', 'a', undefined, undefined, '5'], [], [], ['x', '1.5'], ['x', '1.5']]);
    expect(rows).toHaveLength(5);
    expect(rows[0]!.length).toBe(6);
  });

  it('gives a merged range its first cell’s value in every cell, as the .xlsx reader does; covered cells’ own text is not read', () => {
    const rows = rowsOf(
      content(
        sheet(
          'm',
          row(
            `<table:table-cell office:value-type="string" table:number-columns-spanned="3" table:number-rows-spanned="2"><text:p>辅助核算</text:p></table:table-cell>` +
              `<table:covered-table-cell table:number-columns-repeated="2"/>${str('借方')}`,
          ) + row(`<table:covered-table-cell table:number-columns-repeated="2"/><table:covered-table-cell office:value-type="string"><text:p>旧值</text:p></table:covered-table-cell>${num('3')}`),
        ),
      ),
    );
    expect(rows).toEqual([
      ['辅助核算', '辅助核算', '辅助核算', '借方'],
      ['辅助核算', '辅助核算', '辅助核算', '3'],
    ]);
  });

  it('reads each value type as the .xlsx reader gives it; amounts keep their decimal text', () => {
    const styles =
      '<number:boolean-style xmlns:number="n" style:name="N99"/><style:style xmlns:style="s" style:name="ce9" style:family="table-cell" style:data-style-name="N99"/>';
    const cells =
      num('1542.84', '1,542.84') +
      `<table:table-cell office:value-type="currency" office:currency="CNY" office:value="1234567.89"><text:p>¥1,234,567.89</text:p></table:table-cell>` +
      `<table:table-cell office:value-type="percentage" office:value="0.125"><text:p>12.5%</text:p></table:table-cell>` +
      num('0.30000000000000004', '0.3') +
      num('1.23456789012346E+017') +
      `<table:table-cell office:value-type="date" office:date-value="2024-12-31T15:30:00"><text:p>2024/12/31</text:p></table:table-cell>` +
      `<table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell>` +
      num('1', '真', ' table:style-name="ce9"') +
      num('1', 'TRUE', ' table:formula="of:=[.A1]&gt;2"') +
      num('0', '0') +
      `<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>` +
      `<table:table-cell office:value-type="time" office:time-value="PT10H30M00S"><text:p>10:30</text:p></table:table-cell>` +
      `<table:table-cell table:formula="of:=&quot;ab&quot;" office:value-type="string" office:string-value="ab"/>`;
    expect(rowsOf(content(sheet('t', row(cells)), styles))).toEqual([
      ['1542.84', '1234567.89', '0.125', '0.3', '123456789012346000', '2024-12-31', 'false', 'true', 'true', '0', '', '10:30', 'ab'],
    ]);
  });

  it('joins paragraphs with a line break and reads text:s, text:tab, text:line-break and spans; an annotation is not the value', () => {
    const cells =
      '<table:table-cell office:value-type="string"><text:p>两行</text:p><text:p>说明</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="string"><text:p><text:s text:c="2"/>前导 <text:s/>空格<text:tab/>制表<text:line-break/>换行</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="string"><office:annotation><text:p>批注</text:p></office:annotation><text:p>普通<text:span text:style-name="T1">加粗</text:span> </text:p></table:table-cell>' +
      '<table:table-cell office:value-type="string"><text:p>A &amp; B &lt;C&gt; &#x4E2D;</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="string"><text:p>  折行\n   的文字 </text:p></table:table-cell>';
    expect(rowsOf(content(sheet('t', row(cells))))).toEqual([['两行\n说明', '前导  空格\t制表\n换行', '普通加粗 ', 'A & B <C> 中', '折行 的文字']]);
  });

  it('reads every sheet in order, rows inside header-row groups too; hidden rows and columns are read', () => {
    const xml = content(
      sheet('一月', `<table:table-header-rows>${row(str('日期'))}</table:table-header-rows>${row(str('隐藏'), ' table:visibility="collapse"')}`) +
        sheet('二月', row(`${empty(2)}${num('42')}`)),
    );
    const read = odsSheets(xml, 'a.ods');
    expect(read).toEqual({ sheet: '一月', rows: [['日期'], ['隐藏']], others: [{ sheet: '二月', rows: [[undefined, undefined, '42']] }] });
  });

  it('counts cells against the limit: a value repeated down a million rows is refused, not allocated', () => {
    const xml = content(sheet('big', row(str('x', ' table:number-columns-repeated="100"'), ' table:number-rows-repeated="1000000"')));
    expect(() => odsSheets(xml, 'big.ods', { maxCells: 10_000 })).toThrow(/big\.ods：表格过大或过宽.*10,000/u);
  });

  it('names the file and the line of malformed XML', () => {
    expect(() => odsSheets(content(sheet('t', row(str('a')))).replace('</table:table-row>', ''), 'bad.ods')).toThrow(
      /bad\.ods：content\.xml 第 \d+ 行 XML 格式错误.*另存为 \.xlsx \/ bad\.ods: content\.xml line \d+: malformed XML/u,
    );
  });
});

describe('OpenDocument files written by LibreOffice', () => {
  it('reads the types workbook exactly as LibreOffice’s own .xlsx of it reads, every sheet', async () => {
    const ods = await readTableRows(fixture('cell-types.ods'), 'cell-types.ods');
    const xlsx = await readTableRows(fixture('cell-types.lo.xlsx'), 'cell-types.lo.xlsx');
    expect(ods.format).toBe('ods');
    const sheets = (t: typeof ods) => [
      { sheet: t.sheet, rows: t.all },
      ...(t.otherSheets ?? []).map((o) => ({ sheet: o.sheet, rows: Array.from({ length: o.rows.count }, (_, i) => [...o.rows.row(i)]) })),
    ];
    expect(sheets(ods)).toEqual(sheets(xlsx));
    expect(ods.all.slice(0, 4)).toEqual([
      ['项目', '金额', '比例', '日期', '布尔', '公式', '说明'],
      ['办公费', '1542.84', '0.05', '2024-01-06', 'true', '3085.68', '两行\n说明', '隐藏列'],
      ['前导空格', '1234567.89', '0.125', '2024-12-31', 'false', '', 'a  b   c'],
      ['差旅费', '0.1', '1', '2024-02-29', '', '1234567.99', '末尾'],
    ]);
    expect(ods.all[5]).toEqual(['合并区域', '合并区域', '合并区域']);
    expect(ods.all[7], 'a hidden row is read').toEqual(['隐藏行', '7']);
    expect(ods.all[11]).toEqual(['00123', '3', '-0.5', '123456789012346000', 'true']);
  });

  it('reads a flat .fods as the .xlsx it was converted from', async () => {
    const bytes = fixture('register-kingdee-2024.fods');
    expect([isFlatOds(bytes), isOds(bytes)]).toEqual([true, false]);
    const fods = await readTableRows(bytes, 'register-kingdee-2024.fods');
    const xlsx = await readTableRows(readFileSync(repoPath('test/fixtures/exports/register-kingdee-2024.xlsx')), 'k.xlsx');
    expect(fods.format).toBe('ods');
    const trim = (rows: string[][]) => rows.map((r) => r.join('\u0001').replace(/\u0001+$/u, '')).filter((r, i, all) => r !== '' || all.slice(i).some((x) => x !== ''));
    expect(trim(fods.all)).toEqual(trim(xlsx.all));
    expect(fods.all.length).toBeGreaterThan(5);
  });

  it('refuses a password-protected, a damaged file and an .odt, naming the file, in Chinese and English', async () => {
    const encrypted = fixture('encrypted.ods');
    expect(isOds(encrypted)).toBe(true);
    await expect(readTableRows(encrypted, '加密.ods')).rejects.toThrow(/^加密\.ods：这个 OpenDocument 表格设有密码.*\/ 加密\.ods: the \.ods file is password-protected/u);
    const whole = fixture('cell-types.ods');
    await expect(readOds(whole.subarray(0, 4000), '残缺.ods')).rejects.toThrow(/^残缺\.ods：压缩包损坏.*\/ 残缺\.ods: not a valid \.ods file/u);
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    zip.file('content.xml', '<office:document-content/>');
    const odt = await zip.generateAsync({ type: 'uint8array' });
    await expect(readTableRows(odt, '说明.odt')).rejects.toThrow(/说明\.odt：是 OpenDocument 文档（如 \.odt），不是表格/u);
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'DEFLATE' });
    const odtDeflated = await zip.generateAsync({ type: 'uint8array' });
    await expect(readTableRows(odtDeflated, '说明.odt')).rejects.toThrow(/说明\.odt：是 OpenDocument 文本文档（\.odt），不是表格/u);
  });
});
