import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.ts';
import { readXlsx } from './spreadsheet.ts';
import { isSpreadsheetMl, readSpreadsheetMl } from './spreadsheet-ml.ts';
import { readTableFile, readTableRows } from './table-file.ts';

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
<Styles><Style ss:ID="Default"><Font ss:FontName="宋体"/></Style></Styles>
`;
const book = (sheets: string) => new TextEncoder().encode(`${HEAD}${sheets}</Workbook>\n`);
const sheet = (name: string, rows: string) => `<Worksheet ss:Name="${name}"><Table>\n${rows}</Table></Worksheet>\n`;

describe('SpreadsheetML 2003 (Excel XML saved as .xls)', () => {
  it('is recognised by its content, with or without the mso-application line, in UTF-8 or UTF-16', () => {
    expect(isSpreadsheetMl(book(''))).toBe(true);
    const bare = '\uFEFF<?xml version="1.0"?>\n<ss:Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"></ss:Workbook>';
    expect(isSpreadsheetMl(new TextEncoder().encode(bare))).toBe(true);
    expect(isSpreadsheetMl(iconv.encode(bare, 'utf16le', { addBOM: true }))).toBe(true);
    expect(isSpreadsheetMl(new TextEncoder().encode('<?xml version="1.0"?><Workbook xmlns="urn:other"/>'))).toBe(false);
    expect(isSpreadsheetMl(new TextEncoder().encode('<html><table><tr><td>1</td></tr></table></html>'))).toBe(false);
  });

  it('places rows and cells by ss:Index, leaving holes for what it skips', () => {
    const rows = `<Row><Cell><Data ss:Type="String">A1</Data></Cell><Cell ss:Index="4"><Data ss:Type="String">D1</Data></Cell><Cell><Data ss:Type="String">E1</Data></Cell></Row>
<Row ss:Index="4"><Cell ss:Index="2"><Data ss:Type="String">B4</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">A5</Data></Cell></Row>`;
    const { sheet: name, rows: out } = readSpreadsheetMl(book(sheet('明细账', rows)), 't.xls');
    expect(name).toBe('明细账');
    expect(out).toEqual([['A1', undefined, undefined, 'D1', 'E1'], [], [], [undefined, 'B4'], ['A5']]);
  });

  it('spreads a merged range as the .xlsx reader does, and a cell after it follows the range', async () => {
    const rows = `<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">标题</Data></Cell><Cell><Data ss:Type="String">D</Data></Cell></Row>
<Row><Cell ss:MergeDown="1"><Data ss:Type="String">竖</Data></Cell><Cell><Data ss:Type="Number">1</Data></Cell></Row>
<Row><Cell ss:Index="2"><Data ss:Type="Number">2</Data></Cell></Row>`;
    const xml = readSpreadsheetMl(book(sheet('S', rows)), 't.xls').rows;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = '标题';
    ws.getCell('D1').value = 'D';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = '竖';
    ws.getCell('B2').value = 1;
    ws.getCell('B3').value = 2;
    ws.mergeCells('A2:A3');
    const xlsx = (await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 't.xlsx')).rows;
    expect(xml).toEqual([['标题', '标题', '标题', 'D'], ['竖', '1'], ['竖', '2']]);
    expect(xml).toEqual(xlsx);
  });

  it('reads each type as the other readers give it, numbers as written', () => {
    const rows = `<Row><Cell><Data ss:Type="Number">1234.50</Data></Cell><Cell><Data ss:Type="Number">-0.1</Data></Cell><Cell><Data ss:Type="Number">1234.5600000000002</Data></Cell><Cell><Data ss:Type="Number">1.5E3</Data></Cell></Row>
<Row><Cell><Data ss:Type="DateTime">2024-03-05T00:00:00.000</Data></Cell><Cell><Data ss:Type="Boolean">1</Data></Cell><Cell><Data ss:Type="Boolean">0</Data></Cell><Cell ss:Formula="=1/0"><Data ss:Type="Error">#DIV/0!</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">  差旅费 &amp; 会议费 &lt;A&gt; &#x4E00;&#10;二 </Data></Cell><Cell><Data ss:Type="String"><![CDATA[a<b & c]]></Data></Cell></Row>
<Row><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><Font html:Color="#FF0000">红</Font><B>粗</B> 体</ss:Data><Comment><ss:Data><B>批注</B></ss:Data></Comment></Cell></Row>`;
    expect(readSpreadsheetMl(book(sheet('S', rows)), 't.xls').rows).toEqual([
      ['1234.50', '-0.1', '1234.56', '1500'],
      ['2024-03-05', 'true', 'false', ''],
      ['差旅费 & 会议费 <A> 一\n二', 'a<b & c'],
      ['红粗 体'],
    ]);
  });

  it('reads every worksheet, the first one first, as the .xlsx reader does', () => {
    const file = book(sheet('1月', '<Row><Cell><Data ss:Type="String">a</Data></Cell></Row>') + sheet('2月', '<Row><Cell><Data ss:Type="String">b</Data></Cell></Row>'));
    const read = readSpreadsheetMl(file, 't.xls');
    expect(read.sheet).toBe('1月');
    expect(read.others).toEqual([{ sheet: '2月', rows: [['b']] }]);
  });

  it('goes through the table reader whatever the file is called (the ledger, assets and code tables read there)', async () => {
    const file = book(sheet('S', '<Row><Cell><Data ss:Type="String">科目编码</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">5</Data></Cell></Row>'));
    const table = await readTableRows(file, 'export.xls');
    expect(table.format).toBe('xml');
    expect(table.all).toEqual([['科目编码', '', '5']]);
    expect((await readTableFile(file, 'export.txt')).format).toBe('xml');
  });

  it('gives malformed XML as an error naming the file and the line, never as an empty file', async () => {
    const broken = book(sheet('S', '<Row><Cell><Data ss:Type="String">a</Data></Cell>\n<Row><Cell><Data ss:Type="String">b</Data></Cell></Row>'));
    await expect(readTableFile(broken, 'bad.xls')).rejects.toThrow(/bad\.xls：第 7 行 XML 格式错误.*<\/Table>.*第 6 行的 <Row>.*line 7/su);
    const truncated = new TextEncoder().encode(`${HEAD}<Worksheet ss:Name="S"><Table><Row><Cell><Data ss:Type="String">a</Data>`);
    expect(() => readSpreadsheetMl(truncated, 'cut.xls')).toThrow(/cut\.xls：.*文件不完整.*<Cell>/su);
    const dtd = new TextEncoder().encode(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>${HEAD.slice(HEAD.indexOf('<Workbook'))}</Workbook>`);
    expect(() => readSpreadsheetMl(dtd, 'dtd.xls')).toThrow(InputError);
  });

  it('counts cells, merged ranges included, against the limit the other readers use', () => {
    const wide = book(sheet('S', '<Row><Cell ss:Index="300"><Data ss:Type="String">x</Data></Cell></Row>'));
    expect(() => readSpreadsheetMl(wide, 'wide.xls', { maxCells: 100 })).toThrow(/wide\.xls：表格过大或过宽/u);
    const merged = book(sheet('S', '<Row><Cell ss:MergeAcross="9" ss:MergeDown="99"><Data ss:Type="String">x</Data></Cell></Row>'));
    expect(() => readSpreadsheetMl(merged, 'm.xls', { maxCells: 500 })).toThrow(/表格过大或过宽/u);
    expect(readSpreadsheetMl(merged, 'm.xls', { maxCells: 1000 }).rows).toHaveLength(100);
  });
});
