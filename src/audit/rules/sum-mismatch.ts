/**
 * sum-mismatch — a stated total differs from the sum of its stated parts beyond rounding at the stated
 * precision (其中 lists, 按…分 breakdowns). A gap within the rounding of the figures is not reported, or is
 * only `info` when it needs the parts' rounding to close. Unit slips (×10⁴) are left to the `unit` rule.
 * The defect class — every form a total and its parts are written in, how they go wrong, which readings are safe —
 * is written down in SUMS.md (beside this file); the readers are in facts/decompositions.ts.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { MONEY_UNITS } from '../../core/money.ts';
import { GRAMMAR, RULE_TOLERANCES, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { firstFigureAtOrAfter } from '../facts/figure-search.ts';
import type { AuditFacts, Decomposition, Figure } from '../facts/types.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { boundTotal } from './lib/bound-total.ts';
import { inUnit, quoteFigure, quoteSpan, roundingSlack } from './lib/evidence.ts';
import { oddUnitPart, term, unitSlipFactor, valuesOf } from './lib/shared.ts';
import { addedToTotal } from './lib/added-to-total.ts';
import { balanceOfYear } from './lib/balance-of-year.ts';
import { changesOfParts } from './lib/changes-of-parts.ts';
import { indicatorSumFindings } from './lib/indicator-checks.ts';
import { scorePartsFindings, scoreTotalParts } from './lib/score-parts.ts';
import { fundsBlockSums } from './lib/funds-block-sums.ts';
import { partitionOfTotal } from './lib/partition-of-total.ts';
import { labelAmountLines } from './lib/label-amount-lines.ts';
import { scoreLines } from './lib/score-lines.ts';
import { subtotalGroups } from './lib/subtotal-columns.ts';
import { tableSums } from './lib/table-sums.ts';
import { MAX_FINDINGS_PER_RULE, type Rule, type RuleOptions } from './lib/types.ts';
import { writtenCalculationFindings } from './lib/written-calculations.ts';

function write(d: Decomposition, value: number, mixed: boolean): string {
  if (d.total.kind === 'money') {
    return mixed ? `${inUnit(value, d.total.moneyUnit)}${d.total.moneyUnit}` : inUnit(value, d.total.moneyUnit);
  }
  const decimals = Math.max(d.total.decimals, ...d.parts.map((p) => p.decimals));
  return (value / 10 ** decimals).toFixed(decimals);
}

const CHANGE_WORDS = RULE_WORDS['sum-mismatch'].change;
const APPROXIMATE_BEFORE = RULE_WORDS['sum-mismatch'].approximateBefore;
const APPROXIMATE_NOT_AFTER = RULE_WORDS['sum-mismatch'].approximateNotAfter;

/**
 * Whether a figure is written as an approximation (减少近68亿元, 约30亿元, 逾5万元): an approximation word right
 * before its number, unless that word ends another word (节约5万元 is a saving). Such a figure is rounded on
 * purpose; it is not checked against an exact difference.
 */
export function approximatedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  if (!APPROXIMATE_BEFORE.some((w) => before.endsWith(w))) return false;
  return !APPROXIMATE_NOT_AFTER.some((w) => before.endsWith(w));
}

/** The year written just before a figure (…2016年预算8万元), within its clause; null when none or several. */
function yearBefore(text: string, from: number, to: number): number | null {
  const m = text.slice(from, to).match(/(\d{4})年/g);
  if (m?.length !== 1) return null;
  return Number(m[0]!.slice(0, 4));
}

/**
 * 公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元: two years' amounts of one item stated side by
 * side, then their change — the change must be their difference (within the amounts' rounding).
 */
function changeBetweenYears(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (let i = 2; i < figures.length && out.length < 50; i++) {
    const c = figures[i]!;
    if (c.kind !== 'money' || !c.comparative) continue;
    const tail = c.label.slice(-4);
    if (!CHANGE_WORDS.some((w) => tail.includes(w))) continue;
    const a = figures[i - 2]!;
    const b = figures[i - 1]!;
    if (a.kind !== 'money' || b.kind !== 'money' || a.comparative || b.comparative || a.qualifier || b.qualifier) continue;
    if (approximatedBefore(text, c.start)) continue;
    if (a.sentence !== c.sentence || b.sentence !== c.sentence || a.currency !== c.currency || b.currency !== c.currency) continue;
    // Nothing but punctuation and a comparison word between the second amount and the change.
    if (c.start - b.end > SEARCH_WINDOWS.sumChangeGap) continue;
    const before = i >= 3 ? figures[i - 3]!.end : (facts.sentences[a.sentence]?.start ?? 0);
    const ya = yearBefore(text, Math.max(before, a.start - SEARCH_WINDOWS.sumYearReach), a.start);
    const yb = yearBefore(text, a.end, b.start);
    if (ya === null || yb === null || ya === yb) continue;
    const diff = Math.abs(a.scaled - b.scaled);
    const tolerance = roundingSlack([a, b, c]);
    if (Math.abs(diff - c.scaled) <= tolerance) continue;
    const u = c.moneyUnit;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'change-between-years',
        severity: 'error',
        message: `${ya}年${a.raw}与${yb}年${b.raw}相差${inUnit(diff, u)}${u ?? '元'}，文中写变动${c.raw}`,
        evidence: [quoteFigure(facts, c), quoteFigure(facts, a), quoteFigure(facts, b)],
        calculation: `|${inUnit(a.scaled, u)} − ${inUnit(b.scaled, u)}| = ${inUnit(diff, u)} ≠ ${inUnit(c.scaled, u)}`,
        difference: Math.abs(diff - c.scaled),
      }),
    );
  }
  return out;
}

const UP_WORDS = RULE_WORDS['sum-mismatch'].up;

/** The signed change a figure states (增加A → +A, 减少A → −A), or null when its label ends in no change word. */
function signedChange(f: Figure): number | null {
  if (f.kind !== 'money' || !f.comparative) return null;
  const tail = f.label.slice(-3);
  const word = CHANGE_WORDS.find((w) => tail.endsWith(w));
  if (!word) return null;
  return UP_WORDS.includes(word) ? f.scaled : -f.scaled;
}

/**
 * 较上年增加15.15万元。其中：公务接待费减少0.26万元，公务用车运行维护费增加14.79万元 — the changes of the parts
 * must add up to the change of the whole (signed). Only a 其中 right after the change (in its sentence, or opening the
 * next one) whose amounts are all changes, two or more. A shortfall of the same sign may leave a part out (其中 may
 * name some only): a 提示; parts beyond the change, or of the other sign, contradict it.
 */
