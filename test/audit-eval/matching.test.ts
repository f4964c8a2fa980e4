import { describe, expect, it } from 'vitest';
import {
  addFileCounts,
  type FindingLike,
  type LocatedAnnotation,
  locateQuote,
  matchFile,
  overlaps,
  parseAnnotationFile,
  precision,
  recall,
  type RuleCounts,
  sumCounts,
} from './matching.ts';

function located(
  text: string,
  kind: LocatedAnnotation['kind'],
  rule: LocatedAnnotation['annotation']['rule'],
  quote: string,
  also: string[] = [],
): LocatedAnnotation {
  const qs = [quote, ...also];
  const spans = qs.map((q) => {
    const l = locateQuote(q, text, text);
    if (!l) throw new Error(`not found: ${q}`);
    return l.span;
  });
  return { annotation: { rule, quote, also, note: 'n' }, kind, spans, quotes: qs };
}

const TEXT = '基本支出609.29万元，其中：工资福利支出458.18万元、商品和服务支出64.37万元。\n8、 下一步\n9、 其他';

describe('locateQuote', () => {
  it('finds an exact quote', () => {
    expect(locateQuote('609.29万元', TEXT, TEXT)).toEqual({ span: { start: 4, end: 12 }, method: 'exact' });
  });

  it('finds a full-width quote in NFKC-normalised text', () => {
    const raw = '预算数（一）为２８万元';
    const norm = raw.normalize('NFKC');
    const l = locateQuote('为２８万元', norm, raw);
    expect(l?.method).toBe('nfkc');
    expect(norm.slice(l!.span.start, l!.span.end)).toBe('为28万元');
  });

  it('ignores whitespace differences', () => {
    const l = locateQuote('8、 下一步', '8、下一步', '8、 下一步');
    expect(l?.method).toBe('canonical');
    expect(l?.span).toEqual({ start: 0, end: 5 });
  });

  it('finds a half-width quote in text normalised to full-width punctuation', () => {
    const raw = '公开时间:2025年10月15日,收入(万元)';
    const norm = '公开时间：2025年10月15日，收入（万元）';
    const l = locateQuote('公开时间:2025年10月15日', norm, raw);
    expect(l?.method).toBe('canonical');
    expect(norm.slice(l!.span.start, l!.span.end)).toBe('公开时间：2025年10月15日');
  });

  it('picks, among places equal up to whitespace, the one where the quote stands in the raw text', () => {
    const raw = '第一部分 XX概况\n目录\n第一部分\nXX概况\n正文';
    const norm = raw;
    const q = '第一部分\nXX概况';
    const l = locateQuote(q, norm.replace('第一部分\nXX', '第一部分\n\nXX'), raw);
    expect(l?.method).toBe('canonical');
    expect(l!.span.start).toBeGreaterThan(10);
  });

  it('finds a traditional-character quote in text converted to simplified characters', () => {
    const raw = '支出合計35萬元,占 %';
    const norm = '支出合计35万元，占 %';
    const l = locateQuote('合計35萬元,占 %', norm, raw);
    expect(norm.slice(l!.span.start, l!.span.end)).toBe('合计35万元，占 %');
  });

  it('maps through the raw text when the normaliser changed characters in a way the quote does not show', () => {
    // The normaliser expanded a ligature before the quote; the quote itself is plain.
    const raw = 'ﬁ 合计10万元';
    const norm = raw.normalize('NFKC');
    const l = locateQuote('合计10万元', norm, raw);
    expect(norm.slice(l!.span.start, l!.span.end)).toBe('合计10万元');
  });

  it('returns undefined when the quote is absent', () => {
    expect(locateQuote('不存在', TEXT, TEXT)).toBeUndefined();
  });
});

describe('overlaps', () => {
  it('treats spans as half-open', () => {
    expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
    expect(overlaps({ start: 0, end: 4 }, { start: 3, end: 5 })).toBe(true);
  });
});

