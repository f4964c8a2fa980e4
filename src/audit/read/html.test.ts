import { describe, expect, it } from 'vitest';
import { readHtml } from './html.ts';

describe('readHtml', () => {
  it('reads blocks as lines and tables as tab rows, a spanning cell followed by empty cells', () => {
    const html = `<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>
<h1>2024年度某县商务局<br>部门整体支出绩效自评报告</h1><p>基本支出&nbsp;609.29万元，其中：工资福利支出458.18万元。</p>
<table><tr><th>科目编码</th><th>科目名称</th><th>决算数</th></tr>
<tr><td colspan="2">合计</td><td>609.29</td></tr><tr><td>201</td><td>一般公共服务支出</td><td>609.29</td></tr></table>
<svg><text>250</text></svg><p>完</p></body></html>`;
    const { text, tables } = readHtml(html);
    expect(text.split('\n')).toEqual([
      '2024年度某县商务局',
      '部门整体支出绩效自评报告',
      '基本支出 609.29万元，其中：工资福利支出458.18万元。',
      '科目编码\t科目名称\t决算数',
      '合计\t\t609.29',
      '201\t一般公共服务支出\t609.29',
      '完',
    ]);
    expect(tables).toHaveLength(1);
  });

  it('keeps the columns under a cell that spans rows', () => {
    const html = '<table><tr><th rowspan="2">项目资金（万元）</th><th>年初预算数</th><th>执行数</th><th>执行率</th></tr><tr><td>39.01</td><td>29.97</td><td>76.83%</td></tr></table>';
    expect(readHtml(html).text.split('\n')).toEqual(['项目资金（万元）\t年初预算数\t执行数\t执行率', '\t39.01\t29.97\t76.83%']);
  });
});