function partsOfChange(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { text, figures, sentences } = facts;
  for (let at = text.indexOf('其中'); at !== -1 && out.length < 50; at = text.indexOf('其中', at + 2)) {
    const first = firstFigureAtOrAfter(figures, at);
    if (first === 0) continue;
    const total = figures[first - 1]!;
    const whole = signedChange(total);
    if (whole === null || whole === 0) continue;
    // Only punctuation between the change and 其中 (…增加15.15万元。其中：).
    if (!/^[，。；：,;:\s]*$/.test(text.slice(total.end, at))) continue;
    const sentence = sentences.find((x) => x.start <= at && at < x.end);
    if (!sentence) continue;
    const parts: Figure[] = [];
    let onlyChanges = true;
    for (let k = first; k < figures.length && figures[k]!.start < sentence.end; k++) {
      const f = figures[k]!;
      if (f.kind !== 'money') continue;
      if (f.currency !== total.currency || signedChange(f) === null) {
        onlyChanges = false;
        break;
      }
      parts.push(f);
    }
    if (!onlyChanges || parts.length < 2) continue;
    const sum = parts.reduce((acc, f) => acc + (signedChange(f) ?? 0), 0);
    const tolerance = roundingSlack([total, ...parts]);
    if (Math.abs(sum - whole) <= tolerance) continue;
    const shortfall = Math.sign(sum) === Math.sign(whole) && Math.abs(sum) < Math.abs(whole);
    const u = total.moneyUnit;
    const signed = (v: number): string => `${v < 0 ? '−' : '+'}${inUnit(Math.abs(v), u)}`;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'parts-of-change',
        severity: shortfall ? 'info' : 'error',
        message: `总变动${signed(whole)}${u ?? '元'}，“其中”所列各项变动合计${signed(sum)}${u ?? '元'}`,
        evidence: [quoteFigure(facts, total), quoteSpan(facts, { start: at, end: parts[parts.length - 1]!.end })],
        calculation: `${parts.map((f) => signed(signedChange(f) ?? 0)).join(' ')} = ${signed(sum)} ≠ ${signed(whole)}`,
        difference: Math.abs(sum - whole),
      }),
    );
  }
  return out;
}

/** Where a change's label compares (较上年, 比2022年, 相较于上年, 与上年相比): the subject stands before it. */
const COMPARISON_MARK = /相较于|相比于|较|比|与/;
/** What ends a clause (，,。；;：: and a line break), as character codes: read back without a string per character. */
const CLAUSE_STOPS = new Set(Array.from('，,。；;：:\n', (c) => c.charCodeAt(0)));
/** Words taken off a subject to name its item: years, quotes, 的, and a phase or total word at its end. */
function itemKey(subject: string): string {
  return subject
    .replace(/^其中[：:，,]?/u, '')
    .replace(/\d{4}年度?/g, '')
    .replace(/[“”"'‘’「」《》\s的]/g, '')
    .replace(/(?:决算数|决算|预算数|预算|支出数|合计|总计|共计|总额|数)+$/u, '');
}
/** The item key of this shortest length or more, so that a bare 支出 or 经费 is no item. */
const MIN_ITEM_KEY = SEARCH_WINDOWS.minItemKey;

/**
 * 2022年的三公经费决算数合计为1000.86万 … 2021年的三公经费决算数合计为807.95万 … 2022年三公经费决算数相较于上年增加
 * 275.76万元: a change against last year, its year and item named in its label, must be the difference of the two
 * amounts the text states for that item in that year and the year before, wherever they stand. Precondition: the
 * change's label names one year before its comparison word and last year (上年) or the year before by number after
 * it; each of the two years has exactly one amount of the item (a label naming that year alone and the same item
 * once a leading place is taken off — 鄂城区2022年的三公经费 is 三公经费, 区直…三公经费 is not — neither a change, a
 * threshold nor a part of a 其中 list), in one
 * currency, the two not both in the change's own sentence (changeBetweenYears reads those); the gap exceeds the
 * rounding of the three figures. A direction word the other way round is left to direction-mismatch.
 */
function changeAgainstStatedYears(facts: Parameters<Rule>[0], regionPrefixes: readonly string[]): Finding[] {
  const out: Finding[] = [];
  // 鄂城区三公经费 names the 三公经费 of the report's own place: a leading place (two to six characters ending in a
  // region character) is taken off before the item keys are compared, and then they must be equal.
  const withoutPlace = (key: string): string => {
    for (let k = 2; k <= 6 && k < key.length - 1; k++) if (regionPrefixes.includes(key[k]!)) return key.slice(k + 1);
    return key;
  };
  const { figures } = facts;
  const partStarts = new Set<number>();
  for (const d of facts.decompositions) for (const p of d.parts) partStarts.add(p.start);
  // An amount of a year: its own label names the year (2021年的机关运行经费决算数为30.1万元), or it is a part of a
  // 其中 list whose total names it (2021年度“三公”经费合计支出20.12万元，其中：…公务接待12.39万元) and it names none.
  // `context` is the label a phase word is looked for in: the part's and its total's.
  const yearAmounts: { f: Figure; year: number; context: string }[] = [];
  const oneYear = (label: string): number | null => {
    // No 年, no year: the pattern is not run (most labels).
    if (!label.includes('年')) return null;
    const ys = new Set([...label.matchAll(/(?<!\d)(\d{4})年/g)].map((m) => Number(m[1])));
    return ys.size === 1 ? [...ys][0]! : null;
  };
  for (const f of figures) {
    if (f.kind !== 'money' || f.comparative || f.qualifier || partStarts.has(f.start)) continue;
    const y = oneYear(f.label);
    if (y !== null) yearAmounts.push({ f, year: y, context: f.label });
  }
  for (const d of facts.decompositions) {
    if (d.kind !== 'qizhong' || d.total.kind !== 'money' || d.total.comparative) continue;
    const y = oneYear(d.total.label);
    if (y === null) continue;
    for (const p of d.parts) {
      if (p.kind !== 'money' || p.comparative || p.qualifier || /\d{4}年/.test(p.label)) continue;
      yearAmounts.push({ f: p, year: y, context: `${d.total.label}|${p.label}` });
    }
  }
  // The year a change naming none speaks of: that of the last change of its paragraph naming its year against the
  // year before (2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待较上年同期减少0.58万元 — 0.58 is 2022's).
  let anchor: { paragraph: number; year: number } | null = null;
  for (let i = 0; i < figures.length; i++) {
    const c = figures[i]!;
    if (out.length >= 50) break;
    const change = signedChange(c);
    if (change === null || change === 0) continue;
    if (approximatedBefore(facts.text, c.start)) continue;
    const mark = COMPARISON_MARK.exec(c.label);
    if (!mark) continue;
    const lead = c.label.slice(0, mark.index);
    const base = c.label.slice(mark.index);
    const years = [...lead.matchAll(/(?<!\d)(\d{4})年/g)];
    if (years.length === 0 && lead.replace(/[\s，,、]/g, '') === '') {
      const series = changeAfterItsAmount(facts, i, oneYear, /上年|去年|上一年/.test(base) ? null : base);
      if (series) out.push(series);
      continue;
    }
    let year: number;
    if (years.length === 1) {
      year = Number(years[0]![1]);
    } else if (years.length === 0 && anchor !== null && anchor.paragraph === c.paragraph && /上年|去年|上一年/.test(base)) {
      year = anchor.year;
    } else continue;
    if (!/上年|去年|上一年/.test(base) && !base.includes(`${year - 1}年`)) continue;
    if (years.length === 1) anchor = { paragraph: c.paragraph, year };
    const key = withoutPlace(itemKey(lead));
    if (key.length < MIN_ITEM_KEY) continue;
    const phase = /决算/.test(lead) ? '决算' : /预算/.test(lead) ? '预算' : null;
    const valuesOfYear = (y: number): Figure[] => {
      const found = new Map<number, Figure>();
      for (const { f, year: fy, context } of yearAmounts) {
        if (f.currency !== c.currency || fy !== y) continue;
        if (withoutPlace(itemKey(f.label)) !== key) continue;
        if (phase === '决算' && /预算/.test(context) && !/决算/.test(context)) continue;
        if (phase === '预算' && /决算/.test(context)) continue;
        if (!found.has(f.scaled)) found.set(f.scaled, f);
      }
      return [...found.values()];
    };
    const now = valuesOfYear(year);
    const before = valuesOfYear(year - 1);
    if (now.length !== 1 || before.length !== 1) continue;
    const a = now[0]!;
    const b = before[0]!;
    if (a.sentence === c.sentence && b.sentence === c.sentence) continue;
    const diff = a.scaled - b.scaled;
    const tolerance = roundingSlack([a, b, c]);
    if (Math.abs(Math.abs(diff) - c.scaled) <= tolerance) continue;
    const u = c.moneyUnit;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'change-against-stated-years',
        severity: 'error',
        message: `${year}年${a.raw}与${year - 1}年${b.raw}相差${inUnit(Math.abs(diff), u)}${u ?? '元'}，文中写变动${c.raw}`,
        evidence: [quoteFigure(facts, c), quoteFigure(facts, a), quoteFigure(facts, b)],
        calculation: `${inUnit(a.scaled, u)} − ${inUnit(b.scaled, u)} = ${diff < 0 ? '−' : ''}${inUnit(Math.abs(diff), u)} ≠ ${inUnit(c.scaled, u)}`,
        difference: Math.abs(Math.abs(diff) - c.scaled),
      }),
    );
  }
  return out;
}

