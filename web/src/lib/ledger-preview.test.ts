import { describe, expect, it } from 'vitest';
import headerSynonyms from '../../../data/ledger/header-synonyms.json';
import { guessMapping, previewRows, splitCsvLine } from './ledger-preview.ts';

const CSV = ['某某局2024年支出明细账', '日期,凭证号,摘要,借方金额(元),功能科目,经济科目,项目名称', '2024-01-05,记-1-1,购买办公用品,"1,200.00",2010601 行政运行,30201 办公费,', ''].join('\n');

describe('ledger import preview', () => {
  it('finds the header below a title row and splits quoted cells', () => {
    const p = previewRows(new TextEncoder().encode(CSV));
    expect(p.headerRow).toBe(2);
    expect(p.header[3]).toBe('借方金额(元)');
    expect(p.rows[0]![3]).toBe('1,200.00');
    expect(splitCsvLine('a,"b ""c""",d')).toEqual(['a', 'b "c"', 'd']);
  });

  it('guesses each field from the server’s header synonyms, ignoring a unit in brackets', () => {
    const p = previewRows(new TextEncoder().encode(CSV));
    const m = guessMapping(p.header, headerSynonyms.fields);
    expect(m).toMatchObject({ date: '日期', voucher: '凭证号', summary: '摘要', debit: '借方金额(元)', functionCode: '功能科目', economicCode: '经济科目', projectName: '项目名称' });
    expect(m.amount).toBeUndefined();
  });

  it('reads a GBK file', () => {
    // 日期,摘要,金额 in GBK
    const gbk = new Uint8Array([0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xd5, 0xaa, 0xd2, 0xaa, 0x2c, 0xbd, 0xf0, 0xb6, 0xee]);
    expect(previewRows(gbk).header).toEqual(['日期', '摘要', '金额']);
  });
});
