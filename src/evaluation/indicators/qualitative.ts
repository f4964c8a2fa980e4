/** Qualitative family: nothing to compute from the data; the score comes from a reviewer's assessment. */
import type { IndicatorValue } from './types.ts';

export function computeQualitative(): IndicatorValue {
  return { status: 'qualitative', inputs: [] };
}