/**
 * 2014年支出合计58.8亿元，较上一年减少11.35亿元；2015年支出合计53.73亿元，较上一年减少5.70亿元: a change written right
 * after an amount of its year (its label names one year and nothing stands between the two but a comma and the
 * comparison) is that amount's change against the year before; where the paragraph states the amount of the year
 * before under the very same label (the year aside), once, the change must be their difference. Precondition: the
 * change's own label names no subject (较上一年减少C), its base is the year before (上年, 上一年, 去年, or that year by
 * number); the amounts are money of one currency, neither a change nor a bound. A direction word the other way round
 * is left to direction-mismatch.
 */
function changeAfterItsAmount(facts: Parameters<Rule>[0], index: number, oneYear: (label: string) => number | null, namedBase: string | null): Finding | null {
  const { figures, text } = facts;
  const c = figures[index]!;
  const a = figures[index - 1];
  if (!a || a.kind !== 'money' || a.comparative || a.qualifier || a.currency !== c.currency || a.sentence !== c.sentence) return null;
  if (!/^[，,\s]*(?:相较于|相比于|较|比|与)/.test(text.slice(a.end, c.start))) return null;
  const year = oneYear(a.label);
  if (year === null) return null;
  if (namedBase !== null && !namedBase.includes(`${year - 1}年`)) return null;
  const name = (label: string, y: number): string => label.replace(/\s/g, '').replace(`${y}年度`, '').replace(`${y}年`, '');
  const own = name(a.label, year);
  if (own === '') return null;
  const found = new Map<number, Figure>();
  for (const b of figures) {
    if (b.paragraph !== c.paragraph || b.kind !== 'money' || b.comparative || b.qualifier || b.currency !== c.currency) continue;
    if (oneYear(b.label) !== year - 1 || name(b.label, year - 1) !== own) continue;
    if (!found.has(b.scaled)) found.set(b.scaled, b);
  }
  if (found.size !== 1) return null;
  const b = [...found.values()][0]!;
  const diff = a.scaled - b.scaled;
  const tolerance = roundingSlack([a, b, c]);
  if (Math.abs(Math.abs(diff) - c.scaled) <= tolerance) return null;
  const u = c.moneyUnit;
  return finding({
    rule: 'sum-mismatch',
    shape: 'change-after-its-amount',
    severity: 'error',
    message: `${year}年${a.raw}与${year - 1}年${b.raw}相差${inUnit(Math.abs(diff), u)}${u ?? '元'}，文中写变动${c.raw}`,
    evidence: [quoteFigure(facts, c), quoteFigure(facts, a), quoteFigure(facts, b)],
    calculation: `${inUnit(a.scaled, u)} − ${inUnit(b.scaled, u)} = ${diff < 0 ? '−' : ''}${inUnit(Math.abs(diff), u)} ≠ ${inUnit(c.scaled, u)}`,
    difference: Math.abs(Math.abs(diff) - c.scaled),
  });
}

