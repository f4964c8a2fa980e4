import { describe, expect, it } from 'vitest';
import thresholds from '../../data/audit/thresholds.json' with { type: 'json' };
import { GRAMMAR, loadPdfLayout, loadRuleTolerances, loadSearchWindows, PDF_LAYOUT, RULE_TOLERANCES, RULE_WORDS, SEARCH_WINDOWS } from './config.ts';
import { RULE_IDS } from './rules/registry.ts';

/** A word of the list that an earlier, shorter word would always win over (the list is matched in its order). */
function shadowed(words: readonly string[], covers: (earlier: string, later: string) => boolean): string[] {
  return words.filter((w, i) => words.slice(0, i).some((e) => e !== w && covers(e, w)));
}

describe('data/audit/grammar.json', () => {
  it('orders every list read from a place so that no word is hidden by an earlier one', () => {
    const starts = (e: string, w: string): boolean => w.startsWith(e);
    for (const list of [GRAMMAR.measureWords, GRAMMAR.qualifiers, GRAMMAR.leadingConnectives, GRAMMAR.changedTo, GRAMMAR.enumerationOpeners]) {
      expect(shadowed(list, starts)).toEqual([]);
    }
    expect(shadowed(GRAMMAR.trailingFillers, (e, w) => w.endsWith(e))).toEqual([]);
    expect(shadowed(GRAMMAR.phaseWords.map((p) => p.word), (e, w) => w.includes(e))).toEqual([]);
  });

  it('holds no word twice in a list', () => {
    for (const [key, list] of Object.entries(GRAMMAR)) {
      const words = (list as readonly (string | { word: string } | { words: readonly string[] })[]).flatMap((w) => (typeof w === 'string' ? [w] : 'word' in w ? [w.word] : w.words));
      expect(new Set(words).size, key).toBe(words.length);
    }
  });
});

describe('data/audit/rule-words.json', () => {
  it('keys its lists by rule ids that exist, and holds no word twice in a list', () => {
    for (const [rule, lists] of Object.entries(RULE_WORDS)) {
      expect(RULE_IDS).toContain(rule);
      for (const [key, list] of Object.entries(lists)) {
        // (A list of objects is keyed by word, or by id where each object is a group of words: count-mismatch.breakdowns.)
        const words = (list as readonly (string | { word: string } | { id: string })[]).map((w) => (typeof w === 'string' ? w : 'word' in w ? w.word : w.id));
        expect(words.length, `${rule}.${key}`).toBeGreaterThan(0);
        expect(new Set(words).size, `${rule}.${key}`).toBe(words.length);
      }
    }
  });
});

describe('data/audit/thresholds.json searchWindows', () => {
  it('says for every window what it bounds, in what unit, and where its value came from', () => {
    for (const [key, w] of Object.entries(thresholds.searchWindows)) {
      expect(w.means.length, `${key}.means`).toBeGreaterThan(0);
      expect(w.from.length, `${key}.from`).toBeGreaterThan(0);
      expect(['characters', 'lines', 'paragraphs', 'spaces', 'shares', 'comparisons', 'mentions', 'times', 'figures', 'headings', 'kinds', 'table numbers', 'items'], `${key}.unit`).toContain(w.unit);
      expect(SEARCH_WINDOWS[key as keyof typeof SEARCH_WINDOWS], key).toBe(w.value);
    }
  });

  it('refuses a window that is not a whole number of at least 1, naming it', () => {
    const good = thresholds.searchWindows;
    expect(() => loadSearchWindows({ ...good, latenessReach: { value: 0 } })).toThrow(/searchWindows\.latenessReach/);
    expect(() => loadSearchWindows({ ...good, yearLineReach: { value: 2.5 } })).toThrow(/searchWindows\.yearLineReach/);
    expect(() => loadSearchWindows({ ...good, maxLayoutSpaces: { value: '2' } })).toThrow(/searchWindows\.maxLayoutSpaces/);
  });
});

/** A whole valid pdfLayout settings object; each test changes the one setting it is about. */
const VALID_LAYOUT = {
  ...thresholds.pdfLayout,
  gridEdge: { value: 0.12 },
  titleFontRatio: { value: 1.2 },
  amountLabelGapFen: { value: 0.1 },
  letterSpacing: { value: 1 },
  mirrorTolerance: { value: 0.45 },
  centredReachSlack: { value: 1 },
  usualBoxRatio: { value: 1.3 },
  tallBoxRatio: { value: 1.6 },
  ownFontBoxRatio: { value: 1.6 },
  tightBoxRatio: { value: 0.75 },
  fragmentWidth: { value: 0.45 },
};

