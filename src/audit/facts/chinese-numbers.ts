const DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as used in outline markers; null when the text is not such a number. */
export function parseChineseNumber(text: string): number | null {
  if (text.length === 0 || text.length > 3) return null;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? (DIGIT[text] ?? null) : null;
  const tensText = text.slice(0, ten);
  const unitsText = text.slice(ten + 1);
  const tens = tensText === '' ? 1 : DIGIT[tensText];
  const units = unitsText === '' ? 0 : DIGIT[unitsText];
  if (tens === undefined || units === undefined || tensText.length > 1 || unitsText.length > 1) return null;
  return tens * 10 + units;
}

export function toChineseNumber(n: number): string {
  const names = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return names[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : names[tens]}十${units === 0 ? '' : names[units]}`;
}
