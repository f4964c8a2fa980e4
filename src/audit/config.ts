/**
 * Thresholds, templates and word lists of the auditor. They live in data/audit/*.json (each with its source and
 * version) because they change by region and year; this module only types and bundles them.
 */
import classifications from '../../data/audit/classifications.json' with { type: 'json' };
import concepts from '../../data/audit/concepts.json' with { type: 'json' };
import entities from '../../data/audit/entities.json' with { type: 'json' };
import grammar from '../../data/audit/grammar.json' with { type: 'json' };
import outlineTemplates from '../../data/audit/outline-templates.json' with { type: 'json' };
import ruleWords from '../../data/audit/rule-words.json' with { type: 'json' };
import templateResidue from '../../data/audit/template-residue.json' with { type: 'json' };
import thresholds from '../../data/audit/thresholds.json' with { type: 'json' };
import type { Phase } from './facts/types.ts';

export type Profile = 'basic' | 'strict';

export interface OutlineSection {
  readonly name: string;
  readonly keywords: readonly string[];
  /** A title with one of these words is another section (收入决算表 is not 收入支出决算表). */
  readonly exclude?: readonly string[];
  readonly mustSayNoneWhenEmpty: boolean;
  /**
   * The section is not in every region's or year's version of the template (the 国有资本经营 table of a 部门决算):
   * its absence is a 提示 (info), not a warning.
   */
  readonly notInEveryVersion?: boolean;
}

export interface OutlineTemplate {
  readonly id: string;
  readonly appliesWhenTitleContains: readonly string[];
  /** A title with one of these words is a part of such a document (a 三公 page), not the whole of it. */
  readonly notWhenTitleContains?: readonly string[];
  readonly sections: readonly OutlineSection[];
}

export interface Concept {
  readonly id: string;
  readonly name: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly measureWords: readonly string[];
  /** Words naming a group of the quantity (行政编制, 事业编制): counts in clauses naming different groups differ rightly. */
  readonly groups?: readonly string[];
}

export interface AuditConfig {
  readonly overCompletionPercent: number;
  readonly budgetAdjustmentPercent: number;
  readonly goalContentMinSimilarity: number;
  readonly precisionExtraDigits: number;
  /** At most this many digits beyond the usual, an amount of a breakdown that adds up exactly is an exact account. */
  readonly precisionExactSumExtraDigits: number;
  /** A table whose own sums mostly fail was misread or holds no sums: its sum findings are withheld. */
  readonly tableMisread: { readonly minFailures: number; readonly failShare: number };
  /** A paragraph all in 元 (each under maxYuanFen) in a text otherwise in 万元: a 提示 of a unit slip. */
  readonly unitIsland: { readonly minOtherAmounts: number; readonly otherShare: number; readonly maxYuanFen: number };
  readonly maxFileBytes: number;
  readonly maxUnzippedBytes: number;
  readonly pdfTimeoutMs: number;
  /** Address space pdftotext may use (set with prlimit where available). */
  readonly pdfMemoryMb: number;
  readonly explanationWords: readonly string[];
  readonly topGrades: readonly string[];
  readonly problemDeductionKeywords: readonly string[];
  readonly problemsSectionKeywords: readonly string[];
  readonly planningSectionKeywords: readonly string[];
  readonly resultSectionKeywords: readonly string[];
  readonly futureWords: readonly string[];
  /** Words joining the last two items of a list (A、B和C): an item holding one may be two items or one name. */
  readonly listJoinWords: readonly string[];
  /** Wholes that are plans (占调整预算105.47%): such a rate is a completion rate per item, not a share of one whole. */
  readonly completionWholes: readonly string[];
  /** Totals that also hold the balances carried over (收入总计 = 本年收入合计 + 年初结转和结余). */
  readonly grossTotalWords: readonly string[];
  readonly futureAfterDate: readonly string[];
  readonly outlineTemplates: readonly OutlineTemplate[];
  readonly entitySuffixes: readonly string[];
  readonly selfWords: readonly string[];
  readonly selfContextAfter: readonly string[];
  readonly counterpartWords: readonly string[];
  readonly nameBreakChars: readonly string[];
  readonly regionPrefixes: readonly string[];
  readonly titleSuffixes: readonly string[];
  readonly concepts: readonly Concept[];
  /** Classifications a 其中 list may name only some classes of (data/audit/classifications.json). */
  readonly openClassifications: readonly { readonly id: string; readonly members: readonly string[]; readonly classCount: number }[];
  readonly residue: readonly { readonly text: string; readonly why: string; readonly atCellEnd?: boolean; readonly notAsLabel?: boolean }[];
  readonly residueIgnoreWhenInside: readonly string[];
  /** Words by which a copying site declares its stars a mask (****为隐藏内容): stars are then no placeholder. */
  readonly residueMaskDeclarations: readonly string[];
  /** Source and version of every data file, for the report footer. */
  readonly sources: readonly string[];
}

