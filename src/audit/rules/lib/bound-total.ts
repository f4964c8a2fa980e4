/**
 * A figure that bounds or standardises an amount rather than stating one whole (补助标准为每个村不低于100万元, 均在10万元以上,
 * 120-170亿元): it is no total of a list and no whole of a share. Words: data/audit/rule-words.json sum-mismatch
 * boundTotalBefore / boundTotalAfter / perUnitMarkers (read by sum-mismatch and percent-mismatch alike).
 */
import { RULE_WORDS, SEARCH_WINDOWS } from '../../config.ts';
import type { Figure } from '../../facts/types.ts';

const BOUND_BEFORE = RULE_WORDS['sum-mismatch'].boundTotalBefore;
const BOUND_AFTER = RULE_WORDS['sum-mismatch'].boundTotalAfter;
const PER_UNIT = RULE_WORDS['sum-mismatch'].perUnitMarkers;
/** The end of a range's lower bound right before a figure: a number (with its unit maybe) then -, ~, 至 or 到 (120-, 120亿元至). */
const RANGE_BEFORE = /\d(?:[\d.,]*)\s*(?:[万亿]?元|%)?\s*(?:[-－—–~～]|至|到)\s*$/;
/** Characters before a total read for a bound or a range; the label's tail for a per-unit marker (thresholds.json searchWindows.boundReach). */
const BOUND_REACH = SEARCH_WINDOWS.boundReach;

/**
 * Whether a list's total is a bound or a standard, not one whole: one of boundTotalBefore right before it (不低于, 均在,
 * 标准为), one of boundTotalAfter right after its unit (以上), a per-unit marker (每个村, 每公里, 每人) in the end of its
 * label, or the upper end of a range (120-170亿元). The parts after such a figure may be amounts of all the units
 * together, or of other things (rule-words.json sum-mismatch.boundTotalBefore …; first contact, docs/first-contact.md).
 */
export function boundTotal(text: string, total: Figure): boolean {
  const before = text.slice(Math.max(0, total.start - BOUND_REACH), total.start).replace(/\s+/g, '');
  if (BOUND_BEFORE.some((w) => before.endsWith(w))) return true;
  if (RANGE_BEFORE.test(text.slice(Math.max(0, total.start - BOUND_REACH), total.start))) return true;
  const after = text.slice(total.end, total.end + 4);
  if (BOUND_AFTER.some((w) => after.startsWith(w))) return true;
  const tail = total.label.slice(-BOUND_REACH);
  return PER_UNIT.some((w) => tail.includes(w));
}
