/**
 * Planted defects: the recall counterpart of the invariance (precision) probe (rewrites.ts, invariance.ts). Each
 * operator finds the places of a real text where the text itself gives the evidence for one defect of a known rule
 * id, and plants that defect there the way real slips happen: a part of a 其中 list changed so the sum no longer
 * holds, a rate changed against its two amounts, 增加 ↔ 减少 flipped where both years' figures are given, a year moved
 * out of the fiscal period or missing a digit, the department's own name replaced by another body's, a stated count
 * changed against the list after it, a heading number repeated or skipped, a template alternative left in, a 万元
 * written 元. Each operator checks its precondition on the text (the sum holds, the rate fits its amounts, the
 * direction fits the figures, the count fits the list …) and offers no site where it cannot plant honestly.
 *
 * A planted text keeps the offset map of rewrites.ts (Builder): every unit of the planted text maps back to the
 * input, so the auditor's findings on the planted text can be compared with its findings on the original.
 * The whole dev part: scripts/check-planted.ts.
 */
import { rng } from '../../src/gen/generate.ts';
import {
  applyEdits,
  type Edit,
  formatHeading,
  headingNumber,
  type HeadingStyle,
  isTableLine,
  lines,
  type Rewritten,
  STYLE_PATTERNS,
} from './rewrites.ts';

/** One place an operator can plant its defect: the edits, and the span of the input they touch. */
export interface Site {
  readonly edits: readonly Edit[];
  /** The span of the input the defect is planted at (the changed figure, word or name). */
  readonly start: number;
  readonly end: number;
  /**
   * The span of the input that holds the defect's evidence (the total and its parts, the two amounts and the word), when
   * wider than the planted span: a finding there that quotes the figures rather than the changed one is the defect found.
   */
  readonly region?: readonly [number, number];
  /** The input around the site, for reading a miss. */
  readonly context: string;
}

export interface Planted extends Rewritten {
  readonly operator: string;
  readonly rule: string;
  /** The planted span in the planted text. */
  readonly start: number;
  readonly end: number;
  /** The same span in the input. */
  readonly inputStart: number;
  readonly inputEnd: number;
  /** The evidence region in the input (Site.region, or the planted span). */
  readonly inputRegion: readonly [number, number];
  readonly context: string;
}

/** What an operator may know of the text besides the text: the fiscal year and department of its sidecar. */
export interface PlantMeta {
  readonly fiscalYear?: number | undefined;
  readonly department?: string | undefined;
}

export interface PlantOperator {
  readonly name: string;
  /** The rule id whose defect the operator plants. */
  readonly rule: string;
  /** Every site of the input where the defect can be planted honestly; `rnd` picks among variants of the slip. */
  readonly sites: (input: string, meta: PlantMeta, rnd: () => number) => Site[];
}

/** The defect of `site` planted into `input`. */
export function plant(input: string, op: PlantOperator, site: Site): Planted {
  const rw = applyEdits(input, site.edits);
  // The planted span: the output units that come from [site.start, site.end) (or stand for an insertion there).
  let start = -1;
  let end = -1;
  for (let i = 0; i < rw.text.length; i++) {
    const o = rw.toInput[i]!;
    if (o >= site.start && (o < site.end || (site.end === site.start && o === site.start))) {
      if (start < 0) start = i;
      end = i + 1;
    }
  }
  if (start < 0) {
    start = 0;
    while (start < rw.text.length && rw.toInput[start]! < site.start) start++;
    end = start;
  }
  return { ...rw, operator: op.name, rule: op.rule, start, end, inputStart: site.start, inputEnd: site.end, inputRegion: site.region ?? [site.start, site.end], context: site.context };
}

// ————— reading figures —————

export interface Amount {
  readonly start: number;
  readonly end: number;
  /** The digits as written (no separators). */
  readonly digits: string;
  /** Value × 10⁶ (exact for the amounts reports print). */
  readonly micro: number;
  readonly decimals: number;
  readonly unit: string;
  /** Where the number's digits end (the unit follows). */
  readonly numberEnd: number;
}

