/** The title (first lines) gives the fiscal year, the department, and the 以下简称 clause its short names. */
import { GRAMMAR, SEARCH_WINDOWS } from '../config.ts';
import type { TitleFacts } from './types.ts';
import { anyWord } from './word-pattern.ts';

export interface TitleLexicon {
  readonly titleSuffixes: readonly string[];
  /** Last words of a body's name (局, 中心, 委员会 …: data/audit/entities.json suffixes). */
  readonly entitySuffixes: readonly string[];
  /** Last words of a unit's name besides those (中学, 幼儿园, 学校 …: entities.json nameVariant.unitEndings). */
  readonly entityNameVariant?: { readonly unitEndings: readonly string[] };
}

/** The longest last line of a title wrapped in its box (…部门决 / 算) that is joined to the line before it. */
const WRAPPED_TITLE_TAIL = 4;

const TITLE_WORDS = GRAMMAR.titleWords;
/** A month or a span of months right after the year (1-9月, 1—6月份, 3月): a part of the year, not a name. */
const MONTH_SPAN = /^\d{1,2}(?:[ \t]*[-—–~～至到][ \t]*\d{1,2})?月份?/;
const PERIODS_AFTER_YEAR = GRAMMAR.periodsAfterYear;

/** What a title says after its year without the part of the year it names there (2022年1-9月部门… → 部门…). */
function withoutPeriod(rest: string): string {
  const m = MONTH_SPAN.exec(rest);
  if (m) return rest.slice(m[0].length);
  const word = PERIODS_AFTER_YEAR.find((w) => rest.startsWith(w));
  return word ? rest.slice(word.length) : rest;
}
const GENERIC_NAMES = GRAMMAR.genericNames;
/** Outline headings, part headings, contents and navigation lines are not the title. */
const NOT_TITLE = new RegExp(`^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\\d{1,2}[.、]|第[一二三四五六七八九十]{1,3}部分|${anyWord(GRAMMAR.notTitleWords)})`);
/**
 * A page's chrome copied with its text: a breadcrumb (您当前的位置：首页>裴兴镇>…>预算/决算, 政务公开 > 财政 > …) or a
 * metadata row ([ 体裁分类 ] 财政预算、决算) names the section, not the document.
 */
function isPageChrome(line: string): boolean {
  if (line.startsWith('[')) return true;
  let arrows = 0;
  for (const c of line) if (c === '>' || c === '＞' || c === '»') arrows++;
  return arrows >= 2 || (arrows === 1 && line.includes('首页'));
}

/** A metadata row naming the document in its next cell: 名称: | 重庆市沙坪坝区交通局2021年度部门决算情况说明 | |||| */
const TITLE_FIELD = new RegExp(`^[ \t]*(?:${anyWord(GRAMMAR.titleFieldLabels)})[ \t]*[:：][ \t]*\\|([^|\n]+)\\|`);

/** The cell of a metadata row naming the document (名称: | X |), as a span of the text, or null. */
function titleFieldCell(text: string, p: { start: number; end: number }): { start: number; end: number } | null {
  const m = TITLE_FIELD.exec(text.slice(p.start, p.end));
  if (!m) return null;
  const cell = m[1]!;
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  const start = p.start + m[0].length - 1 - cell.length + cell.indexOf(trimmed);
  return { start, end: start + trimmed.length };
}

/** How many lines after the title a lone bracketed year ((2021年)) is looked for. */
const YEAR_LINE_REACH = SEARCH_WINDOWS.yearLineReach;

