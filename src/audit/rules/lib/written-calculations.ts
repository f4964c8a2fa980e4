/**
 * Calculations a text writes out in full — a 测算依据 line (维修费5次*5000=25000元), a score note (83*10%=8.3) — whose
 * result is not what the figures written give. The class and its preconditions are in SUMS.md (§2 form 11); the signs are data (data/audit/arithmetic.json).
 *
 * Preconditions, each silent where it does not hold:
 * - the expression is whole: numbers (each with its unit at most) joined by operators, nothing else, and nothing of a
 *   calculation right before it (a digit, an operator, a bracket: `(10+5)*2=30` is not read from its middle) nor
 *   anywhere before it in its clause (arithmetic.json clauseMarks: 执行数A / 预算数B × 100% is not read from B), nor
 *   right after its result (another operator: the result is not the end of the calculation);
 * - the result is exact as written: no approximation word or sign after the equals sign;
 * - the gap is beyond the result's own rounding (half a unit of its last digit, and a whole unit for a result cut rather
 *   than rounded) and that of operands written with decimals (integers in a written calculation are its inputs);
 * - the gap is not a power of ten of the result (3000元/人×20人=6万元: the result in another unit; 20×96.5=19.3: a % left off).
 * A total followed by its factors in brackets without an equals sign (84000张纸（700人*12个月*10张）) is not read: the
 * same form writes dimensions (管道68.85米（0.3×0.4米）) and ranges (规划3年（2018-2020）).
 * A calculation with a per-cent operand is a rate applied (percent-mismatch); any other is a sum or product of stated
 * amounts (sum-mismatch).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { ARITHMETIC } from '../../config.ts';
import { ObjectSlot } from '../../facts/object-slot.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';

const escapeSign = (w: string): string => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const anyOf = (ws: readonly string[]): string => ws.map(escapeSign).join('|');

const TIMES = ARITHMETIC.times;
const DIVIDE = ARITHMETIC.divide;
const PLUS = ARITHMETIC.plus;
const MINUS = ARITHMETIC.minus;
const OPERATORS = [...TIMES, ...DIVIDE, ...PLUS, ...MINUS];
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
/** A unit after a number: a per-cent or per-mille sign, or a short run of measure words with an optional per-unit (元/人·天). */
const UNIT = '[%‰]|[\\u4e00-\\u9fff]{1,4}(?:/[\\u4e00-\\u9fff·]{1,4})?';
const OPERAND = `(?:${NUMBER})(?:${UNIT})?`;
const OP = `\\s*(?:${anyOf(OPERATORS)})\\s*`;
const EQ = `\\s*(?:${anyOf(ARITHMETIC.equals)})\\s*`;
/**
 * What may not stand right before a calculation: a digit, a letter (a model number), an operator, a bracket or a point;
 * nor an equals sign after a number (a=b*c=d read from its middle). After a name it may (得分=20*96%=19.2).
 */
const NOT_BEFORE = `(?<![\\dA-Za-z.,()（）${OPERATORS.map(escapeSign).join('')}])(?<![\\d%‰)）]\\s*=\\s*)`;
const EQUATION = new RegExp(`${NOT_BEFORE}(${OPERAND}(?:${OP}${OPERAND}){1,6})${EQ}(${anyOf(ARITHMETIC.approximate)})?(${NUMBER})(${UNIT})?`, 'g');
/** What may not follow a result: more of a number, or an operator (the calculation goes on). */
const GOES_ON = new RegExp(`^(?:[\\d.]|\\s*(?:${anyOf(OPERATORS)})\\s*\\d)`);
const TOKEN = new RegExp(`(${NUMBER})(${UNIT})?|(${anyOf(OPERATORS)})`, 'g');

interface Operand {
  readonly value: number;
  readonly decimals: number;
  readonly percent: boolean;
}

interface Calculation {
  readonly start: number;
  readonly end: number;
  readonly operands: readonly Operand[];
  readonly operators: readonly string[];
  readonly result: Operand;
  readonly resultText: string;
}

function numberOf(raw: string, unit: string | undefined): Operand {
  const n = Number(raw.replace(/,/g, ''));
  const decimals = (raw.split('.')[1] ?? '').length;
  const scale = unit === '%' ? 100 : unit === '‰' ? 1000 : 1;
  return { value: n / scale, decimals: decimals + Math.log10(scale), percent: scale !== 1 };
}

