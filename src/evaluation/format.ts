/** Display helpers. Values stay unrounded in data; rounding (half away from zero) happens only here. */
import { formatAmount, formatExact } from '../core/money.ts';

/** Round half away from zero to `decimals` digits, tolerant of binary noise (1.005 → 1.01). */
export function roundHalfAway(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(scaled * (1 + Number.EPSILON * 8));
  return (Math.sign(value) * rounded) / factor;
}

export function formatNumber(value: number, decimals = 2): string {
  const r = roundHalfAway(value, decimals);
  const text = r.toFixed(decimals);
  return text === `-${(0).toFixed(decimals)}` ? (0).toFixed(decimals) : text;
}

export function formatPercent(value: number, decimals = 2): string {
  return `${formatNumber(value, decimals)}%`;
}

/** A score: at most two decimals, trailing zeros dropped (3, 2.5, 0.33). */
export function formatScore(value: number): string {
  return String(roundHalfAway(value, 2));
}

/** Money in 万元: two decimals, or exact when the figure has more digits (348.6698万元). */
export function formatMoney(fen: number): string {
  const exact = formatExact(fen, '万元', false);
  const decimals = exact.includes('.') ? exact.length - exact.indexOf('.') - 1 : 0;
  return decimals > 2 ? `${exact}万元` : formatAmount(fen, { unit: '万元', decimals: 2 });
}
