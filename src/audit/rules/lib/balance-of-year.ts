/**
 * The balance of a year told after its revenue and spending (总收入35994亿元…；总支出28744亿元…；本年收支结余7250亿元): the
 * balance is the revenue less the spending.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS } from '../../../core/money.ts';
import { RULE_WORDS } from '../../config.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { inUnit, quoteFigure, roundingSlack } from './evidence.ts';

const BALANCE = RULE_WORDS['sum-mismatch'].yearBalanceLabels;
const INCOME = RULE_WORDS['sum-mismatch'].yearBalanceIncome;
const SPENDING = RULE_WORDS['sum-mismatch'].yearBalanceSpending;

function plain(f: Figure, like: Figure): boolean {
  return f.kind === 'money' && f.currency === like.currency && !f.comparative && !f.qualifier;
}

/**
 * Preconditions (silent otherwise): the balance B is money whose label ends with a yearBalanceLabels word (收支结余);
 * before it in its paragraph (back to the paragraph's start or the previous such balance) stand exactly two plain
 * money amounts, one labelled ending with an income word (总收入, 基金收入) and one with a spending word (支出), and
 * no other plain amount. B = income − spending within the rounding of the three (half a unit of each last digit;
 * whole 亿元 are rounded to the 亿元).
 */
export function balanceOfYear(facts: AuditFacts): Finding[] {
  const { figures } = facts;
  const out: Finding[] = [];
  let from = 0;
  for (let i = 0; i < figures.length; i++) {
    const b = figures[i]!;
    if (b.kind !== 'money' || b.qualifier || !BALANCE.some((w) => b.label.endsWith(w))) continue;
    const before = figures.slice(from, i).filter((f) => f.paragraph === b.paragraph && plain(f, b));
    from = i + 1;
    if (before.length !== 2) continue;
    const income = before.find((f) => INCOME.some((w) => f.label.endsWith(w)));
    const spending = before.find((f) => SPENDING.some((w) => f.label.endsWith(w)));
    if (!income || !spending || income === spending) continue;
    const difference = income.scaled - spending.scaled;
    // 收入3927亿元…支出3688亿元…本年收支结余238亿元: whole 亿元 of a fund's accounts are rounded to the 亿元, so each of
    // the three may be half a unit off; amounts written with decimals, or in smaller units, are taken as written.
    const whole = [income, spending, b].every((f) => f.decimals === 0 && f.moneyUnit === '亿元');
    const tolerance = whole ? (3 / 2) * 10 ** MONEY_UNITS['亿元'] : roundingSlack([income, spending, b]);
    if (Math.abs(difference - b.scaled) <= tolerance) continue;
    const u = b.moneyUnit;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'balance-of-year',
        severity: 'error',
        message: `收支结余写为${b.raw}，但收入${income.raw}减去支出${spending.raw}为${inUnit(difference, u)}${u ?? '元'}`,
        evidence: [quoteFigure(facts, b), quoteFigure(facts, income), quoteFigure(facts, spending)],
        calculation: `${income.numberText} − ${spending.numberText} = ${inUnit(difference, u)} ≠ ${b.numberText}`,
      }),
    );
  }
  return out;
}