/** Whether every part is named as a class of one open classification, and fewer classes are named than it has. */
function someClassesOnly(d: Decomposition, classifications: RuleOptions['config']['openClassifications']): boolean {
  return classifications.some((c) => {
    const named = new Set<string>();
    for (const p of d.parts) {
      const name = (p.subject || p.label).replace(/\s/g, '');
      const member = c.members.find((m) => name.endsWith(m) || c.labelEndings.some((e) => name.endsWith(`${m}${e}`)));
      if (!member) return false;
      named.add(member);
    }
    return named.size < c.classCount;
  });
}

/** Words of a share a clause right after a list gives its items together (这两项占了总预算数近九成; sum-mismatch.partShareVerbs). */
const PART_SHARE_AFTER = new RegExp(`^[，,]?[^，,。；;]{0,4}[两二三四五六七八九十几\\d]项[^，,。；;]{0,6}(?:${RULE_WORDS['sum-mismatch'].partShareVerbs.join('|')})`);

/** Whether the clause right after the list's last part says its items take a share of the total together. */
function partShareAfter(text: string, d: Decomposition): boolean {
  const last = d.parts[d.parts.length - 1]!;
  return PART_SHARE_AFTER.test(text.slice(last.end, last.end + 24).replace(/\s/g, ''));
}

/** A label without a leading year and a leading scope word of a whole place (2018年全市 …). */
function withoutScope(label: string): string {
  const s = label.replace(/\s/g, '').replace(/^\d{4}年度?/u, '');
  const w = GRAMMAR.wholeScopeWords.find((x) => s.startsWith(x));
  return w ? s.slice(w.length) : s;
}

/** Whether `part` names the total's own amount without the 总 of a gross total (总支出 / 支出). */
function netOfGross(total: string, part: string): boolean {
  const t = withoutScope(total);
  const at = t.indexOf('总');
  return at !== -1 && t.slice(0, at) + t.slice(at + 1) === withoutScope(part);
}

const REFERENT_LOOKBACK_CHARS = SEARCH_WINDOWS.referentLookbackChars;

/** Whether two labels share a run of four characters (基本支出预算 / 一般公共预算基本支出): the same quantity named twice. */
function shareName(a: string, b: string): boolean {
  for (let i = 0; i + 4 <= a.length; i++) if (b.includes(a.slice(i, i + 4))) return true;
  return false;
}

/**
 * Whether an amount of the total's kind (not the total, not a change) stated shortly before the 其中 equals `sum`,
 * under another name than the total's — the same name stated with the sum only confirms the total is the slip.
 */
function sumStatedBefore(figures: readonly Figure[], d: Decomposition, sum: number): boolean {
  // A total written after its parts (…，共计下达68.1万元) names its parts itself.
  if (sum === 0 || d.total.start > d.marker.start) return false;
  const t = d.total;
  return figures.some(
    (f) =>
      f !== t &&
      f.start < d.marker.start &&
      d.marker.start - f.start <= REFERENT_LOOKBACK_CHARS &&
      f.kind === t.kind &&
      f.unit === t.unit &&
      f.currency === t.currency &&
      !f.comparative &&
      !f.qualifier &&
      !d.parts.includes(f) &&
      f.scaled === sum &&
      !shareName(f.label, `${t.label}${t.subject}`),
  );
}

/**
 * Whether two or more leading parts of a list, joined by 、 only, add up to its total within rounding, and the parts after
 * them stand after a clause break (，；): the list breaks the total down once, and what follows is another breakdown of it
 * (a cross-cutting count, 具有…资格的14人), not more parts. Parts joined alike throughout (三湾村3.4公里,庙沟村1.9公里,…)
 * are one list, whatever its first ones add up to (dev 028).
 */
function leadingPartsMakeTotal(text: string, d: Decomposition): boolean {
  const join = (i: number): string => text.slice(d.parts[i]!.end, d.parts[i + 1]!.start);
  for (let k = 2; k < d.parts.length; k++) {
    if (!/[，,；;]/.test(join(k - 1))) continue;
    let listed = true;
    for (let i = 0; i < k - 1; i++) listed &&= /^[^，,；;]*、[^，,；;]*$/.test(join(i));
    if (!listed) continue;
    const { total, sum, totalTolerance, partsTolerance } = valuesOf({ ...d, parts: d.parts.slice(0, k) });
    if (Math.abs(sum - total) <= totalTolerance + partsTolerance) return true;
  }
  return false;
}

/** Whether a money total written with fewer decimals than some part is the parts' sum rounded to its own last digit. */
function roundedTotal(d: Decomposition, sum: number): boolean {
  const t = d.total;
  if (t.kind !== 'money' || !d.parts.some((p) => p.decimals > t.decimals)) return false;
  const step = 10 ** (MONEY_UNITS[t.moneyUnit ?? '元'] - t.decimals);
  return step >= 1 && Math.round(sum / step) * step === t.scaled;
}

const SANGONG_TOTAL = RULE_WORDS['sum-mismatch'].sangongProseTotal;
const SANGONG_PARTS = [RULE_WORDS['sum-mismatch'].sangongProseAbroad, RULE_WORDS['sum-mismatch'].sangongProseCar, RULE_WORDS['sum-mismatch'].sangongProseReception];
const SANGONG_ITEM_STEMS = RULE_WORDS['sum-mismatch'].sangongItemStems;
/** A label naming the 三公 total itself: its words, and no stem of an item (rule-words sum-mismatch.sangongItemStems). */
function namesSangongTotal(label: string): boolean {
  return SANGONG_TOTAL.some((w) => label.includes(w)) && !SANGONG_ITEM_STEMS.some((w) => label.includes(w));
}

/** A 决算 amount by its label: not a budget (预算 without 决算), not a comparison or a qualified figure. */
function finalAmount(f: Figure): boolean {
  if (f.kind !== 'money' || f.comparative || f.qualifier) return false;
  if (f.phase === 'initialBudget' || f.phase === 'adjustedBudget') return false;
  return !(f.label.includes('预算') && !f.label.includes('决算'));
}

const BARE_FINAL_LABELS = RULE_WORDS['sum-mismatch'].sangongBareFinalLabels;
const ZERO_STATED = new RegExp(`决算数?(?:${RULE_WORDS['sum-mismatch'].sangongZeroStatements.join('|')})(?![\\d.０-９零〇一二三四五六七八九十万元])`);

