/**
 * percent-mismatch — a stated rate differs from the numerator and denominator stated beside it:
 * 执行率 = 决算(支出)数 ÷ 预算数; 增长/下降率 = (本年 − 上年) ÷ 上年 when both years' amounts are stated.
 * Tolerance: half a unit of the rate's last digit plus what the rounding of the amounts allows.
 *
 * Causes of false alarms on whole self-evaluation reports (spent test30, dev 2680–2691) and the class each is read by:
 * - the numerator of an execution rate: certain where the spent amount is the one amount before the rate, or the
 *   nearest amount is a part of a listed whole (支出合计A，其中：…项目支出C。全年预算D，执行率R%) and R fits neither the
 *   part nor the whole (then shown against the whole); a guess — silent — where R fits another spent amount (the whole,
 *   or another of the sentence), or where the spent amount comes from the sentence before among other amounts that are
 *   not its whole or siblings (a total two sentences back, 按支出性质分：基本支出B；项目支出C).
 * - the base of a change rate: an amount framed 与<year>…A相比 (与2023年度的A相比, 与2022年获得…资金A相比) is the base,
 *   certain, so R = C ÷ A (framedAsPrior); never read as this year's amount.
 * - a share of a part of a list whose stated total breaks the parts' sum: the share is of the sum when it fits it
 *   (the total is sum-mismatch's defect), silent.
 */
