/**
 * Amounts in the interface: shown in 万元 with thousands separators, typed in 万元 by the user; stored as
 * integer 分. Uses the core's own formatter and parser, so the browser rounds exactly like the server.
 */
import { type Fen, formatAmount, parseFen } from '../../src/core/money.ts';

export type { Fen };

/** 166870000 → "1,668.70" (万元). Empty for a missing amount. */
export function wan(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined) return '';
  return formatAmount(value, { unit: '万元', decimals, grouping: true, withUnit: false });
}

/** "1,668.7" → 分, read as 万元 unless a unit is typed ("26.34元"). Throws with a Chinese message when unreadable. */
export function parseWan(text: string): Fen | undefined {
  const cleaned = text.replace(/[,，\s]/g, '');
  if (cleaned === '') return undefined;
  return parseFen(cleaned, '万元');
}
