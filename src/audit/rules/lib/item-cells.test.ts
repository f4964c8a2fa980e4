import { describe, expect, it } from 'vitest';
import { directionMismatch } from '../direction-mismatch.ts';
import { runRule } from './run-rule.ts';

const table = [
  '五、一般公共预算财政拨款支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t年初预算数\t全年预算数\t决算数合计',
  '2140106\t公路养护\t400.00\t368.45\t368.45',
  '2140112\t公路运输管理\t90.00\t96.30\t96.30',
  '',
].join('\n');

describe('direction-mismatch against the cell of the 项 a sentence names', () => {
  it('reads the 年初预算数 a sentence leaves out from its 项’s row, and quotes that cell', () => {
    const text = `${table}7.交通运输支出（类）公路水路运输（款）公路运输管理（项）：支出决算96.30万元，决算数小于年初预算数，主要原因是经费结余。`;
    const { findings } = runRule(directionMismatch, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.calculation).toBe('96.30万元 > 90.00万元');
    expect(findings[0]!.evidence.map((e) => e.quote)).toEqual(['决算数小于年初预算数', '支出决算96.30万元', '90.00']);
  });

  it('is silent when the cell agrees with the word, when no 项 is named, or when the name matches no row', () => {
    const agree = `${table}6.交通运输支出（类）公路水路运输（款）公路养护（项）：支出决算368.45万元，决算数小于年初预算数。`;
    const unnamed = `${table}公路运输管理支出决算96.30万元，决算数小于年初预算数。`;
    const other = `${table}1.交通运输支出（类）公路水路运输（款）公路新建（项）：支出决算1250.00万元，决算数小于年初预算数。`;
    for (const text of [agree, unnamed, other]) expect(runRule(directionMismatch, text).findings).toEqual([]);
  });
});
