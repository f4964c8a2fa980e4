/**
 * Word (.docx) rendering in the 公文 layout of GB/T 9704: A4; margins 37/35/28/26 mm (版心 156×225 mm);
 * title 2号 小标宋; body 3号 仿宋 on a 28.95 pt line (22 lines a page); headings 黑体 / 楷体 / 仿宋 bold;
 * 4号 page numbers “— 1 —”, odd pages right and even pages left. Every run names its East-Asian font so Word
 * and WPS use the Chinese font rather than the Latin one. Charts go in as PNG (rasterised from the SVG).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { type Block, type ChartBlock, cellColumns, type Inline, type ReportDocument, type TableBlock } from './document-model.ts';
import { docxEastAsiaFont, type FontRole } from './fonts.ts';

const MM = 56.7; // twips per millimetre
const CONTENT_WIDTH_TWIPS = Math.round(156 * MM);
const LINE = 579; // 28.95 pt in twips: 22 lines in the 225 mm 版心
const BODY_SIZE = 32; // half-points: 3号 = 16 pt
const INDENT_2_CHARS = 640; // two 16 pt characters

function font(role: FontRole): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  const eastAsia = docxEastAsiaFont(role);
  const latin = 'Times New Roman';
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
}

/** One run per paragraph: figures need no run of their own in Word, and fewer runs keep the file small. */
function runs(content: readonly Inline[], role: FontRole, size: number, bold = false): TextRun[] {
  const text = content.map((i) => (typeof i === 'string' ? i : i.text)).join('');
  return text ? [new TextRun({ text, font: font(role), size, bold: bold || undefined })] : [];
}

function bodyParagraph(children: ParagraphChild[], indent = true): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: indent ? { firstLine: INDENT_2_CHARS } : undefined,
  });
}

function tableDocx(t: TableBlock): (Paragraph | Table)[] {
  const total = t.columnWidths.reduce((a, b) => a + b, 0);
  const widths = t.columnWidths.map((w) => Math.round((w / total) * CONTENT_WIDTH_TWIPS));
  const size = t.dense ? 18 : 21; // 小五 9 pt / 五号 10.5 pt
  const headerRows = t.headerRows ?? 0;
  const starts = cellColumns(t.rows);
  const rows = t.rows.map(
    (row, r) =>
      new TableRow({
        tableHeader: r < headerRows,
        cantSplit: true,
        children: row.map((c, k) => {
          const span = c.colSpan ?? 1;
          const col = starts[r]![k]!;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          return new TableCell({
            columnSpan: span > 1 ? span : undefined,
            rowSpan: c.rowSpan && c.rowSpan > 1 ? c.rowSpan : undefined,
            verticalAlign: VerticalAlignTable.CENTER,
            width: { size: width, type: WidthType.DXA },
            margins: { left: 60, right: 60, top: 20, bottom: 20 },
            children: [
              new Paragraph({
                alignment: c.header
                  ? AlignmentType.CENTER
                  : c.align === 'right'
                    ? AlignmentType.RIGHT
                    : c.align === 'center'
                      ? AlignmentType.CENTER
                      : AlignmentType.LEFT,
                spacing: { line: 260, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
                children: runs(c.content, 'table', size, c.header === true),
              }),
            ],
          });
        }),
      }),
  );
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 60, line: 300, lineRule: LineRuleType.AUTO },
    children: runs([t.caption], 'heading1', 24),
  });
  const table = new Table({
    rows,
    width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
  return [caption, table, new Paragraph({ spacing: { after: 0, line: 240 }, children: [] })];
}

function chartDocx(c: ChartBlock, png: Buffer | undefined): Paragraph[] {
  const maxWidth = 560; // px at 96 dpi ≈ 148 mm, inside the 156 mm 版心
  const scale = Math.min(1, maxWidth / c.width);
  const image = png
    ? new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.round(c.width * scale), height: Math.round(c.height * scale) },
        altText: { name: c.id, title: c.caption, description: c.caption },
      })
    : new TextRun({ text: '（图表未生成：本机缺少 Chromium）', font: font('body'), size: 24 });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120 }, children: [image] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO },
      children: runs([c.caption], 'heading1', 24),
    }),
  ];
}

const HEADING_ROLE: Record<1 | 2 | 3, FontRole> = { 1: 'heading1', 2: 'heading2', 3: 'body' };

function blockDocx(b: Block, charts: ReadonlyMap<string, Buffer>): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          indent: { firstLine: INDENT_2_CHARS },
          children: runs([b.number + b.text], HEADING_ROLE[b.level], BODY_SIZE, b.level === 3),
        }),
      ];
    case 'paragraph':
      if (b.note) {
        return [new Paragraph({ spacing: { line: 360, lineRule: LineRuleType.AUTO }, children: runs(b.content, 'body', 24) })];
      }
      return [
        bodyParagraph([
          ...(b.lead ? runs([b.lead], 'body', BODY_SIZE, true) : []),
          ...runs(b.content, 'body', BODY_SIZE),
        ]),
      ];
    case 'table':
      return tableDocx(b);
    case 'chart':
      return chartDocx(b, charts.get(b.id));
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'attachment-title':
      return [
        new Paragraph({ spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: runs([b.label], 'heading1', BODY_SIZE) }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 120, after: 240 },
          children: runs([b.title], 'title', 36),
        }),
      ];
  }
}

function pageNumberFooter(alignment: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 单页码居右空一字，双页码居左空一字 (GB/T 9704 §7.5).
        indent: alignment === 'right' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('table'), size: 28 }),
        ],
      }),
    ],
  });
}

function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextWatermark({ text: '草稿', font: docxEastAsiaFont('heading1'), color: 'F2B8B8', opacity: 0.35 }),
          new TextRun({ text: '草稿 — 数据校验未通过，不得作为正式报告报送', font: font('heading1'), size: 21, color: 'C00000' }),
        ],
      }),
    ],
  });
}

/** Render to .docx. `charts` holds the PNG of each chart by id (absent: a note replaces the image). */
export async function renderDocx(doc: ReportDocument, charts: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  if (doc.draft) {
    children.push(
      new Paragraph({
        spacing: { after: 60 },
        children: runs(['草稿：数据校验未通过，不得作为正式报告报送。', doc.draftNotes.length ? '待解决的问题：' : ''], 'heading1', 24).map((r) => r),
      }),
    );
    doc.draftNotes.forEach((n, i) => {
      children.push(new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: `${i + 1}. ${n}`, font: font('body'), size: 24, color: '990000' })] }));
    });
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: LINE, line: 700, lineRule: LineRuleType.AT_LEAST },
      children: doc.titleLines.flatMap((line, i) =>
        runs([line], 'title', 44).flatMap((r) => (i > 0 ? [new TextRun({ break: 1 }), r] : [r])),
      ),
    }),
  );
  for (const b of doc.blocks) children.push(...blockDocx(b, charts));
  const header = doc.draft ? draftHeader() : undefined;
  const document = new Document({
    creator: 'Jixiao',
    title: doc.title,
    description: `outline ${doc.outlineId} ${doc.outlineVersion}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font('body'), size: BODY_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
              header: Math.round(15 * MM),
              footer: Math.round(20 * MM),
            },
          },
        },
        headers: header ? { default: header, even: draftHeader() } : undefined,
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