describe('matchFile and counts', () => {
  const sum = located(TEXT, 'defect', 'sum-mismatch', '基本支出609.29万元', ['工资福利支出458.18万元']);
  const n8 = located(TEXT, 'defect', 'numbering', '8、 下一步');
  const n9 = located(TEXT, 'defect', 'numbering', '9、 其他');
  const cleanSum = located(TEXT, 'clean', 'sum-mismatch', '商品和服务支出64.37万元');
  const anns = [sum, n8, n9, cleanSum];

  const at = (q: string): { start: number; end: number } => {
    const s = TEXT.indexOf(q);
    return { start: s, end: s + q.length };
  };

  it('matches by overlapping span and by quote, counts TP, FN, FP, duplicates, clean flagged', () => {
    const findings: FindingLike[] = [
      { rule: 'sum-mismatch', severity: 'error', evidence: [{ quote: '458.18', ...at('458.18') }] },
      { rule: 'sum-mismatch', severity: 'error', evidence: [{ quote: '609.29万元' }] }, // duplicate, by quote
      { rule: 'sum-mismatch', severity: 'warning', evidence: [at('64.37')] }, // hits a clean check
      { rule: 'numbering', severity: 'warning', evidence: [at('9、')] },
      { rule: 'unit', severity: 'error', evidence: [at('609.29')] }, // wrong rule: FP
      { rule: 'precision', severity: 'info', evidence: [at('458.18')] }, // info, unannotated
    ];
    const m = matchFile(findings, anns, TEXT);
    expect(m.outcomes.map((o) => o.kind)).toEqual(['tp', 'duplicate', 'clean-flagged', 'tp', 'fp', 'info']);
    const counts = addFileCounts(new Map<string, RuleCounts>(), findings, anns, m);
    expect(counts.get('sum-mismatch')).toMatchObject({ tp: 1, fn: 0, fp: 1, cleanFlagged: 1, duplicates: 1, cleanChecks: 1 });
    expect(counts.get('numbering')).toMatchObject({ tp: 1, fn: 1, fp: 0 });
    expect(counts.get('unit')).toMatchObject({ tp: 0, fn: 0, fp: 1 });
    expect(counts.get('precision')).toMatchObject({ info: 1, fp: 0 });
    const total = sumCounts(counts.values());
    expect(total).toMatchObject({ tp: 2, fn: 1, fp: 2 });
    expect(recall(total)).toBeCloseTo(2 / 3);
    expect(precision(total)).toBeCloseTo(0.5);
  });

  it('does not count findings on an ignore annotation or of a rule not judged on the fixture', () => {
    const ign = located(TEXT, 'ignore', 'numbering', '9、 其他');
    const findings: FindingLike[] = [
      { rule: 'numbering', severity: 'error', evidence: [at('其他')] },
      { rule: 'outline', severity: 'warning', evidence: [at('基本支出')] },
    ];
    const m = matchFile(findings, [sum, ign], TEXT, new Set(['outline']));
    expect(m.outcomes.map((o) => o.kind)).toEqual(['ignored', 'ignored']);
    const counts = addFileCounts(new Map<string, RuleCounts>(), findings, [sum, ign], m);
    expect(sumCounts(counts.values())).toMatchObject({ fp: 0, ignored: 2, fn: 1 });
  });

  it('credits one finding that covers two defects for both', () => {
    const findings: FindingLike[] = [{ rule: 'numbering', severity: 'error', evidence: [at('8、'), at('9、')] }];
    const m = matchFile(findings, anns, TEXT);
    expect(m.defectHits.map((h) => h.length)).toEqual([0, 1, 1]);
  });

  it('credits an error of another rule at the defect only when defects are credited by place', () => {
    const findings: FindingLike[] = [
      { rule: 'unit', severity: 'error', evidence: [at('609.29')] },
      { rule: 'precision', severity: 'info', evidence: [at('458.18')] },
      { rule: 'count-mismatch', severity: 'warning', evidence: [at('64.37')] },
    ];
    expect(matchFile(findings, anns, TEXT).outcomes.map((o) => o.kind)).toEqual(['fp', 'info', 'fp']);
    const byPlace = matchFile(findings, anns, TEXT, new Set(), 'place');
    // the info finding is no credit; the clean check of another rule stays an ordinary false alarm
    expect(byPlace.outcomes.map((o) => o.kind)).toEqual(['tp', 'info', 'fp']);
    expect(byPlace.defectHits.map((h) => h.length)).toEqual([1, 0, 0]);
  });

  it('counts an info finding on an annotated defect towards recall', () => {
    const findings: FindingLike[] = [{ rule: 'sum-mismatch', severity: 'info', evidence: [at('609.29')] }];
    expect(matchFile(findings, anns, TEXT).outcomes[0]?.kind).toBe('tp');
  });

  it('matches by line when evidence has neither offsets nor quote', () => {
    const findings: FindingLike[] = [{ rule: 'numbering', severity: 'warning', evidence: [{ line: 2 }] }];
    expect(matchFile(findings, anns, TEXT).outcomes[0]?.kind).toBe('tp');
  });

  it('gives null ratios when nothing was counted', () => {
    const c = sumCounts([]);
    expect(recall(c)).toBeNull();
    expect(precision(c)).toBeNull();
  });
});

describe('parseAnnotationFile', () => {
  it('rejects unknown rules and missing fields', () => {
    const r = parseAnnotationFile({ defects: [{ rule: 'nope', quote: 'x', note: 'y' }], clean: [{ rule: 'unit' }], notes: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.length).toBe(2);
  });

  it('accepts a well-formed file', () => {
    const r = parseAnnotationFile({
      defects: [{ rule: 'unit', quote: '28元', also: ['28万元'], note: '元 for 万元' }],
      clean: [],
      notes: 'checked',
    });
    expect(r.ok).toBe(true);
  });
});
