/**
 * A4 label sheets as print HTML: each page is absolutely positioned in millimetres to match the label stock
 * (sizes from data/assets/config.json), each label a QR code (SVG) beside the asset number, name and unit.
 */
import QRCode from 'qrcode';
import type { LabelSize } from '../config.ts';
import type { Asset } from '../types.ts';
import { qrPayload } from './qr-payload.ts';

export interface LabelSheetOptions {
  readonly size: LabelSize;
  /** The department named on every label (使用单位). */
  readonly department: string;
  /** Draw the label outlines: for test prints on plain paper. */
  readonly outline?: boolean;
  /** Heading on each label; default 固定资产标签. */
  readonly heading?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const mm = (n: number) => `${Math.round(n * 100) / 100}mm`;

async function qrSvg(text: string): Promise<string> {
  // Medium error correction survives a scuffed label. One module of margin plus the label's padding make the
  // quiet zone (≥ 4 modules at the sizes in data/assets/config.json) without shrinking the code much.
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}

export async function labelSheetHtml(assets: readonly Pick<Asset, 'assetNumber' | 'name' | 'classCode' | 'acquiredOn'>[], options: LabelSheetOptions): Promise<string> {
  const { size } = options;
  const perPage = size.columns * size.rows;
  const pad = Math.min(2, size.labelHeightMm * 0.06);
  const qrSide = size.labelHeightMm - 2 * pad;
  // The asset number must always be read in full: its monospaced size shrinks to fit the text column
  // (a mono glyph is 0.6 em wide; 1 pt = 0.3528 mm), never below 5 pt, never above 10 pt.
  const textWidthMm = size.labelWidthMm - 3 * pad - qrSide;
  const numberPt = (n: string) => Math.max(5, Math.min(10, Math.floor((textWidthMm / (n.length * 0.6 * 0.3528)) * 10) / 10));
  const heading = escapeHtml(options.heading ?? '固定资产标签');
  const department = escapeHtml(options.department);
  const pages: string[] = [];
  for (let start = 0; start < assets.length; start += perPage) {
    const labels: string[] = [];
    const slice = assets.slice(start, start + perPage);
    for (let i = 0; i < slice.length; i++) {
      const a = slice[i]!;
      const col = i % size.columns;
      const row = Math.floor(i / size.columns);
      const svg = await qrSvg(qrPayload({ assetNumber: a.assetNumber, name: a.name, department: options.department }));
      labels.push(
        `<div class="label" style="left:${mm(size.marginLeftMm + col * size.pitchXMm)};top:${mm(size.marginTopMm + row * size.pitchYMm)}">` +
          `<div class="qr">${svg}</div>` +
          `<div class="text"><div class="heading">${heading}</div><div class="unit">${department}</div>` +
          `<div class="name">${escapeHtml(a.name)}</div>` +
          `<div class="number" style="font-size:${numberPt(a.assetNumber)}pt">${escapeHtml(a.assetNumber)}</div>` +
          `<div class="meta">${escapeHtml(a.classCode)} ${escapeHtml(a.acquiredOn)}</div></div></div>`,
      );
    }
    pages.push(`<section class="page">${labels.join('')}</section>`);
  }
  const css = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif; color: #000; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden; page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
.label { position: absolute; width: ${mm(size.labelWidthMm)}; height: ${mm(size.labelHeightMm)}; padding: ${mm(pad)};
  display: flex; gap: ${mm(pad)}; align-items: center; overflow: hidden;${options.outline ? ' outline: 0.1mm dashed #999; outline-offset: -0.1mm;' : ''} }
.qr { flex: none; width: ${mm(qrSide)}; height: ${mm(qrSide)}; }
.qr svg { display: block; width: 100%; height: 100%; }
.text { flex: 1; min-width: 0; display: flex; flex-direction: column; gap: 0.6mm; line-height: 1.2; }
.text > div { flex: none; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.heading { font-size: 7pt; letter-spacing: 0.5pt; border-bottom: 0.2mm solid #000; padding-bottom: 0.4mm; }
.unit { font-size: 7pt; }
/* A long name wraps to two lines at most (breaking inside Latin model names too) and is cut with an ellipsis. */
.text > .name { font-size: 9pt; font-weight: bold; white-space: normal; word-break: break-all;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; }
.number { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono', monospace; font-size: 10pt; font-weight: bold; }
.meta { font-size: 6pt; color: #333; }`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>资产标签</title><style>${css}</style></head><body>${pages.join('')}</body></html>`;
}