const AMOUNT = /(?<![0-9.,．])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(亿元|万元|元)/g;

function toMicro(intPart: string, dec: string): number {
  return Number(intPart) * 1e6 + Number((dec + '000000').slice(0, 6));
}

/** Money amounts of input[from, to), in order. */
export function amountsIn(input: string, from: number, to: number): Amount[] {
  const out: Amount[] = [];
  const s = input.slice(from, to);
  for (const m of s.matchAll(AMOUNT)) {
    const intPart = m[1]!.replace(/,/g, '');
    const dec = m[2] ?? '';
    if (dec.length > 6) continue;
    const numberText = m[0].replace(/\s?(亿元|万元|元)$/, '');
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      digits: intPart + (dec ? `.${dec}` : ''),
      micro: toMicro(intPart, dec),
      decimals: dec.length,
      unit: m[3]!,
      numberEnd: from + m.index + numberText.length,
    });
  }
  return out;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Sentences of prose: split at 。 and line ends; table lines are left out. */
export function sentences(input: string): Span[] {
  const out: Span[] = [];
  for (const l of lines(input)) {
    const line = input.slice(l.start, l.end);
    if (isTableLine(line)) continue;
    let s = l.start;
    for (let i = l.start; i <= l.end; i++) {
      if (i === l.end || input[i] === '。') {
        if (i > s) out.push({ start: s, end: i });
        s = i + 1;
      }
    }
  }
  return out;
}

function around(input: string, start: number, end: number, reach = 30): string {
  return input.slice(Math.max(0, start - reach), Math.min(input.length, end + reach)).replace(/\n/g, '⏎');
}

/** The integer digit before the point (the units digit) changed by 1–8: a slip of one key, at least one whole unit off. */
function slipUnitsDigit(input: string, a: Amount, rnd: () => number): Edit | undefined {
  // The units digit is the last digit before the point (or the end of the number).
  const raw = input.slice(a.start, a.numberEnd);
  const point = raw.indexOf('.');
  const k = a.start + (point >= 0 ? point : raw.length) - 1;
  const d = Number(input[k]);
  if (!Number.isInteger(d)) return undefined;
  const nd = (d + 1 + Math.floor(rnd() * 8)) % 10;
  return { start: k, end: k + 1, text: String(nd) };
}

// ————— sum-mismatch and unit: a 其中 / 分别 list whose parts make its total —————

const CHANGE_BEFORE = /(?:增加|减少|增长|下降|上升|降低|增减|较上年|比上年|上年|去年|同期|同比|年初|预算|节约)[^，；、]{0,4}$/;

interface SumSite {
  readonly total: Amount;
  readonly parts: readonly Amount[];
  readonly sentence: Span;
}

/** A total followed in its sentence by 其中 / 分别 and parts of the same unit that add up to it at the printed precision. */
export function holdingSums(input: string): SumSite[] {
  const out: SumSite[] = [];
  for (const s of sentences(input)) {
    const text = input.slice(s.start, s.end);
    for (const m of text.matchAll(/其中|分别为|分别是|包括/g)) {
      const at = s.start + m.index;
      const before = amountsIn(input, s.start, at).slice(-2).reverse();
      const after = amountsIn(input, at, s.end).filter((a) => !CHANGE_BEFORE.test(input.slice(Math.max(s.start, a.start - 12), a.start)));
      for (const total of before) {
        const parts = after.filter((a) => a.unit === total.unit);
        let sum = 0;
        for (let k = 0; k < parts.length; k++) {
          sum += parts[k]!.micro;
          if (k < 1) continue;
          const used = [total, ...parts.slice(0, k + 1)];
          const minDec = Math.min(...used.map((a) => a.decimals));
          const tol = minDec === 0 ? 0 : 10 ** (6 - minDec) * (k + 1) * 0.5;
          if (Math.abs(sum - total.micro) <= tol && total.micro > 0) {
            out.push({ total, parts: parts.slice(0, k + 1), sentence: s });
            break;
          }
          if (sum > total.micro + tol) break;
        }
        if (out.length > 0 && out[out.length - 1]!.sentence === s && out[out.length - 1]!.total === total) break;
      }
    }
  }
  // One site per total.
  const seen = new Set<number>();
  return out.filter((x) => (seen.has(x.total.start) ? false : (seen.add(x.total.start), true)));
}

