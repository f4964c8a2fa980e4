/**
 * A list flattened to lines of a name and one amount, closed by a total line (按资金来源分： ⏎ 一般公共预算财政拨款 1870.90 ⏎
 * 上年结转资金 31.25 ⏎ 合计 1839.15): the total line must be the sum of the lines above it (sum-mismatch, shape
 * label-amount-lines).
 *
 * Preconditions (silent otherwise): two or more part lines right above the total line, no line between, each a name of
 * Chinese characters (brackets and 、 allowed, no digit) and one amount with decimals set apart by spaces, nothing else
 * — no tab or | (a table the table reader reads); the total line the same with a total word of sum-mismatch totalRows as
 * its whole name; all amounts written with the same number of decimals (one unit of the list). Checked in hundredths,
 * exactly: every amount is read as written.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS } from '../../config.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';

const LINE = /^[ \u3000]*([\u4e00-\u9fff（）()、]{2,24})[ \u3000]+(\d{1,3}(?:,\d{3})+\.\d{1,2}|\d+\.\d{1,2})[ \u3000]*$/;
const TOTAL_WORDS: readonly string[] = RULE_WORDS['sum-mismatch'].totalRows;

interface Line {
  readonly name: string;
  readonly cents: number;
  readonly decimals: number;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

function readLine(text: string, start: number, end: number): Line | null {
  // (Cheap first: a line of this shape ends with a digit.)
  const last = text.charCodeAt(end - 1);
  if (!(last >= 48 && last <= 57)) return null;
  const m = LINE.exec(text.slice(start, end));
  if (!m) return null;
  const raw = m[2]!;
  const [int, frac = ''] = raw.replace(/,/g, '').split('.');
  return { name: m[1]!, cents: Number(int) * 100 + Number(frac.padEnd(2, '0')), decimals: frac.length, raw, start, end };
}

export function labelAmountLines(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text, lineStarts } = facts;
  let run: Line[] = [];
  for (let i = 0; i < lineStarts.length && out.length < 10; i++) {
    const start = lineStarts[i]!;
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length;
    if (text[end - 1] === '\r') end--;
    const line = end > start ? readLine(text, start, end) : null;
    if (!line) {
      run = [];
      continue;
    }
    if (TOTAL_WORDS.includes(line.name) && run.length >= 2) {
      const parts = run;
      run = [];
      if (parts.some((p) => p.decimals !== line.decimals || TOTAL_WORDS.includes(p.name))) continue;
      const sum = parts.reduce((acc, p) => acc + p.cents, 0);
      if (sum === line.cents) continue;
      // (Hundredths shown by integer division and remainder, to the list's decimals.)
      const show = (c: number) => `${(c - (c % 100)) / 100}.${String(c % 100).padStart(2, '0').slice(0, line.decimals)}`;
      out.push(
        finding({
          rule: 'sum-mismatch',
          shape: 'label-amount-lines',
          severity: 'warning',
          message: `逐行列示的${parts.length}项之和为${show(sum)}，而“${line.name}”行为${line.raw}`,
          evidence: [quoteSpan(facts, { start: line.start, end: line.end }), quoteSpan(facts, { start: parts[0]!.start, end: parts[parts.length - 1]!.end })],
          calculation: `${parts.map((p) => p.raw).join(' + ')} = ${show(sum)} ≠ ${line.raw}`,
        }),
      );
      continue;
    }
    run.push(line);
  }
  return out;
}
