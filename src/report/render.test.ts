/**
 * End to end with the real tools: the three formats for the corrected demo (final) and the demo as it is
 * (draft); the .docx opened by LibreOffice and read back with poppler; PDF pages rasterised and their text
 * extracted; every figure read back from the rendered text equals the data; the audit finds no error.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentYear } from '../core/department-year.ts';
import { formatAmount, parseFen } from '../core/money.ts';
import { loadDemo } from '../reference/demo.ts';
import { collectFigures, documentText, type ReportDocument } from './document-model.ts';
import { closeReportRenderer, prepareReport, ReportRefusedError, renderDocument, renderReport } from './index.ts';
import { completeDemo, missingTools, run, squash } from './test-support.ts';

const missing = missingTools(['chromium', 'soffice', 'pdftotext', 'pdftoppm', 'pdffonts']);
const suffix = missing ? `（跳过：本机缺少 ${missing} / skipped: missing ${missing}）` : '';

interface Rendered {
  doc: ReportDocument;
  html: string;
  pdfPath: string;
  docxPath: string;
  /** The .docx converted to PDF by LibreOffice. */
  docxPdfPath: string;
}

async function pdfText(path: string): Promise<string> {
  return (await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

describe.skipIf(missing !== '')(`rendered reports with real tools${suffix}`, () => {
  let dir = '';
  let final: Rendered;
  let draft: Rendered;
  let finalDy: DepartmentYear;

  async function renderAll(dy: DepartmentYear, name: string, isDraft: boolean): Promise<Rendered> {
    const doc = prepareReport(dy, { draft: isDraft });
    const html = (await renderDocument(doc, 'html')) as string;
    const pdf = (await renderDocument(doc, 'pdf')) as Buffer;
    const docx = (await renderDocument(doc, 'docx')) as Buffer;
    const pdfPath = join(dir, `${name}.pdf`);
    const docxPath = join(dir, `${name}.docx`);
    await writeFile(pdfPath, pdf);
    await writeFile(docxPath, docx);
    await writeFile(join(dir, `${name}.html`), html);
    return { doc, html, pdfPath, docxPath, docxPdfPath: join(dir, 'lo', `${name}.pdf`) };
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-report-'));
    finalDy = completeDemo();
    final = await renderAll(finalDy, 'final', false);
    draft = await renderAll(loadDemo(), 'draft', true);
    // One LibreOffice start converts both documents (each start costs seconds).
    await run(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), final.docxPath, draft.docxPath],
      { timeout: 240_000 },
    );
  }, 400_000);

  afterAll(async () => {
    await closeReportRenderer();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('produces all three formats', async () => {
    expect(final.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect((await readFile(final.pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await readFile(final.docxPath)).subarray(0, 2).toString()).toBe('PK');
    expect(final.html).not.toMatch(/<(script|link|img)\b[^>]*(src|href)=/i);
  });

  it('opens the .docx in LibreOffice with the headings, table captions, attachments and key figures in place', async () => {
    const text = squash(await pdfText(final.docxPdfPath));
    for (const heading of [
      '2024年度沅陵县商务局部门整体支出绩效自评报告',
      '一、部门、单位基本情况',
      '（一）机构设置情况',
      '二、部门整体支出管理及使用情况',
      '1.基本支出情况',
      '（三）“三公”经费的使用和管理情况',
      '三、政府性基金预算支出情况无。',
      '四、国有资本经营预算支出情况无。',
      '五、社会保险基金预算支出情况无。',
      '六、部门整体支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、其他需要说明的情况',
      '表1支出按功能分类情况（单位：万元）',
      '表2项目支出情况（单位：万元）',
      '表3“三公”经费情况（单位：万元）',
      '图1支出按功能分类执行情况',
      '附件1',
      '沅陵县商务局2024年度部门整体支出绩效自评表',
      '填报单位（盖章）：沅陵县商务局',
      '招商引资工作经费项目支出绩效自评表（2024年度）',
      '2024年全年基本支出609.29万元，其中：工资福利支出459.15万元',
      '“三公”经费预算数为28.00万元',
      '决算收入1668.70万元',
    ]) {
      expect(text, `LibreOffice text lacks “${heading}”`).toContain(squash(heading));
    }
  });

  it('renders Chinese glyphs, not tofu, in both PDFs', async () => {
    for (const path of [final.pdfPath, final.docxPdfPath]) {
      const fonts = (await run('pdffonts', [path])).stdout;
      const rows = fonts.split('\n').slice(2).filter(Boolean);
      expect(rows.length, `${path}: fonts embedded`).toBeGreaterThan(0);
      for (const row of rows) expect(row, `${path}: every font embedded`).toMatch(/\byes\b/);
      const text = await pdfText(path);
      expect(text).toContain('沅陵县商务局');
      expect(text).not.toMatch(/[\uFFFD\u25A1]/);
    }
    // LibreOffice names the font it substituted for 仿宋 / 黑体: a CJK one.
    expect((await run('pdffonts', [final.docxPdfPath])).stdout).toMatch(/CJK/);
    const pngDir = join(dir, 'png');
    await run('mkdir', ['-p', pngDir]);
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', final.pdfPath, join(pngDir, 'chromium')]);
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', final.docxPdfPath, join(pngDir, 'docx')]);
    const pngs = await readdir(pngDir);
    expect(pngs.filter((f) => f.endsWith('.png'))).toHaveLength(6);
  });

  it('numbers the pages “— n —”, odd pages right and even pages left', async () => {
    const page2 = await run('pdftotext', ['-f', '2', '-l', '2', final.pdfPath, '-']);
    expect(page2.stdout).toMatch(/—\s*2\s*—/);
    // The page number is the lowest word of the page; its x position says which side it sits on.
    for (const path of [final.pdfPath, final.docxPdfPath]) {
      const bbox = (await run('pdftotext', ['-f', '1', '-l', '2', '-bbox', path, '-'])).stdout;
      const pages = bbox.split('<page ').slice(1);
      pages.forEach((pageXml, i) => {
        const words = [...pageXml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
        const lowest = Math.max(...words.map((w) => Number(w[2])));
        const number = words.find((w) => Number(w[2]) === lowest && w[3] === String(i + 1));
        expect(number, `${path}: page ${i + 1} number`).toBeDefined();
        const x = Number(number![1]);
        if (i % 2 === 0) expect(x, `${path}: odd page number on the right`).toBeGreaterThan(400);
        else expect(x, `${path}: even page number on the left`).toBeLessThan(200);
      });
    }
    const docxPage2 = await run('pdftotext', ['-f', '2', '-l', '2', final.docxPdfPath, '-']);
    expect(docxPage2.stdout).toMatch(/—\s*2\s*—/);
  });

  it('reads every figure back from the rendered text, equal to the data it came from', async () => {
    const figures = collectFigures(final.doc).filter((f) => f.unit === 'fen' && /\d/.test(f.text));
    for (const path of [final.pdfPath, final.docxPdfPath]) {
      // A page's footer (—5—) may fall between a number and its unit: the flow of the text is read without it.
      const text = squash(await pdfText(path)).replace(/—\d+—/g, '');
      for (const f of figures) expect(text, `${path} lacks figure ${f.text}`).toContain(squash(f.text));
      // Parse the sentences back and compare with the data, at the department's display precision.
      const shown = (v: number | undefined) => formatAmount(v ?? Number.NaN, { unit: '万元', decimals: 2 });
      for (const line of finalDy.expenditure.byFunction) {
        const m = new RegExp(`${line.name}年初预算数([\\d.]+)万元，全年预算数([\\d.]+)万元，决算数([\\d.]+)万元`).exec(text);
        expect(m, `${path}: sentence for ${line.name}`).not.toBeNull();
        expect(shown(parseFen(`${m![1]}万元`))).toBe(shown(line.amounts.initialBudget));
        expect(shown(parseFen(`${m![2]}万元`))).toBe(shown(line.amounts.adjustedBudget));
        expect(shown(parseFen(`${m![3]}万元`))).toBe(shown(line.amounts.final));
      }
      const basic = /全年基本支出([\d.]+)万元，其中：(.*?)。/.exec(text);
      expect(basic).not.toBeNull();
      const parts = [...basic![2]!.matchAll(/([^、\d]+?)([\d.]+)万元/g)];
      expect(parts.map((p) => p[1])).toEqual(finalDy.expenditure.byNature.basic.byEconomic.map((l) => l.name));
      parts.forEach((p, i) => {
        expect(parseFen(`${p[2]}万元`)).toBe(finalDy.expenditure.byNature.basic.byEconomic[i]!.amounts.final);
      });
      const partsSum = parts.reduce((s, p) => s + parseFen(`${p[2]}万元`), 0);
      expect(parseFen(`${basic![1]}万元`), 'the stated basic total adds up').toBe(partsSum);
      const tp = /“三公”经费预算数为([\d.]+)万元，其中：公务接待费([\d.]+)万元、因公出国（境）费([\d.]+)万元、公务用车购置及运行维护费([\d.]+)万元/.exec(text);
      expect(tp).not.toBeNull();
      expect(parseFen(`${tp![1]}万元`)).toBe(
        [tp![2], tp![3], tp![4]].reduce((s, v) => s + parseFen(`${v}万元`), 0),
      );
      expect(parseFen(`${tp![2]}万元`)).toBe(finalDy.threePublic.reception.budget);
    }
  });

  it('gives the audit no error-level finding on the generated final report', async () => {
    const { auditText } = await import('../audit/index.ts');
    const report = auditText(documentText(final.doc), { file: 'final.txt' });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `[${f.rule}] ${f.message}`)).toEqual([]);
  });

  it('gives `jixiao check` (auditFile) no error-level finding on the .docx and .html files themselves', async () => {
    const { auditFile } = await import('../audit/index.ts');
    for (const path of [final.docxPath, join(dir, 'final.html')]) {
      const report = await auditFile(path);
      const errors = report.findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${path}: [${f.rule}] ${f.message}`)).toEqual([]);
    }
  });

  it('serves concurrent requests from the one warm browser, and starts again after being closed', async () => {
    const [a, b] = await Promise.all([
      renderDocument(final.doc, 'pdf'),
      renderDocument(final.doc, 'docx'),
    ]);
    expect((a as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((b as Buffer).subarray(0, 2).toString()).toBe('PK');
    await closeReportRenderer();
    const again = (await renderDocument(final.doc, 'pdf')) as Buffer;
    expect(again.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a final report of the uncorrected demo and names the validation errors', async () => {
    const attempt = renderReport(loadDemo(), { format: 'html' });
    await expect(attempt).rejects.toBeInstanceOf(ReportRefusedError);
    const err = await attempt.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportRefusedError);
    const refused = err as ReportRefusedError;
    const rules = refused.findings.map((f) => f.rule);
    expect(rules.filter((r) => r !== 'report-incomplete')).toEqual(['sum-mismatch', 'sum-mismatch']);
    // …and what the officer still has to write, each naming its place.
    const missing = refused.findings.filter((f) => f.rule === 'report-incomplete');
    expect(missing.map((f) => f.evidence[0]?.path)).toEqual(expect.arrayContaining(['fixedAssets.totalOriginalValue', 'selfAssessment.indicators', 'projects[0].indicators']));
    expect(refused.message).toMatch(/拒绝生成正式报告.*refused/);
  });

  it('watermarks the draft 草稿 in every format and lists what is unresolved', async () => {
    expect(draft.html).toContain('<div class="watermark" aria-hidden="true">草稿</div>');
    expect(draft.html).toContain('基本支出按经济分类分（决算数）');
    expect(final.html).not.toContain('class="watermark"');
    const pdf = await pdfText(draft.pdfPath);
    expect(pdf).toContain('草稿');
    expect(pdf).toContain('数据校验未通过');
    const zip = await JSZip.loadAsync(await readFile(draft.docxPath));
    const headers = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    const header = await zip.file(headers[0]!)!.async('string');
    expect(header).toContain('string="草稿"');
    expect(await pdfText(draft.docxPdfPath)).toContain('草稿');
    expect(await pdfText(final.docxPdfPath)).not.toContain('草稿');
  });
});