const sumPart: PlantOperator = {
  name: 'sum-part',
  rule: 'sum-mismatch',
  sites: (input, _meta, rnd) =>
    holdingSums(input).flatMap((h) => {
      const p = h.parts[Math.floor(rnd() * h.parts.length)]!;
      const e = slipUnitsDigit(input, p, rnd);
      return e ? [{ edits: [e], start: p.start, end: p.numberEnd, region: [h.total.start, h.parts[h.parts.length - 1]!.end], context: around(input, h.total.start, h.parts[h.parts.length - 1]!.end, 10) }] : [];
    }),
};

const sumTotal: PlantOperator = {
  name: 'sum-total',
  rule: 'sum-mismatch',
  sites: (input, _meta, rnd) =>
    holdingSums(input).flatMap((h) => {
      const e = slipUnitsDigit(input, h.total, rnd);
      return e ? [{ edits: [e], start: h.total.start, end: h.total.numberEnd, region: [h.total.start, h.parts[h.parts.length - 1]!.end], context: around(input, h.total.start, h.parts[h.parts.length - 1]!.end, 10) }] : [];
    }),
};

/** A part in 万元 written in 元: its figure now 10⁴ smaller against the total its parts make. */
const unitSlip: PlantOperator = {
  name: 'unit-wan-to-yuan',
  rule: 'unit',
  sites: (input, _meta, rnd) =>
    holdingSums(input).flatMap((h) => {
      const parts = h.parts.filter((p) => p.unit === '万元' && p.micro >= 1e6);
      if (parts.length === 0) return [];
      const p = parts[Math.floor(rnd() * parts.length)]!;
      const u = input.indexOf('万元', p.numberEnd);
      return [{ edits: [{ start: u, end: u + 2, text: '元' }], start: p.start, end: p.end, region: [h.total.start, h.parts[h.parts.length - 1]!.end], context: around(input, h.total.start, h.parts[h.parts.length - 1]!.end, 10) }];
    }),
};

// ————— percent-mismatch: a share or rate whose two amounts are in its sentence —————

const PERCENT = /(?<![0-9.])(\d{1,3})(?:\.(\d{1,2}))?\s?%/g;

const percentRate: PlantOperator = {
  name: 'percent-rate',
  rule: 'percent-mismatch',
  sites: (input, _meta, rnd) => {
    const out: Site[] = [];
    for (const s of sentences(input)) {
      const text = input.slice(s.start, s.end);
      for (const m of text.matchAll(PERCENT)) {
        const at = s.start + m.index;
        // A share or rate (占, 率, 比重, 为): not a change (增长 5%) nor a 同比.
        const lead = input.slice(Math.max(s.start, at - 8), at);
        if (!/(?:占|率|比重|比例)[^，；]{0,6}$/.test(lead) || /(?:增|减|降|升|同比|较|比上年)/.test(lead)) continue;
        const amounts = amountsIn(input, s.start, at);
        const num = amounts[amounts.length - 1];
        if (!num || at - num.end > 24) continue;
        const dec = (m[2] ?? '').length;
        const p = Number(m[1]) + (dec ? Number(m[2]) / 10 ** dec : 0);
        if (p <= 0 || p > 100 || (dec === 0 && p < 10)) continue;
        const den = amounts.slice(0, -1).reverse().find((d) => {
          if (d.unit !== num.unit || d.micro <= 0) return false;
          return Math.abs((num.micro / d.micro) * 100 - p) <= 0.5 * 10 ** -dec + 1e-9;
        });
        if (!den) continue;
        // A slip of the integer digits: at least 2 points off, still a share.
        const delta = (2 + Math.floor(rnd() * 6)) * (p > 50 ? -1 : 1);
        const np = Number(m[1]) + delta;
        if (np <= 0 || np >= 100) continue;
        const intEnd = at + m[1]!.length;
        out.push({ edits: [{ start: at, end: intEnd, text: String(np) }], start: at, end: at + m[0].length, region: [den.start, at + m[0].length], context: around(input, den.start, at + m[0].length, 6) });
      }
    }
    return out;
  },
};

