/**
 * One fact stated twice with two values (rules/lib/fact-table.ts): a general validator over the fact table, reporting
 * under the rule id of the fact's kind — a target (goal-mismatch), an amount (table-text-mismatch), a count
 * (count-mismatch). It covers what restated-values.ts leaves out by its own preconditions: amounts of prose only whose
 * name no sentence gives a kind of amount (公务接待费支出2.46万元 … 3.公务接待费支出2.64万元), counts written with 万
 * (18万人次), and targets stated in the goal section and again, otherwise, where they are measured (目标2：…不少于80万页 /
 * 馆藏档案数字化：年度目标70万页).
 *
 * Preconditions (silent otherwise):
 * - one name (at least factRestated.minNameChars Chinese characters; a target factRestated.minTargetNameChars), one kind
 *   of quantity and unit, one role, one kind of amount (预算 / 决算 … or none on both sides);
 * - at most restatedValues.maxGroupMentions statements, holding exactly two values beyond rounding (7.5 and 7.53 agree);
 * - the two places in two sentences (a sentence naming one thing twice names two things);
 * - an amount or count: the two values differ in one digit or in two neighbouring digits swapped, written with at least
 *   restatedValues.minDigits digits (trailing zeros not counted) — a slip of the pen, not two quantities;
 * - a target: in two paragraphs (a goal list and the account of its completion); any two values of one target disagree.
 * Severity: a 警告 (warning): the name may, rarely, be one two quantities share.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { FACT_RESTATED, RESTATED_VALUES } from '../../config.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';
import { factTable, type StatedFact } from './fact-table.ts';
import { digitSlip } from './restated-values.ts';
import type { RuleOptions } from './types.ts';

type RuleOfFact = 'goal-mismatch' | 'table-text-mismatch' | 'count-mismatch';

function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** Digits of a value at a step, without trailing zeros counted by `significant`. */
function digitsAt(f: StatedFact, step: number): string {
  return String(Math.round(Math.abs(f.value) / step));
}

function significant(digits: string): number {
  return digits.replace(/0+$/, '').length;
}

/** The coarser of two steps, where the finer value holds no digit below it; null where it does. */
function commonStep(a: StatedFact, b: StatedFact): number | null {
  const step = Math.max(a.step, b.step);
  return a.value % step === 0 && b.value % step === 0 ? step : null;
}

function agree(a: StatedFact, b: StatedFact): boolean {
  return Math.abs(a.value - b.value) <= Math.max(a.step, b.step) / 2;
}

/** The two values of a group, each with its statements; null unless exactly two. */
function twoValues(group: readonly StatedFact[]): [StatedFact[], StatedFact[]] | null {
  const clusters: StatedFact[][] = [];
  for (const f of group) {
    const home = clusters.find((c) => c.some((x) => agree(x, f)));
    if (home) home.push(f);
    else clusters.push([f]);
    if (clusters.length > 2) return null;
  }
  return clusters.length === 2 ? [clusters[0]!, clusters[1]!] : null;
}

/** A pair of statements, one of each value, that the role's precondition accepts; null if none. */
function disagreeingPair(role: StatedFact['role'], c1: readonly StatedFact[], c2: readonly StatedFact[]): [StatedFact, StatedFact] | null {
  for (const a of c1) {
    for (const b of c2) {
      if (a.sentence === b.sentence) continue;
      if (role === 'target') {
        if (a.paragraph !== b.paragraph) return [a, b];
        continue;
      }
      const step = commonStep(a, b);
      if (step === null || Math.sign(a.value) !== Math.sign(b.value)) continue;
      const [da, db] = [digitsAt(a, step), digitsAt(b, step)];
      if (significant(da) < RESTATED_VALUES.minDigits || significant(db) < RESTATED_VALUES.minDigits) continue;
      if (digitSlip(da, db)) return [a, b];
    }
  }
  return null;
}

function ruleOf(f: StatedFact): RuleOfFact {
  if (f.role === 'target') return 'goal-mismatch';
  return f.quantity === 'money' ? 'table-text-mismatch' : 'count-mismatch';
}

/**
 * A target's name with a qualifier before it (常住人口家庭医生签约服务覆盖率) is the name it ends with, where that is
 * another target's name of at least factRestated.minSuffixNameChars characters (家庭医生签约服务覆盖率 in the indicator
 * table) and the only one it ends with.
 */
function targetNames(facts: readonly StatedFact[]): Map<string, string> {
  const names = [...new Set(facts.filter((f) => f.role === 'target').map((f) => f.key))].slice(0, MAX_TARGET_NAMES);
  const out = new Map<string, string>();
  for (const long of names) {
    const ends = names.filter((short) => short !== long && cjkCount(short) >= FACT_RESTATED.minSuffixNameChars && long.endsWith(short));
    if (ends.length === 1) out.set(long, ends[0]!);
  }
  return out;
}

