/**
 * unit — a figure off by 10⁴ or 10⁸ against its parts (28元 whose parts are 28万元) or against the same
 * item stated elsewhere, or against its own change rate (46.82元，减少2.33万元，下降4.74% fits only 46.82万元): 元 written
 * for 万元, 万元 for 亿元; and a share written without its unit (占本年支出合计的
 * 99.58；) where the report writes its other shares with %; a share's change written in % where the text writes
 * such changes in 百分点 elsewhere.
 *
 * A bare per-cent (执行率98.11, 占…比重43.78) is a missing % only where no unit declaration names % for its block
 * (金额单位：万元，执行率和比重单位：% in a heading, 单位：万元、% in a caption; rule-words unit.unitDeclarations): under
 * one the bare number is the declared style, a certain reading, so nothing is said (spent test30 2690).
 */
import { type Finding, finding } from '../../core/finding.ts';
import { MONEY_UNITS, parseAmount } from '../../core/money.ts';
import { RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { unwrappedOf } from '../facts/structure.ts';
import { TABLE_MONEY_UNIT_PATTERN } from '../facts/tables.ts';
import type { Figure } from '../facts/types.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { halfStep, unitSlipOfCurrent } from './lib/change-rate.ts';
import { inUnit, quoteCell, quoteFigure, quoteSentenceAt, quoteSpan } from './lib/evidence.ts';
import { asWritten, inOneUnit, rateFits, type Reading, respectivePairs } from './lib/respective-bases.ts';
import { oddUnitPart, unitSlipFactor } from './lib/shared.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

/** The shortest common ending of two subjects read as one item's name (公务接待费, 运行维护费, 财政拨款收入). */
const SAME_ITEM_SUFFIX = SEARCH_WINDOWS.sameItemSuffix;
/** What ends a clause, as character codes (read back without a string per character): full-width ，。；： and a line break, */
const FULL_WIDTH_CLAUSE_STOPS = new Set(Array.from('，。；：\n', (c) => c.charCodeAt(0)));
/** and the same with the half-width ,;: too. */
const CLAUSE_STOPS = new Set(Array.from('，。；：,;:\n', (c) => c.charCodeAt(0)));

/** A subject without a generic noun at its end (年末结转和结余资金 → 年末结转和结余: unit.itemTails). */
function withoutItemTail(subject: string): string {
  const tail = RULE_WORDS['unit'].itemTails.find((w) => subject.endsWith(w) && subject.length > w.length);
  return tail ? subject.slice(0, -tail.length) : subject;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * The warning for a bare number written without its %: `quote` ends with the number, which starts at `numberStart`.
 * Null where a figure is already read at that place with a unit of its own (占地50亩, 95分).
 */
function missingPercent(facts: Parameters<Rule>[0], kind: '比例' | '比率', quote: string, start: number, numberStart: number, number: string): Finding | null {
  if (facts.figures.some((f) => f.start <= numberStart && numberStart < f.end)) return null;
  if (percentDeclaredFor(facts.text, start)) return null;
  return percentFinding(facts, kind, quote, start, numberStart, number);
}

/** 单位：% / 单位：万元、% / 执行率和比重单位：% — a declaration that the per-cents below are written without their sign. */
const PERCENT_DECLARATION = new RegExp(`(?:${anyWord(RULE_WORDS['unit'].unitDeclarations)})\\s*[：:]?\\s*[^。；;\\n\\d]{0,${SEARCH_WINDOWS.percentDeclarationReach}}?[%％]`);

/**
 * Whether the per-cents at `at` are declared once for their block (the precondition of a per-cent without its sign):
 * a unit declaration naming % (…单位：%, 单位：万元、%, a table's caption 执行率（%）is a header, not read) in the line of
 * `at` before it, or in a line above it from which every line down to `at`'s is a line of its block — no blank line
 * and no sentence ended with 。 between (a caption's list of items: 文献资源采购：预算数190.00，执行率98.11). Certain: the
 * writer said the figures are per-cents; a missing sign there is the declared style, not a slip.
 */
function percentDeclaredFor(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const own = text.slice(lineStart, at);
  if (PERCENT_DECLARATION.test(own.slice(own.lastIndexOf('。') + 1))) return true;
  if (own.includes('。')) return false;
  for (let lines = 0; lineStart > 0 && lines < SEARCH_WINDOWS.percentDeclarationLines; lines++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    if (line.trim() === '') return false;
    // (A sentence ended after the declaration ends its block: only the line's part after its last 。 is read.)
    if (PERCENT_DECLARATION.test(line.slice(line.lastIndexOf('。') + 1))) return true;
    if (line.includes('。')) return false;
    lineStart = prevStart;
  }
  return false;
}

function percentFinding(facts: Parameters<Rule>[0], kind: '比例' | '比率', quote: string, start: number, numberStart: number, number: string): Finding {
  return finding({
    rule: 'unit',
    severity: 'warning',
    message: `${kind}“${quote}”缺少单位“%”`,
    evidence: [quoteSpan(facts, { start, end: numberStart + number.length })],
    calculation: `${number} → ${number}%`,
  });
}

const SHARE_LEAD = /占[^，。；：\n%％\d.]{0,16}?的?$/;

/** 为调整预算的99.17 / 完成年初预算的113.38 — a ratio opener (rule-words.json unit.ratioOpeners), its base, 的, a bare number ending its clause. */
const RATIO_WITHOUT_PERCENT = new RegExp(`${anyWord(RULE_WORDS['unit'].ratioOpeners)}([^，。；：\\n%％\\d.]{1,16}?)的(\\d{1,3}(?:\\.\\d{1,2})?)(?=[，。；;]|,(?!\\d{3})|\\n)`, 'g');

/** 占…的 99.58 (or 为调整预算的99.17) followed by a clause end: a share without %, when the text writes shares with % elsewhere. */
function shareWithoutPercent(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const percents = facts.figures.filter((f) => f.kind === 'percent').length;
  if (percents < 2) return [];
  const out: Finding[] = [];
  // The lead holds no digit (占地面积1332㎡ is an area: its last digit is no share) and is no 占地 (land).
  const re = /占(?!地)([^，。；：\n%％\d.]{0,16}?的?)(\d{1,3}(?:\.\d{1,2})?)(?=[，。；;]|,(?!\d{3})|\n)/g;
  for (let m = re.exec(text); m !== null && out.length < MAX_FINDINGS_PER_RULE; m = re.exec(text)) {
    if (!SHARE_LEAD.test(`占${m[1]}`)) continue;
    const numberStart = m.index + 1 + m[1]!.length;
    const value = Number(m[2]);
    if (value > 100) continue;
    // A figure already read at this place (占地50亩 is a count with a measure word, not a share).
    const found = missingPercent(facts, '比例', `占${m[1]}${m[2]}`, m.index, numberStart, m[2]!);
    if (found) out.push(found);
  }
  // 为调整预算的99.17。 / 相当于上年同期的87.3；: a ratio to a named base (the base ends with 的) written the same way.
  // The base holds no digit or clause break; the number ends its clause (为上年的1.5倍 and 为全县的3个 do not).
  const ratio = RATIO_WITHOUT_PERCENT;
  ratio.lastIndex = 0;
  for (let m = ratio.exec(text); m !== null && out.length < MAX_FINDINGS_PER_RULE; m = ratio.exec(text)) {
    const found = missingPercent(facts, '比例', m[0], m.index, m.index + m[0].length - m[2]!.length, m[2]!);
    if (found) out.push(found);
  }
  return out;
}

/** 执行率为98.5， — a per-cent rate's name, at most one linking word, a bare number ending its clause (groups: name, number). */
const RATE_WITHOUT_PERCENT = new RegExp(
  `(${anyWord(RULE_WORDS['unit'].percentRates)})${anyWord(RULE_WORDS['unit'].rateLinks)}?(\\d{1,3}(?:\\.\\d{1,2})?)(?=[，。；;]|,(?!\\d{3})|\\n)`,
  'g',
);

/**
 * 预算执行率为98.5，资金到位率达到96；: a rate that is a per-cent by its name (data/audit/rule-words.json
 * unit.percentRates — not 容积率 or 汇率) followed by a bare number that ends its clause, where the text writes its
 * other rates with %. Precondition as for a share: two or more per-cents elsewhere in the text; the number follows
 * the name or one linking word directly (a form's cell, 执行率\t98.5, is no clause) and is not a figure read with a unit
 * of its own (95分); a number before 比 or : (3:1) does not end its clause.
 */
function rateWithoutPercent(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  if (facts.figures.filter((f) => f.kind === 'percent').length < 2) return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(RATE_WITHOUT_PERCENT)) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    const found = missingPercent(facts, '比率', m[0], m.index, m.index + m[0].length - m[2]!.length, m[2]!);
    if (found) out.push(found);
  }
  return out;
}

/** 增长11.1， — a direction word of a change, at most 了, a bare number ending its clause (groups: word, number). */
const CHANGE_RATE_WITHOUT_PERCENT = new RegExp(
  `(${anyWord([...RULE_WORDS['unit'].changeUp, ...RULE_WORDS['unit'].changeDown])})了?(\\d{1,3}(?:\\.\\d{1,2})?)(?=[，。；;]|,(?!\\d{3})|\\n)`,
  'g',
);

/**
 * 较上年增加10万元，增长11.1，: the rate of a change written without its %. Precondition: the clause right before
 * (back to the last ，) ends with the change as an amount (a comparative money figure: 增加10万元), so that the
 * number after the direction word can only be its rate — or the word is one only rates take (unit.rateOnlyChanges:
 * 增长, 下降) after 比 / 较 in its own clause, no number between (较上年增长11.1，); the text writes two or more per-cents elsewhere; the
 * number is no figure read with a unit of its own (增加5人).
 */