/** The operands and operators of an expression (its numbers with their units, the signs between them). */
function tokens(expr: string): { operands: Operand[]; operators: string[] } | null {
  const operands: Operand[] = [];
  const operators: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(expr); m !== null; m = TOKEN.exec(expr)) {
    if (m[3] !== undefined) {
      if (operators.length !== operands.length - 1) return null;
      operators.push(m[3]);
    } else {
      if (operands.length !== operators.length) return null;
      operands.push(numberOf(m[1]!, m[2]));
    }
  }
  return operands.length === operators.length + 1 && operators.length > 0 ? { operands, operators } : null;
}

/** The value of the expression, products and quotients before sums and differences; null on a division by zero. */
function evaluate(operands: readonly Operand[], operators: readonly string[]): number | null {
  const terms: number[] = [operands[0]!.value];
  const signs: number[] = [1];
  for (let k = 0; k < operators.length; k++) {
    const op = operators[k]!;
    const v = operands[k + 1]!.value;
    if (TIMES.includes(op)) terms[terms.length - 1]! *= v;
    else if (DIVIDE.includes(op)) {
      if (v === 0) return null;
      terms[terms.length - 1]! /= v;
    } else {
      terms.push(v);
      signs.push(PLUS.includes(op) ? 1 : -1);
    }
  }
  return terms.reduce((s, t, k) => s + signs[k]! * t, 0);
}

/** How far the written result may stand from the computed one by the rounding of the figures written with decimals. */
function slack(c: Calculation, computed: number): number {
  const own = 10 ** -c.result.decimals;
  let relative = 0;
  for (const o of c.operands) if (o.decimals > (o.percent ? 2 : 0) && o.value !== 0) relative += (0.5 * 10 ** -o.decimals) / Math.abs(o.value);
  // Only products carry the operands' relative rounding this way; a sum's operands add their half-units instead.
  const additive = c.operators.some((op) => PLUS.includes(op) || MINUS.includes(op));
  const fromOperands = additive ? c.operands.reduce((s, o) => s + (o.decimals > 0 ? 0.5 * 10 ** -o.decimals : 0), 0) : Math.abs(computed) * relative;
  return own + fromOperands + 1e-9 * Math.max(1, Math.abs(computed));
}

/** What ends a clause: its punctuation, a line break, and a table cell's border (| or a tab). */
const CLAUSE_STOPS = new Set(Array.from('，,。；;：:\n|\t'));
const CLAUSE_MARKS = new Set(ARITHMETIC.clauseMarks);
/** Characters read back for the clause's start. */
const CLAUSE_REACH = 40;

/**
 * Whether the clause before a calculation's first figure holds a sign of calculation (执行数311.30万元 / 预算数334.30万元
 * × 100% = 93.12%, read from 334.30: a label between an operator and its figure; (a − b) / c …): the figures read are
 * the end of a longer calculation.
 */
function longerBefore(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - CLAUSE_REACH; k--) {
    const ch = text[k]!;
    if (CLAUSE_STOPS.has(ch)) return false;
    if (CLAUSE_MARKS.has(ch)) return true;
  }
  return false;
}

function readCalculations(text: string): Calculation[] {
  const out: Calculation[] = [];
  EQUATION.lastIndex = 0;
  for (let m = EQUATION.exec(text); m !== null && out.length < 200; m = EQUATION.exec(text)) {
    if (m[2] !== undefined) continue;
    const end = m.index + m[0].length;
    if (GOES_ON.test(text.slice(end, end + 8))) continue;
    if (longerBefore(text, m.index)) continue;
    const t = tokens(m[1]!);
    if (!t) continue;
    out.push({ start: m.index, end, ...t, result: numberOf(m[3]!, m[4]), resultText: `${m[3]}${m[4] ?? ''}` });
  }
  return out;
}

const opSign = (op: string): string => (TIMES.includes(op) ? '×' : DIVIDE.includes(op) ? '÷' : PLUS.includes(op) ? '+' : '−');

function show(v: number): string {
  return String(Math.round(v * 1e4) / 1e4);
}