/**
 * The name a 决算 amount is read by: its label — or, a label that is only a 决算 word (支出决算为7.78万元), that of the
 * 预算 amount before it in its sentence joined to it (“三公”经费财政拨款支出预算为8.50万元，支出决算为7.78万元: both are of the
 * 三公 total; rule-words sum-mismatch.sangongBareFinalLabels).
 */
function sangongLabel(figures: readonly Figure[], i: number): string {
  const f = figures[i]!;
  const prev = figures[i - 1];
  if (!BARE_FINAL_LABELS.includes(f.label.replace(/\s/g, '')) || !prev || prev.sentence !== f.sentence || prev.kind !== 'money') return f.label;
  return prev.label.includes('预算') ? `${prev.label}${f.label}` : f.label;
}

/**
 * An item of the 三公 stated as nil without an amount (因公出国（境）费支出决算为0，与上年持平): a zero figure at that 0, in the
 * total's unit, read only where no amount of the item is stated (rule-words sum-mismatch.sangongZeroStatements). A zero is
 * exact whatever its decimals.
 */
function statedZero(text: string, words: readonly string[], like: Figure): Figure | null {
  for (const w of words) {
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + w.length)) {
      const clause = /^[^，,。；;\n]*/.exec(text.slice(at + w.length, at + w.length + 30))![0];
      const m = ZERO_STATED.exec(clause);
      if (!m) continue;
      const start = at + w.length + m.index + m[0].length - 1;
      return { ...like, raw: '0', numberText: '0', scaled: 0, start, end: start + 1, label: `${w}${clause.slice(0, m.index)}决算`, subject: w, comparative: false, qualifier: false };
    }
  }
  return null;
}

/**
 * “三公”经费财政拨款支出决算为3.46万元。… 因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算1.4万元；公务接待费支出
 * 决算0.28万元: the 三公 total and its three items stated apart (another paragraph, no 其中). Preconditions (silent
 * otherwise): every 决算 amount named as the total holds one value, and so does each item's (two values are two years
 * or two funds); all three items stated; none of them a part of a breakdown already read, nor the total in one (其中:
 * checked there) — an item heading its own breakdown (公务用车购置及运行费，其中：购置费…运行费…) is still one item.
 */
function sangongAcrossText(facts: Parameters<Rule>[0]): Finding[] {
  // (An item that heads a breakdown of its own — 公务用车购置及运行费 其中：购置费 | 运行费 — was checked only against its
  // own parts: the three items' sum is still unchecked.)
  const inDecomposition = new Set<Figure>();
  const asPart = new Set<Figure>();
  for (const d of facts.decompositions) {
    inDecomposition.add(d.total);
    for (const f of d.parts) {
      inDecomposition.add(f);
      asPart.add(f);
    }
  }
  const totals: Figure[] = [];
  const parts: Figure[][] = SANGONG_PARTS.map(() => []);
  facts.figures.forEach((f, i) => {
    if (!finalAmount(f)) return;
    const label = sangongLabel(facts.figures, i);
    const item = SANGONG_PARTS.findIndex((words) => words.some((w) => label.includes(w)));
    if (item !== -1) parts[item]!.push(f);
    else if (namesSangongTotal(label)) totals.push(f);
  });
  const one = (list: readonly Figure[]): Figure | null => (list.length > 0 && list.every((f) => f.scaled === list[0]!.scaled) ? list[0]! : null);
  const total = one(totals);
  const items = parts.map((list, i) => one(list) ?? (list.length === 0 && total ? statedZero(facts.text, SANGONG_PARTS[i]!, total) : null));
  if (total === null || items.some((f) => f === null)) return [];
  const listed = items as Figure[];
  if (listed.some((f) => asPart.has(f)) || totals.some((f) => inDecomposition.has(f))) return [];
  const d: Decomposition = { kind: 'qizhong', total, parts: listed, marker: { start: total.start, end: total.end }, exhaustive: true };
  const { sum, totalTolerance, partsTolerance } = valuesOf(d);
  const gap = Math.abs(sum - total.scaled);
  if (gap < totalTolerance + partsTolerance || gap <= totalTolerance) return [];
  // One item written in another unit that, read in the total's, makes the sum hold is a unit slip (the unit rule's).
  if (oddUnitPart(d) !== null) return [];
  const unitWord = total.moneyUnit ?? '元';
  return [
    finding({
      rule: 'sum-mismatch',
      shape: 'sangong-across-text',
      severity: 'warning',
      message: `“三公”经费决算为${total.raw}，而文中所列因公出国（境）费、公务用车购置及运行费、公务接待费之和为${write(d, sum, false)}${unitWord}，${sum > total.scaled ? '多' : '少'}${write(d, gap, false)}${unitWord}`,
      evidence: [quoteFigure(facts, total), ...listed.map((f) => quoteFigure(facts, f))],
      calculation: `${listed.map((p) => term(p, false)).join(' + ')} = ${write(d, sum, false)} ≠ ${term(total, false)}`,
      difference: gap,
    }),
  ];
}

/** A change's label naming the year before (同比, 比上年, 较2018年): rule-words sum-mismatch.priorYearChange, or 比/较 a year by number. */
const PRIOR_YEAR_CHANGE = RULE_WORDS['sum-mismatch'].priorYearChange;
function againstYearBefore(label: string): boolean {
  return PRIOR_YEAR_CHANGE.some((w) => label.includes(w)) || /[比较]\d{4}年/.test(label);
}

/**
 * 三公经费支出合计585.53万元…，同比减少144.92万元…。其中：因公出国（境）经费0万元，同比减少0万元…。公务用车购置及运行费585.53万元，
 * 同比减少144.92万元…。公务接待费0.00万元，同比减少0.11万元: the 三公 total and its three items each stated with its change
 * against the year before right after it — the items' changes must add up to the total's (signed), as their amounts do.
 * Preconditions (silent otherwise): the total and each item named by amounts of one value (two values are two years,
 * two phases or two funds), none a change; each followed, as the next amount of its sentence, by a change whose label
 * names the year before; the gap beyond the rounding of the figures.
 */
