import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeReport } from './compose.ts';
import { renderDocx } from './render-docx.ts';
import { correctedDemo } from './test-support.ts';

async function parts(draft: boolean): Promise<Record<string, string>> {
  const doc = composeReport(correctedDemo(), { draft });
  const zip = await JSZip.loadAsync(await renderDocx(doc, new Map()));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml')) out[name] = await zip.file(name)!.async('string');
  }
  return out;
}

describe('renderDocx — the 公文 layout (GB/T 9704)', () => {
  it('sets A4 with 37/35/28/26 mm margins and even/odd page-number footers', async () => {
    const p = await parts(false);
    const doc = p['word/document.xml']!;
    expect(doc).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(doc).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1985"[^>]*w:left="1588"/);
    expect(p['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.keys(p).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers).toHaveLength(2);
    for (const f of footers) expect(p[f]).toContain('PAGE');
  });

  it('names an East-Asian font in every style: 小标宋 title, 仿宋 body, 黑体 and 楷体 headings', async () => {
    const styles = (await parts(false))['word/styles.xml']!;
    expect(styles).toMatch(/w:styleId="JxTitle"[\s\S]*?w:eastAsia="方正小标宋简体"/);
    expect(styles).toMatch(/w:styleId="JxBody"[\s\S]*?w:eastAsia="仿宋_GB2312"[\s\S]*?<w:sz w:val="32"\/>/);
    expect(styles).toMatch(/w:styleId="JxHeading1"[\s\S]*?w:eastAsia="黑体"/);
    expect(styles).toMatch(/w:styleId="JxHeading2"[\s\S]*?w:eastAsia="楷体_GB2312"/);
    expect(styles).toMatch(/w:lang [^>]*w:eastAsia="zh-CN"/);
    // Numbers and Latin text are not tagged Chinese (that lets Word break 1668.70 between its digits).
    expect(styles).toMatch(/w:lang [^>]*w:val="en-US"/);
  });

  it('writes the headings with outline levels, so Word’s navigation pane lists the sections', async () => {
    const styles = (await parts(false))['word/styles.xml']!;
    expect(styles).toMatch(/w:styleId="JxHeading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    const doc = (await parts(false))['word/document.xml']!;
    expect(doc).toContain('一、部门、单位基本情况');
    expect(doc).toContain('九、其他需要说明的情况');
  });

  it('puts a 草稿 watermark in the header of a draft, and none in a final report', async () => {
    const draft = await parts(true);
    const headers = Object.keys(draft).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(draft[h]).toContain('string="草稿"');
    const final = await parts(false);
    expect(Object.keys(final).some((n) => /^word\/header\d+\.xml$/.test(n) && final[n]!.includes('草稿'))).toBe(false);
  });

  it('says so in place of a chart when no PNG could be made', async () => {
    expect((await parts(false))['word/document.xml']).toContain('（图表未生成：本机缺少 Chromium）');
  });
});