/**
 * Words of budget prose the fact extraction reads figures by (data/audit/grammar.json; what each list is for is in
 * its source). Lists are matched in their order. The same for every profile: they describe the language, not a
 * threshold.
 */
export interface Grammar {
  readonly measureWords: readonly string[];
  readonly qualifiers: readonly string[];
  readonly leadingConnectives: readonly string[];
  readonly trailingFillers: readonly string[];
  readonly comparativeWords: readonly string[];
  readonly carryOver: readonly string[];
  readonly changedTo: readonly string[];
  readonly phaseWords: readonly { readonly word: string; readonly phase: Phase | null }[];
  readonly exhaustiveWords: readonly string[];
  readonly outsideWords: readonly string[];
  readonly enumerationOpeners: readonly string[];
  readonly titleWords: readonly string[];
  readonly genericNames: readonly string[];
  readonly budgetFunds: readonly string[];
  readonly minguoWords: readonly string[];
  readonly rowNumberHeaders: readonly string[];
  readonly finalRoleWords: readonly string[];
  readonly incomeWords: readonly string[];
  readonly outgoingWords: readonly string[];
  readonly balanceWords: readonly string[];
  readonly thisYearTotalWords: readonly string[];
  readonly addingOpeners: readonly string[];
  readonly notTitleWords: readonly string[];
  readonly headerPhases: readonly { readonly phase: Phase; readonly words: readonly string[] }[];
  readonly averageWords: readonly string[];
  readonly closingTotalWords: readonly string[];
  readonly siblingParts: readonly (readonly [string, string])[];
}

const PHASES: readonly (Phase | null)[] = ['initialBudget', 'adjustedBudget', 'final', null];

function loadGrammar(): Grammar {
  for (const [key, list] of Object.entries(grammar)) {
    if (!Array.isArray(list)) continue;
    const words = list.flatMap((w: string | { word: string } | { words: string[] }) => (typeof w === 'string' ? [w] : 'word' in w ? [w.word] : w.words));
    if (words.includes('')) throw new Error(`data/audit/grammar.json: ${key} holds an empty word`);
  }
  const phaseWords = grammar.phaseWords.map(({ word, phase }) => {
    if (!PHASES.includes(phase as Phase | null)) throw new Error(`data/audit/grammar.json: phaseWords “${word}” has an unknown phase ${phase}`);
    return { word, phase: phase as Phase | null };
  });
  const siblingParts = grammar.siblingParts.map(({ words }) => {
    if (words.length !== 2) throw new Error(`data/audit/grammar.json: siblingParts ${JSON.stringify(words)} is not a pair of words`);
    return [words[0]!, words[1]!] as const;
  });
  const headerPhases = grammar.headerPhases.map(({ phase, words }) => {
    if (phase === null || !PHASES.includes(phase as Phase)) throw new Error(`data/audit/grammar.json: headerPhases has an unknown phase ${phase}`);
    return { phase: phase as Phase, words };
  });
  const { measureWords, qualifiers, leadingConnectives, trailingFillers, comparativeWords, carryOver, changedTo, exhaustiveWords, outsideWords, enumerationOpeners, titleWords, genericNames, budgetFunds, minguoWords, rowNumberHeaders, finalRoleWords, incomeWords, outgoingWords, balanceWords, thisYearTotalWords, addingOpeners, notTitleWords, averageWords, closingTotalWords } = grammar;
  return { measureWords, qualifiers, leadingConnectives, trailingFillers, comparativeWords, carryOver, changedTo, phaseWords, exhaustiveWords, outsideWords, enumerationOpeners, titleWords, genericNames, budgetFunds, minguoWords, rowNumberHeaders, finalRoleWords, incomeWords, outgoingWords, balanceWords, thisYearTotalWords, addingOpeners, notTitleWords, headerPhases, averageWords, closingTotalWords, siblingParts };
}

export const GRAMMAR: Grammar = loadGrammar();

const RELATIONS = ['gt', 'lt', 'eq'] as const;

/**
 * The word lists of the rules, by rule id (data/audit/rule-words.json; what each list is for is in its source):
 * direction words, comparison words, contexts. The same for every profile.
 */