export function readTitle(text: string, paragraphs: readonly { start: number; end: number }[], lexicon: TitleLexicon): TitleFacts {
  let title: string | null = null;
  let titleSpan: { start: number; end: number } | null = null;
  // A draft's banner may list its open issues before the title: look a little further than the first lines.
  const head = paragraphs.slice(0, 30);
  const lineOf = (p: { start: number; end: number }): string => text.slice(p.start, p.end).replace(/[ \t]+/g, '');
  for (let i = 0; i < head.length; i++) {
    // A site's metadata row 名称: | X | names the document in its cell: the cell is the line read.
    const p = titleFieldCell(text, head[i]!) ?? head[i]!;
    // A title may be set with spaces between its words (整体支出 绩效评价报告).
    let line = lineOf(p);
    let end = p.end;
    // A title wrapped in its box, a few characters left for its last line (汀源区住房和城乡建设局2024年度部门决 / 算):
    // one line where together they end as a title ends and the first alone does not.
    const next = head[i + 1];
    const tail = next ? lineOf(next) : '';
    if (next && tail.length > 0 && tail.length <= WRAPPED_TITLE_TAIL && !/[\d。，、；：:]/.test(tail) && !lexicon.titleSuffixes.some((x) => line.endsWith(x)) && lexicon.titleSuffixes.some((x) => (line + tail).endsWith(x))) {
      line += tail;
      end = next.end;
    }
    // A sentence (草稿：数据校验未通过，不得作为正式报告报送。) is a banner or a paragraph, not the title.
    if (line.length <= 80 && TITLE_WORDS.some((w) => line.includes(w)) && !NOT_TITLE.test(line) && !/[。，]/.test(line) && !isPageChrome(line)) {
      title = line;
      titleSpan = { start: p.start, end };
      // A title set on two lines (2024年度某县商务局 / 部门整体支出绩效自评报告): the first line carries the year.
      const before = i > 0 ? head[i - 1]! : null;
      const prev = before ? lineOf(before) : '';
      if (before && !/\d{4}年/.test(arabicYears(line)) && /\d{4}年/.test(arabicYears(prev)) && prev.length <= 40 && !/[。，：:]/.test(prev) && !NOT_TITLE.test(prev)) {
        title = prev + line;
        titleSpan = { start: before.start, end };
      }
      // A cover (泮川区应急管理局 / 2024年度部门决算): the body's name on the line above a title opening with its year — a
      // unit's name too (鹤川县第三初级中学 / 2024年度部门决算: a unit ending, entities.json nameVariant.unitEndings).
      const endings = [...lexicon.entitySuffixes, ...(lexicon.entityNameVariant?.unitEndings ?? [])];
      if (before && /^\d{4}年/.test(arabicYears(line)) && prev.length >= 3 && prev.length <= 40 && !/[\d。，、；：:]/.test(prev) && !NOT_TITLE.test(prev) && !isPageChrome(prev) && endings.some((x) => prev.endsWith(x))) {
        title = prev + line;
        titleSpan = { start: before.start, end };
      }
      break;
    }
  }
  // A page's metadata may hold a title word (公开目录 / 自评报告) above the real title: a line without a year is
  // passed over for a later one in the head that has a year and ends the way a title ends (…部门整体支出绩效自评报告).
  if (title && titleSpan && !/\d{4}年/.test(arabicYears(title))) {
    const from = head.findIndex((p) => p.end >= titleSpan!.end);
    for (const p of head.slice(from + 1)) {
      const line = lineOf(p);
      if (line.length <= 80 && /\d{4}年/.test(arabicYears(line)) && lexicon.titleSuffixes.some((x) => line.endsWith(x)) && !NOT_TITLE.test(line) && !/[。，]/.test(line) && !isPageChrome(line)) {
        title = line;
        titleSpan = { start: p.start, end: p.end };
        break;
      }
    }
  }
  // No title line (a 决算 printed from its first part on: 第一部分 X概况 … 第二部分 2024年度部门决算表): the part headings
  // title it — the body named by the first, the year and the kind by a later one ending as a title ends.
  // (A line read as the title after the first part heading is a table's or a section's title, not the document's.)
  {
    const untitled = partHeadingTitle(text, paragraphs, lexicon);
    if (untitled && (!titleSpan || titleSpan.start > untitled.first)) {
      title = untitled.title;
      titleSpan = untitled.span;
    }
  }
  let fiscalYear: number | null = null;
  let department: string | null = null;
  // A form prints its year on a line of its own under the name (项目绩效目标表 / (2021年)), maybe after the
  // page's metadata or the name repeated: a lone bracketed year among the next lines is the title's.
  const titleIndex = titleSpan ? head.findIndex((p) => p.start === titleSpan!.end || p.end === titleSpan!.end || (p.start <= titleSpan!.start && titleSpan!.end <= p.end)) : -1;
  if (title && !/\d{4}年/.test(arabicYears(title)) && titleIndex !== -1) {
    for (const p of head.slice(titleIndex + 1, titleIndex + 1 + YEAR_LINE_REACH)) {
      const m = /^[(（](\d{4})年度?[)）]$/.exec(lineOf(p));
      if (m) {
        fiscalYear = Number(m[1]);
        break;
      }
    }
  }
  if (title) {
    let rest = title;
    let beforeYear = '';
    const digits = arabicYears(title);
    for (let k = 0; k + 4 < title.length; k++) {
      const yearText = digits.slice(k, k + 4);
      if (/^\d{4}$/.test(yearText) && title[k + 4] === '年' && !/\d/.test(digits[k - 1] ?? '')) {
        const year = Number(yearText);
        if (year >= 1990 && year <= 2100) {
          fiscalYear = year;
          beforeYear = title.slice(0, k).trim();
          rest = title.slice(k + 5);
          if (rest.startsWith('度')) rest = rest.slice(1);
          rest = withoutPeriod(rest);
        }
        break;
      }
    }
    let cut = -1;
    for (const suffix of lexicon.titleSuffixes) {
      const at = rest.indexOf(suffix);
      if (at >= 0 && (cut === -1 || at < cut)) cut = at;
    }
    let name = cut >= 0 ? rest.slice(0, cut).replace(/^[《“\s]+/, '').trim() : '';
    // 某某办公室2023年部门整体支出绩效自评报告: the name comes before the year.
    if ((name === '' || GENERIC_NAMES.includes(name)) && beforeYear.length >= 2) name = beforeYear.replace(/^[《“\s]+/, '');
    // 琼溪县教育局2025年度农村义务教育学生营养改善计划项目支出绩效自评报告: a body's name before the year and a project's
    // after it — the report is the body's; the body is the name where it ends as a body's name does (entities.json suffixes
    // and unit endings) and what follows the year does not.
    {
      const endings = [...lexicon.entitySuffixes, ...(lexicon.entityNameVariant?.unitEndings ?? [])];
      const body = beforeYear.replace(/^[《“\s]+/, '');
      if (body.length >= 4 && body !== name && !/[\d？?、，。：:；;]/.test(body) && endings.some((w) => body.endsWith(w)) && !endings.some((w) => name.endsWith(w))) name = body;
    }
    // A name has no list mark, sentence punctuation or lost characters (？？？？二、部门预算单位构成 is a heading
    // after copy damage, not a body's title).
    const nameLike = !/[？?、，。：:；;]/.test(name);
    // 黄石市卫生健康委员会部门2024年度部门决算: a generic word (部门, 单位) after a body's full name is the kind of
    // report, not part of the name — taken off where what stays ends as a body's name does (entities.json suffixes
    // and unit endings).
    const generic = GENERIC_NAMES.find((w) => name.endsWith(w) && name.length > w.length);
    if (generic) {
      const body = name.slice(0, -generic.length);
      const endings = [...lexicon.entitySuffixes, ...(lexicon.entityNameVariant?.unitEndings ?? [])];
      if (body.length >= 4 && endings.some((w) => body.endsWith(w))) name = body;
    }
    if (name.length >= 2 && name.length <= 40 && nameLike && !GENERIC_NAMES.includes(name) && !name.includes('XX') && !name.includes('部分')) department = name;
  }
  const shortNames: string[] = [];
  const opening = text.slice(0, 5000);
  let at = opening.indexOf('以下简称');
  while (at !== -1 && shortNames.length < 6) {
    const tail = opening.slice(at + 4, at + 60);
    let k = 0;
    while (k < tail.length && !'）。；\n'.includes(tail[k]!)) {
      if (tail[k] === '“' || tail[k] === '"' || tail[k] === '「') {
        const close = tail.indexOf(tail[k] === '“' ? '”' : tail[k] === '「' ? '」' : '"', k + 1);
        if (close === -1) break;
        const name = tail.slice(k + 1, close).trim();
        if (name.length >= 1 && name.length <= 20) shortNames.push(name);
        k = close + 1;
        continue;
      }
      k++;
    }
    at = opening.indexOf('以下简称', at + 4);
  }
  const documentKind = !title
    ? 'unknown'
    : title.includes('整体支出')
      ? 'department-overall'
      : title.includes('项目支出')
        ? 'project'
        : title.includes('决算')
          ? 'final-accounts'
          : title.includes('预算')
            ? 'budget'
            : 'unknown';
  return { title, titleSpan, fiscalYear, department, shortNames, documentKind };
}