describe('data/audit/thresholds.json ruleTolerances', () => {
  it('reads every tolerance as given, each with its unit, what it bounds and where its value came from', () => {
    for (const [key, t] of Object.entries(thresholds.ruleTolerances)) {
      expect(RULE_TOLERANCES[key as keyof typeof RULE_TOLERANCES], key).toBe(t.value);
      expect(t.unit.length * t.means.length * t.from.length, key).toBeGreaterThan(0);
    }
    expect(Object.keys(RULE_TOLERANCES).sort()).toEqual(Object.keys(thresholds.ruleTolerances).sort());
  });
  it('refuses a tolerance of 0 or less, or not a number, naming it', () => {
    const good = thresholds.ruleTolerances;
    expect(loadRuleTolerances({ ...good, overlappingSharesMax: { value: 101 } }).overlappingSharesMax).toBe(101);
    for (const value of [0, -1, '100.5']) expect(() => loadRuleTolerances({ ...good, overlappingSharesMax: { value } })).toThrow(/ruleTolerances\.overlappingSharesMax/);
  });
});

describe('data/audit/thresholds.json pdfLayout', () => {
  it('reads every setting as given, each with its unit, what it bounds and where its value came from', () => {
    const settings: Record<string, { value: number; unit: string; means: string; from: string }> = thresholds.pdfLayout;
    for (const [key, s] of Object.entries(settings)) {
      expect(PDF_LAYOUT[key as keyof typeof PDF_LAYOUT], key).toBe(s.value);
      expect(s.unit.length, key).toBeGreaterThan(0);
      expect(s.means.length, key).toBeGreaterThan(0);
      expect(s.from.length, key).toBeGreaterThan(0);
    }
    expect(Object.keys(PDF_LAYOUT).sort()).toEqual(Object.keys(settings).sort());
  });
  it('refuses a tolerance of 0 or less, or not a number, naming it', () => {
    expect(loadPdfLayout({ ...VALID_LAYOUT, cellGap: { value: 0.3 } }).cellGap).toBe(0.3);
    for (const value of [0, -0.1, '0.45', Number.POSITIVE_INFINITY]) expect(() => loadPdfLayout({ ...VALID_LAYOUT, cellGap: { value } })).toThrow(/pdfLayout\.cellGap/);
  });
  it('refuses a count that is no whole number of at least 1, naming it', () => {
    expect(loadPdfLayout({ ...VALID_LAYOUT, maxHeaderRows: { value: 5 } }).maxHeaderRows).toBe(5);
    for (const value of [0, 2.5, '8']) expect(() => loadPdfLayout({ ...VALID_LAYOUT, maxHeaderRows: { value } })).toThrow(/pdfLayout\.maxHeaderRows/);
  });
  it('reads letterSpacing as given and refuses a gap of two line heights or more', () => {
    expect(PDF_LAYOUT.letterSpacing).toBe(thresholds.pdfLayout.letterSpacing.value);
    expect(loadPdfLayout({ ...VALID_LAYOUT, letterSpacing: { value: 0.5 } }).letterSpacing).toBe(0.5);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, letterSpacing: { value: 2 } })).toThrow(/pdfLayout\.letterSpacing/);
  });
  it('reads fragmentWidth as given and refuses a share of the text width outside (0, 1)', () => {
    expect(PDF_LAYOUT.fragmentWidth).toBe(thresholds.pdfLayout.fragmentWidth.value);
    expect(loadPdfLayout({ ...VALID_LAYOUT, fragmentWidth: { value: 0.3 } }).fragmentWidth).toBe(0.3);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, fragmentWidth: { value: 1 } })).toThrow(/pdfLayout\.fragmentWidth/);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, fragmentWidth: { value: '0.45' } })).toThrow(/pdfLayout\.fragmentWidth/);
  });
  it('reads tightBoxRatio as given and refuses a ratio outside (0.5, 1)', () => {
    expect(PDF_LAYOUT.tightBoxRatio).toBe(thresholds.pdfLayout.tightBoxRatio.value);
    expect(loadPdfLayout({ ...VALID_LAYOUT, tightBoxRatio: { value: 0.8 } }).tightBoxRatio).toBe(0.8);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, tightBoxRatio: { value: 1 } })).toThrow(/pdfLayout\.tightBoxRatio/);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, tightBoxRatio: { value: 0.5 } })).toThrow(/pdfLayout\.tightBoxRatio/);
  });
  it('reads gridEdge as given, with what it bounds and where its value came from', () => {
    const g = thresholds.pdfLayout.gridEdge;
    expect(g.unit).toBe('line heights');
    expect(g.means.length).toBeGreaterThan(0);
    expect(g.from.length).toBeGreaterThan(0);
    expect(PDF_LAYOUT.gridEdge).toBe(g.value);
    expect(loadPdfLayout({ ...VALID_LAYOUT, gridEdge: { value: 0.3 }, titleFontRatio: { value: 1.2 }, amountLabelGapFen: { value: 0.1 }, mirrorTolerance: { value: 0.45 } }).gridEdge).toBe(0.3);
  });

  it('reads titleFontRatio as given and refuses one that is no ratio above 1', () => {
    const t = thresholds.pdfLayout.titleFontRatio;
    expect(t.means.length).toBeGreaterThan(0);
    expect(t.from.length).toBeGreaterThan(0);
    expect(PDF_LAYOUT.titleFontRatio).toBe(t.value);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, gridEdge: { value: 0.12 }, titleFontRatio: { value: 1 }, amountLabelGapFen: { value: 0.1 }, mirrorTolerance: { value: 0.45 } })).toThrow(/pdfLayout\.titleFontRatio/);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, gridEdge: { value: 0.12 }, titleFontRatio: { value: '1.2' }, amountLabelGapFen: { value: 0.1 }, mirrorTolerance: { value: 0.45 } })).toThrow(/pdfLayout\.titleFontRatio/);
  });

  it('reads amountLabelGapFen as given and refuses one that is no fraction of a line height', () => {
    const a = thresholds.pdfLayout.amountLabelGapFen;
    expect(a.means.length).toBeGreaterThan(0);
    expect(a.from.length).toBeGreaterThan(0);
    expect(PDF_LAYOUT.amountLabelGapFen).toBe(a.value);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, gridEdge: { value: 0.12 }, titleFontRatio: { value: 1.2 }, amountLabelGapFen: { value: 0 }, mirrorTolerance: { value: 0.45 } })).toThrow(/pdfLayout\.amountLabelGapFen/);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, gridEdge: { value: 0.12 }, titleFontRatio: { value: 1.2 }, amountLabelGapFen: { value: 2 }, mirrorTolerance: { value: 0.45 } })).toThrow(/pdfLayout\.amountLabelGapFen/);
  });

  it('reads mirrorTolerance as given and refuses one that is no fraction of a line height', () => {
    const m = thresholds.pdfLayout.mirrorTolerance;
    expect(m.means.length).toBeGreaterThan(0);
    expect(m.from.length).toBeGreaterThan(0);
    expect(PDF_LAYOUT.mirrorTolerance).toBe(m.value);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, gridEdge: { value: 0.12 }, titleFontRatio: { value: 1.2 }, amountLabelGapFen: { value: 0.1 }, mirrorTolerance: { value: 1 } })).toThrow(/pdfLayout\.mirrorTolerance/);
  });

  it('reads centredReachSlack as given and refuses one that is no positive number of line heights up to 3', () => {
    const c = thresholds.pdfLayout.centredReachSlack;
    expect(c.unit).toBe('line heights');
    expect(c.means.length).toBeGreaterThan(0);
    expect(c.from.length).toBeGreaterThan(0);
    expect(PDF_LAYOUT.centredReachSlack).toBe(c.value);
    expect(loadPdfLayout({ ...VALID_LAYOUT, centredReachSlack: { value: 0.5 } }).centredReachSlack).toBe(0.5);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, centredReachSlack: { value: 0 } })).toThrow(/pdfLayout\.centredReachSlack/);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, centredReachSlack: { value: '1' } })).toThrow(/pdfLayout\.centredReachSlack/);
  });

  it('reads the box-height ratios as given and refuses ones that are no ratio above 1, or a tall box no taller than the usual one', () => {
    for (const name of ['usualBoxRatio', 'tallBoxRatio', 'ownFontBoxRatio'] as const) {
      const b = thresholds.pdfLayout[name];
      expect(b.means.length).toBeGreaterThan(0);
      expect(b.from.length).toBeGreaterThan(0);
      expect(PDF_LAYOUT[name]).toBe(b.value);
      expect(() => loadPdfLayout({ ...VALID_LAYOUT, [name]: { value: 1 } })).toThrow(new RegExp(`pdfLayout\\.${name}`));
      expect(() => loadPdfLayout({ ...VALID_LAYOUT, [name]: { value: '1.6' } })).toThrow(new RegExp(`pdfLayout\\.${name}`));
    }
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, usualBoxRatio: { value: 1.6 }, tallBoxRatio: { value: 1.5 } })).toThrow(/tallBoxRatio/);
    expect(loadPdfLayout(VALID_LAYOUT).ownFontBoxRatio).toBe(1.6);
  });

  it('refuses a gridEdge that is not a fraction of a line height, naming it', () => {
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, gridEdge: { value: 0 }, titleFontRatio: { value: 1.2 }, amountLabelGapFen: { value: 0.1 }, mirrorTolerance: { value: 0.45 } })).toThrow(/pdfLayout\.gridEdge/);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, gridEdge: { value: 12 }, titleFontRatio: { value: 1.2 }, amountLabelGapFen: { value: 0.1 }, mirrorTolerance: { value: 0.45 } })).toThrow(/pdfLayout\.gridEdge/);
    expect(() => loadPdfLayout({ ...VALID_LAYOUT, gridEdge: { value: '0.12' }, titleFontRatio: { value: 1.2 }, amountLabelGapFen: { value: 0.1 }, mirrorTolerance: { value: 0.45 } })).toThrow(/pdfLayout\.gridEdge/);
  });
});