import { inOneUnit, rateFits, rateOf, respectivePairs } from './lib/respective-bases.ts';
import { type Finding, finding } from '../../core/finding.ts';
import { MONEY_UNITS } from '../../core/money.ts';
import { GRAMMAR, RULE_TOLERANCES, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { bracketClosesBetween, firstFigureAtOrAfter } from '../facts/figure-search.ts';
import type { AuditFacts, Figure } from '../facts/types.ts';
import { clauseStartBefore } from '../facts/structure.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { changeRateFits, rateOverCurrentFits, unitSlipOfCurrent } from './lib/change-rate.ts';
import { inUnit, precisionFen, quoteFigure, roundingSlack } from './lib/evidence.ts';
import { fromToRates } from './lib/from-to-rate.ts';
import { pairedShares } from './lib/paired-shares.ts';
import { rateGaps } from './lib/rate-gap.ts';
import { savingRates } from './lib/saving-rate.ts';
import { boundTotal } from './lib/bound-total.ts';
import { budgetStatedElsewhere } from './lib/budget-elsewhere.ts';
import { sharesOfOneWhole } from './lib/shares-of-one-whole.ts';
import { tableRates } from './lib/table-rates.ts';
import { rateInTable, rateOfNumeratorRow } from './lib/rate-in-table.ts';
import { lineOf } from '../facts/lines.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';
import { writtenCalculationFindings } from './lib/written-calculations.ts';

const EXECUTION_WORDS = RULE_WORDS['percent-mismatch'].execution;
const NUMERATOR_WORDS = RULE_WORDS['percent-mismatch'].numerator;
/** The words an execution rate whose budget is stated in another sentence is read by (lib/budget-elsewhere.ts). */
const ELSEWHERE_WORDS = {
  execution: EXECUTION_WORDS,
  budget: RULE_WORDS['percent-mismatch'].denominator,
  spent: RULE_WORDS['percent-mismatch'].numerator,
  maxLead: SEARCH_WINDOWS.elsewhereRateLeadMax,
  paragraphs: SEARCH_WINDOWS.elsewhereBudgetParagraphs,
  minName: SEARCH_WINDOWS.minItemNameChars,
};
const DENOMINATOR_WORDS = RULE_WORDS['percent-mismatch'].denominator;
const LAST_YEAR_WORDS = RULE_WORDS['percent-mismatch'].lastYear;
const CHANGE_UP = RULE_WORDS['percent-mismatch'].changeUp;
const CHANGE_DOWN = RULE_WORDS['percent-mismatch'].changeDown;
const COMPARED_WITH_PRIOR = RULE_WORDS['percent-mismatch'].comparedWithPrior;
/** Words naming this year as the subject (本年, 今年). */
const THIS_YEAR = RULE_WORDS['percent-mismatch'].thisYear;
/** A change against a budget: 比年初预算减少 / 较全年预算数增加 / 与调整后预算相比下降 (the change figure's label ends so). */
const BUDGET_CHANGE = new RegExp(`(?:较|比|与)(?:年初|全年|调整后|调整)?预算数?(?:相比|比较)?(?:${anyWord([...CHANGE_UP, ...CHANGE_DOWN])})$`);
/** Rate words of a change: 降幅达到38.7%, 增幅为5%. */
const RATE_UP = RULE_WORDS['percent-mismatch'].rateUp;
const RATE_DOWN = RULE_WORDS['percent-mismatch'].rateDown;
/** Every direction word of a change or of its rate (增加, 减少, 增长, 下降 …). */
const DIRECTION_WORDS = [...CHANGE_UP, ...CHANGE_DOWN, ...RATE_UP, ...RATE_DOWN];

/** Whether a label names the subject again: a run of three characters of the subject appears in it. */
function sharesName(subject: string, label: string): boolean {
  const s = subject.replace(/[\s、，]/g, '');
  const l = label.replace(/[\s、，]/g, '');
  for (let k = 0; k + 3 <= s.length; k++) if (l.includes(s.slice(k, k + 3))) return true;
  return false;
}

/** 收支增加C, 收支总计增加C: the change's subject is 收入 and 支出 at once (rule-words jointChangeSubjects, then at most one of jointChangeTotals right before the change word). */
const JOINT_CHANGE = new RegExp(`${anyWord(RULE_WORDS['percent-mismatch'].jointChangeSubjects)}${anyWord(RULE_WORDS['percent-mismatch'].jointChangeTotals)}?${anyWord([...CHANGE_UP, ...CHANGE_DOWN])}$`);

/**
 * 收入总计A、支出总计A。与上年相比，收入、支出总计各增加C: a change said of each (各 / 均) of several amounts of the
 * sentence before, all equal — each is the base, so it is named. So too a change of 收支 together (与上年相比，收支增加C:
 * the subject is both totals, not 收支结余).
 */
function equalAmountsBefore(change: Figure, candidates: readonly Figure[]): Figure | undefined {
  if (!/[各均]/.test(change.label) && !JOINT_CHANGE.test(change.label)) return undefined;
  const before = candidates.filter((g) => g !== change && !g.comparative && g.kind === 'money' && g.sentence === change.sentence - 1 && g.currency === change.currency);
  if (before.length < 2 || before.some((g) => g.scaled !== before[0]!.scaled)) return undefined;
  return before[0];
}

/**
 * Whether `g` stands in brackets that close before `f` (购置及运行费42.68亿元（包括购置费9.26亿元、运行费33.42
 * 亿元），减少3.11亿元 — the change and the rate after the bracket belong to the figure before it).
 */
function bracketedBefore(text: string, g: Figure, f: Figure): boolean {
  return bracketClosesBetween(text, g.end, f.start);
}

/** Money figures in the sentence of `f` and the one before it (same paragraph), before `f`, not in brackets closed before `f`. */
function moneyBefore(facts: AuditFacts, f: Figure, index: number): Figure[] {
  const out: Figure[] = [];
  for (let k = index - 1; k >= 0 && k >= index - SEARCH_WINDOWS.moneyBeforeFigures; k--) {
    const g = facts.figures[k]!;
    if (g.paragraph !== f.paragraph || g.sentence < f.sentence - 1) break;
    if (g.kind === 'money' && !g.qualifier && !bracketedBefore(facts.text, g, f)) out.push(g);
  }
  return out;
}

/** Whether a stated rate agrees with the computed one: within half a unit of its last digit plus the amounts' rounding. */
function within(stated: number, computed: number, tol: number, _f: Figure): boolean {
  return Math.abs(stated - computed) <= tol;
}

/**
 * Severity by evidence (src/audit/README.md): a rate with decimals that misses the computed one by less than one
 * unit of its last stated digit beyond the rounding (8.158 % written 8.15 %: cut rather than rounded) follows a
 * convention some publishers use, so it is a 提示 (info); a larger gap is an error.
 */
function rateSeverity(stated: number, computed: number, tol: number, f: Figure): 'error' | 'info' {
  return lastDigitSlip(Math.abs(stated - computed) - tol, f) ? 'info' : 'error';
}

/** A gap (beyond the tolerance) smaller than one unit of the rate's last stated decimal. */
/**
 * The finding of a stated rate that its own figures do not give: `what` names the rate (占比, 变动率, 执行率 …),
 * `basis` says from which figures it was computed, `formula` is the computation without its result.
 */
function rateFinding(
  facts: AuditFacts,
  f: Figure,
  r: { readonly stated: number; readonly computed: number; readonly tol: number },
  what: string,
  basis: string,
  figures: readonly Figure[],
  formula: string,
  /** The kind of evidence (data/audit/severity.json). */
  shape: string,
): Finding {
  const pct = r.computed.toFixed(Math.max(2, f.decimals));
  return finding({
    rule: 'percent-mismatch',
    shape,
    severity: rateSeverity(r.stated, r.computed, r.tol, f),
    message: `${what}写为${f.raw}，按${basis}计算应为${pct}%`,
    evidence: [...figures.map((g) => quoteFigure(facts, g)), quoteFigure(facts, f)],
    calculation: `${formula} = ${pct}% ≠ ${f.raw}`,
  });
}

/**
 * The amount a change is read against is labelled with a year before the change's own (2023年实际支出A，2024年比上年增加C):
 * the year of the amount's label against the year the change's label names as its own (not one it is compared with:
 * 比2023年 / 较2023年), else the text's year. Both years written out, or false.
 */
function priorYearAmount(facts: AuditFacts, amount: Figure, change: Figure, changeLead: string): boolean {
  const own = /^(?:[^比较与同]*?)(\d{4})年/.exec(amount.label);
  if (!own) return false;
  const changeYear = /(?<![比较与同的])(\d{4})年度?(?:比|较|与|同比)/.exec(change.label) ?? /(?<![比较与同的])(\d{4})年度?(?:比|较|与|同比)/.exec(changeLead);
  const year = changeYear ? Number(changeYear[1]) : (facts.title.fiscalYear ?? facts.bodyYear);
  return year !== null && Number(own[1]) < year;
}

function lastDigitSlip(excess: number, f: Figure): boolean {
  return f.decimals >= 1 && excess < 1 / 10 ** f.decimals - 1e-9;
}

/**
 * The precision of an amount for a rate computed from it. Reports drop trailing zeros (108万元 = 108.00), but
 * when no amount of the sentence carries a decimal (…共计3923万元，比上年减少332万元，下降7.81%) the amounts may be
 * rounded to the whole 万元/亿元, and the rate was computed before that rounding.
 */
function amountPrecision(decimalSentences: ReadonlySet<number>, g: Figure): number {
  const base = precisionFen(g);
  if (g.decimals > 0 || (g.moneyUnit !== '万元' && g.moneyUnit !== '亿元') || decimalSentences.has(g.sentence)) return base;
  return base * 100;
}

/** Sentences that state some amount with decimals. */
function sentencesWithDecimals(facts: AuditFacts): Set<number> {
  const out = new Set<number>();
  for (const g of facts.figures) if (g.kind === 'money' && g.decimals > 0) out.add(g.sentence);
  return out;
}

function tolerance(rate: Figure, num: Figure, den: Figure, computed: number, decimalSentences: ReadonlySet<number>): number {
  const own = 0.5 / 10 ** rate.decimals;
  const pn = amountPrecision(decimalSentences, num);
  const pd = amountPrecision(decimalSentences, den);
  const relative = pn / 2 / Math.max(1, num.scaled) + pd / 2 / Math.max(1, den.scaled);
  return own + Math.abs(computed) * relative + 1e-9;
}

const SHARE_TAIL = RULE_WORDS['percent-mismatch'].shareTail;
const SHARE_LOOKBACK_FIGURES = SEARCH_WINDOWS.shareLookbackFigures;

/** A year leading a label, the body named before it (石牖县水利局2024年度本年收入): the sentence's lead, not the quantity's name. */
const LEADING_YEAR = /^[^\d，,。；;、：:]{0,30}?(?:19|20)\d{2}年度?/;

/** Scope words of the report's own area that may lead an amount's label (rule-words.json percent-mismatch.ownLeads). */
const OWN_LEADS = [...RULE_WORDS['percent-mismatch'].ownLeads].sort((a, b) => b.length - a.length);

/**
 * An amount's name without the report's own lead (2022年上犹县某镇人民政府收入预算 → 收入预算): its fiscal year, its
 * own department's name and a scope word of its own area, taken off the start in any order, as long as a name of
 * two characters or more is left. Another body's name or another year stays: that is another quantity.
 */
function withoutOwnLead(name: string, fiscalYear: number | null | undefined, department: string | null | undefined): string {
  const leads = [...(fiscalYear ? [`${fiscalYear}年度`, `${fiscalYear}年`] : []), ...(department && department.length >= 2 ? [department] : []), ...OWN_LEADS];
  let s = name;
  for (let guard = 0; guard < 4; guard++) {
    const w = leads.find((l) => s.startsWith(l) && s.length - l.length >= 2);
    if (!w) break;
    s = s.slice(w.length);
  }
  return s;
}

/** The longest whole name read between 占 and its rate (占本年支出合计的R%). */
const WRITTEN_WHOLE_MAX = SEARCH_WINDOWS.writtenWholeMax;

/**
 * The whole's name as written right before a share's rate, after 占 (占本年支出合计的 → 本年支出合计), when it names
 * a total (合计 / 总计 / 总额): a name the figures' labels shorten. Undefined otherwise.
 */
function writtenWhole(text: string, rateStart: number): string | undefined {
  const from = Math.max(0, rateStart - WRITTEN_WHOLE_MAX - 4);
  const before = text.slice(from, rateStart);
  const at = before.lastIndexOf('占');
  if (at < 0) return undefined;
  let name = before.slice(at + 1);
  for (const tail of SHARE_TAIL) if (name.endsWith(tail)) name = name.slice(0, name.length - tail.length);
  if (name.length < 3 || !/(?:合计|总计|总额)$/.test(name) || /[，。；、\s\d]/.test(name)) return undefined;
  return name;
}

/** Whether an amount is written right after the name (本年支出合计5,389,530.97元, 本年支出合计为…, 合计：…). */
function writtenBefore(text: string, amountStart: number, name: string): boolean {
  const before = text.slice(Math.max(0, amountStart - name.length - 3), amountStart).replace(/(?:为|是|达|[:：])+$/, '');
  return before.endsWith(name);
}

/** A number (not a year, month or day) written in text[from, to). */
function numberBetween(text: string, from: number, to: number): boolean {
  NUMBER_TOKEN.lastIndex = 0;
  const span = text.slice(from, to);
  for (let m = NUMBER_TOKEN.exec(span); m !== null; m = NUMBER_TOKEN.exec(span)) {
    if (!'年月日'.includes(span[m.index + m[0].length] ?? '')) return true;
  }
  return false;
}

const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;

/**
 * 占: 「A万元，占B的R%」 — B is named, so its amount is the nearest earlier figure whose subject is exactly that
 * name (with or without 预算/总额). Without such a figure nothing is said.
 */
function checkShare(
  facts: AuditFacts,
  f: Figure,
  index: number,
  stated: number,
  candidates: Figure[],
  partOf: ReadonlyMap<Figure, Figure>,
  decimalSentences: ReadonlySet<number>,
  own: { readonly fiscalYear?: number | null; readonly department?: string | null } = {},
): Finding | null {
  const label = f.label;
  let target = label.slice(label.lastIndexOf('占') + 1);
  for (const tail of SHARE_TAIL) if (target.endsWith(tail)) target = target.slice(0, target.length - tail.length);
  const inSentence = candidates.find((g) => g.sentence === f.sentence && !g.comparative);
  // 人员经费占基本支出的R% with no amount in its sentence: the part and the whole are the amounts the sentence
  // before (same paragraph) states under those names (基本支出A万元，其中：人员经费B万元…).
  if (!inSentence && target.length >= 2) return namedShareBefore(facts, f, stated, target, candidates, decimalSentences);
  const part = inSentence;
  if (!part) return null;
  // Precondition: the part is the last number before 占 (A万元，占R%). Another number between them (…收入605.99万 元，
  // 占R% where 605.99 was not read as an amount) is the rate's own part, not read: the nearest amount is not it.
  const at = facts.text.lastIndexOf('占', f.start);
  if (at > part.end && numberBetween(facts.text, part.end, at)) return null;
  if (target.length < 2) return implicitShare(facts, f, stated, part, partOf, decimalSentences);
  // (占总支出的R%: the whole 总X is the amount named X alone — 全年支出合计2119.16万元 is read with the subject 支出; spent test24 2564.)
  const names = new Set([target, target.replace(/预算$/, ''), target.replace(/总额$|合计$|总计$/, ''), ...(/^总[\u4e00-\u9fff]{2,}$/.test(target) ? [target.slice(1)] : [])]);
  // The whole as the text writes it (占本年支出合计的R%): an amount written under that very name is the whole, before
  // one whose label only matches once 合计 is dropped (a 本年支出 of the 财政拨款 alone, stated nearer).
  const written = writtenWhole(facts.text, f.start);
  let whole: Figure | undefined;
  let byLabel: Figure | undefined;
  for (let k = index - 1; k >= 0 && k >= index - SHARE_LOOKBACK_FIGURES; k--) {
    const g = facts.figures[k]!;
    // (A whole in the rate's own sentence under its body and year: 石牖县水利局2024年度本年收入合计A万元，其中：…，占本年收入
    // 合计的R%.)
    // (A whole stated under the report's own lead — its year, its own body, its own area — in any sentence:
    // 2022年某镇人民政府收入预算总额为A万元。其中：…占收入预算总额的R%.)
    const named =
      names.has(g.subject) ||
      names.has(g.label) ||
      (g.sentence === f.sentence && names.has(g.label.replace(LEADING_YEAR, ''))) ||
      // (Read on the label as written: the subject has its year taken off already, and another year is another quantity.)
      names.has(withoutOwnLead(g.label, own.fiscalYear, own.department));
    if (g.kind === 'money' && g !== part && !g.comparative && !g.qualifier && g.currency === part.currency && named) {
      if (written === undefined || writtenBefore(facts.text, g.start, written)) {
        whole = g;
        break;
      }
      byLabel ??= g;
    }
  }
  whole ??= byLabel;
  if (!whole) return looselyNamedListTotal(facts, f, stated, target, part, index, decimalSentences);
  // Precondition (each share below): the whole states one amount — not a bound, a standard per unit or a range's end.
  if (whole.scaled <= 0 || whole.scaled < part.scaled || boundTotal(facts.text, whole)) return null;
  const computed = (part.scaled / whole.scaled) * 100;
  const tol = tolerance(f, part, whole, computed, decimalSentences);
  if (within(stated, computed, tol, f)) return null;
  const u = whole.moneyUnit;
  return rateFinding(facts, f, { stated, computed, tol }, '占比', `${part.raw}占“${whole.subject}”${whole.raw}`, [part, whole], `${inUnit(part.scaled, part.moneyUnit)} ÷ ${inUnit(whole.scaled, u)}`, whole.sentence === f.sentence ? 'share-same-sentence' : 'share-whole-elsewhere');
}

/** Head nouns a loosely named whole may share with a total to be that total (rule-words percent-mismatch.looseWholeHeads). */
const LOOSE_WHOLE_HEADS: readonly string[] = RULE_WORDS['percent-mismatch'].looseWholeHeads;

/**
 * 一般公共预算支出483亿元，其中民生支出411.6亿元，占财政支出的82.5%: a share whose named whole no amount of the text is
 * stated under, of the part a 其中 opens right after a total, names that total loosely (财政支出 for 一般公共预算支出, 总支出
 * for 支出合计). Preconditions: no amount was found under the written name; in the rate's sentence the part is the first
 * amount after 其中 and the total the amount right before it, nothing but the part's label between; the name, without
 * 总 before it and 总额/合计/总计 after it, ends with a head noun of looseWholeHeads (收入, 支出) that the total's label
 * ends with too; the total is larger than the part. Then the share is read against that total.
 */
function looselyNamedListTotal(facts: AuditFacts, f: Figure, stated: number, target: string, part: Figure, index: number, decimalSentences: ReadonlySet<number>): Finding | null {
  let p = index - 1;
  while (p >= 0 && facts.figures[p] !== part) p--;
  const total = p > 0 ? facts.figures[p - 1] : undefined;
  if (!total || total.kind !== 'money' || total.currency !== part.currency || total.sentence !== f.sentence || total.comparative || total.qualifier || total.scaled <= part.scaled || boundTotal(facts.text, total)) return null;
  const between = facts.text.slice(total.end, part.start).replace(/\s/g, '');
  if (!/^[，,]?其中[：:，,]?/.test(between) || !between.endsWith(part.label.replace(/\s/g, ''))) return null;
  const name = target.replace(/^总/, '').replace(/(?:总额|合计|总计)$/, '');
  const label = total.label.replace(/\s/g, '');
  const head = LOOSE_WHOLE_HEADS.find((h) => name.endsWith(h));
  if (head === undefined || !/^[\u4e00-\u9fff]+$/.test(name) || !label.endsWith(head)) return null;
  const computed = (part.scaled / total.scaled) * 100;
  const tol = tolerance(f, part, total, computed, decimalSentences);
  if (within(stated, computed, tol, f)) return null;
  return rateFinding(facts, f, { stated, computed, tol }, '占比', `${part.raw}占“${total.subject || total.label}”${total.raw}（文中称“${target}”）`, [part, total], `${inUnit(part.scaled, part.moneyUnit)} ÷ ${inUnit(total.scaled, total.moneyUnit)}`, 'share-loosely-named-total');
}

/**
 * X占Y的R% where the rate's sentence states no amount: X and Y are the amounts of the sentence before in the same
 * paragraph whose subjects are X and (ending with) Y. Precondition: X named before 占, exactly one amount under
 * each name, the whole larger than the part; otherwise nothing is said.
 */
function namedShareBefore(facts: AuditFacts, f: Figure, stated: number, target: string, candidates: readonly Figure[], decimalSentences: ReadonlySet<number>): Finding | null {
  const name = f.label.slice(0, f.label.lastIndexOf('占')).replace(/^[，,、；;\s]+/, '');
  if (name.length < 2) return null;
  const plain = candidates.filter((g) => g.kind === 'money' && !g.comparative && g.sentence === f.sentence - 1);
  const parts = plain.filter((g) => g.subject === name || g.label === name);
  const wholes = plain.filter((g) => g !== parts[0] && (g.subject.endsWith(target) || g.label.endsWith(target)));
  if (parts.length !== 1 || wholes.length !== 1) return null;
  const part = parts[0]!;
  const whole = wholes[0]!;
  if (whole.currency !== part.currency || whole.scaled <= part.scaled || boundTotal(facts.text, whole)) return null;
  const computed = (part.scaled / whole.scaled) * 100;
  const tol = tolerance(f, part, whole, computed, decimalSentences);
  if (within(stated, computed, tol, f)) return null;
  return rateFinding(facts, f, { stated, computed, tol }, '占比', `${part.raw}占“${target}”${whole.raw}`, [part, whole], `${inUnit(part.scaled, part.moneyUnit)} ÷ ${inUnit(whole.scaled, whole.moneyUnit)}`, 'share-whole-elsewhere');
}

/**
 * 占 without a named whole (本年收入合计597.52万元，其中：财政拨款收入177.28万元，占29.67%；事业收入375.81万元，
 * 占70.33%): the whole is the total of the 其中 list the part belongs to. A part of a part may be given as a
 * share of the outer total instead, so the rate is wrong only when it fits neither. Without such a list
 * nothing is said.
 */
function implicitShare(
  facts: AuditFacts,
  f: Figure,
  stated: number,
  part: Figure,
  partOf: ReadonlyMap<Figure, Figure>,
  decimalSentences: ReadonlySet<number>,
): Finding | null {
  const wholes: Figure[] = [];
  for (let w = partOf.get(part); w && wholes.length < 3; w = partOf.get(w)) wholes.push(w);
  // A whole inferred from the sentence's lead (…决算中，A万元，占R%) is neither named nor listed with its parts:
  // the finding is a 提示 (info), as the base is not proven.
  let inferred = false;
  if (wholes.length === 0) {
    const led = wholeOfLead(facts, part);
    if (led) wholes.push(led);
    inferred = led !== undefined;
  }
  const usable = wholes.filter((w) => w.kind === 'money' && w.currency === part.currency && w.scaled > 0 && w.scaled >= part.scaled && !boundTotal(facts.text, w));
  if (usable.length === 0) return null;
  // 其中人员经费B，占支出总额的77.92%；公用经费C，占8.35%: a sibling's share before this one, after the list's total, names
  // its whole — the bare 占R% carries that whole on, not the list's total (dev 2941): which one it is, unsure; silent.
  if (facts.figures.some((g) => g.kind === 'percent' && g.paragraph === part.paragraph && g.start > usable[0]!.end && g.end < part.start && namesOtherWhole(g, usable[0]!))) return null;
  for (const w of usable) {
    const computed = (part.scaled / w.scaled) * 100;
    if (within(stated, computed, tolerance(f, part, w, computed, decimalSentences), f)) return null;
    // 卫生健康支出402.80元，占1.11% of a whole in 万元: the share fits the part read in the whole's unit — the part's unit
    // is the slip (the unit rule's finding), not the share.
    if (part.moneyUnit && w.moneyUnit && part.moneyUnit !== w.moneyUnit) {
      const inWholeUnit = (part.scaled * 10 ** MONEY_UNITS[w.moneyUnit]) / 10 ** MONEY_UNITS[part.moneyUnit];
      const alt = (inWholeUnit / w.scaled) * 100;
      if (within(stated, alt, tolerance(f, part, w, alt, decimalSentences), f)) return null;
    }
    // 0.862亿元（862.00万元），其中A，占R%: the whole restated in brackets in another unit — where the two disagree
    // (the unit rule's finding) the share may be of either (dev 3049 clean check).
    const restated = bracketRestatement(facts, w);
    if (restated) {
      const alt = (part.scaled / restated.scaled) * 100;
      if (within(stated, alt, tolerance(f, part, restated, alt, decimalSentences), f)) return null;
    }
    // 支出合计A，其中：基本支出B，占R1%；项目支出C，占R2% with B + C ≠ A and R1 = B ÷ (B + C): the shares are of the
    // parts' sum, so the total is the wrong figure (sum-mismatch reports it), not the share.
    const list = facts.decompositions.find((d) => d.total === w && d.parts.includes(part) && d.parts.length >= 2 && !d.truncated);
    if (list) {
      const sum = list.parts.reduce((acc, p) => acc + p.scaled, 0);
      const ofSum = sum > 0 ? (part.scaled / sum) * 100 : -1;
      if (sum !== w.scaled && ofSum >= 0 && within(stated, ofSum, tolerance(f, part, w, ofSum, decimalSentences), f)) return null;
    }
  }
  const whole = usable[0]!;
  const computed = (part.scaled / whole.scaled) * 100;
  return finding({
    rule: 'percent-mismatch',
    shape: 'share-of-list-total',
    severity: inferred ? 'info' : rateSeverity(stated, computed, tolerance(f, part, whole, computed, decimalSentences), f),
    message: `占比写为${f.raw}，按${part.raw}占“${whole.subject || whole.label}”${whole.raw}计算应为${computed.toFixed(Math.max(2, f.decimals))}%`,
    evidence: [quoteFigure(facts, part), quoteFigure(facts, whole), quoteFigure(facts, f)],
    calculation: `${inUnit(part.scaled, part.moneyUnit)} ÷ ${inUnit(whole.scaled, whole.moneyUnit)} = ${computed.toFixed(2)}% ≠ ${f.raw}`,
  });
}

/** The amount restated right after `w` in brackets in another money unit (0.862亿元（862.00万元）), if any. */
function bracketRestatement(facts: AuditFacts, w: Figure): Figure | undefined {
  const at = facts.figures.indexOf(w);
  const r = at >= 0 ? facts.figures[at + 1] : undefined;
  if (!r || r.kind !== 'money' || r.currency !== w.currency || r.moneyUnit === w.moneyUnit || r.scaled <= 0 || r.start !== w.end + 1) return undefined;
  return '（('.includes(facts.text[w.end]!) && '）)'.includes(facts.text[r.end] ?? '') ? r : undefined;
}

/** Whether a share's label names a whole (占支出总额的R%) other than the amount `whole` is stated under. */
function namesOtherWhole(g: Figure, whole: Figure): boolean {
  const at = g.label.lastIndexOf('占');
  if (at < 0) return false;
  let name = g.label.slice(at + 1);
  for (const tail of SHARE_TAIL) if (name.endsWith(tail)) name = name.slice(0, name.length - tail.length);
  return name.length >= 2 && name !== whole.subject && name !== whole.label;
}

/**
 * 完成预算的R% / 完成年初预算R% / 完成全年预算A万元的R%: a completion rate of the budget, read as 决算 ÷ 预算 —
 * only when 完成 and 预算 stand in the rate's own clause.
 */
function completionOfBudget(facts: AuditFacts, f: Figure): boolean {
  const { text } = facts;
  // A line the PDF wrapped inside the clause (…完⏎成预算的23.42%) is read as one.
  const from = clauseStartBefore(text, facts.sentences[f.sentence], f.start, SEARCH_WINDOWS.completionClauseReach, '，。；：,;');
  const clause = withoutPinyin(text.slice(from, f.start).replace(/\n/g, ''));
  const at = clause.indexOf('完成');
  return at !== -1 && clause.indexOf('预算', at) !== -1;
}

/**
 * The budget a completion rate names as its base (完成年初预算计划1528万元的48%): the money figure right before the rate
 * with only 的 between, in its sentence, named as a budget (a budget phase, or 预算 in its label). Undefined otherwise.
 */
function budgetAsBase(facts: AuditFacts, f: Figure, index: number): Figure | undefined {
  const g = index > 0 ? facts.figures[index - 1] : undefined;
  if (!g || g.kind !== 'money' || g.sentence !== f.sentence || g.comparative || g.scaled <= 0) return undefined;
  if (facts.text.slice(g.end, f.start).trim() !== '的') return undefined;
  return g.phase === 'initialBudget' || g.phase === 'adjustedBudget' || g.label.includes('预算') ? g : undefined;
}

const FINAL_WORDS: readonly string[] = RULE_WORDS['percent-mismatch'].completionFinalWords;

/**
 * 一般公共预算财政拨款支出9842.15万元，占本年支出合计的97.54%。年初预算为10126.00万元，支出决算完成年初预算的92.20%: the
 * spending a completion rate is of, stated as the one amount of the sentence before, the budget as the one amount of the
 * rate's own sentence. Preconditions: the two are the only amounts of the two sentences (no change, no amount in
 * brackets), of one currency, the budget right before the rate and the spending the nearest amount before the budget;
 * the rate's clause names the final spending (rule-words percent-mismatch completionFinalWords: 决算, 实际支出) — so the
 * rate is the 决算 of the sentence before over the budget of its own.
 */
function finalOfSentenceBefore(facts: AuditFacts, f: Figure, candidates: readonly Figure[]): { num: Figure; den: Figure } | null {
  const [den, num] = candidates;
  if (!den || !num || num.sentence !== f.sentence - 1 || den.sentence !== f.sentence) return null;
  if (num.comparative || den.comparative || num.currency !== den.currency || den.scaled <= 0 || budgetDifference(num) || budgetDifference(den)) return null;
  // The budget named as one (a budget phase, or 预算 beyond the fund's name); the spending not a budget's phase and named
  // as spent (支出, 决算 …).
  if (!(den.phase === 'initialBudget' || den.phase === 'adjustedBudget' || namesBudget(den.label))) return null;
  if (num.phase === 'initialBudget' || num.phase === 'adjustedBudget' || !NUMERATOR_WORDS.some((w) => num.label.includes(w))) return null;
  const money = facts.figures.filter((g) => g.kind === 'money' && (g.sentence === num.sentence || g.sentence === f.sentence));
  if (money.length !== 2) return null;
  const from = clauseStartBefore(facts.text, facts.sentences[f.sentence], f.start, SEARCH_WINDOWS.completionClauseReach, '，。；：,;');
  const clause = facts.text.slice(from, f.start);
  return FINAL_WORDS.some((w) => clause.includes(w)) ? { num, den } : null;
}

/** Total words after a side's name (收入总计, 支出合计: grammar closingTotalWords). */
const CLOSING_TOTALS: readonly string[] = GRAMMAR.closingTotalWords;

const UNIT_FACTORS = [1e4, 1e8];

/** The amount whose unit, changed by 10⁴ or 10⁸, makes the stated rate come out — or null. */
function unitSlipOfRate(
  num: Figure,
  den: Figure,
  stated: number,
  f: Figure,
  decimalSentences: ReadonlySet<number>,
): { wrong: Figure; unit: string; rate: number } | null {
  if (num.unit === den.unit || num.scaled === 0) return null;
  for (const factor of UNIT_FACTORS) {
    for (const dir of [factor, 1 / factor]) {
      const rate = (num.scaled / (den.scaled * dir)) * 100;
      if (Math.abs(rate - stated) > tolerance(f, num, den, rate, decimalSentences) + RULE_TOLERANCES.unitSlipRateSlack) continue;
      // The budget is the one in the other unit: the rate is computed as if it were in the numerator's unit.
      return { wrong: den, unit: num.unit, rate };
    }
  }
  return null;
}

/**
 * A change sentence that names no item (与2016年相比增加22.13万元，增长12.28%) speaks of the one amount the sentence
 * before states (…财政拨款收入决算总计177.28万元。) — only when that sentence states exactly one amount.
 */
function soleAmountBefore(facts: AuditFacts, change: Figure, changeLead: string, candidates: readonly Figure[]): Figure | undefined {
  if (!/^(与|较|比|同比)/.test(changeLead.trim())) return undefined;
  const previous = candidates.filter((g) => g.sentence === change.sentence - 1 && g.kind === 'money');
  const own = previous.filter((g) => !g.comparative);
  if (own.length !== 1 || previous.length !== 1 || own[0]!.currency !== change.currency) return undefined;
  // All the previous sentence's figures must be among the candidates (none cut off by the look-back window).
  const sentence = facts.sentences[change.sentence - 1];
  if (!sentence) return undefined;
  let count = 0;
  for (let k = firstFigureAtOrAfter(facts.figures, sentence.start); k < facts.figures.length && facts.figures[k]!.start < sentence.end && count < 2; k++) {
    if (facts.figures[k]!.kind === 'money') count++;
  }
  return count === 1 ? own[0] : undefined;
}


/**
 * The money figures of the sentence before `change`'s, nearest first, when that sentence ends the line (paragraph)
 * before and `change`'s sentence opens its own; none otherwise (the same paragraph's are moneyBefore's).
 */
function lastLineAmounts(facts: AuditFacts, change: Figure): Figure[] {
  const own = facts.sentences[change.sentence];
  const previous = facts.sentences[change.sentence - 1];
  if (!own || !previous || previous.paragraph === own.paragraph || previous.paragraph !== own.paragraph - 1) return [];
  const paragraph = facts.paragraphs[own.paragraph];
  if (!paragraph || facts.text.slice(paragraph.start, own.start).trim() !== '') return [];
  // 2021年度“三公”经费合计支出20.12万元，…。⏎2022年度“三公”经费预算较2021年度增加1.68万元: a line before naming the
  // year the change compares with states that year's amounts — the base, not the amount changed.
  const base = /(?:与|比|较)(\d{4})年/.exec(facts.text.slice(own.start, change.start));
  if (base && new RegExp(`(?<!\\d)${base[1]}年`).test(facts.text.slice(previous.start, previous.end))) return [];
  const out: Figure[] = [];
  for (let k = firstFigureAtOrAfter(facts.figures, previous.start); k < facts.figures.length && facts.figures[k]!.start < previous.end; k++) {
    const g = facts.figures[k]!;
    if (g.kind === 'money' && !g.qualifier && g.sentence === change.sentence - 1) out.unshift(g);
  }
  return out;
}

/**
 * 减少（增加） / 下降（增加）: a direction word followed by the form's other direction in brackets, ending the words —
 * the words up to the first direction word (减少), or undefined when the words end otherwise.
 */
function bracketedAlternative(words: string): string | undefined {
  const m = /[（(]([\u4e00-\u9fff]{1,3})[）)]\s*$/.exec(words);
  if (!m) return undefined;
  const before = words.slice(0, m.index);
  if (!DIRECTION_WORDS.includes(m[1]!) || !DIRECTION_WORDS.some((w) => before.endsWith(w))) return undefined;
  return before;
}

/**
 * 较上年减少1.5万元（42.86%）: a rate without words of its own, in brackets right after a change of money, is that change's
 * rate — it takes the change's direction word (the word its label ends with), or none.
 */
function bracketedRateWord(facts: AuditFacts, f: Figure, index: number): string | undefined {
  if (f.label.trim() !== '') return undefined;
  const c = facts.figures[index - 1];
  if (!c || c.kind !== 'money' || !c.comparative || c.sentence !== f.sentence) return undefined;
  if (!/^\s*[（(]\s*$/.test(facts.text.slice(c.end, f.start)) || !/^\s*[）)]/.test(facts.text.slice(f.end, f.end + 3))) return undefined;
  return [...CHANGE_UP, ...CHANGE_DOWN].find((w) => c.label.endsWith(w));
}

const OVER_BUDGET = RULE_WORDS['percent-mismatch'].overBudget;
const OVER_UNDER = new RegExp(`决算数?(${anyWord([...OVER_BUDGET, ...RULE_WORDS['percent-mismatch'].underBudget])})(年初)?预算数?$`);
/** A label ending as the difference between the final and a budget: 决算数小于预算数, 支出大于全年预算. */
const BUDGET_DIFFERENCE = new RegExp(`(?:${anyWord([...OVER_BUDGET, ...RULE_WORDS['percent-mismatch'].underBudget])})(?:年初|全年|调整后)?预算数?$`);

/** 决算数小于预算数403.78万元: the amount is the difference between the final and the budget, neither of them. */
function budgetDifference(g: Figure): boolean {
  return BUDGET_DIFFERENCE.test(withoutPinyin(g.label.replace(/\s/g, '')));
}

/**
 * 全年实际到位资金7200.00万元，其中县级财政预算安排3880.00万元，…: a part of a listed whole that is itself among the
 * amounts before the rate is one source of the money, not the budget of the whole the rate is of.
 */
function partOfListedWhole(g: Figure, candidates: readonly Figure[], partOf: ReadonlyMap<Figure, Figure>): boolean {
  const whole = partOf.get(g);
  return whole !== undefined && candidates.includes(whole);
}
/** 占同类产品采购规模的R%: each share has a whole of its own kind (同类, 各自). */
const OWN_WHOLES = new RegExp(`^${anyWord(RULE_WORDS['percent-mismatch'].ownWholes)}`);
/** A，B，两项合计占R%: a share of several amounts together. */
const JOINT_SHARE = new RegExp(`${anyWord(RULE_WORDS['percent-mismatch'].jointShare)}|[两二三四五六七八九十几]项`);
/** 一般公共预算 / 政府性基金预算: names of funds, not budget figures. */
const BUDGET_FUNDS = new RegExp(anyWord(GRAMMAR.budgetFunds), 'g');

/**
 * A label naming a budget amount (预算, 批复, 下达 …) — not the 预算 of a fund's name (grammar.json budgetFunds):
 * 全省地方一般公共预算收入5529.1亿元 is revenue, no budget for the 支出12732.8亿元，完成预算的89.6% after it (dev 2385).
 */
function namesBudget(label: string): boolean {
  const words = label.replace(BUDGET_FUNDS, '');
  return DENOMINATOR_WORDS.some((w) => words.includes(w));
}

/** Bracketed pinyin after characters (预（yù）算, as some mirrors of government pages print it) left out. */
function withoutPinyin(s: string): string {
  return s.includes('（') ? s.replace(/（[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}）/g, '') : s;
}

/**
 * 支出1741.75万元，完成年初预算100%，决算数大于预算数55.93万元: the amount by which the final exceeds (or falls
 * short of) the budget gives the budget (1741.75 − 55.93), so the completion rate must be 1741.75 ÷ 1685.82 —
 * checked when the difference follows the rate in its sentence and the final precedes it.
 */
function overOrUnderBudget(
  facts: AuditFacts,
  f: Figure,
  index: number,
  stated: number,
  candidates: readonly Figure[],
  decimalSentences: ReadonlySet<number>,
): Finding | null {
  const next = facts.figures[index + 1];
  if (next?.kind !== 'money' || next.sentence !== f.sentence || next.start - f.end > SEARCH_WINDOWS.budgetDifferenceReach) return null;
  if (withoutPinyin(facts.text.slice(f.end, next.start)).length > 16) return null;
  const m = OVER_UNDER.exec(withoutPinyin(next.label.replace(/\s/g, '')));
  if (!m) return null;
  // The nearest amount before the rate that is not a change; it must be a final (支出/决算…) amount.
  const final = candidates.find((g) => !g.comparative);
  if (!final) return null;
  // 一般公共预算 / 政府性基金预算 name a fund, not a budget figure.
  const label = withoutPinyin(final.label).replace(BUDGET_FUNDS, '');
  if (!(final.phase === 'final' || NUMERATOR_WORDS.some((w) => label.includes(w) && !label.includes('预算')))) return null;
  if (final.currency !== next.currency) return null;
  const over = OVER_BUDGET.includes(m[1]!);
  const budget = over ? final.scaled - next.scaled : final.scaled + next.scaled;
  if (budget <= 0) return null;
  const computed = (final.scaled / budget) * 100;
  const tol = 0.5 / 10 ** f.decimals + computed * ((amountPrecision(decimalSentences, final) + amountPrecision(decimalSentences, next)) / 2 / budget) + 1e-9;
  if (Math.abs(computed - stated) <= tol) return null;
  return finding({
    rule: 'percent-mismatch',
    shape: 'completion-over-under',
    severity: 'error',
    message: `完成预算写为${f.raw}，但决算${final.raw}${over ? '大于' : '小于'}预算${next.raw}，预算应为${inUnit(budget, final.moneyUnit)}${final.moneyUnit ?? '元'}，完成比例应为${computed.toFixed(2)}%`,
    evidence: [quoteFigure(facts, final), quoteFigure(facts, f), quoteFigure(facts, next)],
    calculation: `${inUnit(final.scaled, final.moneyUnit)} ÷ (${inUnit(final.scaled, final.moneyUnit)} ${over ? '−' : '+'} ${inUnit(next.scaled, final.moneyUnit)}) = ${computed.toFixed(2)}% ≠ ${f.raw}`,
  });
}

/**
 * 2023年度“三公”经费财政拨款支出决算中，因公出国（境）费12.02万元，占19.4%；…: shares of a whole named by the
 * sentence's lead (…决算中， / …预算中，). The whole is the nearest earlier amount of the same phase whose name
 * shares three characters with the lead; without one nothing is said.
 */
function wholeOfLead(facts: AuditFacts, part: Figure): Figure | undefined {
  const sentence = facts.sentences[part.sentence];
  if (!sentence) return undefined;
  const head = withoutPinyin(facts.text.slice(sentence.start, part.start));
  const m = /^(.{4,60}?(决算|预算))中[，：]/.exec(head.replace(/^\s+/, ''));
  if (!m) return undefined;
  const lead = m[1]!;
  const phaseFinal = m[2] === '决算';
  // The whole holds all the parts the sentence gives shares of: it is at least their sum.
  let partsSum = 0;
  for (let j = firstFigureAtOrAfter(facts.figures, sentence.start); j < facts.figures.length && facts.figures[j]!.start < sentence.end; j++) {
    const g = facts.figures[j]!;
    if (g.kind === 'money' && !g.comparative && facts.text.startsWith('，占', g.end)) partsSum += g.scaled;
  }
  let k = firstFigureAtOrAfter(facts.figures, sentence.start) - 1;
  for (let steps = 0; k >= 0 && steps < SEARCH_WINDOWS.wholeLookbackFigures; k--, steps++) {
    const g = facts.figures[k]!;
    if (g.kind !== 'money' || g.comparative || g.qualifier || g.currency !== part.currency) continue;
    const isFinal = g.phase === 'final' || withoutPinyin(g.label).includes('决算');
    if (isFinal !== phaseFinal || g.scaled * RULE_TOLERANCES.wholeOverPartsFactor < partsSum) continue;
    if (sharesName(lead, withoutPinyin(`${g.subject}${g.label}`))) return g;
  }
  return undefined;
}

const PRIOR_FRAME_OPENERS: readonly string[] = RULE_WORDS['percent-mismatch'].priorFrameOpeners;
const PRIOR_FRAME_CLOSERS: readonly string[] = RULE_WORDS['percent-mismatch'].priorFrameClosers;
const PRIOR_FRAME_YEARS: readonly string[] = RULE_WORDS['percent-mismatch'].priorFrameYears;

/**
 * Whether `prior` stands framed as the base of a comparison: its clause (back to the last ，or 。, within
 * priorFrameReach) opens with an opener (与, 较, 同, 和) and a year — a priorFrameYears word (上年, 去年) or a year by
 * number — and a closer (相比, 比较, 对比) follows the amount right after it (spaces aside). Certain: an amount so
 * framed is the base the change is measured against, never the year's own amount; a frame without a year (与预算相比)
 * is left to the other readings.
 */
function framedAsPrior(facts: AuditFacts, prior: Figure, change: Figure): boolean {
  const lead = withoutPinyin(facts.text.slice(clauseStartBefore(facts.text, facts.sentences[prior.sentence], prior.start, SEARCH_WINDOWS.priorFrameReach, '，,；;。'), prior.start)).replace(/\s/g, '');
  const opener = PRIOR_FRAME_OPENERS.find((w) => lead.startsWith(w));
  if (!opener) return false;
  const rest = lead.slice(opener.length);
  // (Any year by number: what follows 与 and closes with 相比 is the comparison's base whatever year it names — the
  // report's own year is not always known, and 与2024年预算数A相比 makes A the base as well.)
  const byNumber = /^\d{4}年/.test(rest);
  if (!byNumber && !PRIOR_FRAME_YEARS.some((w) => rest.startsWith(w))) return false;
  const after = withoutPinyin(facts.text.slice(prior.end, change.start)).replace(/\s/g, '');
  return PRIOR_FRAME_CLOSERS.some((w) => after.startsWith(w));
}

/**
 * 上年度收入合计B元，收入减少C元，同比下降R%: the prior year's amount stands right before the change, so the rate is
 * C ÷ B. Undefined when the figure before the change is no prior-year amount; null when the rate agrees.
 */
function statedPrior(
  facts: AuditFacts,
  f: Figure,
  stated: number,
  change: Figure,
  prior: Figure | undefined,
  decimalSentences: ReadonlySet<number>,
): Finding | null | undefined {
  if (prior?.kind !== 'money' || prior.currency !== change.currency || prior.sentence !== change.sentence || prior.scaled <= 0) return undefined;
  // 与2023年度的A万元相比，较上年增加C，增长R% / 与上年收入A相比，减少C: the amount framed as the base of a comparison
  // (an opener, the year before, the amount, a closer) is the year before's, whatever its label reads.
  const framed = framedAsPrior(facts, prior, change);
  if (!framed && !/^(?:上年度?|上一年度?|去年)/.test(withoutPinyin(prior.label).replace(/^\s+/, ''))) return undefined;
  if (change.start - prior.end > SEARCH_WINDOWS.priorChangeGap || f.start - change.end > SEARCH_WINDOWS.priorChangeGap) return undefined;
  // 去年全年收入累计完成A万元，同比增加C万元，增长R%: a change compared with the year before (同比, 比上年 …) right after the
  // amount is that amount's own change — the amount is the later year's (去年 counted from a news item's date), not the base.
  const between = withoutPinyin(facts.text.slice(prior.end, change.start));
  // (上年收入5123.77万元，本年较上年减少401.77万元: this year named as the subject, the change is this year's against it.)
  if (!framed && COMPARED_WITH_PRIOR.some((w) => between.includes(w)) && !THIS_YEAR.some((w) => between.includes(w))) return undefined;
  const tail = change.label.slice(-4);
  if (CHANGE_UP.some((w) => tail.includes(w)) === CHANGE_DOWN.some((w) => tail.includes(w))) return undefined;
  const computed = (change.scaled / prior.scaled) * 100;
  const tol = tolerance(f, change, prior, computed, decimalSentences);
  if (within(stated, computed, tol, f)) return null;
  const u = prior.moneyUnit;
  return rateFinding(facts, f, { stated, computed, tol }, '变动率', `上年${prior.raw}、变动${change.raw}`, [prior, change], `${inUnit(change.scaled, u)} ÷ ${inUnit(prior.scaled, u)}`, 'change-rate-stated-prior');
}

/** Only a joining word (和, 、, 及, 与) and spaces between two figures. */
function joined(text: string, a: Figure, b: Figure): boolean {
  return a.sentence === b.sentence && /^\s*(?:和|、|及|与|，|,)\s*$/.test(text.slice(a.end, b.start));
}

/**
 * 购置费0.14亿元和运行费1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元，下降133.1%和43.7%: two amounts, their
 * changes (分别/各) and their rates, each pair joined by 和/、 — the second rate is the second change over the second
 * amount's prior year. Undefined when the figure before the rate is not such a structure; null when it agrees.
 * The first rate is checked by the ordinary path (its change is read as the nearest one).
 */
function pairedRate(facts: AuditFacts, index: number, stated: number, decimalSentences: ReadonlySet<number>): Finding | null | undefined {
  const { figures, text } = facts;
  const f = figures[index]!;
  const r1 = figures[index - 1];
  const c2 = figures[index - 2];
  const c1 = figures[index - 3];
  const a2 = figures[index - 4];
  const a1 = figures[index - 5];
  if (!r1 || !c2 || !c1 || !a2 || !a1 || f.label !== '' || r1.kind !== 'percent' || !joined(text, r1, f)) return undefined;
  if (c1.kind !== 'money' || c2.kind !== 'money' || !c1.comparative || !joined(text, c1, c2) || a1.kind !== 'money' || a2.kind !== 'money') return undefined;
  // The amounts stand in the rates' sentence or the one before (…各是A1,A2万元。与上年相比，…各减少C1,C2万元，各下降R1、R2).
  if (a1.comparative || a2.comparative || a1.sentence !== a2.sentence || a1.sentence < f.sentence - 1 || a2.currency !== c2.currency || a1.currency !== c1.currency) return undefined;
  // The changes say they pair with the amounts (分别减少C1和C2, 各增加…), after a comparison with the year before.
  const between = text.slice(a2.end, c1.start);
  if (!/分别|各/.test(between) || !/(?:与|比|较)(?:\d{4}年度?|上年|去年|上一年)/.test(between)) return undefined;
  if (!/^[\s，,、和及]*[\u4e00-\u9fff（）()“”]{0,12}$/.test(text.slice(a1.end, a2.start).replace(/和|、/, ''))) return undefined;
  const tail = c1.label.slice(-4);
  const up = CHANGE_UP.some((w) => tail.includes(w));
  const down = CHANGE_DOWN.some((w) => tail.includes(w));
  if (up === down) return undefined;
  const prior = up ? a2.scaled - c2.scaled : a2.scaled + c2.scaled;
  if (prior <= 0) return null;
  const computed = (c2.scaled / prior) * 100;
  const tol = tolerance(f, c2, a2, computed, decimalSentences);
  if (within(stated, computed, tol, f)) return null;
  const u = a2.moneyUnit;
  return rateFinding(
    facts,
    f,
    { stated, computed, tol },
    '变动率',
    `本年${a2.raw}、变动${c2.raw}`,
    [a2, c2],
    `${inUnit(c2.scaled, u)} ÷ (${inUnit(a2.scaled, u)} ${up ? '−' : '+'} ${inUnit(c2.scaled, u)})`,
    'change-rate-paired',
  );
}

/** The one year written in text[from, to) (…2022年支出100万元), or null. */
function oneYearIn(text: string, from: number, to: number): number | null {
  const m = text.slice(from, to).match(/(\d{4})年/g);
  return m && m.length === 1 ? Number(m[0]!.slice(0, 4)) : null;
}

/**
 * 2023年支出112万元，2022年支出100万元，增长15%: a rate right after two years' amounts of the same sentence is the
 * change of the later year over the earlier one.
 */
function rateBetweenYears(
  facts: AuditFacts,
  f: Figure,
  stated: number,
  candidates: readonly Figure[],
  directionWord: string,
  decimalSentences: ReadonlySet<number>,
): Finding | null {
  const [b, a] = candidates;
  if (!a || !b || a.comparative || b.comparative || a.sentence !== f.sentence || b.sentence !== f.sentence || a.currency !== b.currency) return null;
  if (f.start - b.end > SEARCH_WINDOWS.yearRateGap) return null;
  const sentenceStart = facts.sentences[f.sentence]?.start ?? 0;
  const ya = oneYearIn(facts.text, Math.max(sentenceStart, a.start - SEARCH_WINDOWS.yearLabelReach), a.start);
  const yb = oneYearIn(facts.text, a.end, b.start);
  if (ya === null || yb === null || ya === yb) return null;
  const [later, earlier] = ya > yb ? [a, b] : [b, a];
  if (earlier.scaled <= 0) return null;
  const up = CHANGE_UP.includes(directionWord) || RATE_UP.includes(directionWord);
  const computed = (Math.abs(later.scaled - earlier.scaled) / earlier.scaled) * 100;
  if ((later.scaled >= earlier.scaled) !== up && later.scaled !== earlier.scaled) return null; // the direction rule's business
  const tol = tolerance(f, later, earlier, computed, decimalSentences);
  if (within(stated, computed, tol, f)) return null;
  const u = earlier.moneyUnit;
  return rateFinding(
    facts,
    f,
    { stated, computed, tol },
    '变动率',
    `${later.raw}与${earlier.raw}`,
    [later, earlier],
    `|${inUnit(later.scaled, u)} − ${inUnit(earlier.scaled, u)}| ÷ ${inUnit(earlier.scaled, u)}`,
    'rate-between-years',
  );
}

/** How many of the sorted offsets lie before `offset`. */
function countBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Beyond this distance two shares of the same whole are not read as one list. */
const SHARE_GROUP_CHARS = SEARCH_WINDOWS.shareGroupChars;

/**
 * Shares of one named whole (占一般公共预算支出的84.06% … 占一般公共预算支出的19.62%) held by items that are not
 * each other's parts cannot add up to more than 100 %.
 */
/** A sentence opening with a list marker (1. / 1、 / （一） / （1） / 一、). */
const LIST_ITEM = /^\s?(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

/** Words of a total row (rule-words sum-mismatch.totalRows: 合计, 总计). */
const TOTAL_ROW_WORDS: readonly string[] = RULE_WORDS['sum-mismatch'].totalRows;

/**
 * Whether a share is the whole's own row among its items: stated as 100 %, and its amount either labelled as a total
 * (合计, 总计) or the sum of the other shares' amounts (within the rounding of their last digits).
 */
function totalRowShare(f: Figure, partOfShare: ReadonlyMap<Figure, Figure>, group: readonly Figure[]): boolean {
  if (f.scaled / 10 ** f.decimals !== 100) return false;
  const part = partOfShare.get(f);
  if (!part) return false;
  if (TOTAL_ROW_WORDS.some((w) => part.label.includes(w))) return true;
  const others = group.filter((g) => g !== f).map((g) => partOfShare.get(g));
  if (others.length === 0 || others.some((g) => !g || g.currency !== part.currency)) return false;
  const sum = others.reduce((acc, g) => acc + g!.scaled, 0);
  return Math.abs(sum - part.scaled) <= roundingSlack([part, ...(others as Figure[])]);
}

function sharesOverHundred(facts: AuditFacts, completionWholes: readonly string[]): Finding[] {
  const subParts = new Set(facts.decompositions.filter((d) => d.kind === 'qizhong').flatMap((d) => d.parts));
  const groups = new Map<string, Figure[]>();
  const partOfShare = new Map<Figure, Figure>();
  const qizhong: number[] = [];
  for (let at = facts.text.indexOf('其中'); at !== -1; at = facts.text.indexOf('其中', at + 2)) qizhong.push(at);
  for (let index = 0; index < facts.figures.length; index++) {
    const f = facts.figures[index]!;
    if (f.kind !== 'percent' || f.unit !== '%' || !f.label.includes('占')) continue;
    let target = f.label.slice(f.label.lastIndexOf('占') + 1);
    for (const tail of SHARE_TAIL) if (target.endsWith(tail)) target = target.slice(0, target.length - tail.length);
    // 占同类产品采购规模的R%: each share has a whole of its own kind (同类, 各自), not one whole.
    if (target.length < 2 || OWN_WHOLES.test(target)) continue;
    // 税务部门完成A万元，占调整预算105.47%: a plan as the whole makes each rate a completion rate of the item
    // against its own plan, not a share of one whole (data/audit/thresholds.json completionWholes).
    if (completionWholes.includes(target)) continue;
    const part = facts.figures.slice(Math.max(0, index - 3), index).reverse().find((g) => g.kind === 'money' && g.sentence === f.sentence && !g.comparative);
    if (!part || subParts.has(part)) continue;
    // Precondition: the shares of one breakdown stand in one sentence (货物、工程和服务类分别占A、B和C) or in the
    // items of one numbered list (1. 基本支出…占R1%。2. 项目支出…占R2%。). Shares of the same whole in other
    // sentences may break it down by another criterion (公开招标占…, 中小微企业占…), so they are not added.
    const sentenceStart = facts.sentences[f.sentence]?.start ?? f.start;
    const listItem = LIST_ITEM.test(facts.text.slice(sentenceStart, sentenceStart + 6));
    const key = `${target}\u0000${listItem ? 'list' : f.sentence}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
    partOfShare.set(f, part);
  }
  const out: Finding[] = [];
  for (const [key, list] of groups) {
    const target = key.slice(0, key.indexOf('\u0000'));
    let near = list.filter((f) => f.start - list[0]!.start <= SHARE_GROUP_CHARS);
    // Shares between two 其中 that make up 100 % by themselves are a complete breakdown of the whole at another
    // level (基本支出占95.57%、项目支出占4.43%。其中：各类科目占78.33%…6.90%): not added to the other shares.
    const segments = new Map<number, Figure[]>();
    for (const f of near) {
      const k = countBefore(qizhong, f.start);
      segments.set(k, [...(segments.get(k) ?? []), f]);
    }
    for (const segment of segments.values()) {
      if (segments.size < 2 || segment.length < 2) continue;
      const sum = segment.reduce((acc, f) => acc + f.scaled / 10 ** f.decimals, 0);
      const tolerance = segment.reduce((acc, f) => acc + 0.5 / 10 ** f.decimals, 0);
      if (Math.abs(sum - 100) <= tolerance) near = near.filter((f) => !segment.includes(f));
    }
    // 合计500万元，占本年支出的100%: the whole stated as its own share, a total row among its items — not one of them.
    near = near.filter((f) => !totalRowShare(f, partOfShare, near));
    if (near.length < 2) continue;
    const sum = near.reduce((acc, f) => acc + f.scaled / 10 ** f.decimals, 0);
    const tolerance = near.reduce((acc, f) => acc + 0.5 / 10 ** f.decimals, 0);
    if (sum <= 100 + tolerance) continue;
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'shares-over-hundred',
        severity: 'error',
        message: `各项占“${target}”的比例合计${sum.toFixed(2)}%，超过100%`,
        evidence: near.map((f) => quoteFigure(facts, f)),
        calculation: `${near.map((f) => f.numberText).join(' + ')} = ${sum.toFixed(2)}% > 100%`,
      }),
    );
  }
  return out;
}

const UNSPENT = RULE_WORDS['percent-mismatch'].unspent;

/**
 * 资金支付18501.096万元，未支703万元，支付率95%: with no budget stated, the spent amount and the one left unspent in
 * the same sentence (spent first, one unspent amount) make the whole; the rate must be spent ÷ (spent + unspent).
 */
function spentAndUnspent(f: Figure, num: Figure, candidates: readonly Figure[], decimalSentences: ReadonlySet<number>): ((facts: AuditFacts) => Finding) | null {
  const unspent = candidates.filter((g) => g !== num && UNSPENT.some((w) => g.label.trimStart().startsWith(w)));
  if (unspent.length !== 1) return null;
  const left = unspent[0]!;
  if (left.start < num.end || num.sentence !== f.sentence || left.sentence !== f.sentence || num.currency !== left.currency) return null;
  const whole = num.scaled + left.scaled;
  if (whole === 0) return null;
  const stated = f.scaled / 10 ** f.decimals;
  const computed = (num.scaled / whole) * 100;
  const tol = tolerance(f, num, left, computed, decimalSentences);
  if (within(stated, computed, tol, f)) return null;
  return (facts) => rateFinding(facts, f, { stated, computed, tol }, f.label || f.subject, '已支付与未支付金额', [num, left], `${num.numberText} ÷ (${num.numberText} + ${left.numberText})`, 'execution-rate');
}

const QUANTITY_RATE = RULE_WORDS['percent-mismatch'].quantityRate;
const QUANTITY_DONE = RULE_WORDS['percent-mismatch'].quantityDone;

/**
 * The counts before the rate figure at `index`, back to the start of its clause group (the last ； or 。; a line
 * wrapped inside the group, …完成200.031⏎公里建设任务，完工率为100%, is no break), by measure word, each list in text
 * order; `pairs` are the lists of exactly two counts.
 */
function countsInRateGroup(facts: AuditFacts, index: number, skip?: (g: Figure) => boolean): { groupStart: number; byUnit: Map<string, Figure[]>; pairs: Figure[][] } {
  const { text, figures } = facts;
  const f = figures[index]!;
  const groupStart = clauseStartBefore(text, facts.sentences[f.sentence], f.start, f.start, '；。');
  const byUnit = new Map<string, Figure[]>();
  for (let k = index - 1; k >= 0 && figures[k]!.start >= groupStart; k--) {
    const g = figures[k]!;
    if (g.kind !== 'count' || skip?.(g)) continue;
    byUnit.set(g.unit, [g, ...(byUnit.get(g.unit) ?? [])]);
  }
  return { groupStart, byUnit, pairs: [...byUnit.values()].filter((l) => l.length === 2) };
}

/**
 * 实施农村公路养护工程380公里，…完成200.031公里建设任务，完工率为100%: a completion rate of a work quantity must be
 * done ÷ planned (52.6 %). Precondition: the rate's clause ends with a completion-rate word (完工率为); its clause
 * group (back to the last ； or 。 or line end) holds exactly two quantities of one measure word, the later one said
 * done (完成 just before it) and the earlier one not; nothing else is read. Each figure is visited once per rate, back
 * to the start of its group.
 */
function quantityCompletion(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (let index = 0; index < figures.length && out.length <= MAX_FINDINGS_PER_RULE; index++) {
    const f = figures[index]!;
    if (f.kind !== 'percent' || f.unit !== '%') continue;
    const lead = text.slice(Math.max(0, f.start - 8), f.start).replace(/[为是达\s：]+$/, '');
    if (!QUANTITY_RATE.some((w) => lead.endsWith(w))) {
      const named = rateOfNamedCount(facts, index);
      if (named) out.push(named);
      continue;
    }
    const { groupStart, pairs } = countsInRateGroup(facts, index);
    if (pairs.length !== 1) continue;
    const [planned, done] = pairs[0] as [Figure, Figure];
    const doneWord = (g: Figure): boolean => QUANTITY_DONE.some((w) => text.slice(Math.max(groupStart, g.start - 4), g.start).includes(w));
    if (!doneWord(done) || doneWord(planned) || planned.scaled === 0) continue;
    const stated = f.scaled / 10 ** f.decimals;
    const computed = (done.scaled / 10 ** done.decimals / (planned.scaled / 10 ** planned.decimals)) * 100;
    const relative = 0.5 / Math.max(1, done.scaled) + 0.5 / Math.max(1, planned.scaled);
    const tol = 0.5 / 10 ** f.decimals + computed * relative + 1e-9;
    if (within(stated, computed, tol, f)) continue;
    out.push(rateFinding(facts, f, { stated, computed, tol }, f.label || '完成率', `完成${done.raw}、计划${planned.raw}`, [planned, done], `${done.numberText} ÷ ${planned.numberText}`, 'quantity-completion'));
  }
  return out;
}

const COUNT_TARGET_LEADS: readonly string[] = RULE_WORDS['percent-mismatch'].countTargetLeads;

/** The name a rate is written under right before it (孕产妇系统管理率98.15%, 合格率为98%): the Chinese run ending in 率. */
const RATE_NAME = /([\u4e00-\u9fff]{2,16})率[为是达：:\s]*$/;

/**
 * 全县活产数1896人，纳入孕产妇系统管理1842人，孕产妇系统管理率98.15%: a rate named after the count it divides — its
 * name without 率 (孕产妇系统管理) is written in the label of one of the two counts before it — is that count over the
 * other one (1842 ÷ 1896 = 97.15 %). Precondition, as for a completion rate of a work quantity: the rate's clause group
 * (back to the last ； or 。) holds exactly two counts of one measure word, neither a change, besides targets (a count
 * right after a countTargetLeads word: 不少于, ≥); the name (two characters or more) is in the later count's label and not
 * in the earlier one's. Otherwise nothing is read.
 */
function rateOfNamedCount(facts: AuditFacts, index: number): Finding | null {
  const { text, figures } = facts;
  const f = figures[index]!;
  const m = RATE_NAME.exec(text.slice(Math.max(0, f.start - 20), f.start));
  if (!m) return null;
  // A target the group states before the counts (年度目标为抽检不少于1,500批次，实际完成抽检1,926批次，合格1,878批次，
  // 抽检合格率98.6%) is a bound, not a quantity counted: it is left out of the two counts (countTargetLeads).
  const { byUnit, pairs } = countsInRateGroup(facts, index, (g) => COUNT_TARGET_LEADS.some((w) => text.slice(Math.max(0, g.start - w.length), g.start) === w));
  if (pairs.length !== 1 || byUnit.size !== 1) return null;
  const [base, part] = pairs[0] as [Figure, Figure];
  if (base.comparative || part.comparative || base.qualifier || part.qualifier || base.scaled === 0) return null;
  // The longest ending of the rate's name (from two characters) that the later count's label holds names that count.
  const name = m[1]!;
  // （上年实际调解成功率为97.3%） after this year's counts: a rate of another year than its counts' (dev 3054 at first
  // contact) — its name holds a lastYear word its counts' labels do not.
  const priorWord = RULE_WORDS['percent-mismatch'].lastYear.find((w) => name.includes(w));
  if (priorWord !== undefined && !part.label.includes(priorWord) && !base.label.includes(priorWord)) return null;
  let stem = '';
  for (let k = 0; k + 2 <= name.length && stem === ''; k++) if (part.label.includes(name.slice(k))) stem = name.slice(k);
  if (stem === '' || base.label.includes(stem)) return null;
  const stated = f.scaled / 10 ** f.decimals;
  const computed = (part.scaled / 10 ** part.decimals / (base.scaled / 10 ** base.decimals)) * 100;
  const tol = 0.5 / 10 ** f.decimals + 1e-9;
  if (within(stated, computed, tol, f)) return null;
  return rateFinding(facts, f, { stated, computed, tol }, `${name}率`, `${part.label}${part.raw}、${base.label}${base.raw}`, [base, part], `${part.numberText} ÷ ${base.numberText}`, 'named-count-rate');
}

const SURVEY_RATE_NAMES: readonly string[] = RULE_WORDS['percent-mismatch'].surveyRateNames;
const SURVEY_BASE_WORDS: readonly string[] = RULE_WORDS['percent-mismatch'].surveyBaseWords;
const SURVEY_PART_WORDS: readonly string[] = RULE_WORDS['percent-mismatch'].surveyPartWords;
const SURVEY_PART_EXCLUSIONS: readonly string[] = RULE_WORDS['percent-mismatch'].surveyPartExclusions;
/** A rate's lead: what stands between its name and the number (满意度为, 满意率：). */
const SURVEY_RATE_LINK = /[为是达：:\s]*$/;

/**
 * 发放调查问卷1200份，收回有效问卷1200份，其中表示满意或基本满意的1126份，满意度95.83%: a satisfaction rate is the
 * satisfied answers over the valid responses (93.83 %). Preconditions: the rate's name right before it (after at most a
 * link) ends with a surveyRateNames word; its clause group (back to the last ； or 。) holds exactly one count whose label
 * holds a surveyBaseWords word (有效问卷) and, after it, exactly one count of the same measure word whose label holds a
 * surveyPartWords word (满意) and no exclusion (不满意); neither a change, a threshold or a target; the part not above the
 * base. Several kinds of answers counted apart (非常满意…、满意…) are more than one part: not read.
 */
function surveyRates(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (let index = 0; index < figures.length && out.length <= MAX_FINDINGS_PER_RULE; index++) {
    const f = figures[index]!;
    if (f.kind !== 'percent' || f.unit !== '%') continue;
    const lead = text.slice(Math.max(0, f.start - 12), f.start).replace(SURVEY_RATE_LINK, '');
    // A 满意率 the named-count reading already checks (two counts, the later named by it) is not told twice.
    if (!SURVEY_RATE_NAMES.some((w) => lead.endsWith(w)) || rateOfNamedCount(facts, index)) continue;
    const target = (g: Figure): boolean => COUNT_TARGET_LEADS.some((w) => text.slice(Math.max(0, g.start - w.length), g.start) === w);
    const { byUnit } = countsInRateGroup(facts, index, target);
    let found: { base: Figure; part: Figure } | null = null;
    let ambiguous = false;
    for (const counts of byUnit.values()) {
      const bases = counts.filter((g) => SURVEY_BASE_WORDS.some((w) => g.label.includes(w)));
      const parts = counts.filter((g) => SURVEY_PART_WORDS.some((w) => g.label.includes(w)) && !SURVEY_PART_EXCLUSIONS.some((w) => g.label.includes(w)) && !bases.includes(g));
      if (bases.length === 0 && parts.length === 0) continue;
      if (bases.length !== 1 || parts.length !== 1 || found) {
        ambiguous = true;
        continue;
      }
      found = { base: bases[0]!, part: parts[0]! };
    }
    if (!found || ambiguous) continue;
    const { base, part } = found;
    if (part.start < base.start || base.comparative || part.comparative || base.qualifier || part.qualifier || base.scaled === 0) continue;
    const baseValue = base.scaled / 10 ** base.decimals;
    const partValue = part.scaled / 10 ** part.decimals;
    if (partValue > baseValue) continue;
    const stated = f.scaled / 10 ** f.decimals;
    const computed = (partValue / baseValue) * 100;
    const tol = 0.5 / 10 ** f.decimals + 1e-9;
    if (within(stated, computed, tol, f)) continue;
    const name = SURVEY_RATE_NAMES.find((w) => lead.endsWith(w))!;
    out.push(rateFinding(facts, f, { stated, computed, tol }, name, `${part.label}${part.raw}、${base.label}${base.raw}`, [base, part], `${part.numberText} ÷ ${base.numberText}`, 'survey-rate'));
  }
  return out;
}

/**
 * 总预算4471.22万元，含…经费250万元，…经费537.31万元；比上年减少C: an amount in a clause opened by 含 / 包括 after an
 * amount of its sentence is included in that amount — the nearest amount before the word, or undefined.
 */
function includedIn(facts: AuditFacts, part: Figure, candidates: readonly Figure[]): Figure | undefined {
  const start = facts.sentences[part.sentence]?.start ?? part.start;
  const lead = facts.text.slice(start, part.start);
  let at = -1;
  for (const w of GRAMMAR.inclusionWords) {
    for (let k = lead.indexOf(w); k !== -1; k = lead.indexOf(w, k + 1)) if (k > 0 && '，,；（('.includes(lead[k - 1]!)) at = Math.max(at, k);
  }
  if (at === -1) return undefined;
  const cut = start + at;
  return candidates
    .filter((g) => g !== part && !g.comparative && g.sentence === part.sentence && g.end <= cut && g.currency === part.currency)
    .sort((a, b) => b.end - a.end)[0];
}

const WHOLE_MARKERS = RULE_WORDS['percent-mismatch'].wholeMarkers;
/** Words before a rate that make it a bound compared with (超过100%), not a stated value. */
const RATE_BOUNDS = RULE_WORDS['percent-mismatch'].rateBounds;

/**
 * 项目资金共8010万元，截止…，已完成拨付7810万元，执行率100%: with no amount named as a budget, the amount written
 * as the whole (right after 共 / 合计 / 总额) before the spent amount, all three in one sentence, is the rate's base.
 */
function statedWhole(text: string, f: Figure, num: Figure, candidates: readonly Figure[]): Figure | undefined {
  if (num.sentence !== f.sentence) return undefined;
  const wholes = candidates.filter((g) => {
    if (g === num || g.comparative || g.qualifier || g.sentence !== f.sentence || g.end > num.start || g.currency !== num.currency) return false;
    const before = text.slice(Math.max(0, g.start - 3), g.start).replace(/[为是：:\s]+$/u, '');
    return WHOLE_MARKERS.some((w) => before.endsWith(w)) || WHOLE_MARKERS.some((w) => g.label.endsWith(w));
  });
  return wholes.length === 1 ? wholes[0] : undefined;
}

/**
 * A change rate of the year's figure against last year's given after 上年同期分别为 in the same order
 * (lib/respective-bases.ts): the two in one unit, the rate must be (A − P) ÷ P within the rounding of the three.
 */
function respectiveBaseRates(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  for (const pairs of respectivePairs(facts)) {
    for (const { current, rate, up, prior } of pairs) {
      const both = inOneUnit(current, prior);
      if (!both || rateFits(both[0], both[1], rate, up)) continue;
      const computed = rateOf(both[0], both[1]);
      const digits = Math.max(2, rate.decimals);
      out.push(
        finding({
          rule: 'percent-mismatch',
          shape: 'respective-base-rate',
          severity: 'warning',
          message: `变动率写为${rate.raw}，按本年${current.raw}、上年${prior.raw}（“上年同期分别为”所列）计算应为${computed >= 0 ? '增长' : '下降'}${Math.abs(computed).toFixed(digits)}%`,
          evidence: [quoteFigure(facts, rate), quoteFigure(facts, current), quoteFigure(facts, prior)],
          calculation: `(${current.numberText} − ${prior.numberText}) ÷ ${prior.numberText} = ${computed.toFixed(digits)}% ≠ ${up ? '' : '−'}${rate.raw}`,
        }),
      );
    }
  }
  return out;
}

export const percentMismatch: Rule = (facts, options) => {
  const out: Finding[] = [...respectiveBaseRates(facts), ...tableRates(facts), ...sharesOverHundred(facts, options.config.completionWholes), ...quantityCompletion(facts), ...surveyRates(facts), ...rateGaps(facts), ...savingRates(facts), ...writtenCalculationFindings(facts, 'percent-mismatch')];
  const decimalSentences = sentencesWithDecimals(facts);
  const partOf = new Map<Figure, Figure>();
  for (const d of facts.decompositions) for (const p of d.parts) if (!partOf.has(p)) partOf.set(p, d.total);
  const listed = sharesOfOneWhole(facts);
  for (let index = 0; index < facts.figures.length; index++) {
    const f = facts.figures[index]!;
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (f.kind !== 'percent' || f.unit !== '%') continue;
    const stated = f.scaled / 10 ** f.decimals;
    const words = f.label || f.subject;
    // 执行率超过100%，系…: a rate right after a bound word (rateBounds) is what the rate is compared with, not its value.
    if (RATE_BOUNDS.some((w) => f.label.endsWith(w))) continue;
    const candidates = moneyBefore(facts, f, index);
    const execution = EXECUTION_WORDS.some((w) => words.includes(w));
    const completion = completionOfBudget(facts, f);
    if (completion) {
      const over = overOrUnderBudget(facts, f, index, stated, candidates, decimalSentences);
      if (over) {
        out.push(over);
        continue;
      }
    }
    if (execution || completion) {
      // (决算数小于预算数403.78万元，预算执行率为95.03%: the difference between the final and the budget is no spent amount.)
      // (The one spent amount of the sentence before a completion rate whose sentence states only the budget: below.)
      const before = completion && !execution ? finalOfSentenceBefore(facts, f, candidates) : null;
      const num = before?.num ?? candidates.find((g) => !budgetDifference(g) && (g.phase === 'final' || NUMERATOR_WORDS.some((w) => g.label.includes(w) && !g.label.includes('预算'))));
      // 完成年初预算计划1528万元的48%: the budget written as the rate's base, right before 的 (read as a reference, no amount
      // of its own), is the denominator.
      const base = completion ? budgetAsBase(facts, f, index) : undefined;
      const den =
        before?.den ??
        base ??
        candidates.find((g) => g !== num && !budgetDifference(g) && !partOfListedWhole(g, candidates, partOf) && (g.phase === 'adjustedBudget' || g.phase === 'initialBudget' || namesBudget(g.label))) ??
        (execution && num ? statedWhole(facts.text, f, num, candidates) : undefined);
      if (execution && num && !den) {
        const left = spentAndUnspent(f, num, candidates, decimalSentences);
        if (left) {
          out.push(left(facts));
          continue;
        }
      }
      // 公务用车购置及运行费1377.96万元，预算执行比例为96.76% with the item's budget in another sentence (…预算11324.44万元，
      // 其中：…公务用车购置及运行费1410.94万元): read against that budget, where the sentence gives no pair of its own.
      if (execution && (!num || !den)) {
        // The item's table line gives the spent amount another rate (lib/rate-in-table.ts rateOfNumeratorRow).
        if (num && !den && num.sentence === f.sentence) {
          // (A copy's line break inside the sentence — 执行率为⏎97.40% — ends no clause: clauseStartBefore.)
          const group = facts.text.slice(clauseStartBefore(facts.text, facts.sentences[f.sentence], f.start, f.start, '；。'), f.start);
          const row = rateOfNumeratorRow(facts, stated, Number(num.numberText.replace(/,/g, '')), group);
          if (row) {
            out.push(
              finding({
                rule: 'table-text-mismatch',
                shape: 'rate-row-rate',
                severity: 'warning',
                message: `正文写${row.label}${num.raw}、${words}${f.raw}，而表中“${row.label}”一行的执行率为${row.cell.text}，两处不一致`,
                evidence: [quoteFigure(facts, f), { quote: row.cell.text, start: row.cell.start, end: row.cell.end, line: lineOf(facts.lineStarts, row.cell.start) }],
                calculation: `${f.raw} ≠ ${row.cell.text}`,
              }),
            );
            continue;
          }
        }
        const pair = budgetStatedElsewhere(facts, f, index, partOf, ELSEWHERE_WORDS);
        if (pair) {
          const computed = (pair.num.scaled / pair.den.scaled) * 100;
          const tol = tolerance(f, pair.num, pair.den, computed, decimalSentences);
          if (!within(stated, computed, tol, f)) {
            out.push(rateFinding(facts, f, { stated, computed, tol }, words, `${pair.num.raw}与文中所列预算${pair.den.raw}`, [pair.num, pair.den], `${inUnit(pair.num.scaled, pair.den.moneyUnit)} ÷ ${inUnit(pair.den.scaled, pair.den.moneyUnit)}`, 'execution-rate-budget-elsewhere'));
          }
        }
        continue;
      }
      if (!num || !den || den.scaled === 0 || num.currency !== den.currency) continue;
      // 完成预算的R% is read only from the two amounts just before it (预算为A，决算为B，完成预算的R%): a part's
      // rate after a list (其中：…公务接待费决算为B，完成预算的R%) has no budget of its own in the text.
      if (!execution && !(candidates.indexOf(num) <= 1 && (den === base || candidates.indexOf(den) <= 1) && num.sentence === f.sentence && den.sentence === f.sentence) && !(num === before?.num && den === before.den)) continue;
      // Precondition: the numerator is the spending the rate is of. 支出合计A，其中：基本支出B，项目支出C。全年预算D，预算
      // 执行率R%: the nearest spent amount C is a part of the listed whole A, and a budget that names no item is the
      // whole's — the rate may be of either, so it is read against each whole the part belongs to and is wrong only
      // when it fits none; then it is reported against the outermost whole (the reading the text's budget names).
      const ofWholes: Figure[] = [];
      for (let w = partOf.get(num); w && ofWholes.length < 3; w = partOf.get(w)) {
        if (w.kind === 'money' && w.currency === num.currency && w.scaled > num.scaled && !w.comparative) ofWholes.push(w);
      }
      if (
        execution &&
        ofWholes.some((w) => {
          const other = (w.scaled / den.scaled) * 100;
          return within(stated, other, tolerance(f, w, den, other, decimalSentences), f);
        })
      ) {
        continue;
      }
      const computed = (num.scaled / den.scaled) * 100;
      const tol = tolerance(f, num, den, computed, decimalSentences);
      if (within(stated, computed, tol, f)) continue;
      // A table line bears the rate out (lib/rate-in-table.ts): with the prose's numerator and another base, the base read
      // was not the rate's; with the prose's base and another spent cell, the prose's amount is what differs from the table.
      if (num.moneyUnit === den.moneyUnit) {
        const inTable = rateInTable(facts, stated, f.decimals, Number(num.numberText.replace(/,/g, '')), Number(den.numberText.replace(/,/g, '')));
        if (inTable?.kind === 'numerator') continue;
        if (inTable?.kind === 'denominator') {
          out.push(
            finding({
              rule: 'table-text-mismatch',
              shape: 'rate-row-amount',
              severity: 'warning',
              // (A table in another unit than the prose: its base written as the table writes it.)
              message: `正文写${num.raw}，而表中与${inTable.scale === 1 ? den.raw : inTable.denominatorCell.text}、${f.raw}同列一行的数为${inTable.cell.text}（${inTable.cell.text} ÷ ${inTable.scale === 1 ? den.numberText : inTable.denominatorCell.text} = ${f.raw}），正文数字与表格不一致`,
              evidence: [quoteFigure(facts, num), { quote: inTable.cell.text, start: inTable.cell.start, end: inTable.cell.end, line: lineOf(facts.lineStarts, inTable.cell.start) }],
              calculation: `${num.numberText} ≠ ${inTable.cell.text}；${inTable.cell.text} ÷ ${inTable.scale === 1 ? den.numberText : inTable.denominatorCell.text} = ${f.raw}`,
            }),
          );
          continue;
        }
      }
      // A spent amount read from the sentence before is the rate's numerator only when it is the one amount there (its
      // own parts aside): 项目支出C。年度调整后预算数D，预算执行率R% after 基本支出B，…；项目支出C — a list of parts of a
      // whole stated earlier — leaves the numerator a guess (the whole, not its last part, is what a budget with no
      // item's name is of) — unless the others are the part's whole and its siblings, which the whole reading covers.
      if (
        execution &&
        num.sentence < f.sentence &&
        candidates.some(
          (g) =>
            g !== num &&
            g !== den &&
            g.sentence === num.sentence &&
            !g.comparative &&
            g.currency === num.currency &&
            partOf.get(g) !== num &&
            // (The part's own whole and its sibling parts leave no guess: the rate is read against the whole below.)
            !ofWholes.includes(g) &&
            !(ofWholes.length > 0 && partOf.get(g) === partOf.get(num)) &&
            !ofWholes.includes(partOf.get(g)!),
        )
      ) {
        continue;
      }
      // The same for another spent amount of the rate's sentence or the one before (a total stated before its parts in
      // the same clause group): the rate fits it, so the numerator read is not the one meant.
      if (
        execution &&
        candidates.some((g) => {
          if (g === num || g === den || g.sentence < f.sentence - 1 || g.comparative || budgetDifference(g) || g.currency !== num.currency || g.scaled <= 0 || namesBudget(g.label)) return false;
          const other = (g.scaled / den.scaled) * 100;
          return within(stated, other, tolerance(f, g, den, other, decimalSentences), f);
        })
      ) {
        continue;
      }
      // Precondition: the base is the only amount of the rate's sentence that gives it. 预算安排2646.34万元，…已到位
      // 672.44万元，使用672.44万元，使用率100%: the rate is of the funds received, another amount of the sentence —
      // the base read is not the one meant. So with the sentence before, where the rate's own sentence states only the
      // spent amount (项目年初预算860.00万元，全年实际到位资金846.00万元，…。…实际支出803.80万元，预算执行率95.01%: of the
      // funds received; spent test24 2570).
      if (
        execution &&
        candidates.some((g) => {
          if (g === num || g === den || g.sentence < f.sentence - 1 || g.comparative || budgetDifference(g) || g.currency !== num.currency || g.scaled <= 0) return false;
          const other = (num.scaled / g.scaled) * 100;
          return within(stated, other, tolerance(f, num, g, other, decimalSentences), f);
        })
      ) {
        continue;
      }
      // 预算为A，决算为B，完成预算的R%。其中：… with parts adding to S ≠ B and R = S ÷ A: the total B is the wrong
      // figure (sum-mismatch reports it), not the rate.
      const listed = facts.decompositions.find((d) => d.total === num && d.parts.length >= 2 && !d.truncated);
      if (listed) {
        const sum = listed.parts.reduce((acc, p) => acc + p.scaled, 0);
        if (sum !== num.scaled && within(stated, (sum / den.scaled) * 100, tolerance(f, num, den, (sum / den.scaled) * 100, decimalSentences), f)) continue;
      }
      // 预算为494,400.00万元，支出决算为115,749.56元，完成预算的23.42%: the rate fits only with the budget in the
      // other unit (×10⁴ or ×10⁸) — a unit slip, reported as such.
      const slip = unitSlipOfRate(num, den, stated, f, decimalSentences);
      if (slip) {
        out.push(
          finding({
            rule: 'unit',
            severity: 'error',
            message: `单位错误：按${f.raw}的完成比例，${slip.wrong.raw}应为${slip.wrong.numberText}${slip.unit}`,
            evidence: [quoteFigure(facts, slip.wrong), quoteFigure(facts, slip.wrong === num ? den : num), quoteFigure(facts, f)],
            calculation: `${num.raw} ÷ ${den.raw} = ${computed.toPrecision(3)}%；按${slip.wrong.numberText}${slip.unit}计算为${slip.rate.toFixed(2)}% ≈ ${f.raw}`,
          }),
        );
        // With the unit set right the rate may still be off in its last digit.
        if (Math.abs(slip.rate - stated) > 0.5 / 10 ** f.decimals + 1e-9) {
          out.push(
            finding({
              rule: 'percent-mismatch',
              shape: 'execution-rate',
              severity: 'warning',
              message: `${words}写为${f.raw}，按所列数字（${slip.wrong.numberText}${slip.unit}）计算应为${slip.rate.toFixed(Math.max(2, f.decimals))}%`,
              evidence: [quoteFigure(facts, f)],
              calculation: `${num.numberText} ÷ ${slip.wrong.numberText} = ${slip.rate.toFixed(Math.max(2, f.decimals))}% ≠ ${f.raw}`,
            }),
          );
        }
        continue;
      }
      // (Against the outermost whole where the budget names not the part's item: the reading the text's budget names.)
      const shown = execution && ofWholes.length > 0 && !sharesName(num.subject, den.label) ? ofWholes[ofWholes.length - 1]! : num;
      const shownRate = shown === num ? computed : (shown.scaled / den.scaled) * 100;
      const shownTol = shown === num ? tol : tolerance(f, shown, den, shownRate, decimalSentences);
      out.push(
        rateFinding(facts, f, { stated, computed: shownRate, tol: shownTol }, den === base ? '完成比例' : words, '所列数字', [shown, den], `${inUnit(shown.scaled, den.moneyUnit)} ÷ ${inUnit(den.scaled, den.moneyUnit)}`, 'execution-rate'),
      );
      continue;
    }
    if (words.includes('占')) {
      // A和B，占X的R1%和R2%: rates listed together pair with the amounts by order; the nearest amount is not
      // this rate's part, so the base is not unambiguous and nothing is said.
      // The rates may be joined by ， or ； as well as by 、 (占比例为22.8%，42.7%和34.5%).
      if (/^\s*(?:和|、|及|，|,|；|;)\s*-?[\d.]+\s*[%％]/.test(facts.text.slice(f.end, f.end + 16))) continue;
      // A，B，两项合计占R%: the share is of several amounts together, not of the nearest one.
      if (JOINT_SHARE.test(words)) continue;
      const share = checkShare(facts, f, index, stated, candidates, partOf, decimalSentences, options);
      if (share) out.push(share);
      continue;
    }
    // 本年A，比上年增加/减少C，增长/下降R%: the prior year is A ∓ C, and R must be C ÷ (A ∓ C).
    // 同比下降（增加）R%: the form's other direction left in brackets after the word (template-residue reports it) — the
    // word before it is read, and the change's direction is taken as unknown below.
    const linked = words.replace(/(达到|达|为|是)$/, '');
    const rateWords = bracketedAlternative(linked) ?? linked;
    const directionWord = DIRECTION_WORDS.find((w) => rateWords === w || rateWords.endsWith(w)) ?? bracketedRateWord(facts, f, index);
    if (!directionWord) continue;
    // A fall of more than 100 % is impossible whatever the base (下降133.1%).
    if ((CHANGE_DOWN.includes(directionWord) || RATE_DOWN.includes(directionWord)) && stated > 100) {
      // Unless the rate is exactly that of a rise of the change onto an amount just before it (决算为A … 减少C，下降R%
      // with C ÷ (A − C) = R: the year's A grew by C): then the direction words are wrong, not the rate — a
      // direction-mismatch (747), which that rule reports.
      const change = candidates[0];
      const tol = 0.5 / 10 ** f.decimals + 0.01;
      const rise = (g: Figure): boolean => g !== change && !g.comparative && g.currency === change!.currency && g.scaled > change!.scaled && Math.abs((change!.scaled / (g.scaled - change!.scaled)) * 100 - stated) <= tol;
      if (change?.comparative && candidates.some(rise)) continue;
      out.push(
        finding({
          rule: 'percent-mismatch',
          shape: 'fall-over-hundred',
          severity: 'error',
          message: `降幅写为${f.raw}：减少不可能超过原数的100%，疑为除错了基数`,
          evidence: [quoteFigure(facts, f)],
          calculation: `${f.raw} > 100%`,
        }),
      );
      continue;
    }
    const paired = pairedRate(facts, index, stated, decimalSentences);
    if (paired !== undefined) {
      if (paired) out.push(paired);
      continue;
    }
    const change = candidates[0];
    if (change && !change.comparative) {
      const twoYears = rateBetweenYears(facts, f, stated, candidates, directionWord, decimalSentences);
      if (twoYears) out.push(twoYears);
      continue;
    }
    if (!change?.comparative) continue;
    const stated0 = statedPrior(facts, f, stated, change, candidates[1], decimalSentences);
    if (stated0 !== undefined) {
      if (stated0) out.push(stated0);
      continue;
    }
    const changeLead = facts.text.slice(facts.sentences[change.sentence]?.start ?? change.start, change.start);
    // The year before named in the change's label, or in the clause leading to it (与上年相比，收、支总计各减少C).
    // Or a budget (比年初预算减少C，下降R%: the budget is the 决算 ∓ C, so R = C ÷ (A ∓ C) alike).
    const againstBudget = BUDGET_CHANGE.test(change.label);
    if (!(againstBudget || LAST_YEAR_WORDS.some((w) => change.label.includes(w) || changeLead.includes(w)) || /(与|比|较)\d{4}年度?(相比|同期)?/.test(changeLead))) continue;
    // 比上年减少C / 比上年减少支出C: the direction word ends the label or stands just before its last noun.
    const tail = change.label.slice(-4);
    // 减少（增加）C: both directions of the form left side by side — the direction is unknown, so the rate is checked
    // against both and is wrong only when it fits neither.
    const eitherWay = bracketedAlternative(change.label) !== undefined;
    const changeUp = eitherWay ? CHANGE_UP.some((w) => change.label.replace(/[（(][^（()）]*[）)]$/, '').endsWith(w)) : CHANGE_UP.some((w) => tail.includes(w));
    const changeDown = eitherWay ? !changeUp : CHANGE_DOWN.some((w) => tail.includes(w));
    if (changeUp === changeDown) continue;
    // The current amount in the same sentence, or in the sentence before when the change names the same item
    // (2024年度收、支总计均为A万元。与2023年相比，收、支总计各增加C万元，增长R%).
    // Of the amounts of the sentence before, the one whose whole subject the change names (财政拨款收入较上年增加C after
    // …财政拨款收入A，…，年末财政拨款结转和结余B。) before any that only shares a word with it (财政拨款).
    const before = (g: Figure): boolean => g !== change && !g.comparative && g.sentence === change.sentence - 1 && g.currency === change.currency;
    // A subject of two characters before a total word is named by both (2023年度收入总计A … 收入总计减少C: 收入 alone is
    // too short to tell, 收入总计 written before both amounts is not; former test34 2764).
    const ownSubject = (g: Figure): boolean => {
      const subject = g.subject.replace(/^\d{4}年度?/, '');
      if (subject.length >= 3) return change.label.includes(subject);
      return subject.length === 2 && CLOSING_TOTALS.some((w) => change.label.startsWith(subject + w) && facts.text.slice(Math.max(0, g.start - subject.length - w.length - 1), g.start).replace(/[为是：:\s]$/, '').endsWith(subject + w));
    };
    // A change sentence opening its own line (web pages put each sentence on a line: …预算总额为2.7万元，其中…。⏎2018年
    // “三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%) names the amount of the line before by its subject, as the
    // sentence before in the same paragraph does — by its subject only, never as the sole amount there.
    const earlier = lastLineAmounts(facts, change);
    const named =
      candidates.find((g) => g !== change && !g.comparative && g.sentence === change.sentence && g.currency === change.currency) ??
      candidates.find((g) => before(g) && ownSubject(g)) ??
      earlier.find((g) => before(g) && ownSubject(g)) ??
      candidates.find((g) => before(g) && sharesName(g.subject, change.label)) ??
      earlier.find((g) => before(g) && sharesName(g.subject, change.label)) ??
      equalAmountsBefore(change, candidates);
    // A change that names no item, read against the sole amount of the sentence before, has an inferred base: a
    // finding on it is a 提示 (info).
    const nearest = named ?? soleAmountBefore(facts, change, changeLead, candidates);
    if (!nearest) continue;
    // 总预算A，其中：…项目支出B，同比增加C，增长R% — the change may be the whole's, not the last part's: the
    // rate is wrong only when it fits neither.
    const whole = partOf.get(nearest) ?? includedIn(facts, nearest, candidates);
    const fitsWay = (current: Figure, up: boolean): { ok: boolean; computed: number; prior: number; excess: number } => {
      const prior = up ? current.scaled - change.scaled : current.scaled + change.scaled;
      if (prior <= 0) return { ok: true, computed: 0, prior, excess: 0 };
      const computed = (change.scaled / prior) * 100;
      // The prior year is a difference, so the rounding of both amounts can move the rate a lot when it is
      // small: accept any rate the amounts allow within their stated precision.
      const dc = amountPrecision(decimalSentences, change) / 2;
      const dp = dc + amountPrecision(decimalSentences, current) / 2;
      const low = (Math.max(0, change.scaled - dc) / (prior + dp)) * 100;
      const high = prior - dp > 0 ? ((change.scaled + dc) / (prior - dp)) * 100 : Number.POSITIVE_INFINITY;
      const own = 0.5 / 10 ** f.decimals + 1e-9;
      return { ok: stated >= low - own && stated <= high + own, computed, prior, excess: Math.max(low - own - stated, stated - high - own) };
    };
    // Either way, a reading that leaves no base (the year before 0 or less: 各增加（减少）67.65万元 on 67.65) cannot be the
    // one a stated rate was meant by; with no base either way nothing is said.
    const fits = (current: Figure): { ok: boolean; computed: number; prior: number; excess: number } => {
      const own = fitsWay(current, changeUp);
      if (!eitherWay) return own;
      const other = fitsWay(current, !changeUp);
      const readings = [own, other].filter((r) => r.prior > 0);
      if (readings.length === 0 || readings.some((r) => r.ok)) return { ...own, ok: true };
      return readings[0]!;
    };
    /** One reading of a change written both ways, for the message and the calculation. */
    const wayText = (current: Figure, up: boolean, calc: boolean): string => {
      const r = fitsWay(current, up);
      const u = current.moneyUnit;
      const base = `${inUnit(current.scaled, u)} ${up ? '−' : '+'} ${inUnit(change.scaled, u)}`;
      if (r.prior <= 0) return calc ? `${base} = ${inUnit(r.prior, u)}，无基数` : `${up ? '增加' : '减少'}时上年为${inUnit(r.prior, u)}${u ?? '元'}，无从计算变动率`;
      const rate = r.computed.toFixed(Math.max(2, f.decimals));
      return calc ? `${inUnit(change.scaled, u)} ÷ (${base}) = ${rate}%` : `${up ? '增加' : '减少'}时应为${rate}%`;
    };
    // 2023年实际支出A，2024年比上年增加C，增长R% (a 2024 report): the amount found is labelled with a year before the
    // change's own (the year the change's clause names, else the text's), so it is the year before itself — the base of
    // the rate, not this year's amount. Precondition: both years written out; then R = C ÷ A is the reading, and a rate
    // that fits it is silent.
    if (!eitherWay && priorYearAmount(facts, nearest, change, changeLead) && rateOverCurrentFits(nearest, change, f)) continue;
    const first = fits(nearest);
    const second = whole ? fits(whole) : undefined;
    // 支出预算为A，支出决算为B。与上年相比，支出减少C，下降R%: a change over the year before compares 决算 with 决算,
    // so against a budget amount the rate is wrong only when it fits the 决算 amount of the same sentence neither.
    const budgetLike = nearest.phase === 'initialBudget' || nearest.phase === 'adjustedBudget' || /预算数?$/.test(nearest.subject);
    const finalSibling = budgetLike
      ? candidates.find((g) => g !== change && g !== nearest && !g.comparative && g.sentence === nearest.sentence && g.phase === 'final' && g.currency === change.currency)
      : undefined;
    if (first.ok || second?.ok || (finalSibling !== undefined && fits(finalSibling).ok)) continue;
    // 比上年减少C，增长R% with R fitting the rise: the words contradict each other, not the rate its figures — the
    // direction rule's finding (the wrong word), not a rate's.
    const rateUp = CHANGE_UP.includes(directionWord) || RATE_UP.includes(directionWord);
    if (!eitherWay && rateUp !== changeUp && (changeRateFits(nearest.scaled, nearest, change, rateUp, f) || (whole !== undefined && changeRateFits(whole.scaled, whole, change, rateUp, f)))) continue;
    // 决算A，比年初预算减少C，下降R% with R fitting only the rise: both words are wrong — the direction rule's finding.
    // So too against last year where the rate follows the change with only its word between (与上年相比，各增加C，
    // 增长R% with R = C ÷ (A + C): a decrease written as a rise; pdf 296), as the direction rule reads it.
    const adjacent = facts.text.slice(change.end, f.start).replace(/\s/g, '').replace(/^[，,]/, '') === directionWord;
    // (Read as the direction rule reads it: not when R is also C ÷ A, a rate over the wrong base.)
    if (!eitherWay && againstBudget && rateUp === changeUp && changeRateFits(nearest.scaled, nearest, change, !changeUp, f) && !rateOverCurrentFits(nearest, change, f)) continue;
    const base = finalSibling ?? nearest;
    if (!eitherWay && !againstBudget && adjacent && rateUp === changeUp && changeRateFits(base.scaled, base, change, !changeUp, f) && !rateOverCurrentFits(base, change, f)) continue;
    // The rate fits the amount read in the change's unit (46.82元 for 46.82万元): the unit rule's finding, not a rate's.
    if (named && unitSlipOfCurrent(nearest, change, changeUp, f) !== null) continue;
    const slip = lastDigitSlip(first.excess, f) || (second !== undefined && lastDigitSlip(second.excess, f));
    const current = nearest;
    const computed = first.computed;
    // Read against the line before, a rate near the computed one may be right and that amount wrong: only a rate
    // SEARCH_WINDOWS.lineBaseRateFactor or more off, either way, is evidence against the rate itself; nearer, nothing is said.
    const factor = SEARCH_WINDOWS.lineBaseRateFactor;
    if (earlier.includes(nearest) && stated * factor > computed && stated < computed * factor) continue;
    const u = current.moneyUnit;
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: current.sentence === change.sentence ? 'change-rate-same-sentence' : 'change-rate-base-elsewhere',
        severity: slip || !named ? 'info' : 'error',
        message: eitherWay
          ? `变动率写为${f.raw}，按${againstBudget ? '决算' : '本年'}${current.raw}、变动${change.raw}计算，${wayText(current, true, false)}，${wayText(current, false, false)}`
          : `变动率写为${f.raw}，按${againstBudget ? '决算' : '本年'}${current.raw}、变动${change.raw}计算应为${computed.toFixed(Math.max(2, f.decimals))}%`,
        evidence: [quoteFigure(facts, current), quoteFigure(facts, change), quoteFigure(facts, f)],
        calculation: eitherWay
          ? `${wayText(current, true, true)}，${wayText(current, false, true)}，均 ≠ ${f.raw}`
          : `${inUnit(change.scaled, u)} ÷ (${inUnit(current.scaled, u)} ${changeUp ? '−' : '+'} ${inUnit(change.scaled, u)}) = ${computed.toFixed(Math.max(2, f.decimals))}% ≠ ${f.raw}`,
      }),
    );
  }
  // A share off the whole its list agrees on, unless the rate is reported already.
  const reported = new Set(out.flatMap((x) => x.evidence.map((e) => e.start)));
  for (const x of listed) if (!reported.has(x.evidence[1]!.start)) out.push(x);
  // A share paired by order with its amount (分别为A1、A2和A3，占…的R1、R2和R3) off the whole the other pairs agree on.
  for (const x of pairedShares(facts)) if (!reported.has(x.evidence[1]!.start)) out.push(x);
  // A change told from one amount to another (由A增加到B，增长R%), unless its rate is reported already.
  for (const x of fromToRates(facts)) if (!reported.has(x.evidence[2]!.start)) out.push(x);
  return out;
};