/** A part heading (第一部分 …, 第二部分 …) and what follows its number. */
const PART_HEADING = /^第[一二三四五六七八九十]{1,3}部分(.+)$/;
/** How many lines the part headings of an untitled document are looked for in. */
const PART_HEADING_REACH = 400;

/**
 * The title of a document printed without one, from its part headings: the first part named 第一部分 X概况
 * (grammar.json overviewHeadingEndings) where X ends as a body's name does, and a later part heading holding a year
 * and ending as a title ends (第二部分 2024年度部门决算表 → 2024年度部门决算). The title read is X followed by that
 * heading's words; its span, the heading's; first, where the first part heading starts. Null unless both are found.
 */
function partHeadingTitle(text: string, paragraphs: readonly { start: number; end: number }[], lexicon: TitleLexicon): { title: string; span: { start: number; end: number }; first: number } | null {
  let body: string | null = null;
  let first = -1;
  for (const p of paragraphs.slice(0, PART_HEADING_REACH)) {
    const line = text.slice(p.start, p.end).replace(/\s+/g, '');
    const m = PART_HEADING.exec(line);
    if (!m) continue;
    const rest = m[1]!;
    if (body === null) {
      const ending = GRAMMAR.overviewHeadingEndings.find((w) => rest.endsWith(w));
      const name = ending ? rest.slice(0, rest.length - ending.length) : '';
      if (!ending || !line.startsWith('第一部分')) return null;
      if (name.length < 2 || name.length > 40 || !lexicon.entitySuffixes.some((x) => name.endsWith(x))) return null;
      body = name;
      first = p.start;
      continue;
    }
    if (!/\d{4}年/.test(arabicYears(rest))) continue;
    const suffix = lexicon.titleSuffixes.find((x) => rest.includes(x));
    if (!suffix) continue;
    // (A heading naming the body itself before the year, 第二部分 某镇人民政府2023年度部门决算表, is the title as it stands.)
    const own = rest.slice(0, rest.indexOf(suffix) + suffix.length);
    const year = /\d{4}年/.exec(arabicYears(own))!.index;
    return { title: year >= 2 ? own : `${body}${own.slice(year)}`, span: { start: p.start, end: p.end }, first };
  }
  return null;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/**
 * 二〇二三年度 → 2023年度: a year written in Chinese digits (four of 〇一二…九, 零 for 〇) before 年, as arabic digits of the
 * same length, so that offsets into the string stay valid. Other Chinese numerals (三年, 十二月) are left alone.
 */
export function arabicYears(s: string): string {
  // Each 年 with four Chinese digits right before it (such runs cannot overlap: 年 is no digit), found by indexOf
  // rather than a pattern tried at every character of the text.
  let pieces: string[] | null = null;
  let last = 0;
  for (let j = s.indexOf('年', 4); j !== -1; j = s.indexOf('年', j + 1)) {
    let digits = '';
    for (let k = j - 4; k < j; k++) {
      const c = s[k]!;
      const d = CHINESE_DIGITS.indexOf(c === '零' ? '〇' : c);
      if (d === -1) break;
      digits += String(d);
    }
    if (digits.length !== 4) continue;
    const year = Number(digits);
    if (year < 1949 || year > 2100) continue;
    pieces ??= [];
    pieces.push(s.slice(last, j - 4), digits);
    last = j;
  }
  if (!pieces) return s;
  pieces.push(s.slice(last));
  return pieces.join('');
}
