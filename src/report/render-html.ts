/**
 * HTML rendering of a ReportDocument: one self-contained page (inline CSS and SVG, nothing fetched), used as
 * the web preview and as the source of the PDF. Sizes follow GB/T 9704: A4, 3号 (16pt) body, 28.95pt lines.
 */
import type { Block, Figure, Inline, ReportDocument, TableBlock } from './document-model.ts';
import { cssFontFamily } from './fonts.ts';

export interface HtmlOptions {
  /** `print`: no screen frame, margins left to the PDF printer. */
  readonly mode?: 'screen' | 'print';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inlineHtml(content: readonly Inline[]): string {
  return content.map((i) => (typeof i === 'string' ? escapeHtml(i) : figureHtml(i))).join('');
}

function figureHtml(f: Figure): string {
  const source = f.source.kind === 'field' ? f.source.path : f.source.kind === 'sum' ? `Σ ${f.source.paths.length}项` : f.source.note;
  // The source stays machine-readable for the web app (highlighting, linking to the field), not a tooltip.
  return `<span class="fig" data-source="${escapeHtml(source)}">${escapeHtml(f.text)}</span>`;
}

function tableHtml(t: TableBlock): string {
  const total = t.columnWidths.reduce((a, b) => a + b, 0);
  const cols = t.columnWidths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const headerRows = t.headerRows ?? 0;
  const rowHtml = (row: TableBlock['rows'][number]): string =>
    `<tr>${row
      .map((c) => {
        const tag = c.header ? 'th' : 'td';
        const attrs = [
          c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '',
          c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '',
          c.align ? ` class="${c.align}"` : '',
        ].join('');
        return `<${tag}${attrs}>${inlineHtml(c.content)}</${tag}>`;
      })
      .join('')}</tr>`;
  const head = t.rows.slice(0, headerRows).map(rowHtml).join('');
  const body = t.rows.slice(headerRows).map(rowHtml).join('');
  // A long table may start on the page it follows: kept whole it would move to the next page and still not fit.
  const long = t.rows.length > LONG_TABLE_ROWS;
  return `<figure class="table${t.dense ? ' dense' : ''}${long ? ' long' : ''}"><figcaption>${escapeHtml(t.caption)}</figcaption><table><colgroup>${cols}</colgroup>${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table></figure>`;
}

function paragraphAttributes(b: Extract<Block, { type: 'paragraph' }>): string {
  if (b.note) return ' class="note"';
  const style = [
    ...(b.align === 'right' ? ['text-align:right;text-indent:0;padding-right:2em'] : []),
    ...(b.indentChars !== undefined ? [`text-align:left;text-indent:0;padding-left:${b.indentChars}em`] : []),
    ...(b.keepWithNext ? ['break-after:avoid'] : []),
  ].join(';');
  return style ? ` style="${style}"` : '';
}

/** Rows above which a table is allowed to break across pages (about half an A4 page of body rows). */
const LONG_TABLE_ROWS = 12;

function blockHtml(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level + 1}>${escapeHtml(b.number + b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p${paragraphAttributes(b)}>${b.lead ? `<strong>${escapeHtml(b.lead)}</strong>` : ''}${inlineHtml(b.content)}</p>`;
    case 'table':
      return tableHtml(b);
    case 'chart':
      return `<figure class="chart" style="max-width:${b.width}px">${b.svg}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
    case 'page-break':
      return '<div class="page-break"></div>';
    case 'attachment-title':
      return `<p class="attachment-label">${escapeHtml(b.label)}</p><h2 class="attachment-title">${escapeHtml(b.title)}</h2>`;
  }
}

function css(mode: 'screen' | 'print'): string {
  const screen =
    mode === 'screen'
      ? `body{background:#e8e8e8;margin:0;padding:24px 0}
main{background:#fff;width:210mm;box-sizing:border-box;margin:0 auto;padding:37mm 26mm 35mm 28mm;box-shadow:0 1px 6px rgba(0,0,0,.25)}
.page-break{border-top:1px dashed #bbb;margin:24px -26mm 24px -28mm}
@media screen and (max-width:820px){body{padding:0}main{width:auto;padding:16px 14px}.page-break{margin:16px -14px}}
@media print{body{background:none;padding:0}main{box-shadow:none;padding:0;width:auto}.page-break{border:0;margin:0}}`
      : 'body{margin:0}main{padding:0}.page-break{display:none}';
  // Print: GB/T 9704 margins, and page numbers in the page margin boxes — odd pages right, even pages left.
  const pageRules =
    mode === 'print'
      ? `@page{size:A4;margin:37mm 26mm 35mm 28mm}
@page :right{@bottom-right{content:"— " counter(page) " —";font-family:${cssFontFamily('table')};font-size:14pt;vertical-align:top;padding-top:7mm;margin-right:14pt}}
@page :left{@bottom-left{content:"— " counter(page) " —";font-family:${cssFontFamily('table')};font-size:14pt;vertical-align:top;padding-top:7mm;margin-left:14pt}}`
      : '@page{size:A4}';
  return `${pageRules}
${screen}
body{font-family:${cssFontFamily('body')};font-size:16pt;line-height:28.95pt;color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-family:${cssFontFamily('title')};font-size:22pt;line-height:1.5;font-weight:normal;text-align:center;margin:0 0 28.95pt}
h2,h3,h4{font-size:16pt;line-height:28.95pt;margin:0;text-indent:2em;font-weight:normal;break-after:avoid}
h2{font-family:${cssFontFamily('heading1')}}
h3{font-family:${cssFontFamily('heading2')}}
h4{font-family:${cssFontFamily('body')};font-weight:bold}
p{margin:0;text-indent:2em;text-align:justify}
p strong{font-weight:bold}
p.note{font-size:12pt;line-height:20pt;text-indent:0}
/* The break goes before what follows the marker: a marker left at the top of a page by a full page before it would add a blank page. */
.page-break+*{break-before:page}
p.attachment-label{text-indent:0;font-family:${cssFontFamily('heading1')}}
h2.attachment-title{font-family:${cssFontFamily('title')};font-size:18pt;text-align:center;text-indent:0;margin:8pt 0 12pt}
figure{margin:10pt 0}
figure.table:not(.dense):not(.long){break-inside:avoid}
figure.table figcaption{break-after:avoid}
figure.table figcaption{font-family:${cssFontFamily('heading1')};font-size:12pt;line-height:1.6;text-align:center;margin-bottom:4pt}
table{width:100%;border-collapse:collapse;table-layout:fixed;font-family:${cssFontFamily('table')};font-size:11pt;line-height:1.45}
figure.dense table{font-size:9.5pt;line-height:1.3}
th,td{border:0.75pt solid #000;padding:2pt 4pt;vertical-align:middle;word-break:normal;overflow-wrap:anywhere}
th{font-weight:bold;text-align:center}
td.right{text-align:right}td.center{text-align:center}td.left{text-align:left}
td .fig{white-space:nowrap}
thead{display:table-header-group}
tr{break-inside:avoid}
/* A row that opens a merged 一级/二级 cell may break: kept whole it would carry its whole group to the next page and leave a half-empty one. Numbers in cells never break (word-break:normal). */
tr:has(>[rowspan]){break-inside:auto}
tbody tr:last-child{break-before:avoid}
figure.chart{margin:10pt auto;break-inside:avoid;text-align:center}
figure.chart svg{width:100%;height:auto}
figure.chart figcaption{font-family:${cssFontFamily('heading1')};font-size:12pt;line-height:1.6}
.draft-notes{border:1.5pt solid #c00;color:#900;font-size:12pt;line-height:1.6;padding:6pt 10pt;margin:0 0 16pt}
.draft-notes p{text-indent:0}
.watermark{position:fixed;top:45%;left:-10%;width:120%;text-align:center;transform:rotate(-35deg);font-family:${cssFontFamily('heading1')};font-size:110pt;letter-spacing:40pt;color:rgba(204,0,0,.17);pointer-events:none;z-index:10;line-height:1}`;
}

export function renderHtml(doc: ReportDocument, options: HtmlOptions = {}): string {
  const mode = options.mode ?? 'screen';
  const parts: string[] = [];
  if (doc.draft) {
    parts.push('<div class="watermark" aria-hidden="true">草稿</div>');
    const notes = doc.draftNotes.length
      ? doc.draftNotes.map((n, i) => `<p>${i + 1}. ${escapeHtml(n)}</p>`).join('')
      : '';
    parts.push(
      `<div class="draft-notes"><p><strong>草稿：数据校验未通过，不得作为正式报告报送。</strong>${notes ? '待解决的问题：' : ''}</p>${notes}</div>`,
    );
  }
  parts.push(`<h1>${doc.titleLines.map(escapeHtml).join('<br>')}</h1>`);
  for (const b of doc.blocks) parts.push(blockHtml(b));
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Jixiao report writer; outline ${escapeHtml(doc.outlineId)} ${escapeHtml(doc.outlineVersion)}">
<title>${escapeHtml(doc.title)}${doc.draft ? '（草稿）' : ''}</title>
<style>${css(mode)}</style></head>
<body><main>
${parts.join('\n')}
</main></body></html>
`;
}
