/** Chinese outline numbering as 公文 writes it: 一、 （一） 1. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numbering supports 1–99, got ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export function headingNumber(level: 1 | 2 | 3, index: number): string {
  if (level === 1) return `${chineseNumeral(index)}、`;
  if (level === 2) return `（${chineseNumeral(index)}）`;
  return `${index}.`;
}