const WEIGHT_TERM = `[\\u4e00-\\u9fff]{1,12}?\\s*(?:(?:${anyOf(TIMES)})\\s*)?(\\d+(?:\\.\\d+)?)\\s*%`;
const WEIGHTED = new RegExp(`(?:${anyOf(ARITHMETIC.weightedTotals)})\\s*(?:${anyOf(ARITHMETIC.equals)})\\s*(${WEIGHT_TERM}(?:\\s*(?:${anyOf(PLUS)})\\s*${WEIGHT_TERM})+)(?![\\d.%]|\\s*(?:${anyOf(OPERATORS)}))`, 'g');
const TERM = new RegExp(WEIGHT_TERM, 'g');

/**
 * 结项得分=目标成果70%+推广价值*40%: a score defined as named parts weighted in per cent (arithmetic.json weightedTotals
 * before the equals sign; every term a name and its weight, joined by +, nothing after the last) weighs its parts by
 * weights adding up to 100 %. Any other formula (a weight times a number, 得分=权重*B/A) is not read.
 */
function weightedTotals(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  WEIGHTED.lastIndex = 0;
  for (let m = WEIGHTED.exec(text); m !== null && out.length < 20; m = WEIGHTED.exec(text)) {
    const weights = [...m[1]!.matchAll(TERM)].map((t) => t[1]!);
    const sum = weights.reduce((s, w) => s + Number(w), 0);
    const decimals = Math.max(...weights.map((w) => (w.split('.')[1] ?? '').length));
    if (Math.abs(sum - 100) <= 0.5 * weights.length * 10 ** -decimals + 1e-9) continue;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'weights-of-score',
        severity: 'error',
        message: `“${text.slice(m.index, m.index + m[0].length)}”：各部分权重合计${show(sum)}%，不是100%`,
        evidence: [quoteSpan(facts, { start: m.index, end: m.index + m[0].length })],
        calculation: `${weights.map((w) => `${w}%`).join(' + ')} = ${show(sum)}% ≠ 100%`,
      }),
    );
  }
  return out;
}

const found = new ObjectSlot<AuditFacts, Finding[]>();

/** Every written calculation whose result its figures do not give, for both rules (each takes its own). */
function writtenCalculations(facts: AuditFacts): Finding[] {
  const cached = found.get(facts);
  if (cached) return cached;
  const out: Finding[] = [];
  const { text } = facts;
  // Only a text that writes an equals sign holds one.
  if (ARITHMETIC.equals.some((w) => text.includes(w))) {
    for (const c of readCalculations(text)) {
      const computed = evaluate(c.operands, c.operators);
      if (computed === null) continue;
      const stated = c.result.value;
      const gap = Math.abs(computed - stated);
      if (gap <= slack(c, computed)) continue;
      if (stated !== 0 && ARITHMETIC.explainedFactors.some((k) => Math.abs(computed - stated * k) <= slack(c, computed) * k || Math.abs(computed * k - stated) <= slack(c, computed) * k)) continue;
      const percent = c.operands.some((o) => o.percent);
      // A result written as a per-cent is shown as one (0.9312 → 93.12%).
      const asWritten = (v: number): string => (c.result.percent ? `${show(v * 100)}%` : show(v));
      const expression = c.operands.map((o, k) => `${k > 0 ? ` ${opSign(c.operators[k - 1]!)} ` : ''}${show(o.value * (o.percent ? 100 : 1))}${o.percent ? '%' : ''}`).join('');
      out.push(
        finding({
          rule: percent ? 'percent-mismatch' : 'sum-mismatch',
          shape: 'written-calculation',
          severity: 'error',
          message: `算式“${text.slice(c.start, c.end)}”：按所列数字计算应为${asWritten(computed)}，文中写为${c.resultText}`,
          evidence: [quoteSpan(facts, { start: c.start, end: c.end })],
          calculation: `${expression} = ${asWritten(computed)} ≠ ${asWritten(stated)}`,
        }),
      );
    }
  }
  out.push(...weightedTotals(facts));
  found.set(facts, out);
  return out;
}

/** The written calculations of one rule: a per-cent applied (percent-mismatch) or a sum or product (sum-mismatch). */
export function writtenCalculationFindings(facts: AuditFacts, rule: 'sum-mismatch' | 'percent-mismatch'): Finding[] {
  return writtenCalculations(facts).filter((f) => f.rule === rule);
}
