/** The common case of reading an amount, fast: a plain decimal in a known 人民币 unit. */
import { MONEY_UNITS, type MoneyUnit } from '../../core/money.ts';

/**
 * A plain decimal (123, -4.50, 1,234.5) in 分 without going through the general parser, which normalises and
 * looks for unit words; null when the text is anything else (the general parser decides then).
 */
export function plainFen(text: string, unit: MoneyUnit): { fen: number; decimals: number } | null | undefined {
  let i = 0;
  const negative = text.charCodeAt(0) === 45; // -
  if (negative) i = 1;
  let int = 0;
  let intDigits = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      int = int * 10 + (c - 48);
      intDigits++;
    } else if (c !== 44) break; // ,
  }
  if (intDigits === 0 || intDigits > 13) return undefined;
  let frac = '';
  if (i < text.length) {
    if (text.charCodeAt(i) !== 46) return undefined; // .
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return undefined;
      frac += text[i];
    }
    if (frac === '') return undefined;
  }
  const exponent = MONEY_UNITS[unit];
  // More decimals than one 分 can hold: not an amount in this unit (the general parser says so too).
  if (frac.length > exponent && /[1-9]/.test(frac.slice(exponent))) return null;
  const fen = int * 10 ** exponent + Number(frac.padEnd(exponent, '0').slice(0, exponent) || '0');
  if (!Number.isSafeInteger(fen)) return undefined;
  return { fen: negative && fen !== 0 ? -fen : fen, decimals: frac.length };
}