function loadRuleWords() {
  const { source: _source, version: _version, ...byRule } = ruleWords;
  for (const [rule, lists] of Object.entries(byRule)) {
    for (const [key, list] of Object.entries(lists)) {
      if (list.some((w: string | { word: string }) => (typeof w === 'string' ? w : w.word) === '')) throw new Error(`data/audit/rule-words.json: ${rule}.${key} holds an empty word`);
    }
  }
  const direction = byRule['direction-mismatch'];
  const compare = direction.compare.map(({ word, relation }) => {
    const r = RELATIONS.find((x) => x === relation);
    if (!r) throw new Error(`data/audit/rule-words.json: direction-mismatch.compare “${word}” has an unknown relation ${relation}`);
    return { word, relation: r };
  });
  return { ...byRule, 'direction-mismatch': { ...direction, compare } };
}

export const RULE_WORDS = loadRuleWords();

/**
 * How far the auditor looks from a word for what belongs to it (data/audit/thresholds.json searchWindows; what each
 * bounds, its unit and where its value came from are beside it). The same for every profile: they describe the
 * layout of a report, not a severity.
 */
export interface SearchWindows {
  /** date-malformed: characters after a time label (到位时间) within which its value is looked for. */
  readonly timeValueReach: number;
  /** date-out-of-period: characters after (and, within its clause, before) a date within which a word of lateness is looked for. */
  readonly latenessReach: number;
  /** template-residue: characters after a run of stars within which a mask declaration (****为隐藏内容) is looked for. */
  readonly maskDeclarationReach: number;
  /** title: lines after a form's title within which a lone bracketed year ((2021年)) is the title's. */
  readonly yearLineReach: number;
  /** dates: most spaces a layout puts before 月 or 日 inside a date (2020年4 月25 日). */
  readonly maxLayoutSpaces: number;
}

/** Reads and checks the search windows of a thresholds file: each a whole number of at least 1. */
export function loadSearchWindows(windows: { readonly [K in keyof SearchWindows]: { readonly value: unknown } }): SearchWindows {
  const checked = (key: keyof SearchWindows): number => {
    const { value } = windows[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new Error(`data/audit/thresholds.json: searchWindows.${key} is ${JSON.stringify(value)}, not a whole number of at least 1`);
    return value;
  };
  return {
    timeValueReach: checked('timeValueReach'),
    latenessReach: checked('latenessReach'),
    maskDeclarationReach: checked('maskDeclarationReach'),
    yearLineReach: checked('yearLineReach'),
    maxLayoutSpaces: checked('maxLayoutSpaces'),
  };
}

export const SEARCH_WINDOWS: SearchWindows = loadSearchWindows(thresholds.searchWindows);

export function loadConfig(profile: Profile = 'basic'): AuditConfig {
  return {
    overCompletionPercent: thresholds.overCompletionPercent[profile],
    budgetAdjustmentPercent: thresholds.budgetAdjustmentPercent[profile],
    goalContentMinSimilarity: thresholds.goalContentMinSimilarity,
    precisionExtraDigits: thresholds.precisionExtraDigits,
    precisionExactSumExtraDigits: thresholds.precisionExactSumExtraDigits,
    tableMisread: thresholds.tableMisread,
    unitIsland: thresholds.unitIsland,
    maxFileBytes: thresholds.maxFileBytes,
    maxUnzippedBytes: thresholds.maxUnzippedBytes,
    pdfTimeoutMs: thresholds.pdfTimeoutMs,
    pdfMemoryMb: thresholds.pdfMemoryMb,
    explanationWords: thresholds.explanationWords,
    topGrades: thresholds.topGrades,
    problemDeductionKeywords: thresholds.problemDeductionKeywords,
    problemsSectionKeywords: thresholds.problemsSectionKeywords,
    planningSectionKeywords: thresholds.planningSectionKeywords,
    resultSectionKeywords: thresholds.resultSectionKeywords,
    futureWords: thresholds.futureWords,
    listJoinWords: thresholds.listJoinWords,
    completionWholes: thresholds.completionWholes,
    grossTotalWords: thresholds.grossTotalWords,
    futureAfterDate: thresholds.futureAfterDate,
    outlineTemplates: outlineTemplates.templates,
    entitySuffixes: entities.suffixes,
    selfWords: entities.selfWords,
    selfContextAfter: entities.selfContextAfter,
    counterpartWords: entities.counterpartWords,
    nameBreakChars: entities.nameBreakChars,
    regionPrefixes: entities.regionPrefixes,
    titleSuffixes: entities.titleSuffixes,
    concepts: concepts.concepts,
    openClassifications: classifications.openClassifications,
    residue: templateResidue.literals,
    residueIgnoreWhenInside: templateResidue.ignoreWhenInside,
    residueMaskDeclarations: templateResidue.maskDeclarations,
    sources: [thresholds, outlineTemplates, entities, concepts, classifications, templateResidue, grammar, ruleWords].map((d) => `${d.version}`),
  };
}
