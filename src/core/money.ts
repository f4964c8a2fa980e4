/**
 * Money is an integer number of 分 (fen), always. Text is parsed and formatted only here, by string and
 * integer arithmetic — a float never carries an amount.
 *
 * Rounding rule (used by every formatter): half away from zero (四舍五入) at the last shown digit,
 * computed on the integer fen value. See docs/money.md.
 */

declare const fenBrand: unique symbol;
/** An amount in 分 (1 元 = 100 分). A safe integer. */
export type Fen = number & { readonly [fenBrand]: true };

export const MAX_FEN = Number.MAX_SAFE_INTEGER;

/** Guard: a safe integer becomes a Fen; anything else throws a MoneyError. */
export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`金额必须是整数分且在安全范围内：${value} / amount must be a safe integer number of fen`);
  }
  return value as Fen;
}

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export class MoneyError extends Error {
  override name = 'MoneyError';
}

/** The units a Chinese report writes amounts in, with the power of ten that turns one unit into 分. */
export const MONEY_UNITS = {
  分: 0,
  角: 1,
  元: 2,
  千元: 5,
  万元: 6,
  百万元: 8,
  亿元: 10,
} as const;
export type MoneyUnit = keyof typeof MONEY_UNITS;

/** Currencies other than 人民币 keep their own code; their amounts are in hundredths of that currency. */
export const CURRENCY_WORDS: Record<string, string> = {
  美元: 'USD',
  欧元: 'EUR',
  港元: 'HKD',
  港币: 'HKD',
  日元: 'JPY',
  英镑: 'GBP',
};

export interface ParsedAmount {
  /** The amount in hundredths of the currency (分 for CNY). */
  readonly fen: Fen;
  readonly currency: string;
  /** The unit the text used (万元 for 515万美元). */
  readonly unit: MoneyUnit;
  /** Digits after the decimal point as written: the stated precision. */
  readonly decimals: number;
}

const AMOUNT_RE =
  /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)?)(?:\.(\d+))?\s*(亿元|百万元|万元|千元|元|角|分|亿|万|千|(?:亿|万|千)?(?:美元|欧元|港元|港币|日元|英镑))?$/;

/**
 * Parse an amount as a report writes it: `1668.7万元`, `348.6698万元`, `106.96亿元`, `515万美元`,
 * `1,234.56元`, or a bare `26.34` read in `defaultUnit`. Full-width digits and punctuation are accepted.
 * Throws MoneyError (Chinese and English) when the text is not an amount or has more precision than 分.
 */
export function parseAmount(text: string, defaultUnit: MoneyUnit = '元'): ParsedAmount {
  const normalized = text
    .normalize('NFKC')
    .replace(/[\s\u00a0]/g, '')
    .replace(/^人民币/, '')
    .replace(/^[¥￥]/, '');
  const m = AMOUNT_RE.exec(normalized);
  if (!m || (m[2] === '' && m[3] === undefined)) {
    throw new MoneyError(`无法识别的金额“${text}” / not an amount: "${text}"`);
  }
  const sign = m[1] === '-' ? -1 : 1;
  const intDigits = (m[2] ?? '').replace(/,/g, '') || '0';
  const fracDigits = m[3] ?? '';
  const word = m[4] ?? '';
  let currency = 'CNY';
  let unit: MoneyUnit = defaultUnit;
  if (word) {
    const currencyWord = Object.keys(CURRENCY_WORDS).find((c) => word.endsWith(c));
    if (currencyWord) {
      currency = CURRENCY_WORDS[currencyWord]!;
      const prefix = word.slice(0, word.length - currencyWord.length);
      unit = prefix === '' ? '元' : (`${prefix}元` as MoneyUnit);
    } else {
      unit = (word.endsWith('元') || word === '角' || word === '分' ? word : `${word}元`) as MoneyUnit;
    }
  }
  const exponent = MONEY_UNITS[unit];
  if (fracDigits.length > exponent) {
    const extra = fracDigits.slice(exponent);
    if (/[1-9]/.test(extra)) {
      throw new MoneyError(
        `金额“${text}”的精度超过了分（${unit}最多${exponent}位小数） / amount "${text}" is more precise than one fen`,
      );
    }
  }
  const digits = (intDigits + fracDigits.padEnd(exponent, '0').slice(0, exponent)).replace(/^0+(?=\d)/, '');
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || digits.length > 16) {
    throw new MoneyError(`金额“${text}”超出可表示范围 / amount "${text}" is out of range`);
  }
  return { fen: fen(sign * value), currency, unit, decimals: fracDigits.length };
}

