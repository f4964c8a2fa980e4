/**
 * The format-neutral report document: headings, paragraphs, tables and charts. compose() builds it once from
 * the department-year; the docx, pdf and html renderers only lay it out. Every number in it is a Figure that
 * remembers where it came from, so a test can read the rendered text back and check it against the data.
 */

/** Where a figure's value came from: one field of the department-year, or the sum of several. */
export type FigureSource =
  | { readonly kind: 'field'; readonly path: string }
  | { readonly kind: 'sum'; readonly paths: readonly string[] }
  | { readonly kind: 'derived'; readonly note: string };

export type FigureUnit = 'fen' | 'count' | 'percent' | 'score' | 'number';

/** A number as printed in the report, with its exact value and its source. */
export interface Figure {
  readonly type: 'figure';
  /** The text as it appears in the report, e.g. `1668.70万元`. */
  readonly text: string;
  /** Exact value: 分 for money, otherwise the plain number. */
  readonly value: number;
  readonly unit: FigureUnit;
  readonly source: FigureSource;
}

/** A piece of running text: plain text or a figure. */
export type Inline = string | Figure;

export interface HeadingBlock {
  readonly type: 'heading';
  /** 1 = 一、 2 = （一） 3 = 1. */
  readonly level: 1 | 2 | 3;
  /** The number as written (一、 / （一） / 1.), empty when unnumbered. */
  readonly number: string;
  readonly text: string;
}

export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly content: readonly Inline[];
  /** A bold lead-in before the content (目标1：, a problem's title). */
  readonly lead?: string;
  /** A note in smaller type (source remarks, rounding notes). */
  readonly note?: boolean;
  /** The officer's own text, taken as written (its numbers are not generated figures). */
  readonly authored?: boolean;
  /** 落款 and 成文日期 sit at the right margin. */
  readonly align?: 'right';
  /** A left indent in characters with no first-line indent (the items of the 附件 list align under each other). */
  readonly indentChars?: number;
  /** Keep on the page of the block that follows (“附件：” above its list). */
  readonly keepWithNext?: boolean;
}

export interface TableCell {
  readonly content: readonly Inline[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly header?: boolean;
  readonly align?: 'left' | 'center' | 'right';
}

export interface TableBlock {
  readonly type: 'table';
  /** Caption above the table, e.g. 表1 支出按功能分类情况（单位：万元）. */
  readonly caption: string;
  /** Relative column widths. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Rows at the top repeated on each page. */
  readonly headerRows?: number;
  /** Smaller type for wide attachment tables. */
  readonly dense?: boolean;
}

export interface ChartBlock {
  readonly type: 'chart';
  readonly id: string;
  readonly caption: string;
  /** ECharts SSR output. */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export interface PageBreakBlock {
  readonly type: 'page-break';
}

/** An attachment's title line (附件1 …), set apart from the numbered outline. */
export interface AttachmentTitleBlock {
  readonly type: 'attachment-title';
  readonly label: string;
  readonly title: string;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | ChartBlock
  | PageBreakBlock
  | AttachmentTitleBlock;

export interface ReportDocument {
  readonly title: string;
  /** The title as set on the page: a long 公文 title breaks where the template says, not mid-word. */
  readonly titleLines: readonly string[];
  readonly outlineId: string;
  readonly outlineVersion: string;
  readonly departmentName: string;
  readonly fiscalYear: number;
  /** A draft carries a 草稿 watermark and the list of unresolved validation errors. */
  readonly draft: boolean;
  readonly draftNotes: readonly string[];
  readonly blocks: readonly Block[];
}

export function inlineText(content: readonly Inline[]): string {
  return content.map((i) => (typeof i === 'string' ? i : i.text)).join('');
}

export function paragraph(...content: Inline[]): ParagraphBlock {
  return { type: 'paragraph', content };
}

/** A paragraph of the officer's own text. */
export function authored(text: string, lead?: string): ParagraphBlock {
  return lead === undefined ? { type: 'paragraph', content: [text], authored: true } : { type: 'paragraph', lead, content: [text], authored: true };
}

export function cell(content: Inline | readonly Inline[], options: Omit<TableCell, 'content'> = {}): TableCell {
  return { content: Array.isArray(content) ? content : [content as Inline], ...options };
}

/** Every figure of a document, in reading order (paragraphs, then table cells). */
export function collectFigures(doc: ReportDocument): Figure[] {
  const out: Figure[] = [];
  const take = (content: readonly Inline[]): void => {
    for (const i of content) if (typeof i !== 'string') out.push(i);
  };
  for (const b of doc.blocks) {
    if (b.type === 'paragraph') take(b.content);
    else if (b.type === 'table') for (const row of b.rows) for (const c of row) take(c.content);
  }
  return out;
}

/** The grid column where each cell starts, skipping columns held by a row-spanning cell above. */
export function cellColumns(rows: TableBlock['rows']): number[][] {
  const heldUntil: number[] = []; // per column: the last row index a rowSpan above still covers
  return rows.map((row, r) => {
    let col = 0;
    return row.map((c) => {
      while ((heldUntil[col] ?? -1) >= r) col++;
      const start = col;
      const span = c.colSpan ?? 1;
      for (let k = 0; k < span; k++) heldUntil[start + k] = r + (c.rowSpan ?? 1) - 1;
      col += span;
      return start;
    });
  });
}

/** The plain text of the whole document, one block per line (tables row by row, cells tab-separated). */
export function documentText(doc: ReportDocument): string {
  const lines: string[] = [doc.title];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'heading':
        lines.push(`${b.number}${b.text}`);
        break;
      case 'paragraph':
        lines.push((b.lead ?? '') + inlineText(b.content));
        break;
      case 'table':
        lines.push(b.caption);
        lines.push(...tableTextRows(b));
        break;
      case 'chart':
        lines.push(b.caption);
        break;
      case 'attachment-title':
        lines.push(b.label, b.title);
        break;
      case 'page-break':
        break;
    }
  }
  return lines.join('\n');
}

/**
 * A table as text, one line per row on the full column grid: a spanned cell leaves empty cells after it and
 * below it, so a reader of the text finds each value under its column heading.
 */
export function tableTextRows(t: TableBlock): string[] {
  const width = t.columnWidths.length;
  const starts = cellColumns(t.rows);
  return t.rows.map((row, r) => {
    const cells: string[] = new Array(width).fill('');
    row.forEach((c, k) => {
      cells[starts[r]![k]!] = inlineText(c.content);
    });
    return cells.join('\t');
  });
}
