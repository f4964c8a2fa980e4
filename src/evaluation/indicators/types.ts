/** What an indicator family returns: a value with its trace, or why there is none. */
import type { InputQuantity } from '../library.ts';

export interface InputTrace {
  readonly key: string;
  readonly label: string;
  readonly quantity: InputQuantity;
  /** The path(s) the value was read from, or the declared path when it is missing. */
  readonly paths: readonly string[];
  /** Integer 分 for money, a count, or a percentage; null when missing. */
  readonly value: number | null;
  /** The value as shown (万元, 人, %), or 「缺」. */
  readonly display: string;
}

export type IndicatorValue =
  | {
      readonly status: 'computed';
      readonly value: number;
      readonly inputs: readonly InputTrace[];
      /** The formula with the figures filled in. */
      readonly calculation: string;
      readonly notes?: readonly string[];
    }
  | { readonly status: 'missing'; readonly inputs: readonly InputTrace[]; readonly missing: readonly string[]; readonly notes?: readonly string[] }
  | { readonly status: 'not-applicable'; readonly inputs: readonly InputTrace[]; readonly reason: string }
  /** Qualitative: no value from data; the score needs a reviewer's assessment. */
  | { readonly status: 'qualitative'; readonly inputs: readonly InputTrace[] };