function changeRateWithoutPercent(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  if (facts.figures.filter((f) => f.kind === 'percent').length < 2) return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(CHANGE_RATE_WITHOUT_PERCENT)) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    // The word opens its clause (增长 right after ，) after the change as an amount; or 增长 / 下降 — words of a rate,
    // never of an amount — follow 比 / 较 / 同比 in their own clause (较上年增长11.1，).
    const change = text[m.index - 1] === '，' ? facts.figures.find((f) => f.end === m.index - 1) : undefined;
    const asAmount = change?.kind === 'money' && change.comparative;
    let clauseStart = m.index;
    while (clauseStart > 0 && m.index - clauseStart < SEARCH_WINDOWS.changeRateClauseReach && !FULL_WIDTH_CLAUSE_STOPS.has(text.charCodeAt(clauseStart - 1))) clauseStart--;
    const lead = text.slice(clauseStart, m.index);
    const asRate = RULE_WORDS['unit'].rateOnlyChanges.includes(m[1]!) && /[比较]/.test(lead) && !/\d/.test(lead);
    if (!asAmount && !asRate) continue;
    const found = missingPercent(facts, '比率', m[0], m.index, m.index + m[0].length - m[2]!.length, m[2]!);
    if (found) out.push(found);
  }
  return out;
}

/** A run of Chinese before a number, the number, and the character after it (groups: lead, number, next). */
const LED_NUMBER = /([\u4e00-\u9fff]{2,8})(\d{1,3}(?:\.\d{1,2})?)(?![\d.,，])([\s\S]?)/g;
/** A bare number right after a Chinese character that ends its clause or paragraph: what the check looks for first. */
const BARE_AFTER_WORD = /(?<=[\u4e00-\u9fff])\d{1,3}(?:\.\d{1,2})?(?![\d.,，%％])(?:[，。；;,\n]|$)/;
const PARALLEL_LINKS = [...RULE_WORDS['unit'].rateLinks, ...RULE_WORDS['unit'].parallelLinkTails].sort((a, b) => b.length - a.length);
const SIBLING_KEY = SEARCH_WINDOWS.sameItemSuffix - 2;
/** What ends a bare number's clause (a colon after a number ends a label: 目标1：). */
const BARE_ENDS = new Set(Array.from('，。；;,\n', (c) => c.charCodeAt(0)));

const SAME_WORDS = RULE_WORDS['unit'].parallelSameWords;

/**
 * The words before a number without a linking word at their end (资产负债率为 → 资产负债率, 下降了 → 下降), a direction
 * word at the end read as its one sense (减少 → 下降: unit.parallelSameWords).
 */
function leadName(lead: string): string {
  const name = leadNameRaw(lead);
  for (const { word, as } of SAME_WORDS) if (name.endsWith(word)) return name.slice(0, -word.length) + as;
  return name;
}

