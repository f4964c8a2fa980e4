import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './document-model.ts';
import { renderHtml } from './render-html.ts';

const doc: ReportDocument = {
  title: '2024年度<某>局部门整体支出绩效自评报告',
  titleLines: ['2024年度<某>局', '部门整体支出绩效自评报告'],
  outlineId: 'test',
  outlineVersion: '1',
  departmentName: '<某>局',
  fiscalYear: 2024,
  draft: false,
  draftNotes: [],
  blocks: [
    { type: 'heading', level: 1, number: '一、', text: '基本情况' },
    {
      type: 'paragraph',
      content: ['收入', { type: 'figure', text: '1.00万元', value: 1_000_000, unit: 'fen', source: { kind: 'field', path: 'a.b' } }, '。'],
    },
    {
      type: 'table',
      caption: '表1 测试',
      columnWidths: [1, 1, 1],
      rows: [
        [{ content: ['甲'], rowSpan: 2, header: true }, { content: ['乙'], colSpan: 2 }],
        [{ content: ['丙'] }, { content: ['丁'], align: 'right' }],
      ],
    },
  ],
};

describe('renderHtml', () => {
  it('is one self-contained page: inline CSS, no scripts or fetched resources', () => {
    const html = renderHtml(doc);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('escapes the data it shows', () => {
    const html = renderHtml(doc);
    expect(html).toContain('2024年度&#60;某&#62;局<br>部门整体支出绩效自评报告');
    expect(html).not.toContain('<某>');
  });

  it('keeps spans and the figure’s source', () => {
    const html = renderHtml(doc);
    expect(html).toContain('<th rowspan="2">甲</th><td colspan="2">乙</td>');
    expect(html).toContain('<span class="fig" data-source="a.b">1.00万元</span>');
  });

  it('watermarks only a draft, and lists its unresolved problems', () => {
    expect(renderHtml(doc)).not.toContain('class="watermark"');
    const draft = renderHtml({ ...doc, draft: true, draftNotes: ['三公经费合计不等于各项之和'] });
    expect(draft).toContain('<div class="watermark" aria-hidden="true">草稿</div>');
    expect(draft).toContain('1. 三公经费合计不等于各项之和');
    expect(draft).toContain('<title>2024年度&#60;某&#62;局部门整体支出绩效自评报告（草稿）</title>');
  });
});
