/**
 * A final report never ships without its charts: on a machine without Chromium the final .docx and any PDF are
 * refused with the install command; a draft .docx still says 图表未生成 in place of each chart.
 */
import { describe, expect, it } from 'vitest';

// Before the report modules load: they read the Chromium path once.
process.env.JIXIAO_CHROMIUM = '/nonexistent/chromium-for-test';

describe('without Chromium', () => {
  it('refuses the final .docx and the PDF, naming what to install; writes the draft with a note', async () => {
    const { prepareReport, renderDocument, RendererUnavailableError } = await import('./index.ts');
    const { completeDemo } = await import('./test-support.ts');
    const final = prepareReport(completeDemo(), {});
    expect(final.blocks.some((b) => b.type === 'chart')).toBe(true);
    for (const format of ['docx', 'pdf'] as const) {
      const attempt = renderDocument(final, format);
      await expect(attempt).rejects.toBeInstanceOf(RendererUnavailableError);
      await expect(renderDocument(final, format)).rejects.toThrow(/本机缺少Chromium.*请安装：sudo apt-get install chromium fonts-noto-cjk/);
    }
    const draft = prepareReport(completeDemo(), { draft: true });
    const docx = (await renderDocument(draft, 'docx')) as Buffer;
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });
});