// ————— direction-mismatch: 增加 ↔ 减少 where both years' figures are given —————

const FLIP: Record<string, string> = { 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长', 上升: '下降', 提高: '降低', 降低: '提高' };
const UP_WORDS = new Set(['增加', '增长', '上升', '提高']);

const directionFlip: PlantOperator = {
  name: 'direction-flip',
  rule: 'direction-mismatch',
  sites: (input, meta) => {
    const out: Site[] = [];
    const prevYear = meta.fiscalYear !== undefined ? `${meta.fiscalYear - 1}年` : '\u0000';
    for (const s of sentences(input)) {
      const text = input.slice(s.start, s.end);
      for (const m of text.matchAll(/增加|减少|增长|下降|上升|提高|降低/g)) {
        const at = s.start + m.index;
        const from = Math.max(s.start, at - 60);
        const amounts = amountsIn(input, from, at);
        const marked = (a: Amount): boolean => {
          const lead = input.slice(Math.max(from, a.start - 10), a.start);
          return /上年|去年|上一年|同期/.test(lead) || lead.includes(prevYear);
        };
        const prev = amounts.filter(marked);
        if (prev.length !== 1) continue;
        const P = prev[0]!;
        // The word tells the change of these figures: right after the prior amount (比上年100万元增加) or right before the
        // change it names (增加20万元, 下降5%) — not a word of the reasons after them (主要原因是案件数量减少).
        if (at - P.end > 4 && !/^\s?\d/.test(input.slice(at + 2, at + 4))) continue;
        const others = amounts.filter((a) => a !== P && a.unit === P.unit && !/(?:增加|减少|增长|下降)[^，；]{0,3}$/.test(input.slice(Math.max(from, a.start - 6), a.start)));
        if (others.length === 0) continue;
        const C = others.reduce((x, y) => (Math.abs(y.start - P.start) < Math.abs(x.start - P.start) ? y : x));
        // The current amount must stand in its own clause or before the prior one, as a figure of the year.
        if (C.micro === P.micro) continue;
        const up = C.micro > P.micro;
        if (up !== UP_WORDS.has(m[0])) continue;
        // The change stated after the word, when given, must be the difference.
        const d = amountsIn(input, at, Math.min(s.end, at + 16))[0];
        if (d && d.start - at <= 3) {
          const minDec = Math.min(C.decimals, P.decimals, d.decimals);
          const tol = minDec === 0 ? 0 : 10 ** (6 - minDec);
          if (d.unit !== C.unit || Math.abs(Math.abs(C.micro - P.micro) - d.micro) > tol) continue;
        }
        out.push({ edits: [{ start: at, end: at + 2, text: FLIP[m[0]]! }], start: at, end: at + 2, region: [Math.min(C.start, P.start), at + 2], context: around(input, Math.min(C.start, P.start), at + 2, 6) });
      }
    }
    return out;
  },
};

// ————— dates —————

const NOT_A_RESULT = /计划|预计|拟|将于|将在|將|力争|争取|截至|截止|下一步|下一年|明年|预算年度|以前|以来|起|至今|执行期|实施期|期限|文件|通知|印发|发布|公布|号/;

const ACTION = /完成|开展|召开|组织|下达|拨付|支付|启动|开工|竣工|验收|举办|实施|投入使用|采购|签订|建成|上线|发放|到位/;
const REPORTING = /自评|评价|绩效|报告|审议|公开|编制|结算|核定|总结|审计/;

function resultDates(input: string, fiscalYear: number | undefined): { start: number; end: number; sentence: Span }[] {
  if (fiscalYear === undefined) return [];
  const out: { start: number; end: number; sentence: Span }[] = [];
  const firstLineEnd = input.indexOf('\n') < 0 ? input.length : input.indexOf('\n');
  for (const s of sentences(input)) {
    // Not the title line, nor a line of a date and a name (a signature, a page's metadata): a sentence with a clause break.
    if (s.start < firstLineEnd || !/[，,]/.test(input.slice(s.start, s.end))) continue;
    const text = input.slice(s.start, s.end);
    if (NOT_A_RESULT.test(text) || /[《〔【\[]/.test(text)) continue;
    // The year's own work (完成, 开展, 拨付 …), not the evaluation or reporting that follows every year (自评, 报告, 公开).
    if (REPORTING.test(text)) continue;
    for (const m of text.matchAll(/(?<![0-9])(20\d\d)年(\d{1,2})月/g)) {
      if (Number(m[1]) !== fiscalYear) continue;
      if (!ACTION.test(text.slice(m.index + m[0].length))) continue;
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s });
    }
  }
  return out;
}

