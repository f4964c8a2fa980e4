/**
 * compose(): department-year + outline template → the format-neutral ReportDocument. Every figure is taken
 * from the data here, once; renderers only lay the document out.
 */
import type { DepartmentYear } from '../core/department-year.ts';
import type { Finding } from '../core/finding.ts';
import { type BlockContext, selfReference, toFill } from './blocks/context.ts';
import { BLOCKS } from './blocks/registry.ts';
import { headingNumber } from './chinese-numbering.ts';
import type { Block, ReportDocument } from './document-model.ts';
import { figureFormat } from './figures.ts';
import { getOutline, type Outline, OutlineError, type OutlineSection, outlineBlockIds } from './outline.ts';
import { scoreView } from './score-view.ts';

export interface ComposeOptions {
  /** Outline template id; default: the default template (county, nine sections). */
  readonly outline?: string;
  /** An evaluation result (issue 4) whose scores the report states. */
  readonly evaluation?: unknown;
  /** Draft: unresolved validation errors are listed at the top. */
  readonly draft?: boolean;
  readonly draftFindings?: readonly Finding[];
}

export function checkOutlineBlocks(outline: Outline): void {
  const unknown = outlineBlockIds(outline).filter((id) => !(id in BLOCKS));
  if (unknown.length > 0) {
    throw new OutlineError(
      `提纲模板“${outline.id}”引用了不存在的内容块：${unknown.join('、')} / outline names unknown blocks: ${unknown.join(', ')}`,
    );
  }
}

export function composeReport(dy: DepartmentYear, options: ComposeOptions = {}): ReportDocument {
  const outline = getOutline(options.outline);
  checkOutlineBlocks(outline);
  let tables = 0;
  let charts = 0;
  const base = {
    dy,
    f: figureFormat(dy),
    outline,
    scores: scoreView(dy, options.evaluation),
    draft: options.draft === true,
    selfRef: selfReference(dy),
    nextTableNumber: () => ++tables,
    nextChartNumber: () => ++charts,
  };
  const blocks: Block[] = [];
  const walk = (section: OutlineSection, level: number, index: number): void => {
    if (level <= 3) {
      const l = level as 1 | 2 | 3;
      blocks.push({ type: 'heading', level: l, number: headingNumber(l, index), text: section.heading });
    } else {
      blocks.push({ type: 'paragraph', lead: `（${index}）${section.heading}`, content: [] });
    }
    const ctx: BlockContext = { ...base, level: level + 1 };
    for (const id of section.blocks) blocks.push(...BLOCKS[id]!(ctx));
    for (const [i, child] of section.children.entries()) walk(child, level + 1, i + 1);
  };
  for (const [i, s] of outline.sections.entries()) walk(s, 1, i + 1);
  const attachments = outline.attachments.flatMap((id) => BLOCKS[id]!({ ...base, level: 1 }));
  blocks.push(...closing(dy, attachments, base.draft));
  blocks.push(...attachments);
  const titleLines = outline.title
    .replace('{fiscalYear}', String(dy.fiscalYear))
    .replace('{departmentName}', dy.department.name)
    .split('\n');
  return {
    title: titleLines.join(''),
    titleLines,
    outlineId: outline.id,
    outlineVersion: outline.version,
    departmentName: dy.department.name,
    fiscalYear: dy.fiscalYear,
    draft: options.draft === true,
    draftNotes: (options.draftFindings ?? []).map((f) => f.message),
    blocks,
  };
}

/** 成文日期 as a report writes it: 2025年3月31日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** 附件说明, 落款 and 成文日期 after the last section (a final report is refused without the date). */
function closing(dy: DepartmentYear, attachments: readonly Block[], draft: boolean): Block[] {
  const titles = attachments.flatMap((b) => (b.type === 'attachment-title' ? [b.title] : []));
  const out: Block[] = [];
  if (titles.length > 0) {
    // GB/T 9704: 附件 names numbered 1. 2. …, no punctuation after a name, each on its own line aligned under the
    // first. “附件：” stands on its own line so that no line of the list starts with a number other than 1. in
    // sequence (a reader of the PDF takes such a line for a heading).
    out.push({ type: 'paragraph', keepWithNext: true, content: ['附件：'] });
    titles.forEach((t, i) => {
      // The last name keeps with the 落款, so the signature never stands alone on a page (GB/T 9704).
      out.push({ type: 'paragraph', indentChars: 5, keepWithNext: i === titles.length - 1, content: [`${i + 1}.${t}`] });
    });
  }
  const date = dy.selfAssessment.reportDate;
  out.push({ type: 'paragraph', align: 'right', keepWithNext: true, content: [dy.department.name] });
  out.push({ type: 'paragraph', align: 'right', content: [date ? chineseDate(date) : draft ? toFill('成文日期') : ''] });
  return out;
}