function sangongChangesAcrossText(facts: Parameters<Rule>[0]): Finding[] {
  const { figures } = facts;
  const totals: Figure[] = [];
  const parts: Figure[][] = SANGONG_PARTS.map(() => []);
  for (const f of figures) {
    if (f.kind !== 'money' || f.comparative || f.qualifier) continue;
    const item = SANGONG_PARTS.findIndex((words) => words.some((w) => f.label.includes(w)));
    if (item !== -1) parts[item]!.push(f);
    else if (namesSangongTotal(f.label)) totals.push(f);
  }
  const one = (list: readonly Figure[]): Figure | null => (list.length > 0 && list.every((f) => f.scaled === list[0]!.scaled) ? list[0]! : null);
  const index = new Map(figures.map((f, i) => [f, i] as const));
  // The change stated right after an amount: the next amount of its sentence, a change against the year before.
  const changeAfter = (g: Figure | null): Figure | null => {
    if (g === null) return null;
    const next = figures[(index.get(g) ?? -2) + 1];
    if (!next || next.sentence !== g.sentence || next.currency !== g.currency || signedChange(next) === null || !againstYearBefore(next.label)) return null;
    return next;
  };
  const totalAmount = one(totals);
  const total = changeAfter(totalAmount);
  const items = parts.map((list) => changeAfter(one(list)));
  if (total === null || items.some((f) => f === null)) return [];
  const listed = items as Figure[];
  const whole = signedChange(total)!;
  const sum = listed.reduce((acc, f) => acc + signedChange(f)!, 0);
  const gap = Math.abs(sum - whole);
  if (gap <= roundingSlack([total, ...listed])) return [];
  const u = total.moneyUnit;
  const signed = (v: number): string => `${v < 0 ? '−' : '+'}${inUnit(Math.abs(v), u)}`;
  return [
    finding({
      rule: 'sum-mismatch',
      shape: 'sangong-changes-across-text',
      severity: 'warning',
      message: `“三公”经费比上年变动${signed(whole)}${u ?? '元'}，而因公出国（境）费、公务用车购置及运行费、公务接待费各自的变动合计${signed(sum)}${u ?? '元'}`,
      evidence: [quoteFigure(facts, total), ...listed.map((f) => quoteFigure(facts, f))],
      calculation: `${listed.map((f) => signed(signedChange(f)!)).join(' ')} = ${signed(sum)} ≠ ${signed(whole)}`,
      difference: gap,
    }),
  ];
}

/**
 * Whether every part of a breakdown is followed, in its own clause (before the next part, no 。 between), by a share
 * 占…X% that is the part over the total (within a unit of the share's last digit), and the shares add up beyond 100 %.
 */
function overlappingByOwnShares(facts: AuditFacts, d: Decomposition): boolean {
  if (d.parts.length < 2 || d.total.scaled <= 0) return false;
  let shares = 0;
  for (const [i, p] of d.parts.entries()) {
    const limit = d.parts[i + 1]?.start ?? p.end + SEARCH_WINDOWS.ownShareReach;
    const share = facts.figures.find((f) => f.kind === 'percent' && f.start > p.end && f.start < limit && !facts.text.slice(p.end, f.start).includes('。') && f.label.includes('占'));
    if (!share) return false;
    const stated = share.scaled / 10 ** share.decimals;
    const computed = (100 * p.scaled) / d.total.scaled;
    if (Math.abs(stated - computed) > 10 ** -share.decimals) return false;
    shares += stated;
  }
  return shares > RULE_TOLERANCES.overlappingSharesMax;
}

/** A number written like an amount (with decimals, or before 万/亿/元) in text[from, to) that no figure covers. */
function unreadAmountAmong(facts: AuditFacts, from: number, to: number): boolean {
  const span = facts.text.slice(from, to);
  AMOUNT_TOKEN.lastIndex = 0;
  for (let m = AMOUNT_TOKEN.exec(span); m !== null; m = AMOUNT_TOKEN.exec(span)) {
    const at = from + m.index;
    // 5.12315投诉举报处置：支出42.60万元 — a line's number glued to a name that opens with digits, no amount: a bare
    // decimal at a line's start with a Chinese character right after it.
    const after = facts.text.charCodeAt(at + m[0].length);
    if (/^[ \t]*$/.test(facts.text.slice(facts.text.lastIndexOf('\n', at - 1) + 1, at)) && !/[万亿元]/.test(facts.text[at + m[0].length] ?? '') && after >= 0x4e00 && after <= 0x9fff) continue;
    // The figure covering it, if any, starts at or before it: the last figure starting at or before `at`.
    const i = firstFigureAtOrAfter(facts.figures, at + 1) - 1;
    const covering = i >= 0 ? facts.figures[i] : undefined;
    if (!covering || covering.end <= at) return true;
  }
  return false;
}