const MAX_TARGET_NAMES = 300;

/**
 * Facts by name, unit, role and kind of amount. A fact naming no kind is read with every kind the others of its name
 * are given (a prose amount beside its table's 全年预算 and 实际支出 columns), or with the others naming none.
 */
function groupsOf(facts: readonly StatedFact[]): Map<string, StatedFact[]> {
  const byName = new Map<string, StatedFact[]>();
  const targetName = targetNames(facts);
  for (const f of facts) {
    // A rate stated twice under one name is too often two scopes' (each project's 执行率): only a target rate is read.
    if (f.quantity === 'percent' && f.role !== 'target') continue;
    const min = f.role === 'target' ? FACT_RESTATED.minTargetNameChars : FACT_RESTATED.minNameChars;
    if (cjkCount(f.key) < min) continue;
    const k = [f.quantity, f.unit, f.role, f.role === 'target' ? (targetName.get(f.key) ?? f.key) : f.key].join('|');
    const list = byName.get(k);
    if (list) list.push(f);
    else byName.set(k, [f]);
  }
  const groups = new Map<string, StatedFact[]>();
  const add = (k: string, f: StatedFact) => {
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  };
  for (const [name, list] of byName) {
    // A name stated more often than any group may hold is read nowhere (and the kinds below stay linear).
    if (list.length > RESTATED_VALUES.maxGroupMentions * 2) continue;
    const kinds = [...new Set(list.map((f) => f.measure).filter((m) => m !== null))];
    for (const f of list) {
      // A target is one kind of amount whatever words name it (年度目标 reads as a budget, 产出目标 as none).
      if (f.role === 'target') add(`${name}|`, f);
      else if (f.measure !== null) add(`${name}|${f.measure}`, f);
      // A fact naming no kind is read with each kind its name is given (the prose amount of a row whose table gives
      // 全年预算 and 实际支出): it is a slip of at most one of them, and each group must still hold two values only.
      else if (kinds.length > 0) {
        // …and only with the kinds whose value it states, where it states one (5.03 beside 预算数 5.43 | 决算数 5.03).
        const matching = new Set(list.filter((x) => x.measure !== null && agree(x, f)).map((x) => x.measure!));
        for (const k of matching.size > 0 ? matching : kinds) add(`${name}|${k}`, f);
      }
      else add(`${name}|`, f);
    }
  }
  return groups;
}

/** Tables' lines on both sides, or two lines of one table under one name: rows named alike, not one quantity. */
function tablesApart(group: readonly StatedFact[], c1: readonly StatedFact[], c2: readonly StatedFact[]): boolean {
  const rows = new Map<number, number>();
  for (const f of group) {
    if (f.table < 0) continue;
    const seen = rows.get(f.table);
    if (seen !== undefined && seen !== f.row) return true;
    rows.set(f.table, f.row);
  }
  return c1.some((f) => f.table >= 0) && c2.some((f) => f.table >= 0);
}

/** The findings of one rule id: each name, kind and role whose two values disagree. */
export function restatedFacts(rule: RuleOfFact): (facts: AuditFacts, options: RuleOptions) => Finding[] {
  return (facts, options) => {
    const out: Finding[] = [];
    const reported = new Set<number>();
    for (const group of groupsOf(factTable(facts, options)).values()) {
      if (group.length < 2 || group.length > RESTATED_VALUES.maxGroupMentions || ruleOf(group[0]!) !== rule) continue;
      if (!group.some((f) => f.table < 0)) continue;
      const values = twoValues(group);
      if (!values || tablesApart(group, ...values)) continue;
      // The value stated less often first: the likelier slip.
      const [fewer, more] = values[0].length <= values[1].length ? values : [values[1], values[0]];
      const pair = disagreeingPair(group[0]!.role, fewer, more);
      if (!pair) continue;
      const [a, b] = pair;
      if (reported.has(a.start) || reported.has(b.start)) continue;
      reported.add(a.start).add(b.start);
      const what = a.role === 'target' ? '目标' : a.quantity === 'money' ? '数额' : '数量';
      out.push(
        finding({
          rule,
          severity: 'warning',
          shape: 'restated-fact',
          message: `同一${what}前后不一致：“${a.key}”一处为${a.raw}，另一处为${b.raw}`,
          evidence: [a, b].map((f) => quoteSpan(facts, { start: f.clauseStart, end: f.end })),
          calculation: `${a.raw} ≠ ${b.raw}`,
        }),
      );
    }
    return out;
  };
}