/** Shorthand: parse and return only the fen, requiring 人民币. */
export function parseFen(text: string, defaultUnit: MoneyUnit = '元'): Fen {
  const parsed = parseAmount(text, defaultUnit);
  if (parsed.currency !== 'CNY') {
    throw new MoneyError(`金额“${text}”不是人民币 / amount "${text}" is not in CNY`);
  }
  return parsed.fen;
}

export interface FormatOptions {
  /** The unit to show; default 万元. */
  unit?: MoneyUnit;
  /** Fixed digits after the decimal point (rounded half away from zero). Default: 2. */
  decimals?: number;
  /** Thousands separators in the integer part. Default false. */
  grouping?: boolean;
  /** Append the unit word. Default true. */
  withUnit?: boolean;
}

/** Round an integer fen value to `decimals` digits of `unit`, returning the integer scaled value. */
function roundToUnit(value: number, exponent: number, decimals: number): { int: bigint; scale: bigint } {
  const shift = exponent - decimals;
  const v = BigInt(value);
  if (shift <= 0) {
    return { int: v * 10n ** BigInt(-shift), scale: 10n ** BigInt(decimals) };
  }
  const divisor = 10n ** BigInt(shift);
  const negative = v < 0n;
  const abs = negative ? -v : v;
  let q = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) q += 1n;
  return { int: negative ? -q : q, scale: 10n ** BigInt(decimals) };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Format fen in a unit with fixed precision: formatAmount(166870000) → "1668.70万元". */
export function formatAmount(value: Fen | number, options: FormatOptions = {}): string {
  const unit = options.unit ?? '万元';
  const decimals = options.decimals ?? 2;
  const { int, scale } = roundToUnit(fen(value), MONEY_UNITS[unit], decimals);
  const negative = int < 0n;
  const abs = negative ? -int : int;
  const whole = (abs / scale).toString();
  const frac = decimals > 0 ? `.${(abs % scale).toString().padStart(decimals, '0')}` : '';
  const body = `${negative ? '-' : ''}${options.grouping ? groupThousands(whole) : whole}${frac}`;
  return options.withUnit === false ? body : `${body}${unit}`;
}

/**
 * Format fen exactly in a unit with no trailing zeros: formatExact(348669800, '万元') → "348.6698万元".
 * Never rounds; parseAmount(formatExact(x, u)).fen === x for every x.
 */
export function formatExact(value: Fen | number, unit: MoneyUnit = '万元', withUnit = true): string {
  const exponent = MONEY_UNITS[unit];
  const v = BigInt(fen(value));
  const negative = v < 0n;
  const abs = negative ? -v : v;
  const scale = 10n ** BigInt(exponent);
  const whole = (abs / scale).toString();
  const frac = (abs % scale).toString().padStart(exponent, '0').replace(/0+$/, '');
  const body = `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
  return withUnit ? `${body}${unit}` : body;
}

/** Sum of amounts, guarded against leaving the safe-integer range. */
export function sumFen(values: readonly (Fen | number)[]): Fen {
  let total = 0;
  for (const v of values) {
    total += v;
  }
  return fen(total);
}

const DIGITS_UPPER = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** 人民币大写 as used on vouchers and in 公文: 1234.56元 → 壹仟贰佰叁拾肆元伍角陆分. */
export function toChineseUppercase(value: Fen | number): string {
  const v = fen(value);
  if (v === 0) return '零元整';
  const negative = v < 0;
  const abs = Math.abs(v);
  const yuan = Math.floor(abs / 100);
  const jiao = Math.floor(abs / 10) % 10;
  const fenDigit = abs % 10;
  let out = '';
  if (yuan > 0) {
    const groups: number[] = [];
    for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
    let pendingZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g]!;
      if (group === 0) {
        pendingZero = out !== '';
        continue;
      }
      if (out !== '' && (pendingZero || group < 1000)) out += '零';
      pendingZero = false;
      let groupText = '';
      let zero = false;
      for (let i = 3; i >= 0; i--) {
        const d = Math.floor(group / 10 ** i) % 10;
        if (d === 0) {
          zero = groupText !== '';
        } else {
          if (zero) groupText += '零';
          zero = false;
          groupText += DIGITS_UPPER[d]! + SMALL_UNITS[i]!;
        }
      }
      out += groupText + BIG_UNITS[g]!;
    }
    out += '元';
  }
  if (jiao === 0 && fenDigit === 0) {
    out += '整';
  } else {
    if (jiao > 0) out += `${DIGITS_UPPER[jiao]}角`;
    else if (yuan > 0) out += '零';
    if (fenDigit > 0) out += `${DIGITS_UPPER[fenDigit]}分`;
  }
  return (negative ? '负' : '') + out;
}