const AMOUNT_TOKEN = /(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?(?=\s*[万亿元])|(?<![\d.,])\d+(?:,\d{3})*\.\d+/g;

export const sumMismatch: Rule = (facts, options) => {
  const out: Finding[] = [...tableSums(facts, options), ...subtotalGroups(facts), ...changeBetweenYears(facts), ...partsOfChange(facts), ...changeAgainstStatedYears(facts, options.config.regionPrefixes), ...sangongAcrossText(facts), ...sangongChangesAcrossText(facts), ...namedKindsOfEarlierTotal(facts), ...addedToTotal(facts), ...balanceOfYear(facts), ...changesOfParts(facts), ...indicatorSumFindings(facts), ...writtenCalculationFindings(facts, 'sum-mismatch'), ...scoreLines(facts), ...scorePartsFindings(facts), ...scoreTotalParts(facts), ...partitionOfTotal(facts), ...labelAmountLines(facts), ...fundsBlockSums(facts)];
  const seen = new Set<string>();
  for (const d of facts.decompositions) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (unitSlipFactor(d) !== null || oddUnitPart(d) !== null) continue;
    // Precondition: the total states one whole — not a bound, a standard per unit or a range's end (boundTotal).
    if (boundTotal(facts.text, d.total)) continue;
    // Precondition: every amount among the parts was read as one. An amount the reader could not bind (1608.62万 元
    // cut by a space, an unknown unit) may be a part left out of the sum: the list is not understood.
    if (unreadAmountAmong(facts, d.marker.start, d.parts[d.parts.length - 1]!.end)) continue;
    const { total, sum, totalTolerance, partsTolerance } = valuesOf(d);
    const gap = Math.abs(sum - total);
    if (gap <= totalTolerance) continue;
    // 1118 + 386.53 + 454.2 = 1958.73, 总投资1958.7万元: a total written with fewer decimals than its parts that is
    // their sum rounded to its own last digit is a rounded total, not a slip (a slip seldom lands on the rounding).
    if (roundedTotal(d, sum)) continue;
    const key = `${d.total.start}:${d.parts.map((p) => p.start).join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mixed = d.parts.some((p) => p.unit !== d.total.unit);
    const calc = `${d.parts.map((p) => term(p, mixed)).join(' + ')} = ${write(d, sum, mixed)} ≠ ${term(d.total, mixed)}`;
    const unitWord = d.total.kind === 'money' ? (d.total.moneyUnit ?? '元') : d.total.unit;
    const partsSpan = { start: d.marker.start, end: d.parts[d.parts.length - 1]!.end };
    const evidence = [quoteFigure(facts, d.total), quoteSpan(facts, partsSpan)];
    // A total closing its list (…，共计下达68.1万元) is named by that word, not by the remnant of its label.
    const what = d.total.start > d.marker.start ? '合计' : d.total.subject || d.total.label || '合计';
    // Each rounded figure is off by less than half its last unit on one side and at most half on the other, so
    // rounding explains a gap strictly below the sum of the half-units (30 + 30 + 29.99 ≠ 89.97: 0.02 is not).
    if (gap < totalTolerance + partsTolerance) {
      // Rounding of the parts explains the gap: nothing to act on, so only the strict profile mentions it.
      if (options.profile !== 'strict') continue;
      out.push(
        finding({
          rule: 'sum-mismatch',
          shape: 'list-rounding',
          severity: 'info',
          message: `“${what}”${d.total.raw}与所列各项之和相差${write(d, gap, false)}${unitWord}，在各数四舍五入的范围内`,
          evidence,
          calculation: calc,
          difference: gap,
        }),
      );
      continue;
    }
    const over = sum > total;
    if (!over && d.truncated) continue;
    // 采购金额300万元，其中公开招标180万元，占60%；授予中小企业合同金额250万元，占83.3%: parts that each state their own
    // share of the total, shares that fit them and add up beyond 100 %, are overlapping categories by the text's own
    // account (first contact: shares of one whole added across categories, dev 648; a sum over them, a probe).
    if (over && overlappingByOwnShares(facts, d)) continue;
    // 年末实有在编人员25人，其中行政人员18人、事业人员7人，具有…中级以上专业技术资格的14人: the first parts make the total
    // exactly; the ones after them break it down another way (a qualification, a subset) — no sum over all (dev 3003).
    if (over && leadingPartsMakeTotal(facts.text, d)) continue;
    // The parts make exactly another amount stated shortly before (年度资金总额4753.66万元 … 一般公共预算1873.66万元
    // 其中：基本支出1768.16万元，项目支出2985.5万元): they may break down that amount, so the list's referent is uncertain.
    if (d.kind === 'qizhong' && sumStatedBefore(facts.figures, d, sum)) continue;
    if (!over && !d.exhaustive && d.kind === 'qizhong') {
      // 其中 often names only some parts (其中：工资福利支出A，商品和服务支出B of a larger 支出): a shortfall
      // proves nothing unless the list says it is complete, so it is a 提示 (info) for the reviewer, never an
      // error or warning (severity by evidence: src/audit/README.md). Head counts are often followed by 其中
      // subsets (领导职数, 党员): only a list of three or more that covers most of the total is worth a word.
      if (d.parts.length < 2) continue;
      if (d.total.kind === 'count' && (d.parts.length < 3 || sum < total * 0.8)) continue;
      // Parts that are some classes of a classification with more classes (工资福利支出, 商品和服务支出 of the
      // 支出经济分类): the classes left out may hold the rest, so the shortfall is no suspicion.
      if (someClassesOnly(d, options.config.openClassifications)) continue;
      // 全市一般公共预算总支出A。其中，一般公共预算支出B；结转下年支出C: a part named as the total without its 总 is the net
      // amount the gross total is built on; what else the gross holds (上解, 调出) may go unlisted — no suspicion.
      if (d.parts.some((p) => netOfGross(d.total.label, p.label))) continue;
      // 其中因公出国(境)费A、公车购置及运行费B，这两项占了总预算数近九成: the text itself says the items listed are a part of
      // the total (N项…占, right after the list) — partial by its own account (dev 2970).
      if (partShareAfter(facts.text, d)) continue;
      // 共投入资金T（其中省级补助A、区级补助B、乡镇补助C）: a 其中 opening a bracket notes a subset of the amount before it
      // (decompositions: never read as complete) — a shortfall is what such a note is expected to leave (dev 2973).
      if (/[（(]\s*$/.test(facts.text.slice(Math.max(0, d.marker.start - 3), d.marker.start))) continue;
      out.push(
        finding({
          rule: 'sum-mismatch',
          shape: 'list-partial',
          severity: 'info',
          message: `“${what}”为${d.total.raw}，“其中”所列各项合计${write(d, sum, false)}${unitWord}，少${write(d, gap, false)}${unitWord}；如未列全应注明“其他”`,
          evidence,
          calculation: calc,
          difference: gap,
        }),
      );
      continue;
    }
    // 实有在职人员85人。其中在职人员85人，自收自支人员2人，遗属人员8人: one item restating the total itself says
    // the list breaks down a wider whole (all staff) that the text names loosely — a 提示, not a proven error.
    const restated = over && d.kind === 'qizhong' && d.parts.some((p) => p.scaled === d.total.scaled && p.unit === d.total.unit);
    // 总收入65815.46万元，其中财政拨款…，事业收入…，其他收入…: a gross total (收入总计, 总支出) also holds the balance
    // carried over; parts of this year only that fall short of it may leave that balance out — a 提示.
    const grossLabel = `${d.total.label}${d.total.subject}`;
    const gross =
      !over &&
      d.kind === 'qizhong' &&
      options.config.grossTotalWords.some((w) => grossLabel.includes(w)) &&
      !d.parts.some((p) => /结转|结余/.test(p.label));
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: over ? 'list-over' : 'list-short',
        severity: restated || gross ? 'info' : 'error',
        message: `“${what}”为${d.total.raw}，但所列各项之和为${write(d, sum, false)}${unitWord}，${over ? '多' : '少'}${write(d, gap, false)}${unitWord}`,
        evidence,
        calculation: calc,
        difference: gap,
      }),
    );
  }
  if (facts.decompositions.length === 0 && facts.tables.length === 0) {
    options.notChecked.push('sum-mismatch：未找到“其中”“按…分”等分项列示或表格，未核对合计');
  }
  return out;
};

/**
 * The kinds of a name joined by ， (全市货物，工程，服务政府采购规模 before 分别为, `last` the clause after the comma at
 * `comma`): walking back over the clauses before, the middle kinds are of one length (工程) and the first kind is the
 * first longer clause (全市货物), as the 、-joined kinds must be. Only clauses of Chinese characters, within one line,
 * and only when the last clause holds no 、 list of its own. Undefined when no such run is there.
 */
function commaJoinedKinds(text: string, comma: number, last: string): string[] | undefined {
  if (/[、和及与]/.test(last)) return undefined;
  const kinds = [last];
  let end = comma;
  let len = 0;
  while (kinds.length < MAX_COMMA_KINDS) {
    let k = end - 1;
    while (k >= 0 && !CLAUSE_STOPS.has(text.charCodeAt(k))) k--;
    const clause = text.slice(k + 1, end).replace(/ /g, '');
    if (!/^[\u4e00-\u9fff]+$/.test(clause)) return undefined;
    if (len === 0 || clause.length === len) {
      // A middle kind: shorter than the last (服务政府采购规模) and as long as the other middle ones.
      if (len === 0 && clause.length >= last.length) return undefined;
      if (len === 0) len = clause.length;
      kinds.unshift(clause);
      if (text[k] !== '，' && text[k] !== ',') return undefined;
      end = k;
      continue;
    }
    if (clause.length < len) return undefined;
    kinds.unshift(clause);
    return kinds;
  }
  return undefined;
}

/** Most kinds read from a ，-joined name (the run of short clauses before 分别为). */
const MAX_COMMA_KINDS = SEARCH_WINDOWS.maxCommaKinds;

/** Fewest characters of the whole's name (全市政府采购规模) for its kinds listed later to be read against it. */
const MIN_WHOLE_NAME = SEARCH_WINDOWS.minWholeName;

/**
 * 全市政府采购规模为32.72亿元 … 全市货物、工程、服务政府采购规模分别为14.71亿元、5.65亿元和12.36亿元: kinds listed inside a
 * name (货物、工程、服务 between 全市 and 政府采购规模) whose amounts follow 分别为 break down the amount the text gave
 * earlier under the name without them (全市 + 政府采购规模). Preconditions: three or more kinds whose middle ones are of
 * one length (so where the kinds end inside the first and last words can be told); as many amounts as kinds, in one
 * unit, right after 分别为 with only separators between; one earlier figure, no comparison, of that unit whose label
 * ends with the name. More than the whole is an error; less is a 提示 (the kinds named may not be all).
 */
/** The words that give each kind its amount in order (分别为, 分别是: rule-words sum-mismatch.respectiveWords). */
const RESPECTIVE = new RegExp(anyWord(RULE_WORDS['sum-mismatch'].respectiveWords), 'g');

function namedKindsOfEarlierTotal(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (const m of text.matchAll(RESPECTIVE)) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    const at = m.index;
    const len0 = m[0].length;
    let k = at - 1;
    // A line wrapped inside the name (PDF lines) does not end it.
    while (k >= 0 && at - k <= 40 && !'，,。；;：:'.includes(text[k]!) && !(text[k] === '\n' && /[。；;：:]\s*$|^\s*$/.test(text.slice(Math.max(0, k - 2), k)))) k--;
    let subject = text.slice(k + 1, at).replace(/\s/g, '');
    let kinds = subject.split(/[、和及与]/);
    // 全市货物，工程，服务政府采购规模分别为…: the kinds joined by ， instead of 、 — the same preconditions.
    if (kinds.length < 3 && (text[k] === '，' || text[k] === ',')) {
      const joined = commaJoinedKinds(text, k, subject);
      if (joined) {
        kinds = joined;
        subject = joined.join('、');
      }
    }
    if (kinds.length < 3 || kinds.some((w) => !/^[\u4e00-\u9fff]+$/.test(w))) continue;
    const middle = kinds.slice(1, -1);
    const len = middle[0]!.length;
    if (middle.some((w) => w.length !== len) || kinds[0]!.length <= len || kinds[kinds.length - 1]!.length <= len) continue;
    const name = kinds[0]!.slice(0, -len) + kinds[kinds.length - 1]!.slice(len);
    if (name.length < MIN_WHOLE_NAME) continue;
    const first = firstFigureAtOrAfter(figures, at + len0);
    const parts: Figure[] = [];
    for (let j = first; j < figures.length && parts.length < kinds.length; j++) {
      const f = figures[j]!;
      const gap = text.slice(parts.length === 0 ? at + len0 : parts[parts.length - 1]!.end, f.start);
      if (!/^[、，,和及与\s]*$/.test(gap)) break;
      parts.push(f);
    }
    if (parts.length !== kinds.length) continue;
    const unit = parts[0]!.moneyUnit;
    if (parts.some((p) => p.kind !== 'money' || p.moneyUnit !== unit || p.comparative || p.qualifier)) continue;
    const after = text.slice(parts[parts.length - 1]!.end, parts[parts.length - 1]!.end + 2);
    if (/^[、和及与]/.test(after)) continue;
    const wholes = figures.filter((f) => f.end <= k && f.kind === 'money' && f.moneyUnit === unit && !f.comparative && !f.qualifier && f.label.replace(/\s/g, '').replace(/[为是达]$/, '').endsWith(name));
    if (wholes.length !== 1) continue;
    const whole = wholes[0]!;
    const sum = parts.reduce((a, p) => a + p.scaled, 0);
    const tolerance = roundingSlack([whole, ...parts]);
    const gap = Math.abs(sum - whole.scaled);
    if (gap <= tolerance) continue;
    const over = sum > whole.scaled;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'named-kinds',
        severity: over ? 'error' : 'info',
        message: over
          ? `“${name}”为${whole.raw}，而其${kinds.length}类（${subject}）分别为${parts.map((p) => p.raw).join('、')}，合计${inUnit(sum, unit)}${unit}，多${inUnit(gap, unit)}${unit}`
          : `“${name}”为${whole.raw}，而其${kinds.length}类（${subject}）分别为${parts.map((p) => p.raw).join('、')}，合计${inUnit(sum, unit)}${unit}，少${inUnit(gap, unit)}${unit}；如未列全应注明“其他”`,
        evidence: [quoteSpan(facts, { start: parts[0]!.start, end: parts[parts.length - 1]!.end }), quoteFigure(facts, whole)],
        calculation: `${parts.map((p) => p.raw).join(' + ')} = ${inUnit(sum, unit)} ≠ ${whole.raw}`,
      }),
    );
  }
  return out;
}
