/**
 * The logic of an amount field (万元 on screen, integer 分 stored), kept apart from React so it can be tested
 * without a browser:
 * - while the field is edited it shows the stored value exactly (no rounding: 0.0028, 1234.5678);
 * - leaving a field whose text was not changed writes nothing, whatever the display precision;
 * - text finer than 1 分 is refused with a Chinese message shown beside the field, and nothing is written.
 * Parsing and formatting are the core's (src/core/money.ts), so the browser and the server agree.
 */
import { type Fen, formatAmount, formatExact, parseFen } from '../../../src/core/money.ts';
import { chineseOnly } from './chinese.ts';

/** The text shown when the field is not being edited: grouped, at the display precision (a display setting only). */
export function displayText(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined) return '';
  return formatAmount(value, { unit: '万元', decimals, grouping: true, withUnit: false });
}

/** An amount exactly, grouped, in 万元 without the unit (the audit trail: 0.0028, 1,234.5678). */
export function exactText(value: number): string {
  const text = formatExact(value, '万元', false);
  const [whole, frac] = text.split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** The text put in the field when editing starts: the stored value exactly, in 万元, no separators. */
export function editText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return formatExact(value, '万元', false);
}

export type CommitResult =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'set'; readonly value: Fen | undefined }
  | { readonly kind: 'error'; readonly message: string };

/**
 * What leaving the field means. `startText` is what the field held when editing began: if the text is still
 * that, nothing changed and nothing is written. A bare number is read in 万元; a unit may be typed (“26.34元”).
 */
export function commitAmount(text: string, startText: string, stored: number | null | undefined): CommitResult {
  if (text === startText) return { kind: 'unchanged' };
  const cleaned = text.replace(/[,，\s]/g, '');
  if (cleaned === '') return stored === undefined || stored === null ? { kind: 'unchanged' } : { kind: 'set', value: undefined };
  let parsed: Fen;
  try {
    parsed = parseFen(cleaned, '万元');
  } catch (err) {
    return { kind: 'error', message: chineseOnly(err instanceof Error ? err.message : String(err), `无法识别的金额“${text}”`) };
  }
  if (parsed === stored) return { kind: 'unchanged' };
  return { kind: 'set', value: parsed };
}

/** Display precisions offered (digits after the point in 万元): 2 = 0.01万元 = 百元, 6 = 分. */
export const DISPLAY_DECIMALS = [2, 4, 6] as const;