function leadNameRaw(lead: string): string {
  let name = lead;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of PARALLEL_LINKS) {
      if (name.endsWith(w) && name.length > w.length) {
        name = name.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  return name;
}

/**
 * 因公出国(境)经费16.2亿元,下降18%;公务用车…35.99亿元,下降12.8%;公务接待费6.61亿元,下降36.9。 / 中央…资产负债率68.1%;
 * 地方…资产负债率62。: parallel clauses of one paragraph give the same measure after the same words, each with its %,
 * and one of them ends its clause with the bare number — the % was dropped. Whatever the words: the sibling written
 * with % says what the bare number is. Preconditions, each needed: the words right before the numbers (a linking word
 * such as 为 / 达到 aside, unit.rateLinks and unit.parallelLinkTails) end alike in at least two characters; in the
 * paragraph every other number after those words carries %, at least one does, and none carries another unit (下降5万元,
 * 下降0.5个百分点: the words then take amounts too) or is bare; the bare number ends its clause; no table row (a
 * tab in the paragraph); no unit declaration names % for the block; the number is no figure read with a unit of its own.
 * (A text with no bare number ending a clause right after a Chinese word is passed over at once.)
 */
function bareAmongPercentSiblings(facts: Parameters<Rule>[0], taken: readonly Finding[]): Finding[] {
  const { text } = facts;
  if ((!text.includes('%') && !text.includes('％')) || !BARE_AFTER_WORD.test(text)) return [];
  const out: Finding[] = [];
  for (const p of facts.paragraphs) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    const body = text.slice(p.start, p.end);
    if (body.includes('\t') || (!body.includes('%') && !body.includes('％')) || !BARE_AFTER_WORD.test(body)) continue;
    const byKey = new Map<string, { pct: number; other: number; bare: { start: number; numberStart: number; number: string; lead: string }[] }>();
    for (const m of body.matchAll(LED_NUMBER)) {
      const name = leadName(m[1]!);
      if (name.length < SIBLING_KEY) continue;
      const key = name.slice(-SIBLING_KEY);
      const entry = byKey.get(key) ?? { pct: 0, other: 0, bare: [] };
      byKey.set(key, entry);
      const next = m[3]!;
      if (next === '%' || next === '％') entry.pct++;
      else if (next === '' || BARE_ENDS.has(next.charCodeAt(0))) {
        entry.bare.push({ start: p.start + m.index, numberStart: p.start + m.index + m[1]!.length, number: m[2]!, lead: m[1]! });
      } else entry.other++;
    }
    for (const entry of byKey.values()) {
      if (entry.pct < 1 || entry.other > 0 || entry.bare.length !== 1) continue;
      const b = entry.bare[0]!;
      // (A check above may already quote the number: 执行率98.5 among rates.)
      if (taken.some((f) => f.evidence.some((e) => e.start !== undefined && e.end !== undefined && e.start <= b.numberStart && b.numberStart < e.end))) continue;
      const found = missingPercent(facts, '比率', `${b.lead}${b.number}`, b.start, b.numberStart, b.number);
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * …占…的比重为20.7%，较上年上升5.5%: the change of a share written in %, where the text writes such changes in
 * 百分点 elsewhere (…比上年下降6.6个百分点) — very probably 5.5 百分点 (a relative change of the share would say
 * so). Silent in a text that never writes 百分点: % may then be its way of giving the relative change.
 */
/** 比重为12%，较上年上升3%: a share, then its change against last year in % (group 1: the change). */
const SHARE_CHANGE = `${anyWord(RULE_WORDS['unit'].shareWords)}(?:为|是|达到|达)?\\s*\\d{1,3}(?:\\.\\d{1,2})?\\s*[%％]\\s*[，,]?\\s*(?:较|比)(?:上年|去年|上一年)(?:同期)?(?:上升|下降|提高|降低)\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*[%％]`;

function shareChangeInPercent(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  if (!text.includes('百分点')) return [];
  const out: Finding[] = [];
  const re = new RegExp(SHARE_CHANGE, 'g');
  // Read with the wraps inside sentences undone (…的比⏎重为20.7%), offsets mapped back to the text.
  const flat = unwrappedOf(facts);
  for (let m = re.exec(flat.text); m !== null && out.length < MAX_FINDINGS_PER_RULE; m = re.exec(flat.text)) {
    const flatEnd = m.index + m[0].length;
    const end = flat.toOriginal[flatEnd - 1]! + 1;
    const start = flat.toOriginal[m.index + m[0].lastIndexOf(m[1]!)]!;
    const matchStart = flat.toOriginal[m.index]!;
    out.push(
      finding({
        rule: 'unit',
        severity: 'warning',
        message: `比重的变动写为“${text.slice(start, end)}”：比重之差应以“个百分点”计（文中其他比重变动即写作百分点）`,
        evidence: [quoteSpan(facts, { start, end }), quoteSpan(facts, { start: matchStart, end })],
      }),
    );
  }
  return out;
}

const CHANGE_UP = RULE_WORDS['unit'].changeUp;
const CHANGE_DOWN = RULE_WORDS['unit'].changeDown;

/**
 * 机关运行经费支出46.82元，…减少2.33万元，下降4.74%: in one sentence an amount, its change in another unit and the
 * change rate right after it — the rate does not follow from the amount as written but does from the amount read in
 * the change's unit (46.82万元): the amount's unit was mistyped.
 */
function amountUnitByItsChangeRate(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const fs = facts.figures;
  for (let i = 1; i < fs.length && out.length < MAX_FINDINGS_PER_RULE; i++) {
    const rate = fs[i]!;
    const change = fs[i - 1]!;
    if (rate.kind !== 'percent' || change.kind !== 'money' || !change.comparative || change.sentence !== rate.sentence) continue;
    if (/[，。；\d]/.test(facts.text.slice(change.end, rate.start).replace(/^，/, ''))) continue;
    const tail = change.label.slice(-4);
    const up = CHANGE_UP.some((w) => tail.includes(w));
    const down = CHANGE_DOWN.some((w) => tail.includes(w));
    if (up === down) continue;
    // The amount: the nearest money figure before the change in the same sentence (a completion rate may stand
    // between), no change itself.
    let j = i - 2;
    while (j >= 0 && fs[j]!.sentence === rate.sentence && fs[j]!.kind === 'percent') j--;
    const current = fs[j];
    if (current?.kind !== 'money' || current.comparative || current.qualifier || current.sentence !== rate.sentence || current.scaled === 0) continue;
    const factor = unitSlipOfCurrent(current, change, up, rate);
    if (factor === null) continue;
    const meant = change.unit;
    out.push(
      finding({
        rule: 'unit',
        severity: 'error',
        message: `单位错误：${current.raw}与其变动${change.raw}、${rate.raw}不符，按${current.numberText}${meant}计算变动率恰为${rate.raw}：“${current.unit}”疑为“${meant}”`,
        evidence: [quoteFigure(facts, current), quoteFigure(facts, change), quoteFigure(facts, rate)],
        calculation: `${change.numberText}${change.unit} ÷ (${current.numberText}${meant} ${up ? '−' : '+'} ${change.raw}) ≈ ${rate.raw}`,
      }),
    );
  }
  return out;
}

const DIFFERENCE_UP = RULE_WORDS['unit'].differenceUp;
const DIFFERENCE_DOWN = RULE_WORDS['unit'].differenceDown;
/** A label naming the amount compared with: 比上年同期, 较去年. */
const PRIOR_LABEL = /(?:比|较|同比)(?:上年|去年|上一年|上年度)?(?:同期)?$/;

/**
 * 科学技术支出259万元，比上年同期139万元增支120元: in one clause this year's amount, last year's right after it (比上年同期),
 * and right after that the change told as an amount in another unit — the change is the difference of the two, and
 * read in their unit it is that difference exactly (120万元 = 259 − 139), while as written it is not: its unit was
 * mistyped. Preconditions: the three figures stand next to each other with nothing but their labels between them, the
 * two amounts are in one unit, the change's word agrees with the sign of the difference, and the difference fits
 * within the rounding of the written figures.
 */
function differenceInOtherUnit(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const fs = facts.figures;
  for (let i = 2; i < fs.length && out.length < MAX_FINDINGS_PER_RULE; i++) {
    const c = fs[i]!;
    const b = fs[i - 1]!;
    const a = fs[i - 2]!;
    if (a.kind !== 'money' || b.kind !== 'money' || c.kind !== 'money') continue;
    if (a.sentence !== c.sentence || b.sentence !== c.sentence || a.moneyUnit === undefined || a.moneyUnit !== b.moneyUnit || c.moneyUnit === undefined) continue;
    if (a.comparative || a.qualifier || a.scaled === 0 || b.scaled === 0) continue;
    if (!PRIOR_LABEL.test(facts.text.slice(a.end, b.start).replace(/[，,\s]/g, ''))) continue;
    const link = facts.text.slice(b.end, c.start).replace(/[，,\s]/g, '');
    const up = DIFFERENCE_UP.includes(link);
    const down = DIFFERENCE_DOWN.includes(link);
    if (up === down || (up && a.scaled <= b.scaled) || (down && a.scaled >= b.scaled)) continue;
    const diff = Math.abs(a.scaled - b.scaled);
    const tolerance = halfStep(a) + halfStep(b);
    if (Math.abs(c.scaled - diff) <= tolerance + halfStep(c)) continue;
    const factor = [1e4, 1e-4, 1e8, 1e-8].find((k) => Math.abs(c.scaled * k - diff) <= tolerance + halfStep(c) * k);
    if (factor === undefined) continue;
    // The unit the change's digits were meant in (元 × 10⁴ → 万元), whether or not the amounts are written in it.
    const exponent = MONEY_UNITS[c.moneyUnit] + Math.round(Math.log10(factor));
    const meant = (Object.keys(MONEY_UNITS) as (keyof typeof MONEY_UNITS)[]).find((u) => MONEY_UNITS[u] === exponent);
    if (meant === undefined) continue;
    out.push(
      finding({
        rule: 'unit',
        severity: 'error',
        message: `单位错误：${a.raw}比${b.raw}${link}${c.raw}，两者之差为${c.numberText}${meant}：“${c.moneyUnit}”疑为“${meant}”`,
        evidence: [quoteFigure(facts, c), quoteFigure(facts, a), quoteFigure(facts, b)],
        calculation: `${a.raw} − ${b.raw} = ${c.numberText}${meant} ≠ ${c.raw}`,
      }),
    );
  }
  return out;
}

/**
 * 0.862亿元（862.00万元）: an amount restated right after itself in brackets in another money unit — the two are one
 * amount, so they must be equal within the rounding of the written figures; off by a power of ten (10, 100, 10⁴ …)
 * the conversion slipped. Preconditions: two money figures of one currency and two different units, the bracket
 * opening right after the first and holding the second only (nothing before it, the bracket closing right after it);
 * neither a threshold (以上) nor a change; the ratio of the two a power of ten within the rounding — any other
 * difference is not a slip of the unit and is left to other rules.
 */
export function restatedInOtherUnit(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const fs = facts.figures;
  const { text } = facts;
  for (let i = 1; i < fs.length && out.length < MAX_FINDINGS_PER_RULE; i++) {
    const b = fs[i]!;
    const a = fs[i - 1]!;
    if (a.kind !== 'money' || b.kind !== 'money' || a.moneyUnit === undefined || b.moneyUnit === undefined || a.moneyUnit === b.moneyUnit) continue;
    if (a.currency !== b.currency || a.qualifier || b.qualifier || a.scaled <= 0 || b.scaled <= 0) continue;
    if (b.start - a.end !== 1 || !RESTATEMENT_OPENERS.has(text.charCodeAt(a.end)) || !RESTATEMENT_CLOSERS.has(text.charCodeAt(b.end))) continue;
    const tolerance = halfStep(a) + halfStep(b);
    if (Math.abs(a.scaled - b.scaled) <= tolerance) continue;
    const [big, small] = a.scaled > b.scaled ? [a, b] : [b, a];
    const exponent = Math.round(Math.log10(big.scaled / small.scaled));
    if (exponent < 1 || Math.abs(big.scaled - small.scaled * 10 ** exponent) > tolerance * 10 ** exponent) continue;
    out.push(
      finding({
        rule: 'unit',
        shape: 'restated-other-unit',
        severity: 'error',
        message: `单位换算错误：${a.raw}与括号内的${b.raw}应为同一金额，却相差${10 ** exponent}倍`,
        evidence: [quoteFigure(facts, a), quoteFigure(facts, b)],
        calculation: `${b.raw} = ${inUnit(b.scaled, a.moneyUnit)}${a.moneyUnit} ≠ ${a.raw}`,
      }),
    );
  }
  return out;
}

/**
 * 实现旅游综合收入38.2万人次，同比增长14.03%。上年同期分别为…和33.5亿元: the year's figure whose change rate does not
 * follow from last year's (given after 上年同期分别为, lib/respective-bases.ts) in its unit as written — the two are of
 * different kinds or units — but does from the year's number read in last year's unit: the year's unit slipped.
 * Preconditions: those of the pairing; the year's number read in last year's unit fits the rate within the rounding.
 */
/** A count with the tail of its measure word the figure reader leaves in the noun (万人 + 次 of 万人次). */
function shownWithTail(f: Figure): string {
  return f.kind === 'count' && f.noun.startsWith('次') ? `${f.raw}次` : f.raw;
}

function respectiveBaseUnit(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  for (const pairs of respectivePairs(facts)) {
    for (const { current, rate, up, prior } of pairs) {
      const both = inOneUnit(current, prior);
      if (both && rateFits(both[0], both[1], rate, up)) continue;
      if (current.unit === prior.unit || !rateFits(asWritten(current), asWritten(prior), rate, up)) continue;
      out.push(
        finding({
          rule: 'unit',
          shape: 'respective-base-unit',
          severity: 'warning',
          message: `单位疑误：本年${shownWithTail(current)}与上年${shownWithTail(prior)}单位不同，而变动率${rate.raw}恰为${current.numberText}与${prior.numberText}按同一单位计算所得：“${current.unit}”疑为“${prior.unit}”`,
          evidence: [quoteFigure(facts, current), quoteFigure(facts, prior), quoteFigure(facts, rate)],
          calculation: `${current.numberText} ÷ ${prior.numberText} − 1 = ${(((Number(current.numberText.replace(/,/g, '')) / Number(prior.numberText.replace(/,/g, ''))) - 1) * 100).toFixed(2)}% ≈ ${up ? '' : '−'}${rate.raw}`,
        }),
      );
    }
  }
  return out;
}

const EXECUTION_WORDS: readonly string[] = RULE_WORDS['percent-mismatch'].execution;
const DENOMINATOR_WORDS: readonly string[] = RULE_WORDS['percent-mismatch'].denominator;

/**
 * 工程预算3900.00万元，…，完成投资3865.20元，资金执行率99.11%: an execution rate whose two amounts are written in different
 * money units, where the rate follows from their numbers read in one unit (3865.20 ÷ 3900.00 = 99.11%) and not from the
 * amounts as written: one unit slipped. Preconditions: the rate's label holds an execution word (percent-mismatch
 * execution); in its sentence before it exactly one amount is labelled with a denominator word (预算, 下达 …) and the
 * amount right before the rate is another, in another money unit of the same currency; neither is a change or bound;
 * the rate fits the numbers within the rounding of the three, and does not fit the amounts as written.
 */
/** Whether the rate R% is A ÷ P within the rounding of the three. */
function ratioFits(A: Reading, P: Reading, r: Figure): boolean {
  if (P.v - P.half <= 0) return false;
  const lo = (A.v - A.half) / (P.v + P.half);
  const hi = (A.v + A.half) / (P.v - P.half);
  const R = asWritten(r);
  return R.v + R.half >= lo * 100 && R.v - R.half <= hi * 100;
}

function executionRateUnit(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const fs = facts.figures;
  for (let i = 1; i < fs.length && out.length < MAX_FINDINGS_PER_RULE; i++) {
    const r = fs[i]!;
    if (r.kind !== 'percent' || r.unit !== '%' || !EXECUTION_WORDS.some((w) => r.label.includes(w))) continue;
    const num = fs[i - 1]!;
    if (num.kind !== 'money' || num.sentence !== r.sentence || num.comparative || num.qualifier || num.moneyUnit === undefined || DENOMINATOR_WORDS.some((w) => num.label.includes(w))) continue;
    const dens: Figure[] = [];
    for (let k = i - 2; k >= 0 && fs[k]!.sentence === r.sentence; k--) {
      const g = fs[k]!;
      if (g.kind === 'money' && DENOMINATOR_WORDS.some((w) => g.label.includes(w))) dens.push(g);
    }
    if (dens.length !== 1) continue;
    const den = dens[0]!;
    if (den.comparative || den.qualifier || den.moneyUnit === undefined || den.moneyUnit === num.moneyUnit || den.currency !== num.currency || den.scaled <= 0) continue;
    const written = inOneUnit(num, den);
    if (written && ratioFits(written[0], written[1], r)) continue;
    if (!ratioFits(asWritten(num), asWritten(den), r)) continue;
    out.push(
      finding({
        rule: 'unit',
        shape: 'execution-rate-unit',
        severity: 'warning',
        message: `单位疑误：${num.raw}与${den.raw}单位不同，而${r.label.replace(/^[，,]/, '')}${r.raw}恰为${num.numberText}与${den.numberText}按同一单位计算所得：“${num.moneyUnit}”疑为“${den.moneyUnit}”`,
        evidence: [quoteFigure(facts, num), quoteFigure(facts, den), quoteFigure(facts, r)],
        calculation: `${num.numberText} ÷ ${den.numberText} ≈ ${r.raw}；${num.raw} ÷ ${den.raw} ≠ ${r.raw}`,
      }),
    );
  }
  return out;
}

/** Brackets a restatement stands in, as character codes. */
const RESTATEMENT_OPENERS = new Set(Array.from('（(', (c) => c.charCodeAt(0)));
const RESTATEMENT_CLOSERS = new Set(Array.from('）)', (c) => c.charCodeAt(0)));

/** A change against the budget: 比预算节约 / 较年初预算减少 / 比全年预算数超支 (the figure's label ends so). */
const AGAINST_BUDGET = /(?:比|较|与)(?:年初|全年|调整后|调整)?预算数?(?:相比)?(?:节约|节支|节|减少|少支|超支|增加|多支|结余)$/;

/**
 * “三公”经费预算12.00元，实际支出8.60万元…。实际支出比预算节约3.40万元: a budget, the amount spent against it and their
 * difference stated as a change against the budget (AGAINST_BUDGET) — the difference fits the two only when one of them
 * is read in the other's unit (12.00万元 − 8.60万元 = 3.40万元): that one's unit was mistyped. Preconditions: the budget
 * (预算 in its label, no 决算) and the amount spent (决算, 支出 or 实际 in its label, no 预算) are the nearest such figures
 * before the change, in its sentence or the two before it within its paragraph, in two different money units; the
 * difference as written does not fit them, read with the one amount 10⁴ or 10⁸ off it does, within the rounding.
 */
function budgetDifferenceInOtherUnit(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const fs = facts.figures;
  for (let i = 0; i < fs.length && out.length < MAX_FINDINGS_PER_RULE; i++) {
    const c = fs[i]!;
    if (c.kind !== 'money' || !c.comparative || c.scaled === 0 || !AGAINST_BUDGET.test(c.label.replace(/[，,\s]/g, ''))) continue;
    const sentence = facts.sentences[c.sentence];
    if (!sentence) continue;
    let budget: Figure | undefined;
    let spent: Figure | undefined;
    for (let k = i - 1; k >= 0 && (!budget || !spent); k--) {
      const g = fs[k]!;
      const s = facts.sentences[g.sentence];
      if (!s || c.sentence - g.sentence > 2 || s.paragraph !== sentence.paragraph) break;
      if (g.kind !== 'money' || g.comparative || g.qualifier || g.currency !== c.currency || g.moneyUnit === undefined) continue;
      const isBudget = g.label.includes('预算') && !g.label.includes('决算');
      const isSpent = !g.label.includes('预算') && /决算|支出|实际/.test(g.label);
      if (isBudget && !budget) budget = g;
      else if (isSpent && !spent && !budget) spent = g;
    }
    if (!budget || !spent || budget.moneyUnit === spent.moneyUnit) continue;
    const tolerance = halfStep(budget) + halfStep(spent) + halfStep(c);
    if (Math.abs(Math.abs(budget.scaled - spent.scaled) - c.scaled) <= tolerance) continue;
    for (const [odd, other] of [
      [budget, spent],
      [spent, budget],
    ] as const) {
      const factor = [1e4, 1e-4, 1e8, 1e-8].find((k) => Math.abs(Math.abs(odd.scaled * k - other.scaled) - c.scaled) <= tolerance + halfStep(odd) * k);
      if (factor === undefined) continue;
      const exponent = MONEY_UNITS[odd.moneyUnit!] + Math.round(Math.log10(factor));
      const meant = (Object.keys(MONEY_UNITS) as (keyof typeof MONEY_UNITS)[]).find((u) => MONEY_UNITS[u] === exponent);
      if (meant === undefined || meant !== other.moneyUnit) continue;
      out.push(
        finding({
          rule: 'unit',
          shape: 'budget-difference-unit',
          severity: 'warning',
          message: `单位错误：${budget.raw}与${spent.raw}之差写作${c.raw}，只有按${odd.numberText}${meant}计算才相符：${odd.raw}的“${odd.moneyUnit}”疑为“${meant}”`,
          evidence: [quoteFigure(facts, odd), quoteFigure(facts, other), quoteFigure(facts, c)],
          calculation: `|${odd.numberText}${meant} − ${other.raw}| = ${c.raw}`,
        }),
      );
      break;
    }
  }
  return out;
}

/** A per-head amount or a standard (人均500元, 每人每天100元, 标准) is rightly small and in 元. */
const PER_UNIT_WORDS = RULE_WORDS['unit'].perUnit;

/**
 * A paragraph whose amounts are all in 元 and all small (政府采购支出总额63.30元，其中：货物24.60元…) in a text whose
 * other prose amounts and whose tables are in 万元: probably 万元 written as 元. A 提示 (info): small sums may rightly
 * be written in 元 (thresholds.json unitIsland).
 */
function paragraphInOtherUnit(facts: Parameters<Rule>[0], options: Parameters<Rule>[1]): Finding[] {
  const { minOtherAmounts, otherShare, maxYuanFen } = options.config.unitIsland;
  if (facts.tables.some((t) => t.moneyUnit !== null && t.moneyUnit !== '万元')) return [];
  const money = facts.figures.filter((f) => f.kind === 'money' && f.currency === 'CNY' && !f.qualifier);
  const byParagraph = new Map<number, Figure[]>();
  let wan = 0;
  for (const f of money) {
    if (f.moneyUnit === '万元') wan++;
    const list = byParagraph.get(f.paragraph) ?? [];
    list.push(f);
    byParagraph.set(f.paragraph, list);
  }
  const out: Finding[] = [];
  for (const list of byParagraph.values()) {
    if (list.length < 2 || !list.every((f) => f.moneyUnit === '元')) continue;
    const others = money.length - list.length;
    if (wan < minOtherAmounts || wan < others * otherShare) continue;
    if (list.some((f) => f.scaled >= maxYuanFen || PER_UNIT_WORDS.some((w) => f.label.includes(w)))) continue;
    out.push(
      finding({
        rule: 'unit',
        severity: 'info',
        message: `本段${list.length}处金额均以“元”为单位且不足1万元（如${list[0]!.raw}），而全文其余${others}处金额中${wan}处以“万元”为单位：疑本段单位应为“万元”`,
        evidence: list.slice(0, 3).map((f) => quoteFigure(facts, f)),
        calculation: list.map((f) => f.raw).join('、'),
      }),
    );
  }
  return out;
}

/** A cell holding an amount with its money unit (28.8万元). */
const AMOUNT_CELL = new RegExp(`^\\d[\\d,]*(?:\\.\\d+)?\\s*${TABLE_MONEY_UNIT_PATTERN}$`);
/** A cell that is the unit column's percent sign alone. */
const PERCENT_CELL = /^[%％]$/;

/**
 * 业务工作支出安排金额 | 定量 | 28.8万元 | % |: an indicator's value written with a money unit while the next cell,
 * the 计量单位 column, says %: the unit column contradicts the value.
 */
function amountWithPercentUnit(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  facts.tables.slice(0, 50).forEach((table, index) => {
    for (const row of table.rows) {
      for (let i = 0; i + 1 < row.length && out.length < MAX_FINDINGS_PER_RULE; i++) {
        const value = row[i]!;
        const next = row[i + 1]!;
        if (!AMOUNT_CELL.test(value.text.trim()) || !PERCENT_CELL.test(next.text.trim())) continue;
        const label = row.find((c) => /[\u4e00-\u9fff]/.test(c.text) && !AMOUNT_CELL.test(c.text.trim()))?.text ?? '';
        out.push(
          finding({
            rule: 'unit',
            severity: 'warning',
            message: `单位错误：指标值${value.text.trim()}是金额，计量单位却写为“${next.text.trim()}”`,
            evidence: [quoteCell(facts, value, index, label, ''), quoteCell(facts, next, index, label, '')],
          }),
        );
      }
    }
  });
  return out;
}

/**
 * 间接费用3万亩元: a measure word of a physical quantity (亩, 吨, 公里 …) glued between an amount's number and its
 * 元 makes a unit that does not exist — a quantity's unit slipped into an amount (3万元). A per-unit price is written
 * 元/亩 or 每亩3元, never 3亩元.
 */
const MEASURE_IN_MONEY = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*([万亿千]?)(${anyWord(RULE_WORDS['unit'].physicalMeasures)})(元)(?![/／])`, 'g');

/** What every match of MEASURE_IN_MONEY holds: a measure word right before 元 (亩元, 吨元) — looked for first, most texts have none. */
const MEASURE_THEN_YUAN = RULE_WORDS['unit'].physicalMeasures.map((w) => `${w}元`);

function measureInMoneyUnit(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  if (!MEASURE_THEN_YUAN.some((w) => facts.text.includes(w))) return out;
  for (const m of facts.text.matchAll(MEASURE_IN_MONEY)) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    const start = m.index;
    out.push(
      finding({
        rule: 'unit',
        severity: 'error',
        message: `单位错误：“${m[0]}”——“${m[2]}${m[3]}${m[4]}”不是金额单位，“${m[3]}”疑为误入，应为${m[1]}${m[2]}元`,
        evidence: [quoteSpan(facts, { start, end: start + m[0].length })],
      }),
    );
  }
  return out;
}

const COUNT_NOUNS = RULE_WORDS['unit'].countNouns;

/**
 * 接待人次为180万元 / 年末实有人数52万元: an amount whose label ends with the noun of a count (rule-words unit.countNouns)
 * is a count written with a money unit. Preconditions: the label ends with the noun (linking words such as 为 are no
 * part of a label), no per-unit word in it (人均, 每: an amount per head is money), and the figure is no change or bound.
 */
function countWithMoneyUnit(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  for (const f of facts.figures) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (f.kind !== 'money' || f.comparative || f.qualifier) continue;
    const label = f.label.replace(/[：:\s]+$/, '');
    const noun = COUNT_NOUNS.find((w) => label.endsWith(w));
    if (!noun || PER_UNIT_WORDS.some((w) => label.includes(w))) continue;
    out.push(
      finding({
        rule: 'unit',
        shape: 'count-with-money-unit',
        severity: 'warning',
        message: `单位错误：“${label}”是数量，却写作${f.raw}（金额单位“${f.unit}”）`,
        evidence: [quoteFigure(facts, f)],
      }),
    );
  }
  return out;
}

/** Fewest characters of a run of Chinese two labels share for an amount written twice to be read as one item's. */
const SHARED_LABEL_RUN = 4;

/** Whether `a` and `b` share a run of at least `n` Chinese characters. */
function shareRun(a: string, b: string, n: number): boolean {
  for (let k = 0; k + n <= a.length; k++) {
    const run = a.slice(k, k + n);
    if (/^[\u4e00-\u9fff]+$/.test(run) && b.includes(run)) return true;
  }
  return false;
}

/**
 * 中央免费开放补助资金95.00元 where the text states 公共文化场馆免费开放经费95.00万元: one amount written with the same
 * digits in 元 and in 万元, under labels sharing a run of SHARED_LABEL_RUN Chinese characters (免费开放) — the 元 one is
 * the 万元 amount with its unit slipped. Preconditions: both amounts written with decimals (the two-decimal way of 万元
 * amounts), the same number text, money of one currency; labels sharing the run; the 元 amount stated once with those
 * digits. Grouped by number text in one pass (linear). A 警告.
 */
function sameDigitsInWan(facts: Parameters<Rule>[0]): Finding[] {
  const byNumber = new Map<string, Figure[]>();
  for (const f of facts.figures) {
    if (f.kind !== 'money' || f.decimals === 0 || f.comparative || f.qualifier) continue;
    if (f.moneyUnit !== '元' && f.moneyUnit !== '万元') continue;
    byNumber.set(f.numberText, [...(byNumber.get(f.numberText) ?? []), f]);
  }
  const out: Finding[] = [];
  for (const group of byNumber.values()) {
    const yuan = group.filter((f) => f.moneyUnit === '元');
    const wan = group.filter((f) => f.moneyUnit === '万元');
    if (yuan.length !== 1 || wan.length === 0) continue;
    const y = yuan[0]!;
    const w = wan.find((g) => g.currency === y.currency && shareRun(y.label, g.label, SHARED_LABEL_RUN));
    if (!w) continue;
    out.push(
      finding({
        rule: 'unit',
        shape: 'same-digits-in-wan',
        severity: 'warning',
        message: `“${y.label}${y.raw}”与“${w.label}${w.raw}”数字相同、单位不同，疑为“万元”误写为“元”`,
        evidence: [quoteFigure(facts, y), quoteFigure(facts, w)],
        calculation: `${y.numberText}元 ≠ ${w.numberText}万元`,
      }),
    );
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
  }
  return out;
}

export const unit: Rule = (facts, options) => {
  const percents = [...shareWithoutPercent(facts), ...rateWithoutPercent(facts), ...changeRateWithoutPercent(facts)];
  const out: Finding[] = [
    ...measureInMoneyUnit(facts),
    ...countWithMoneyUnit(facts),
    ...amountWithPercentUnit(facts),
    ...percents,
    ...bareAmongPercentSiblings(facts, percents),
    ...shareChangeInPercent(facts),
    ...amountUnitByItsChangeRate(facts),
    ...differenceInOtherUnit(facts),
    ...budgetDifferenceInOtherUnit(facts),
    ...restatedInOtherUnit(facts),
    ...respectiveBaseUnit(facts),
    ...executionRateUnit(facts),
    ...paragraphInOtherUnit(facts, options),
    ...lengthOutlier(facts),
    ...oneYiAmongWan(facts, options),
  ];
  const reported = new Set<number>();
  for (const d of facts.decompositions) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const factor = unitSlipFactor(d);
    if (factor === null || reported.has(d.total.start)) continue;
    reported.add(d.total.start);
    const partUnit = d.parts.find((p) => p.scaled !== 0)?.unit ?? d.parts[0]!.unit;
    out.push(
      finding({
        rule: 'unit',
        severity: 'error',
        message: `单位错误：“${d.total.subject || d.total.label}”${d.total.raw}，其中各项合计却为${d.total.numberText}${partUnit}（相差${factor > 1 ? factor : 1 / factor}倍）：总数写作“${d.total.unit}”，各分项却是“${partUnit}”`,
        evidence: [quoteFigure(facts, d.total), quoteSpan(facts, { start: d.marker.start, end: d.parts[d.parts.length - 1]!.end })],
        calculation: `${d.parts.map((p) => p.raw).join(' + ')} = ${d.total.numberText}${partUnit} = ${d.total.raw} × ${factor >= 1 ? factor : `1/${1 / factor}`}`,
      }),
    );
  }
  // One part of a breakdown in another unit, which the sum shows (工程19.85元 among 万元 parts adding up to 总额).
  for (const d of facts.decompositions) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const p = oddUnitPart(d);
    if (p === null || reported.has(p.start)) continue;
    reported.add(p.start);
    const u = d.total.moneyUnit!;
    out.push(
      finding({
        rule: 'unit',
        severity: 'error',
        message: `单位错误：“${p.subject || p.label}”写作${p.raw}，而${d.total.raw}的其余各项均以“${u}”为单位，此项按“${u}”计各项之和才等于总数：疑应为${p.numberText}${u}`,
        evidence: [quoteFigure(facts, p), quoteFigure(facts, d.total)],
        calculation: `${d.parts.map((q) => (q === p ? `${q.numberText}${u}` : q.raw)).join(' + ')} = ${d.total.raw}`,
      }),
    );
  }
  // The same item (same subject and phase) stated twice, 10⁴ or 10⁸ apart.
  const bySubject = new Map<string, Figure[]>();
  for (const f of facts.figures) {
    if (f.kind !== 'money' || f.subject.length < 3 || f.qualifier || f.comparative || f.scaled === 0) continue;
    const key = `${f.subject}|${f.phase ?? ''}|${f.currency}`;
    const list = bySubject.get(key) ?? [];
    list.push(f);
    bySubject.set(key, list);
  }
  for (const list of bySubject.values()) {
    for (let i = 1; i < list.length; i++) {
      const a = list[0]!;
      const b = list[i]!;
      if (a.unit === b.unit || reported.has(a.start) || reported.has(b.start)) continue;
      const ratio = unitSlipRatio(a, b);
      if (ratio === null) continue;
      reported.add(b.start);
      out.push(sameDigitsFinding(facts, a, b, ratio, `“${a.subject}”一处为${a.raw}，一处为${b.raw}`));
    }
  }
  // The same digits, 10⁴ or 10⁸ apart, for one item named with different qualifiers before it (支出公务接待费1.58万元
  // and 部门决算公开公务接待费1.58元): the subjects end in the same item name of four characters or more (公务接待费,
  // 财政拨款收入; 支出 or 经费 alone name no item). Compared only within the same digits, so linear.
  const byDigits = new Map<string, Figure[]>();
  for (const f of facts.figures) {
    if (f.kind !== 'money' || f.subject.length < 3 || f.qualifier || f.comparative || f.scaled === 0) continue;
    const list = byDigits.get(f.numberText) ?? [];
    list.push(f);
    byDigits.set(f.numberText, list);
  }
  for (const list of byDigits.values()) {
    if (list.length < 2 || list.length > 20) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.unit === b.unit || a.currency !== b.currency || (a.phase !== null && b.phase !== null && a.phase !== b.phase)) continue;
        if (reported.has(a.start) || reported.has(b.start) || a.subject === b.subject) continue;
        if (commonSuffix(withoutItemTail(a.subject), withoutItemTail(b.subject)) < SAME_ITEM_SUFFIX) continue;
        const ratio = unitSlipRatio(a, b);
        if (ratio === null) continue;
        reported.add(b.start);
        out.push(sameDigitsFinding(facts, a, b, ratio, `“${a.subject}”为${a.raw}，“${b.subject}”为${b.raw}`));
      }
    }
  }
  out.push(...sameDigitsAnywhere(facts, options, reported));
  out.push(...roundedInOtherUnit(facts, options, reported));
  // Amounts an earlier check already quotes (by its change rate, against the same item elsewhere) are not reported again.
  const quoted = out.flatMap((f) => f.evidence.flatMap((e) => (e.start === undefined || e.end === undefined ? [] : [{ start: e.start, end: e.end }])));
  const isQuoted = (at: number): boolean => reported.has(at) || quoted.some((e) => e.start <= at && at < e.end);
  out.push(...oneYuanAmongWan(facts, options, isQuoted));
  // (An amount another check of this rule already reports — the same item named alike in 元 and 万元 — is not told twice.)
  const cited = new Set(out.flatMap((f) => f.evidence.map((e) => e.start)));
  out.push(...sameDigitsInWan(facts).filter((f) => !f.evidence.some((e) => cited.has(e.start))));
  const told = new Set(out.flatMap((f) => f.evidence.map((e) => e.start)));
  out.push(...subYuanSpending(facts, options).filter((f) => !told.has(f.evidence[0]!.start)));
  out.push(...partAboveWhole(facts, options).filter((f) => !told.has(f.evidence[0]!.start)));
  const toldNow = new Set(out.flatMap((f) => f.evidence.map((e) => e.start)));
  out.push(...sameDigitsInWanTable(facts, options).filter((f) => !toldNow.has(f.evidence[0]!.start)));
  const toldLast = new Set(out.flatMap((f) => f.evidence.map((e) => e.start)));
  out.push(...yuanDigitsInWan(facts, options).filter((f) => !toldLast.has(f.evidence[0]!.start)));
  out.push(...perHeadBeyondAll(facts, options).filter((f) => !toldLast.has(f.evidence[0]!.start)));
  return out;
};

const PER_HEAD: readonly { word: string; measure: string }[] = RULE_WORDS['unit'].perHeadWords;

/**
 * 完成…无障碍改造200户…户均改造费用8,000万元: an amount per head (perHeadWords: 户均 per 户, 人均 per 人) in 万元 which, times
 * the count of that measure stated in the same paragraph before it, comes to at least unitIsland.perHeadOverAll times the
 * largest other CNY amount of the text — no body spends per head many times all it spends: 元 written 万元. Preconditions:
 * exactly one count of that measure in the paragraph before the amount; at least three other CNY amounts in the text. A
 * 警告.
 */
function perHeadBeyondAll(facts: Parameters<Rule>[0], options: Parameters<Rule>[1]): Finding[] {
  const over = options.config.unitIsland.perHeadOverAll;
  const money = facts.figures.filter((f) => f.kind === 'money' && f.currency === 'CNY' && f.scaled > 0);
  const out: Finding[] = [];
  for (const f of money) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (f.moneyUnit !== '万元' || f.comparative) continue;
    const per = PER_HEAD.find((w) => f.label.includes(w.word));
    if (!per) continue;
    const counts = facts.figures.filter((c) => c.kind === 'count' && c.paragraph === f.paragraph && c.end <= f.start && c.unit === per.measure);
    if (counts.length !== 1) continue;
    const others = money.filter((o) => o !== f);
    if (others.length < 3) continue;
    const n = counts[0]!.scaled / 10 ** counts[0]!.decimals;
    const largest = Math.max(...others.map((o) => o.scaled));
    if (f.scaled * n < largest * over) continue;
    out.push(
      finding({
        rule: 'unit',
        shape: 'per-head-beyond-all',
        severity: 'warning',
        message: `单位疑误：“${f.label}”写作${f.raw}，乘以${counts[0]!.raw}远超文中任何金额：疑应为${f.numberText}元`,
        evidence: [quoteFigure(facts, f), quoteFigure(facts, counts[0]!)],
        calculation: `${f.raw} × ${n} ≥ ${over} × 文中最大金额`,
      }),
    );
  }
  return out;
}

/**
 * 支出合计795.61万元，其中：基本支出6,030,620.00万元 (the table's 6,030,620.00 元 copied into a 万元 sentence), 会费收入1,541,750.00万元
 * in a list in 元: an amount in 万元 written to the 分 with at least unitIsland.yuanDigitsMinInteger integer digits, at
 * least unitIsland.yuanDigitsOverOthers times every other CNY amount of the text — an amount in 元 with its 元 written
 * 万元. Preconditions: no change, bound or per-unit amount; at least three other CNY amounts in the text. A 警告.
 */
function yuanDigitsInWan(facts: Parameters<Rule>[0], options: Parameters<Rule>[1]): Finding[] {
  const { yuanDigitsMinInteger, yuanDigitsOverOthers } = options.config.unitIsland;
  const money = facts.figures.filter((f) => f.kind === 'money' && f.currency === 'CNY' && f.scaled > 0);
  const out: Finding[] = [];
  for (const f of money) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (f.moneyUnit !== '万元' || f.qualifier || f.comparative || PER_UNIT_WORDS.some((w) => f.label.includes(w))) continue;
    const m = /^([\d,]+)\.(\d{2})$/.exec(f.numberText);
    if (!m || m[1]!.replace(/,/g, '').length < yuanDigitsMinInteger) continue;
    const others = money.filter((o) => o !== f);
    if (others.length < 3) continue;
    const largest = Math.max(...others.map((o) => o.scaled));
    if (f.scaled < largest * yuanDigitsOverOthers) continue;
    out.push(
      finding({
        rule: 'unit',
        shape: 'yuan-digits-in-wan',
        severity: 'warning',
        message: `单位疑误：“${f.label || f.subject}”写作${f.raw}，是文中其余金额最大者的${Math.round(f.scaled / largest)}倍以上：疑为以“元”计的${f.numberText}元（约${(Number(f.numberText.replace(/,/g, '')) / 10_000).toFixed(2)}万元）`,
        evidence: [quoteFigure(facts, f), quoteSentenceAt(facts, f.start)],
        calculation: `${f.raw} ≥ ${yuanDigitsOverOthers} × 其余最大金额`,
      }),
    );
  }
  return out;
}

/** A table's caption declaring 万元 (（单位：万元）, 单位:万元). */
const WAN_CAPTION = /单位\s*[：:]\s*万元/;
/** Most lines from a caption down to the row read as one table (rows of cells set off by tabs or runs of spaces). */
const CAPTION_REACH_LINES = 30;

/**
 * 义务教育学生资助项目发放…生活补助38.65元 beside the table 2024年度项目支出执行情况表（单位：万元）'s row 义务教育学生资助 | 38.65 |
 * 38.65: an amount in prose written in 元 whose number stands as a cell in a table under a 万元 caption, in the row of an
 * item the prose sentence names — one amount, its 万元 lost. Preconditions: CNY money in 元, no change, bound or
 * per-unit amount, at least unitIsland.minSameDigits significant digits; the table line holds the number as a whole cell
 * (set off by a tab or two spaces) and opens with a label (after an optional row number) that the amount's own line holds
 * whole; every line from the 万元 caption down to it is a row of cells, at most CAPTION_REACH_LINES. A 警告.
 */
function sameDigitsInWanTable(facts: Parameters<Rule>[0], options: Parameters<Rule>[1]): Finding[] {
  const { text } = facts;
  if (!WAN_CAPTION.test(text)) return [];
  const out: Finding[] = [];
  for (const f of facts.figures) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (f.kind !== 'money' || f.currency !== 'CNY' || f.moneyUnit !== '元' || f.qualifier || f.comparative || f.scaled <= 0) continue;
    if (significantDigits(f.numberText) < options.config.unitIsland.minSameDigits || PER_UNIT_WORDS.some((w) => f.label.includes(w))) continue;
    // The amount's own line (a table set with spaces may run into its sentence: the line is the prose).
    const ownStart = text.lastIndexOf('\n', f.start) + 1;
    let ownEnd = text.indexOf('\n', f.start);
    if (ownEnd === -1) ownEnd = text.length;
    const sentenceText = text.slice(ownStart, ownEnd);
    for (let at = text.indexOf(f.numberText); at !== -1; at = text.indexOf(f.numberText, at + 1)) {
      if (at >= ownStart && at < ownEnd) continue;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
      const cells = text.slice(lineStart, lineEnd).split(/\t| {2,}/).map((c) => c.trim()).filter((c) => c !== '');
      if (cells.length < 3 || !cells.includes(f.numberText)) continue;
      const label = /^\d{1,3}$/.test(cells[0]!) ? cells[1]! : cells[0]!;
      if (label.length < SAME_ITEM_SUFFIX || /\d/.test(label) || !sentenceText.includes(label)) continue;
      // Up the table to its caption: rows of cells only.
      let captioned = false;
      let k = lineStart;
      for (let n = 0; n < CAPTION_REACH_LINES && k > 0; n++) {
        const prevStart = text.lastIndexOf('\n', k - 2) + 1;
        const prev = text.slice(prevStart, k - 1);
        if (WAN_CAPTION.test(prev)) {
          captioned = true;
          break;
        }
        if (prev.split(/\t| {2,}/).filter((c) => c.trim() !== '').length < 3) break;
        k = prevStart;
      }
      if (!captioned) continue;
      out.push(
        finding({
          rule: 'unit',
          shape: 'same-digits-in-wan-table',
          severity: 'warning',
          message: `单位疑误：“${f.label || f.subject}”写作${f.raw}，而“万元”表中“${label}”一行为${f.numberText}：疑应为${f.numberText}万元`,
          evidence: [quoteFigure(facts, f), quoteSpan(facts, { start: lineStart, end: lineEnd })],
          calculation: `${f.raw} ↔ ${f.numberText}万元`,
        }),
      );
      break;
    }
  }
  return out;
}

/**
 * 实际支出180.16万元，执行率97.91%。其中委托检验费1,502万元: the one part a 其中 names after an amount, in the same unit,
 * at least unitIsland.partAboveWholeRatio times that amount — no part is larger than its whole, so its unit (元 written
 * 万元) or its digits slipped. Preconditions: a 其中 breakdown of exactly one part, both CNY amounts in one unit, neither
 * a change, a bound or a per-unit amount, the whole above 0. A 警告.
 */
function partAboveWhole(facts: Parameters<Rule>[0], options: Parameters<Rule>[1]): Finding[] {
  const out: Finding[] = [];
  const ratio = options.config.unitIsland.partAboveWholeRatio;
  for (const d of facts.decompositions) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    const t = d.total;
    const p = d.parts[0];
    if (d.kind !== 'qizhong' || d.parts.length !== 1 || !p || t.kind !== 'money' || p.kind !== 'money') continue;
    if (t.currency !== 'CNY' || p.currency !== 'CNY' || t.moneyUnit !== p.moneyUnit || t.scaled <= 0) continue;
    if (t.qualifier || p.qualifier || t.comparative || p.comparative || PER_UNIT_WORDS.some((w) => p.label.includes(w) || t.label.includes(w))) continue;
    if (p.scaled < t.scaled * ratio) continue;
    out.push(
      finding({
        rule: 'unit',
        shape: 'part-above-whole',
        severity: 'warning',
        message: `“${p.label || p.subject}”${p.raw}是“${t.label || t.subject}”${t.raw}的其中一项，却是其${(p.scaled / t.scaled).toFixed(1)}倍：分项不会大于总数，单位或数字疑误`,
        evidence: [quoteFigure(facts, p), quoteFigure(facts, t)],
        calculation: `${p.raw} > ${t.raw}`,
      }),
    );
  }
  return out;
}

/**
 * 2024年学校“三公”经费支出仅为公务接待费0.36元 in a report whose amounts are in 万元: an amount spent or budgeted of less than
 * one 元 — no body's spending item comes to a few 角 — written among amounts in 万元 is 万元 written as 元. Preconditions:
 * money in CNY, no change, bound or comparison; above 0 and below 1 元; its label ends as an expense item does
 * (unit.subYuanItemEndings: 费, 支出) and names no interest, balance or price (subYuanNotItems); no per-unit word in its
 * label (每, 人均: unit.perUnit) and no per-unit sign right after it (元/度); the text's CNY amounts of 1万元 or more at
 * least unitIsland.subYuanMinWan in number and the share unitIsland.subYuanWanShare of all. A 警告.
 */
const SUB_YUAN_ITEMS: readonly string[] = RULE_WORDS['unit'].subYuanItemEndings;
const SUB_YUAN_NOT: readonly string[] = RULE_WORDS['unit'].subYuanNotItems;

function subYuanSpending(facts: Parameters<Rule>[0], options: Parameters<Rule>[1]): Finding[] {
  const money = facts.figures.filter((f) => f.kind === 'money' && f.currency === 'CNY' && f.scaled !== 0);
  // Amounts of 1万元 or more, whatever their unit (a report in exact 元 states 30,864,215.60元).
  const large = money.filter((f) => f.scaled >= 1_000_000).length;
  const { subYuanMinWan, subYuanWanShare } = options.config.unitIsland;
  if (large < subYuanMinWan || large < money.length * subYuanWanShare) return [];
  const out: Finding[] = [];
  for (const f of money) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (f.moneyUnit !== '元' || f.qualifier || f.comparative || f.scaled <= 0 || f.scaled >= 100) continue;
    // An expense item (…公务接待费, …支出): interest, balances and prices may rightly come to a few 角.
    const label = f.label.replace(/[\s：:为是共计仅]+$/, '');
    if (!SUB_YUAN_ITEMS.some((w) => label.endsWith(w)) || SUB_YUAN_NOT.some((w) => f.label.includes(w))) continue;
    if (PER_UNIT_WORDS.some((w) => f.label.includes(w)) || /^\s*[/／每]/.test(facts.text.slice(f.end, f.end + 2))) continue;
    out.push(
      finding({
        rule: 'unit',
        shape: 'sub-yuan-spending',
        severity: 'warning',
        message: `单位疑误：“${f.subject || f.label}”写作${f.raw}，不足1元，而文中其余金额多在万元以上：疑应为${f.numberText}万元`,
        evidence: [quoteFigure(facts, f), quoteSentenceAt(facts, f.start)],
        calculation: `${f.raw} < 1元`,
      }),
    );
  }
  return out;
}

const OWN_SPENDING = RULE_WORDS['unit'].ownSpendingVerbs;
/** A number written before 亿元 (1,309,284亿元, 7406.56 亿元): group 1 the number. */
const YI_AMOUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*亿元/g;

/**
 * 安排直达资金7406.56亿元 in a county's note whose whole 直达资金 is 62539.49万元, or 八项支出1,309,284亿元 among a district's
 * 万元 amounts: the one amount of a text written in 亿元 where its other amounts are in 万元 (at least unitIsland.minWanForYi),
 * which read in 亿元 is at least unitIsland.yiOverLargest times the text's largest other amount, was written in 亿元 for
 * 万元 — no body arranges a thousand times what the rest of its own text states (or a thousand times an amount of the
 * same name: the last SAME_ITEM_SUFFIX characters of the subjects alike). An amount too large for the reader to
 * hold as 分 (above 90万亿元, beyond any budget) is such an amount by itself. Preconditions: exactly one amount in 亿元 (or
 * 万亿元) in the text, read or too large to read; no table in 亿元; its clause (back to ，。；) tells the body's own
 * arranging or spending (rule-words unit.ownSpendingVerbs: 安排, 完成, 拨付 …) and no per-unit standard (人均).
 */
function oneYiAmongWan(facts: Parameters<Rule>[0], options: Parameters<Rule>[1]): Finding[] {
  const { text } = facts;
  if (!text.includes('亿')) return [];
  const money = facts.figures.filter((f) => f.kind === 'money' && f.currency === 'CNY' && !f.qualifier && f.scaled !== 0);
  const yi = money.filter((f) => f.unit.endsWith('亿元'));
  const wan = money.filter((f) => f.moneyUnit === '万元');
  if (wan.length < options.config.unitIsland.minWanForYi || facts.tables.some((t) => t.moneyUnit === '亿元')) return [];
  // Amounts in 亿元 the reader could not hold (out of the range of 分): no figure covers them.
  const unread: { start: number; end: number; raw: string; number: string }[] = [];
  YI_AMOUNT.lastIndex = 0;
  for (let m = YI_AMOUNT.exec(text); m !== null; m = YI_AMOUNT.exec(text)) {
    if (facts.figures.some((f) => f.start <= m!.index && m!.index < f.end)) continue;
    try {
      parseAmount(`${m[1]!.replace(/,/g, '')}亿元`);
    } catch {
      unread.push({ start: m.index, end: m.index + m[0].length, raw: m[0], number: m[1]! });
    }
    if (unread.length > 1) return [];
  }
  if (yi.length + unread.length !== 1) return [];
  const others = money.filter((f) => !yi.includes(f));
  const largest = Math.max(...others.map((f) => f.scaled));
  const odd = yi[0];
  const factor = options.config.unitIsland.yiOverLargest;
  // The text's largest amount, or one of the same name (安排直达资金 / 下达我县直达资金: the same last four characters) —
  // the largest may itself be a slip of the text.
  const sameName = odd ? others.filter((f) => commonSuffix(withoutItemTail(f.subject), withoutItemTail(odd.subject)) >= SAME_ITEM_SUFFIX) : [];
  const bigOne = others.find((f) => f.scaled === largest)!;
  const reference = !odd || odd.scaled >= largest * factor ? bigOne : sameName.find((f) => odd.scaled >= f.scaled * factor);
  if (reference === undefined) return [];
  const at = odd ?? unread[0]!;
  let clauseStart = at.start;
  while (clauseStart > 0 && at.start - clauseStart < 40 && !FULL_WIDTH_CLAUSE_STOPS.has(text.charCodeAt(clauseStart - 1))) clauseStart--;
  const clause = text.slice(clauseStart, at.start);
  if (!OWN_SPENDING.some((w) => clause.includes(w)) || PER_UNIT_WORDS.some((w) => clause.includes(w))) return [];
  const raw = odd ? odd.raw : at.raw;
  const number = odd ? odd.numberText : unread[0]!.number;
  const which = reference === bigOne ? `文中最大的其他金额“${reference.subject || reference.label}”${reference.raw}` : `文中同名金额“${reference.subject || reference.label}”${reference.raw}`;
  return [
    finding({
      rule: 'unit',
      shape: 'yi-among-wan',
      severity: 'warning',
      message: `单位疑误：“${clause.trim()}${raw}”是文中唯一以“亿元”计的金额，其余${wan.length}处金额均以“万元”计；按亿元计此项是${which}的${factor}倍以上：疑应为${number}万元`,
      evidence: [odd ? quoteFigure(facts, odd) : quoteSpan(facts, at), quoteFigure(facts, reference)],
      calculation: `${raw} ≥ ${factor} × ${reference.raw}`,
    }),
  ];
}

/**
 * 其中支持…项目1650万元、支持…项目1996.5万元、支持…项目1709.98元: one amount in 元 among three or more amounts of one
 * sentence otherwise all in 万元 (amounts of 0 aside), its number within the range of theirs or above it by at most a
 * factor (thresholds unitIsland.yuanAmongWanRange) — read in 元 it would be ten thousand times
 * smaller than every sibling: 万元 written as 元. Not a per-unit amount (人均, 每人), not 1万元 or more in 元
 * (thresholds.json unitIsland.maxYuanFen), not a part of a breakdown with a total (the sum decides there), and not where
 * another unit finding already stands in the sentence.
 */
function oneYuanAmongWan(facts: Parameters<Rule>[0], options: Parameters<Rule>[1], isQuoted: (at: number) => boolean): Finding[] {
  const out: Finding[] = [];
  const bySentence = new Map<number, Figure[]>();
  for (const f of facts.figures) {
    if (f.kind !== 'money' || f.currency !== 'CNY' || f.qualifier || f.sentence < 0) continue;
    const list = bySentence.get(f.sentence) ?? [];
    list.push(f);
    bySentence.set(f.sentence, list);
  }
  // A part of a breakdown with its total is judged by the sum (oddUnitPart): when reading it in 万元 does not make the
  // total either, the slip may be in the digits (sum-mismatch), so nothing is said here.
  const parts = new Set(facts.decompositions.flatMap((d) => d.parts.map((q) => q.start)));
  const written = (f: Figure): number => Number(f.numberText.replace(/,/g, ''));
  for (const list of bySentence.values()) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (list.length < 3 || list.some((f) => isQuoted(f.start))) continue;
    // (0元 is the same amount in any unit: no odd one.)
    const odd = list.filter((f) => f.moneyUnit === '元' && f.scaled !== 0);
    const wan = list.filter((f) => f.moneyUnit === '万元' && f.scaled !== 0).map(written);
    const p = odd[0];
    if (odd.length !== 1 || !p || wan.length < 2 || wan.length !== list.filter((f) => f.scaled !== 0).length - 1) continue;
    if (parts.has(p.start) || p.scaled === 0 || p.scaled >= options.config.unitIsland.maxYuanFen || PER_UNIT_WORDS.some((w) => p.label.includes(w))) continue;
    const n = written(p);
    const range = options.config.unitIsland.yuanAmongWanRange;
    // (Above the range by up to the factor: a budget a little above what was spent. Below it, a small amount may be meant in 元.)
    if (n < Math.min(...wan) || n > Math.max(...wan) * range) continue;
    out.push(
      finding({
        rule: 'unit',
        severity: 'warning',
        message: `单位疑误：“${p.subject || p.label}”写作${p.raw}，而同句其余${wan.length}处金额均以“万元”为单位且数值相当（${Math.min(...wan)}～${Math.max(...wan)}万元）：疑应为${p.numberText}万元`,
        evidence: [quoteFigure(facts, p), quoteSentenceAt(facts, p.start)],
        calculation: list.map((f) => f.raw).join('、'),
      }),
    );
  }
  return out;
}

/** Significant digits of a written number: leading and trailing zeros not counted (382.15 → 5, 4580 → 3, 0.05 → 1). */
function significantDigits(numberText: string): number {
  return numberText.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * 项目资金45.8元已全部拨付 beside 项目预算资金45.8万元, or 每天标准人均3万元 beside 每天3元营养餐补助: the same written number
 * stated in 元 and in 万元 (or 亿元) anywhere in the text, whatever the two are named — one amount whose unit slipped.
 * Preconditions: money in CNY, neither a change nor a threshold; either both name a per-unit standard (unit.perUnit: a
 * standard is stated in one unit; the one in the larger unit is quoted first) or neither does and the number has at
 * least unitIsland.minSameDigits significant digits (so long a number twice is no coincidence; the one in the text's
 * minority unit is quoted first); not already reported by a check above. A 警告: which of the two is wrong is told
 * only by the text's majority.
 */
function sameDigitsAnywhere(facts: Parameters<Rule>[0], options: Parameters<Rule>[1], reported: Set<number>): Finding[] {
  const out: Finding[] = [];
  const perUnit = (f: Figure): boolean => PER_UNIT_WORDS.some((w) => f.label.includes(w));
  const byDigits = new Map<string, Figure[]>();
  let wan = 0;
  let yuan = 0;
  for (const f of facts.figures) {
    if (f.kind !== 'money' || f.currency !== 'CNY' || f.qualifier || f.comparative || f.scaled === 0) continue;
    if (f.moneyUnit === '万元') wan++;
    else if (f.moneyUnit === '元') yuan++;
    const list = byDigits.get(f.numberText) ?? [];
    list.push(f);
    byDigits.set(f.numberText, list);
  }
  for (const list of byDigits.values()) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (list.length < 2 || list.length > 8) continue;
    const small = list.filter((f) => f.moneyUnit === '元');
    const large = list.filter((f) => f.moneyUnit === '万元' || f.moneyUnit === '亿元');
    const pair = small.flatMap((a) => large.map((b) => [a, b] as const)).find(([a, b]) => {
      if (reported.has(a.start) || reported.has(b.start) || unitSlipRatio(a, b) === null) return false;
      if (perUnit(a) && perUnit(b)) return true;
      return !perUnit(a) && !perUnit(b) && significantDigits(a.numberText) >= options.config.unitIsland.minSameDigits;
    });
    if (!pair) continue;
    const [a, b] = pair;
    reported.add(a.start);
    reported.add(b.start);
    const standard = perUnit(a);
    const first = standard || wan < yuan ? b : a;
    const second = first === a ? b : a;
    const ratio = unitSlipRatio(a, b)!;
    out.push(
      finding({
        rule: 'unit',
        shape: 'same-digits-anywhere',
        severity: 'warning',
        message: `单位前后不一致：同一数字${a.numberText}${standard ? '（均为标准或人均额）' : ''}一处写作${first.raw}，一处写作${second.raw}，单位相差${ratio}倍：${first.raw}的单位疑误`,
        evidence: [quoteFigure(facts, first), quoteFigure(facts, second)],
        calculation: `${b.raw} ÷ ${a.raw} = ${ratio}`,
      }),
    );
  }
  return out;
}

/**
 * 支出合计…项目支出3,046,882.40元 and later 项目支出304.69元: one item stated exactly and again rounded, the rounded number
 * being the exact amount read in a unit 10⁴ (or 10⁸) larger — 304.69 is 3,046,882.40元 in 万元 to two places — while
 * its own unit is the smaller one: the restatement kept the digits of 万元 and wrote 元. Preconditions: both amounts in
 * CNY, neither a change, a bound nor a per-unit standard; the subjects end in one item's name (the last SAME_ITEM_SUFFIX
 * characters alike, a generic noun aside); the same phase or none; the rounded number has at least
 * unitIsland.minSameDigits significant digits (a coincidence of so many digits at one item's name is no chance) and
 * fewer decimals than the exact one read in its unit would need; the two as written are 10⁴ or 10⁸ apart within the
 * rounding of the shorter. The same digits in both are the check above; this one needs only the rounding to agree.
 */
function roundedInOtherUnit(facts: Parameters<Rule>[0], options: Parameters<Rule>[1], reported: Set<number>): Finding[] {
  const out: Finding[] = [];
  const byItem = new Map<string, Figure[]>();
  for (const f of facts.figures) {
    if (f.kind !== 'money' || f.currency !== 'CNY' || f.qualifier || f.comparative || f.scaled <= 0 || f.moneyUnit === undefined) continue;
    if (PER_UNIT_WORDS.some((w) => f.label.includes(w))) continue;
    const name = withoutItemTail(f.subject);
    if (name.length < SAME_ITEM_SUFFIX) continue;
    const key = name.slice(-SAME_ITEM_SUFFIX);
    const list = byItem.get(key) ?? [];
    list.push(f);
    byItem.set(key, list);
  }
  for (const list of byItem.values()) {
    if (list.length < 2 || list.length > 30) continue;
    for (const r of list) {
      if (out.length >= MAX_FINDINGS_PER_RULE || reported.has(r.start)) continue;
      if (significantDigits(r.numberText) < options.config.unitIsland.minSameDigits) continue;
      for (const e of list) {
        if (e === r || e.numberText === r.numberText || reported.has(e.start) || (r.phase !== null && e.phase !== null && r.phase !== e.phase)) continue;
        const k = [1e4, 1e8].find((x) => Math.abs(e.scaled - r.scaled * x) <= halfStep(r) * x && halfStep(e) < halfStep(r) * x);
        if (k === undefined) continue;
        const exponent = MONEY_UNITS[r.moneyUnit!] + Math.round(Math.log10(k));
        const meant = (Object.keys(MONEY_UNITS) as (keyof typeof MONEY_UNITS)[]).find((u) => MONEY_UNITS[u] === exponent);
        if (meant === undefined) continue;
        reported.add(r.start);
        reported.add(e.start);
        out.push(
          finding({
            rule: 'unit',
            shape: 'rounded-other-unit',
            severity: 'warning',
            message: `单位疑误：“${r.subject}”写作${r.raw}，而“${e.subject}”为${e.raw}，折合${meant}恰为${r.numberText}：${r.raw}疑应为${r.numberText}${meant}`,
            evidence: [quoteFigure(facts, r), quoteFigure(facts, e)],
            calculation: `${e.raw} ÷ ${k} ≈ ${r.numberText}${r.moneyUnit}`,
          }),
        );
        break;
      }
    }
  }
  return out;
}

/** How far apart two amounts of the same digits are, when it is a unit slip (10⁴: 元 for 万元; 10⁸: 元 for 亿元). */
function unitSlipRatio(a: Figure, b: Figure): number | null {
  const ratio = a.scaled > b.scaled ? a.scaled / b.scaled : b.scaled / a.scaled;
  return ratio === 1e4 || ratio === 1e8 ? ratio : null;
}

/** One item stated with the same digits in two units: `where` says where the two stand. */
function sameDigitsFinding(facts: Parameters<Rule>[0], a: Figure, b: Figure, ratio: number, where: string): Finding {
  return finding({
    rule: 'unit',
    severity: 'error',
    message: `单位前后不一致：${where}，数字相同而单位相差${ratio}倍`,
    evidence: [quoteFigure(facts, a), quoteFigure(facts, b)],
    calculation: `${a.raw} ÷ ${b.raw} = ${a.scaled > b.scaled ? ratio : `1/${ratio}`}`,
  });
}

/** A length in kilometres (2950千米, 11.27公里), not part of a longer number. */
const KILOMETRES = /(?<![\d.])(\d+(?:\.\d+)?)(千米|公里)/g;
const LENGTH_WORDS = RULE_WORDS.unit;
const MIN_OTHER_LENGTHS = SEARCH_WINDOWS.minOtherLengths;
const LENGTH_OUTLIER_FACTOR = SEARCH_WINDOWS.lengthOutlierFactor;

/**
 * 该项目在香山硬化道路长2950千米 among works of 0.19–11.27千米: one length in kilometres a hundred times (lengthOutlierFactor)
 * the longest of the others — a road of metres written in 千米. Preconditions: at least minOtherLengths other lengths in
 * kilometres in the text; the outlier is the only one so far above the rest; its clause (back to ，。；: or a line
 * break) names no total, network or distance (全县, 总里程, 累计, 距 …: rule-words.json unit.lengthTotalWords).
 */
function lengthOutlier(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  if (!text.includes('千米') && !text.includes('公里')) return [];
  const all = [...text.matchAll(KILOMETRES)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), raw: m[0] }));
  if (all.length < MIN_OTHER_LENGTHS + 1) return [];
  const sorted = [...all].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const next = sorted[1]!;
  if (next.value <= 0 || top.value < LENGTH_OUTLIER_FACTOR * next.value) return [];
  let clauseStart = top.start;
  while (clauseStart > 0 && !CLAUSE_STOPS.has(text.charCodeAt(clauseStart - 1))) clauseStart--;
  const clause = text.slice(clauseStart, top.start);
  if (LENGTH_WORDS.lengthTotalWords.some((w) => clause.includes(w))) return [];
  return [
    finding({
      rule: 'unit',
      severity: 'warning',
      message: `长度“${top.raw}”是文中其他${all.length - 1}处长度（最长${next.raw}）的${Math.round(top.value / next.value)}倍：单位疑应为“米”`,
      evidence: [quoteSpan(facts, top), quoteSentenceAt(facts, top.start), quoteSpan(facts, next)],
      calculation: `${top.value} ÷ ${next.value} = ${(top.value / next.value).toFixed(0)} ≥ ${LENGTH_OUTLIER_FACTOR}`,
    }),
  ];
}