/** A date of the year's work moved a year on (2024年6月完成 → 2025年6月完成 in the 2024 report): a slip of the year's last digit. */
const dateForward: PlantOperator = {
  name: 'date-forward',
  rule: 'date-out-of-period',
  sites: (input, meta) =>
    resultDates(input, meta.fiscalYear).map((d) => ({
      edits: [{ start: d.start, end: d.start + 4, text: String(meta.fiscalYear! + 1) }],
      start: d.start,
      end: d.end,
      context: around(input, d.start, d.end),
    })),
};

/** A digit dropped from a year in prose (2024年 → 204年). */
const yearDigitDrop: PlantOperator = {
  name: 'year-digit-drop',
  rule: 'date-malformed',
  sites: (input, _meta, rnd) => {
    const out: Site[] = [];
    for (const s of sentences(input)) {
      const text = input.slice(s.start, s.end);
      for (const m of text.matchAll(/(?<![0-9〔\[（(])(20\d\d)年/g)) {
        const at = s.start + m.index;
        const k = 1 + Math.floor(rnd() * 3);
        out.push({ edits: [{ start: at + k, end: at + k + 1, text: '' }], start: at, end: at + 5, context: around(input, at, at + 5) });
      }
    }
    return out;
  },
};

// ————— entity-name: the department's own name replaced by another body's —————

/** Bodies of one kind, by the ending of their name: a slip copies a sister body's name from another report. */
const SISTERS: readonly (readonly string[])[] = [
  ['财政局', '教育局', '商务局', '民政局', '司法局', '水利局', '林业局', '审计局', '统计局', '农业农村局', '自然资源局', '交通运输局', '卫生健康局', '文化和旅游局', '市场监督管理局'],
  ['发展和改革委员会', '卫生健康委员会', '教育委员会', '机构编制委员会'],
  ['人民医院', '中医医院', '妇幼保健院'],
  ['政务服务中心', '疾病预防控制中心', '融媒体中心', '数据发展中心', '公共资源交易中心'],
  ['第一中学', '第二中学', '实验小学', '职业中学'],
];

const entitySwap: PlantOperator = {
  name: 'entity-swap',
  rule: 'entity-name',
  sites: (input, meta, rnd) => {
    const name = meta.department;
    if (!name || name.length < 4) return [];
    let sisterOf: string | undefined;
    let family: readonly string[] | undefined;
    for (const f of SISTERS) {
      const own = f.filter((e) => name.endsWith(e)).sort((a, b) => b.length - a.length)[0];
      if (own) {
        sisterOf = own;
        family = f;
        break;
      }
    }
    if (!sisterOf || !family || name.length <= sisterOf.length) return [];
    const others = family.filter((e) => e !== sisterOf && !input.includes(e));
    if (others.length === 0) return [];
    const out: Site[] = [];
    // The title block (everything before the first heading or contents line) stays: it is what the others are read against.
    const firstHeading = /^[ \t\u3000]*(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|目\s*录)/m.exec(input);
    const bodyStart = firstHeading ? firstHeading.index : input.length;
    for (let at = input.indexOf(name, bodyStart); at >= 0; at = input.indexOf(name, at + name.length)) {
      // A form field (来源：X, 实施单位 X) may name the publisher or another party: no slip of the report speaking of itself.
      if (/[:：|]\s*$|(?:来源|机构|单位|部门)\s*$/.test(input.slice(Math.max(0, at - 6), at))) continue;
      const lineStart = input.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = input.indexOf('\n', at) < 0 ? input.length : input.indexOf('\n', at);
      if (isTableLine(input.slice(lineStart, lineEnd))) continue;
      const other = others[Math.floor(rnd() * others.length)]!;
      const coreStart = at + name.length - sisterOf.length;
      out.push({ edits: [{ start: coreStart, end: at + name.length, text: other }], start: at, end: at + name.length, context: around(input, at, at + name.length) });
    }
    return out;
  },
};

// ————— count-mismatch: a stated count against the list after it —————

const CN_COUNT = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

function countValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const i = CN_COUNT.indexOf(s);
  if (i >= 0) return i;
  if (s === '二') return 2;
  return undefined;
}

const countOff: PlantOperator = {
  name: 'count-off',
  rule: 'count-mismatch',
  sites: (input, _meta, rnd) => {
    const out: Site[] = [];
    const re = /(\d{1,2}|[一二两三四五六七八九十])(个|项|家|所|类)([^，。；：:、\n]{0,12}?)[，,]?(?:分别为|分别是|包括|具体为|即)?[：:]/g;
    for (const s of sentences(input)) {
      const text = input.slice(s.start, s.end);
      for (const m of text.matchAll(re)) {
        const n = countValue(m[1]!);
        if (n === undefined || n < 2 || n > 15) continue;
        const listStart = s.start + m.index + m[0].length;
        const listEnd = (() => {
          for (let i = listStart; i < s.end; i++) if ('；;。'.includes(input[i]!)) return i;
          return s.end;
        })();
        const list = input.slice(listStart, listEnd).replace(/[，,]\s*$/, '');
        // Only a plain list: items between 、, no 和/及/等 that could join or hide items, none longer than a name.
        if (/和|及|与|等|[，,（(]/.test(list)) continue;
        const items = list.split('、').filter((x) => x.trim().length > 0);
        if (items.length !== n || items.some((x) => x.length > 16 || x.length < 2)) continue;
        const nn = rnd() < 0.5 || n === 2 ? n + 1 : n - 1;
        const at = s.start + m.index;
        const written = /^\d+$/.test(m[1]!) ? String(nn) : nn === 2 && m[1] === '两' ? '两' : CN_COUNT[nn]!;
        if (written === undefined) continue;
        out.push({ edits: [{ start: at, end: at + m[1]!.length, text: written }], start: at, end: at + m[1]!.length + 1, region: [at, listEnd], context: around(input, at, listEnd, 4) });
      }
    }
    return out;
  },
};

// ————— numbering: a heading number repeated or skipped among prose headings —————

interface HeadingLine {
  readonly style: HeadingStyle;
  readonly n: number;
  readonly start: number;
  /** The number mark's span (（三） of （三）职能). */
  readonly markStart: number;
  readonly markEnd: number;
  readonly lineIndex: number;
}

/** Runs of one style numbered 1, 2, 3 … with prose between the headings (not a contents list). */
export function headingRuns(input: string): HeadingLine[][] {
  const ls = lines(input);
  const heads: HeadingLine[] = [];
  ls.forEach((l, lineIndex) => {
    const line = input.slice(l.start, l.end);
    if (isTableLine(line) || /[.…·]{3,}\s*\d*\s*$/.test(line)) return;
    for (const style of Object.keys(STYLE_PATTERNS) as HeadingStyle[]) {
      const m = STYLE_PATTERNS[style].exec(line);
      if (!m) continue;
      const n = headingNumber(style, m[2]!);
      if (n > 0) heads.push({ style, n, start: l.start, markStart: l.start + m[1]!.length, markEnd: l.start + m[0].length, lineIndex });
      break;
    }
  });
  const runs: HeadingLine[][] = [];
  for (const style of new Set(heads.map((h) => h.style))) {
    let run: HeadingLine[] = [];
    for (const h of heads.filter((x) => x.style === style)) {
      if (run.length > 0 && h.n === run[run.length - 1]!.n + 1) run.push(h);
      else {
        if (run.length >= 3) runs.push(run);
        run = h.n === 1 ? [h] : [];
      }
    }
    if (run.length >= 3) runs.push(run);
  }
  // Prose headings: some line that is no heading between every two of the run.
  return runs.filter((r) => r.every((h, i) => i === 0 || h.lineIndex - r[i - 1]!.lineIndex >= 2));
}

const headingRepeat: PlantOperator = {
  name: 'heading-repeat',
  rule: 'numbering',
  sites: (input) =>
    headingRuns(input).flatMap((r) =>
      r.slice(1, -1).flatMap((h) => {
        const text = formatHeading(h.style, h.n - 1);
        return text ? [{ edits: [{ start: h.markStart, end: h.markEnd, text }], start: h.markStart, end: h.markEnd, context: around(input, h.markStart, h.markEnd, 20) }] : [];
      }),
    ),
};

const headingSkip: PlantOperator = {
  name: 'heading-skip',
  rule: 'numbering',
  sites: (input) =>
    headingRuns(input).flatMap((r) =>
      r.slice(1).flatMap((h, i) => {
        const later = r.slice(i + 1);
        const edits = later.map((x) => ({ start: x.markStart, end: x.markEnd, text: formatHeading(x.style, x.n + 1) ?? '' }));
        if (edits.some((e) => e.text === '')) return [];
        return [{ edits, start: h.markStart, end: h.markEnd, context: around(input, h.markStart, h.markEnd, 20) }];
      }),
    ),
};

// ————— template-residue: a template's alternative or placeholder left in —————

const templateAlternative: PlantOperator = {
  name: 'template-alternative',
  rule: 'template-residue',
  sites: (input) => {
    const out: Site[] = [];
    for (const s of sentences(input)) {
      const text = input.slice(s.start, s.end);
      for (const m of text.matchAll(/(?:比|较)(?:上年|去年|上年度|20\d\d年)[^，。；]{0,12}?(增加|减少)(?=\d)/g)) {
        const at = s.start + m.index + m[0].length - 2;
        out.push({ edits: [{ start: at, end: at + 2, text: '增加（减少）' }], start: at, end: at + 2, context: around(input, at, at + 2) });
      }
    }
    return out;
  },
};

const templatePlaceholder: PlantOperator = {
  name: 'template-xx',
  rule: 'template-residue',
  sites: (input) =>
    sentences(input).flatMap((s) =>
      amountsIn(input, s.start, s.end)
        .filter((a) => a.unit === '万元' && !/[A-Za-z]/.test(input[a.start - 1] ?? ''))
        .map((a) => ({ edits: [{ start: a.start, end: a.numberEnd, text: 'XX' }], start: a.start, end: a.end, context: around(input, a.start, a.end) })),
    ),
};

export const PLANT_OPERATORS: readonly PlantOperator[] = [
  sumPart,
  sumTotal,
  percentRate,
  directionFlip,
  dateForward,
  yearDigitDrop,
  entitySwap,
  countOff,
  headingRepeat,
  headingSkip,
  templateAlternative,
  templatePlaceholder,
  unitSlip,
];

/** Up to `perText` plants of each operator in `input`, at seeded random sites. */
export function plantsOf(input: string, meta: PlantMeta, perText: number, seed: number, only: readonly string[] = []): Planted[] {
  const out: Planted[] = [];
  PLANT_OPERATORS.forEach((op, oi) => {
    if (only.length > 0 && !only.some((o) => op.name.startsWith(o))) return;
    const rnd = rng(seed * 1009 + oi);
    const sites = op.sites(input, meta, rnd);
    // A seeded shuffle, then the first `perText`.
    const order = sites.map((s) => ({ s, k: rnd() })).sort((a, b) => a.k - b.k);
    for (const { s } of order.slice(0, perText)) out.push(plant(input, op, s));
  });
  return out;
}
