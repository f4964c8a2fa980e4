/**
 * Figure builders bound to one department-year's display settings, so every amount in a report is formatted
 * the same way (unit and decimals from `settings`) and carries its source path.
 */
import type { DepartmentYear } from '../core/department-year.ts';
import { type Fen, fen, formatAmount, MONEY_UNITS, sumFen } from '../core/money.ts';
import type { Figure } from './document-model.ts';

export interface FigureFormat {
  /** An amount read from one field. */
  money(value: Fen, path: string): Figure;
  /** A total computed from its parts, so the stated sum always adds up. */
  moneySum(parts: readonly { value: Fen; path: string }[]): Figure;
  /** The amount text alone (chart labels). */
  moneyText(value: Fen): string;
  count(value: number, path: string): Figure;
  /** A percentage of two counts, shown with 2 decimals. */
  percent(numerator: number, denominator: number, note: string): Figure | null;
  /**
   * A percentage of two amounts, computed from the amounts as shown: a reader who divides the printed figures
   * gets the printed rate (19.81 / 20.40 = 97.11%, not the 97.14% of the unrounded 分).
   */
  moneyPercent(numerator: Fen, denominator: Fen, note: string): Figure | null;
  /** The difference of two amounts as shown, so “调增 X” equals the printed figures' difference. */
  moneyDifference(minuend: Fen, subtrahend: Fen, note: string): Figure;
  /** An amount rounded to the display precision, in 分. */
  shown(value: Fen): Fen;
  score(value: number, source: Figure['source']): Figure;
  number(value: number, path: string, unit?: string): Figure;
}

/** Rounds a plain (non-money) number for display without float artefacts: 2 decimals, trailing zeros kept. */
export function fixed2(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}

/** A score as written in reports: integer when whole, else up to 2 decimals. */
export function scoreText(value: number): string {
  const r = Math.round(value * 100) / 100;
  return Number.isInteger(r) ? String(r) : r.toFixed(2).replace(/0$/, '');
}

export function figureFormat(dy: DepartmentYear): FigureFormat {
  const unit = dy.settings.displayUnit;
  const decimals = dy.settings.displayDecimals;
  const text = (value: Fen): string => formatAmount(value, { unit, decimals });
  const step = 10 ** Math.max(0, MONEY_UNITS[unit] - decimals);
  // Half away from zero, as formatAmount rounds; amounts are never negative here.
  const shown = (value: Fen): Fen => fen(Math.floor((value + step / 2) / step) * step);
  const percent = (numerator: number, denominator: number, note: string): Figure | null => {
    if (denominator === 0) return null;
    const value = (numerator / denominator) * 100;
    return { type: 'figure', text: `${fixed2(value)}%`, value, unit: 'percent', source: { kind: 'derived', note } };
  };
  return {
    money: (value, path) => ({ type: 'figure', text: text(value), value, unit: 'fen', source: { kind: 'field', path } }),
    moneySum: (parts) => {
      const value = sumFen(parts.map((p) => p.value));
      return {
        type: 'figure',
        text: text(value),
        value,
        unit: 'fen',
        source: { kind: 'sum', paths: parts.map((p) => p.path) },
      };
    },
    moneyText: text,
    count: (value, path) => ({
      type: 'figure',
      text: String(value),
      value,
      unit: 'count',
      source: { kind: 'field', path },
    }),
    percent,
    moneyPercent: (numerator, denominator, note) => percent(shown(numerator), shown(denominator), note),
    moneyDifference: (minuend, subtrahend, note) => {
      const value = fen(Math.abs(shown(minuend) - shown(subtrahend)));
      return { type: 'figure', text: text(value), value, unit: 'fen', source: { kind: 'derived', note } };
    },
    shown,
    score: (value, source) => ({ type: 'figure', text: scoreText(value), value, unit: 'score', source }),
    number: (value, path, suffix = '') => ({
      type: 'figure',
      text: `${value}${suffix}`,
      value,
      unit: 'number',
      source: { kind: 'field', path },
    }),
  };
}
