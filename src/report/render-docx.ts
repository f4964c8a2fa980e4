/**
 * Word (.docx) rendering in the 公文 layout of GB/T 9704: A4; margins 37/35/28/26 mm (版心 156×225 mm);
 * title 2号 小标宋; body 3号 仿宋 on a 28.95 pt line (22 lines a page); headings 黑体 / 楷体 / 仿宋 bold;
 * 4号 page numbers “— 1 —”, odd pages right and even pages left. Fonts, sizes and spacing live in named
 * paragraph styles (Word's style list shows them, headings carry outline levels for the navigation pane), and
 * every style names its East-Asian font so Word and WPS use the Chinese font rather than the Latin one.
 * Styles rather than per-run formatting also keep the file small and the build fast. Charts go in as PNG.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  type IParagraphStyleOptions,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import {
  type Block,
  type ChartBlock,
  cellColumns,
  type Inline,
  inlineText,
  type ReportDocument,
  type TableBlock,
  type TableCell as ModelCell,
} from './document-model.ts';
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

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function style(
  id: string,
  name: string,
  role: FontRole,
  size: number,
  paragraph: IParagraphStyleOptions['paragraph'],
  bold = false,
): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', quickFormat: true, run: { font: font(role), size, bold }, paragraph };
}

const exact = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

function cellStyleId(c: ModelCell, dense: boolean): string {
  const align = c.header ? 'center' : (c.align ?? 'left');
  return `JxCell${c.header ? 'Head' : ''}${align[0]!.toUpperCase()}${align.slice(1)}${dense ? 'Dense' : ''}`;
}

function cellStyles(): IParagraphStyleOptions[] {
  const out: IParagraphStyleOptions[] = [];
  const aligns: Record<string, Align> = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };
  for (const dense of [false, true]) {
    for (const header of [false, true]) {
      for (const [name, alignment] of Object.entries(aligns)) {
        if (header && name !== 'center') continue;
        const probe: ModelCell = { content: [], header, align: name as ModelCell['align'] };
        out.push(
          style(
            cellStyleId(probe, dense),
            `表格${header ? '表头' : '单元格'}${dense ? '（紧凑）' : ''}${name}`,
            'table',
            dense ? 18 : 21, // 小五 9 pt / 五号 10.5 pt
            { alignment, spacing: { line: 260, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
            header,
          ),
        );
      }
    }
  }
  return out;
}

const STYLES: IParagraphStyleOptions[] = [
  style('JxBody', '正文（仿宋三号）', 'body', BODY_SIZE, { alignment: AlignmentType.JUSTIFIED, spacing: exact, indent: { firstLine: INDENT_2_CHARS } }),
  style('JxHeading1', '一级标题（黑体）', 'heading1', BODY_SIZE, { spacing: exact, indent: { firstLine: INDENT_2_CHARS }, keepNext: true, outlineLevel: 0 }),
  style('JxHeading2', '二级标题（楷体）', 'heading2', BODY_SIZE, { spacing: exact, indent: { firstLine: INDENT_2_CHARS }, keepNext: true, outlineLevel: 1 }),
  style('JxHeading3', '三级标题（仿宋加粗）', 'body', BODY_SIZE, { spacing: exact, indent: { firstLine: INDENT_2_CHARS }, keepNext: true, outlineLevel: 2 }, true),
  style('JxTitle', '标题（小标宋二号）', 'title', 44, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: LINE, line: 700, lineRule: LineRuleType.AT_LEAST } }),
  style('JxNote', '注释', 'body', 24, { spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 0 } }),
  style('JxCaption', '表图题（黑体小四）', 'heading1', 24, { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60, line: 300, lineRule: LineRuleType.AUTO } }),
  style('JxFigure', '图', 'body', 24, { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0 } }),
  style('JxAttachmentLabel', '附件标注（黑体）', 'heading1', BODY_SIZE, { spacing: exact }),
  style('JxAttachmentTitle', '附件标题（小标宋）', 'title', 36, { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 } }),
  style('JxDraft', '草稿说明', 'heading1', 24, { spacing: { before: 0, after: 60 } }),
  style('JxFooter', '页码', 'table', 28, {}),
  ...cellStyles(),
];

function text(content: readonly Inline[]): TextRun[] {
  const t = inlineText(content);
  return t ? [new TextRun(t)] : [];
}

function tableDocx(t: TableBlock): (Paragraph | Table)[] {
  const total = t.columnWidths.reduce((a, b) => a + b, 0);
  const widths = t.columnWidths.map((w) => Math.round((w / total) * CONTENT_WIDTH_TWIPS));
  const headerRows = t.headerRows ?? 0;
  const dense = t.dense === true;
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
            children: [new Paragraph({ style: cellStyleId(c, dense), children: text(c.content) })],
          });
        }),
      }),
  );
  return [
    new Paragraph({ style: 'JxCaption', children: text([t.caption]) }),
    new Table({
      rows,
      width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
    }),
    new Paragraph({ style: 'JxNote', children: [] }),
  ];
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
    : new TextRun('（图表未生成：本机缺少 Chromium）');
  return [
    new Paragraph({ style: 'JxFigure', children: [image] }),
    new Paragraph({ style: 'JxCaption', keepNext: false, spacing: { after: 120 }, children: text([c.caption]) }),
  ];
}

function blockDocx(b: Block, charts: ReadonlyMap<string, Buffer>, pageBreakBefore = false): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ style: `JxHeading${b.level}`, children: text([b.number + b.text]) })];
    case 'paragraph':
      if (b.note) return [new Paragraph({ style: 'JxNote', children: text(b.content) })];
      {
        const keep = b.keepWithNext ? { keepNext: true } : {};
        if (b.align === 'right') {
          return [new Paragraph({ style: 'JxBody', alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: 640 }, ...keep, children: text(b.content) })];
        }
        if (b.indentChars !== undefined) {
          const left = (b.indentChars * INDENT_2_CHARS) / 2;
          return [new Paragraph({ style: 'JxBody', alignment: AlignmentType.LEFT, indent: { firstLine: 0, left }, ...keep, children: text(b.content) })];
        }
      }
      return [
        new Paragraph({
          style: 'JxBody',
          ...(b.keepWithNext ? { keepNext: true } : {}),
          children: [...(b.lead ? [new TextRun({ text: b.lead, bold: true })] : []), ...text(b.content)],
        }),
      ];
    case 'table':
      return tableDocx(b);
    case 'chart':
      return chartDocx(b, charts.get(b.id));
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'attachment-title':
      return [
        new Paragraph({ style: 'JxAttachmentLabel', ...(pageBreakBefore ? { pageBreakBefore: true } : {}), children: text([b.label]) }),
        new Paragraph({ style: 'JxAttachmentTitle', children: text([b.title]) }),
      ];
  }
}

function pageNumberFooter(alignment: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'JxFooter',
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 单页码居右空一字，双页码居左空一字 (GB/T 9704 §7.5).
        indent: alignment === 'right' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
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
          new TextWatermark({ text: '草稿', font: docxEastAsiaFont('heading1'), color: 'F6CFCF', opacity: 0.3 }),
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
        style: 'JxDraft',
        children: text(['草稿：数据校验未通过，不得作为正式报告报送。', doc.draftNotes.length ? '待解决的问题：' : '']),
      }),
    );
    for (const [i, n] of doc.draftNotes.entries()) {
      children.push(new Paragraph({ style: 'JxNote', children: [new TextRun({ text: `${i + 1}. ${n}`, color: '990000' })] }));
    }
  }
  children.push(
    new Paragraph({
      style: 'JxTitle',
      children: doc.titleLines.flatMap((line, i) => (i > 0 ? [new TextRun({ text: line, break: 1 })] : text([line]))),
    }),
  );
  doc.blocks.forEach((b, i) => {
    // A page break before an attachment is the label's “page break before”: an empty paragraph holding the break
    // would fall on a page of its own when the page before is full, and leave it blank.
    if (b.type === 'page-break' && doc.blocks[i + 1]?.type === 'attachment-title') return;
    const broken = b.type === 'attachment-title' && doc.blocks[i - 1]?.type === 'page-break';
    children.push(...blockDocx(b, charts, broken));
  });
  const document = new Document({
    creator: 'Jixiao',
    title: doc.title,
    description: `outline ${doc.outlineId} ${doc.outlineVersion}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        // Latin letters and digits are tagged en-US (w:val), Chinese zh-CN (w:eastAsia): with the Latin part tagged
        // zh-CN, Word and WPS may break a number such as 1668.70 between its digits at a line end.
        document: { run: { font: font('body'), size: BODY_SIZE, language: { value: 'en-US', eastAsia: 'zh-CN' } } },
      },
      paragraphStyles: STYLES,
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
        headers: doc.draft ? { default: draftHeader(), even: draftHeader() } : undefined,
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
