/**
 * The label PDF for 500 assets, checked the way a person would: render a page to PNG with pdftoppm, read a QR
 * code off the image with jsQR, and get the asset number back.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as jsqrModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { assetNumberFromScan, type Asset, importLedger, labelSheetHtml, labelSheetPdf, labelSizeById, loadAssetConfig } from '../index.ts';
import { assetClasses } from '../service.ts';
import { generateAssets, generateLedgerRows } from '../test-support.ts';
import { CHROMIUM_PATH } from './print-pdf.ts';

// jsqr is CommonJS with a `default` export in its types: under NodeNext the callable is `.default`.
type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsqrExport = (jsqrModule as unknown as { default: Decode | { default: Decode } }).default;
const jsQR: Decode = typeof jsqrExport === 'function' ? jsqrExport : jsqrExport.default;
const config = loadAssetConfig();
const canRender = existsSync(CHROMIUM_PATH) && existsSync('/usr/bin/pdftoppm');
const work = mkdtempSync(path.join(tmpdir(), 'jixiao-labels-'));
afterAll(() => {
  if (!process.env['JIXIAO_KEEP_LABELS']) rmSync(work, { recursive: true, force: true });
});

function register(count: number): Asset[] {
  const result = importLedger(generateLedgerRows(generateAssets(count)), { config, classes: assetClasses(2026) });
  expect(result.errors).toEqual([]);
  return [...result.assets];
}

/** Decode the QR code inside one label's cell of a rendered page. */
function decodeCell(png: PNG, x: number, y: number, w: number, h: number): string | undefined {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let row = 0; row < h; row++) {
    const start = ((y + row) * png.width + x) * 4;
    data.set(png.data.subarray(start, start + w * 4), row * w * 4);
  }
  return jsQR(data, w, h)?.data;
}

describe('label sheets', () => {
  it('puts one label per slot and escapes names', async () => {
    const size = labelSizeById(config, 'a4-3x8-70x37');
    const assets = register(30).map((a, i) => (i === 0 ? { ...a, name: '<b>台式&计算机</b>' } : a));
    const html = await labelSheetHtml(assets, { size, department: '沅陵县商务局' });
    expect(html.match(/class="label"/g)).toHaveLength(30);
    expect(html.match(/class="page"/g), '24 labels per page: 30 make two pages').toHaveLength(2);
    expect(html).toContain('&#60;b&#62;台式&#38;计算机&#60;/b&#62;');
    expect(html).not.toContain('<b>台式');
    expect(html, 'a short number at full size').toContain('<div class="number" style="font-size:10pt">ZC-00002</div>');
    const long = await labelSheetHtml([{ ...assets[1]!, assetNumber: '2019-01-000123-001' }], { size: labelSizeById(config, 'a4-3x7-63.5x38.1'), department: 'x' });
    const pt = Number(/class="number" style="font-size:([\d.]+)pt"/.exec(long)?.[1]);
    expect(pt, 'a long number shrinks to fit the 63.5 mm label, so it is never cut').toBeLessThan(8);
    expect(pt).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(!canRender)('renders 500 labels to PDF, and a QR code read off a rendered page gives the asset number back', { timeout: 180_000 }, async () => {
    const size = labelSizeById(config, config.defaultLabelSize);
    const assets = register(500);
    const pdf = await labelSheetPdf(assets, { size, department: '沅陵县商务局', outline: true });
    const file = path.join(work, 'labels.pdf');
    execFileSync('/bin/sh', ['-c', `cat > "${file}"`], { input: pdf });
    const info = execFileSync('pdfinfo', [file]).toString();
    const perPage = size.columns * size.rows;
    expect(info).toMatch(new RegExp(`Pages:\\s+${Math.ceil(500 / perPage)}\\b`));
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);

    // Page 3 holds assets 49…72; its first label sits at the top-left slot.
    const dpi = 200;
    execFileSync('pdftoppm', ['-f', '3', '-l', '3', '-r', String(dpi), '-png', file, path.join(work, 'page')]);
    const pngFile = path.join(work, 'page-03.png');
    const png = PNG.sync.read(readFileSync(pngFile));
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    const decoded: string[] = [];
    for (const slot of [0, 4, perPage - 1]) {
      const col = slot % size.columns;
      const row = Math.floor(slot / size.columns);
      const x = px(size.marginLeftMm + col * size.pitchXMm);
      const y = px(size.marginTopMm + row * size.pitchYMm);
      const text = decodeCell(png, x, y, Math.min(px(size.labelWidthMm), png.width - x), Math.min(px(size.labelHeightMm), png.height - y));
      expect(text, `QR in slot ${slot} of page 3 should decode`).toBeDefined();
      decoded.push(text!);
    }
    const first = assets[2 * perPage]!;
    expect(assetNumberFromScan(decoded[0]!)).toBe(first.assetNumber);
    expect(decoded[0]).toBe(`资产编号:${first.assetNumber}\n资产名称:${first.name}\n使用单位:沅陵县商务局`);
    expect(assetNumberFromScan(decoded[1]!)).toBe(assets[2 * perPage + 4]!.assetNumber);
    expect(assetNumberFromScan(decoded[2]!)).toBe(assets[3 * perPage - 1]!.assetNumber);
  });
});
