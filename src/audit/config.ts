/**
 * Thresholds, templates and word lists of the auditor. They live in data/audit/*.json (each with its source and
 * version) because they change by region and year; this module only types and bundles them.
 */
import arithmetic from '../../data/audit/arithmetic.json' with { type: 'json' };
import classifications from '../../data/audit/classifications.json' with { type: 'json' };
import concepts from '../../data/audit/concepts.json' with { type: 'json' };
import entities from '../../data/audit/entities.json' with { type: 'json' };
import grammar from '../../data/audit/grammar.json' with { type: 'json' };
import indicatorRows from '../../data/audit/indicator-rows.json' with { type: 'json' };
import outlineTemplates from '../../data/audit/outline-templates.json' with { type: 'json' };
import places from '../../data/audit/places.json' with { type: 'json' };
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
  /**
   * The kind of funds the table shows (政府性基金): a sentence saying the department has none of them (本部门无政府性基金
   * 预算财政拨款收入支出) makes the table's absence a 提示 (info), unless the document's own table numbers skip one.
   */
  readonly statedAbsentBy?: readonly string[];
}

export interface OutlineTemplate {
  readonly id: string;
  /** The kind of document in the reader's words (部门决算), for notes; the id stays for code. */
  readonly title: string;
  readonly appliesWhenTitleContains: readonly string[];
  /** A title with one of these words is a part of such a document (a 三公 page), not the whole of it. */
  readonly notWhenTitleContains?: readonly string[];
  readonly sections: readonly OutlineSection[];
  /**
   * The regions whose outline this is (the nine headings of a self-evaluation report are Hunan's). A template without
   * regions is national (the 部门决算). A regional template is judged section by section only for a report of one of
   * its regions, or one that follows it; any other report is checked against everyRegion only (rules/outline.ts).
   */
  readonly regions?: readonly OutlineRegion[];
  /** A text with at least `atLeast` of these sections (by name) follows this template, whatever its region. */
  readonly followedWhenPresent?: { readonly sections: readonly string[]; readonly atLeast: number };
  /** The topics every known outline of this kind of report has, each by broad words: all that is checked when the region is not known. */
  readonly everyRegion?: readonly OutlineSection[];
}

/** A region a template belongs to: by name (湖南省), by words a title or a caller names it with, by 行政区划代码 prefix. */
export interface OutlineRegion {
  readonly name: string;
  readonly words: readonly string[];
  readonly codePrefixes: readonly string[];
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
  /** goal-mismatch: least likeness (bigram Dice) of an indicator's two names read as one goal restated with another target. */
  readonly goalRestatedMinSimilarity: number;
  /** target-too-low: fewest percentage points a rate's goal must lie under the prior year's rate to be told set too low. */
  readonly goalBelowPriorRatePoints: number;
  readonly precisionExtraDigits: number;
  /** At most this many digits beyond the usual, an amount of a breakdown that adds up exactly is an exact account. */
  readonly precisionExactSumExtraDigits: number;
  /** A table whose own sums mostly fail was misread or holds no sums: its sum findings are withheld. */
  readonly tableMisread: { readonly minFailures: number; readonly failShare: number; readonly unreadRowAmounts: number; readonly unreadRowLines: number };
  /** Patterns of a misread table or column (rules/lib/misread-guard.ts): its findings become one notChecked entry. */
  readonly misreadGuard: MisreadGuardSettings;
  /** A paragraph all in 元 (each under maxYuanFen) in a text otherwise in 万元: a 提示 of a unit slip. */
  readonly unitIsland: {
    readonly minOtherAmounts: number;
    readonly otherShare: number;
    readonly maxYuanFen: number;
    /** The one amount in 亿元 among at least this many in 万元 … */
    readonly minWanForYi: number;
    /** … read in 亿元 at least this many times the text's largest other amount: 万元 written as 亿元. */
    readonly yiOverLargest: number;
    /** An amount in 元 with this many significant digits or more whose number stands elsewhere in 万元: one amount, its unit slipped. */
    readonly minSameDigits: number;
    /** The one amount in 元 among a sentence's 万元 amounts, its number within this factor of their range: 万元 written as 元. */
    readonly yuanAmongWanRange: number;
    /** An amount under 1 元 among at least this many CNY amounts in 万元 … */
    readonly subYuanMinWan: number;
    /** … that are at least this share of the text's CNY amounts: 万元 written as 元. */
    readonly subYuanWanShare: number;
    /** The one part of a 其中 at least this many times its whole: a unit or digits slipped. */
    readonly partAboveWholeRatio: number;
    /** An amount in 万元 to the 分 with at least this many integer digits … */
    readonly yuanDigitsMinInteger: number;
    /** … and at least this many times every other amount of the text: 元 written as 万元. */
    readonly yuanDigitsOverOthers: number;
    /** An amount per head times its count at least this many times every other amount of the text: 元 written as 万元. */
    readonly perHeadOverAll: number;
  };
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
  /** entity-name: how a unit's own name written differently once is told from another body (entities.json nameVariant). */
  readonly entityNameVariant: NameVariantSettings;
  readonly selfWords: readonly string[];
  /** 本 / 我: before an ending of the department's own name (本大队), the report speaking of itself. */
  readonly selfPrefixes: readonly string[];
  readonly selfContextAfter: readonly string[];
  readonly counterpartWords: readonly string[];
  readonly nameBreakChars: readonly string[];
  readonly regionPrefixes: readonly string[];
  readonly titleSuffixes: readonly string[];
  readonly concepts: readonly Concept[];
  /** Classifications a 其中 list may name only some classes of (data/audit/classifications.json). */
  readonly openClassifications: readonly { readonly id: string; readonly members: readonly string[]; readonly classCount: number; readonly labelEndings: readonly string[] }[];
  readonly residue: readonly { readonly text: string; readonly why: string; readonly atCellEnd?: boolean; readonly notAsLabel?: boolean; readonly atTitleStart?: boolean }[];
  readonly residueIgnoreWhenInside: readonly string[];
  /** Words by which a copying site declares its stars a mask (****为隐藏内容): stars are then no placeholder. */
  readonly residueMaskDeclarations: readonly string[];
  /** Labels of a site's user field (上传人：人****来): stars inside its value mask a person's name, no placeholder. */
  readonly residueMaskedNameLabels: readonly string[];
  /** Chinese numerals: ○ beside one (二○○八年) is the numeral zero, no placeholder. */
  readonly residueNumerals: string;
  /** Words by which a bracketed remark reads as the form's instruction to its writer (（需公开…）, （比照…格式）). */
  readonly residueBracketInstructions: BracketInstructionWords;
  /** Source and version of every data file, for the report footer. */
  readonly sources: readonly string[];
}

/** entity-name: the settings of a unit's own name written differently once (data/audit/entities.json nameVariant). */
export interface NameVariantSettings {
  readonly minMentions: number;
  readonly minLength: number;
  readonly keptEnd: number;
  readonly openingReach: number;
  readonly siblingChars: readonly string[];
  readonly unitEndings: readonly string[];
}

/** Checks the name-variant settings: whole numbers of at least 1, lists of non-empty words (sibling characters single). */
export function loadNameVariant(v: { readonly [K in keyof NameVariantSettings]?: unknown }): NameVariantSettings {
  const whole = (key: 'minMentions' | 'minLength' | 'keptEnd' | 'openingReach'): number => {
    const n = v[key];
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) throw new Error(`data/audit/entities.json: nameVariant.${key} is ${JSON.stringify(n)}, not a whole number of at least 1`);
    return n;
  };
  const words = (key: 'siblingChars' | 'unitEndings', single: boolean): readonly string[] => {
    const l = v[key];
    if (!Array.isArray(l) || l.some((w) => typeof w !== 'string' || w === '' || (single && w.length !== 1))) {
      throw new Error(`data/audit/entities.json: nameVariant.${key} is not a list of ${single ? 'single characters' : 'words'}`);
    }
    return l as readonly string[];
  };
  return {
    minMentions: whole('minMentions'),
    minLength: whole('minLength'),
    keptEnd: whole('keptEnd'),
    openingReach: whole('openingReach'),
    siblingChars: words('siblingChars', true),
    unitEndings: words('unitEndings', false),
  };
}

/** template-residue: the word lists of a bracketed instruction (data/audit/template-residue.json bracketInstructions). */
export interface BracketInstructionWords {
  readonly modals: readonly string[];
  /** 无需, 不必: what need not be written — an instruction after a condition only (如无…则无需阐述). */
  readonly negatedModals: readonly string[];
  readonly verbs: readonly string[];
  readonly bareVerbs: readonly string[];
  readonly formatVerbs: readonly string[];
  readonly formatObjects: readonly string[];
  readonly conditionOpeners: readonly string[];
  /** What ends the condition before the instruction (如无下属单位，需… / 如无特别说明的情况则无需阐述). */
  readonly conditionLinks: readonly string[];
  readonly noteOpeners: readonly string[];
}

/** Checks the bracketed-instruction lists: each present, none empty, no empty word. */
export function loadBracketInstructions(lists: { readonly [K in keyof BracketInstructionWords]?: unknown }): BracketInstructionWords {
  const list = (key: keyof BracketInstructionWords): readonly string[] => {
    const l = lists[key];
    if (!Array.isArray(l) || l.length === 0 || l.some((w) => typeof w !== 'string' || w === '')) {
      throw new Error(`data/audit/template-residue.json: bracketInstructions.${key} is not a non-empty list of words`);
    }
    return l as readonly string[];
  };
  return {
    modals: list('modals'),
    negatedModals: list('negatedModals'),
    verbs: list('verbs'),
    bareVerbs: list('bareVerbs'),
    formatVerbs: list('formatVerbs'),
    formatObjects: list('formatObjects'),
    conditionOpeners: list('conditionOpeners'),
    conditionLinks: list('conditionLinks'),
    noteOpeners: list('noteOpeners'),
  };
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
  readonly notComparative: readonly string[];
  readonly numberedLabels: readonly string[];
  readonly changedTo: readonly string[];
  readonly phaseWords: readonly { readonly word: string; readonly phase: Phase | null }[];
  readonly exhaustiveWords: readonly string[];
  readonly outsideWords: readonly string[];
  /** A total named by the compound (离退休) names each of its words (离休, 退休): a part with one is inside it. */
  readonly outsideWordCompounds: readonly { readonly word: string; readonly words: readonly string[] }[];
  readonly enumerationOpeners: readonly string[];
  /** Words opening a piece of a list that says what the piece before it is (为行政单位): no name of its own. */
  readonly listPredicateOpeners: readonly string[];
  /** After a list of names and a ，, a clause opening with one speaks of every listed item (…、E，分别承担…): the list ended. */
  readonly listEndingPredicates: readonly string[];
  /** Words closing a clause after a count that lead to its numbered lines (单位共3个，包括本级和所属单位，具体是：). */
  readonly numberedListLeads: readonly string[];
  readonly unitNameEndings: readonly string[];
  readonly twoNameJoins: readonly string[];
  readonly titleWords: readonly string[];
  readonly titleFieldLabels: readonly string[];
  readonly stackedSubtotal: readonly string[];
  readonly stackedPurchase: readonly string[];
  readonly stackedRunning: readonly string[];
  readonly genericNames: readonly string[];
  /** Parts of a year a title may name right after the year (上半年, 前三季度): no department name. */
  readonly periodsAfterYear: readonly string[];
  readonly budgetFunds: readonly string[];
  readonly minguoWords: readonly string[];
  readonly rowNumberHeaders: readonly string[];
  /** A column whose header holds one holds scores or rates, not amounts to the 分 (rules/lib/table-sums.ts brokenAmount). */
  readonly notAmountHeaders: readonly string[];
  readonly finalRoleWords: readonly string[];
  readonly incomeWords: readonly string[];
  readonly bothSidesTotals: readonly string[];
  readonly outgoingWords: readonly string[];
  readonly balanceWords: readonly string[];
  readonly thisYearTotalWords: readonly string[];
  /** A balance brought into the year (年初结转): no part of a total of what goes out. */
  readonly openingBalances: readonly string[];
  /** A balance carried out of the year (年末结转): no part of a total of what comes in. */
  readonly closingBalances: readonly string[];
  readonly addingOpeners: readonly string[];
  /** A clause opening with one after a part reports progress (…，目前已下达123.01亿元), no part: facts/decompositions.ts. */
  readonly progressOpeners: readonly string[];
  /** Posts (编制) and the people in post (实有, 实际在岗): two quantities (facts/decompositions.ts outsideTotal). */
  readonly postWords: readonly string[];
  readonly headcountWords: readonly string[];
  /** A colon heading inside a 其中 list with one of these (主要收入项目完成情况：) opens another list. */
  readonly mainItemWords: readonly string[];
  readonly inclusionWords: readonly string[];
  readonly listTotalOpeners: readonly string[];
  readonly notTitleWords: readonly string[];
  /** A part heading 第一部分 X概况 ending with one names the body X of a document printed without a title (facts/title.ts). */
  readonly overviewHeadingEndings: readonly string[];
  readonly headerPhases: readonly { readonly phase: Phase; readonly words: readonly string[]; readonly naming: readonly string[] }[];
  /** A column header with one (上年决算数) holds another year's amounts: no phase of the report's year (facts/table-model.ts). */
  readonly otherYearHeaders: readonly string[];
  /** A header cell holding one names a column of amounts (本年预算数, 金额): a | table of two columns opens with such a header. */
  readonly amountColumnHeads: readonly string[];
  /** A header cell whose lines make one of these alone (年初预算 ⏎ 数) is its column's wrapped title (read/pdf-layout.ts). */
  readonly wrappedColumnTitles: readonly string[];
  /** Headers of the code columns by level (类 | 款 | 项): read/pdf-layout.ts. */
  readonly codeLevelHeaders: readonly string[];
  readonly averageWords: readonly string[];
  readonly closingTotalWords: readonly string[];
  /** Words that break down the figure right before them, as 其中 does (…32人，包括… / …12个，分别为…): facts/decompositions.ts. */
  readonly followingBreakdownWords: readonly string[];
  /** The word of a total closing a list without 其中 (…，退休人员9人，合计30人): facts/decompositions.ts. */
  readonly closingListWords: readonly string[];
  /** Verbs setting up a body's units (内设, 下设): a list of names after one, closed by a count, is the whole list. */
  readonly listSettingVerbs: readonly string[];
  /** A list of units framed as what a body is made of (由A、B、C3家单位组成): its opener, the closer after the count's noun, and words that make an item a subordinate group (所属). */
  readonly compositionOpeners: readonly string[];
  readonly compositionClosers: readonly string[];
  readonly compositionSubordinateWords: readonly string[];
  readonly compositionItemEndings: readonly string[];
  /** Words opening a bracketed list that names only some of a count (含, 其中, 主要). */
  readonly subsetOpeners: readonly string[];
  /** Nouns that count units (机构, 单位, 部门) besides those ending as a unit's name ends (科室). */
  readonly unitCountNouns: readonly string[];
  /** Words that make a piece of a 、 list no plain name (…中心及17个乡镇卫生院, …机构等): a glued list holding one is not read. */
  readonly gluedListBreakers: readonly string[];
  readonly sideClosingWords: readonly string[];
  readonly budgetNamedFunds: readonly string[];
  readonly wholeScopeWords: readonly string[];
  /** An amount followed by one (拨付45万元，主要用于…) is the whole whose uses the list gives, no part of it. */
  readonly usedForWords: readonly string[];
  readonly siblingParts: readonly (readonly [string, string])[];
  /** Subjects that follow a text's own year (2023年一般公共预算…): facts/body-year.ts. */
  readonly bodyYearSubjects: readonly string[];
  /** Words before a year that make it the other side of a comparison (比2022年): facts/body-year.ts. */
  readonly bodyYearComparisons: readonly string[];
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
  const headerPhases = grammar.headerPhases.map(({ phase, words, naming }) => {
    if (phase === null || !PHASES.includes(phase as Phase)) throw new Error(`data/audit/grammar.json: headerPhases has an unknown phase ${phase}`);
    return { phase: phase as Phase, words, naming: naming ?? [] };
  });
  const { measureWords, qualifiers, leadingConnectives, trailingFillers, comparativeWords, carryOver, notComparative, numberedLabels, changedTo, exhaustiveWords, outsideWords, outsideWordCompounds, enumerationOpeners, listPredicateOpeners, listEndingPredicates, numberedListLeads, unitNameEndings, twoNameJoins, titleWords, titleFieldLabels, stackedSubtotal, stackedPurchase, stackedRunning, genericNames, periodsAfterYear, budgetFunds, minguoWords, rowNumberHeaders, notAmountHeaders, finalRoleWords, incomeWords, bothSidesTotals, outgoingWords, balanceWords, thisYearTotalWords, openingBalances, closingBalances, addingOpeners, progressOpeners, postWords, headcountWords, mainItemWords, inclusionWords, listTotalOpeners, notTitleWords, overviewHeadingEndings, otherYearHeaders, wrappedColumnTitles, codeLevelHeaders, averageWords, closingTotalWords, followingBreakdownWords, closingListWords, listSettingVerbs, compositionOpeners, compositionClosers, compositionSubordinateWords, compositionItemEndings, subsetOpeners, unitCountNouns, gluedListBreakers, sideClosingWords, budgetNamedFunds, wholeScopeWords, usedForWords, bodyYearSubjects, bodyYearComparisons, amountColumnHeads } = grammar;
  return { bodyYearSubjects, bodyYearComparisons, measureWords, qualifiers, leadingConnectives, trailingFillers, comparativeWords, carryOver, notComparative, numberedLabels, changedTo, phaseWords, exhaustiveWords, outsideWords, outsideWordCompounds, enumerationOpeners, listPredicateOpeners, listEndingPredicates, numberedListLeads, unitNameEndings, twoNameJoins, titleWords, titleFieldLabels, stackedSubtotal, stackedPurchase, stackedRunning, genericNames, periodsAfterYear, budgetFunds, minguoWords, rowNumberHeaders, notAmountHeaders, finalRoleWords, incomeWords, bothSidesTotals, outgoingWords, balanceWords, thisYearTotalWords, openingBalances, closingBalances, addingOpeners, progressOpeners, postWords, headcountWords, mainItemWords, inclusionWords, listTotalOpeners, notTitleWords, overviewHeadingEndings, headerPhases, otherYearHeaders, wrappedColumnTitles, codeLevelHeaders, averageWords, closingTotalWords, followingBreakdownWords, closingListWords, listSettingVerbs, compositionOpeners, compositionClosers, compositionSubordinateWords, compositionItemEndings, subsetOpeners, unitCountNouns, gluedListBreakers, sideClosingWords, budgetNamedFunds, wholeScopeWords, usedForWords, siblingParts, amountColumnHeads };
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

/** An administrative division (data/audit/places.json): its GB/T 2260 code (two digits its province), name and level. */
export interface Place {
  readonly code: string;
  readonly name: string;
  readonly level: 'province' | 'city' | 'county';
}

function loadPlaces(): readonly Place[] {
  const out: Place[] = [];
  const levels = [
    ['province', places.provinces],
    ['city', places.cities],
    ['county', places.counties],
  ] as const;
  for (const [level, list] of levels) {
    for (const entry of list) {
      const [code, name] = entry;
      if (typeof code !== 'string' || !/^\d{2,6}$/.test(code) || typeof name !== 'string' || name.length < 2) {
        throw new Error(`data/audit/places.json：${level} 中的条目 ${JSON.stringify(entry)} 不是“代码、名称”`);
      }
      out.push({ code, name, level });
    }
  }
  return out;
}

/** China's provinces, cities and county-level divisions (data/audit/places.json). */
export const PLACES: readonly Place[] = loadPlaces();

/** The comparisons an indicator's target is written with (data/audit/indicator-rows.json). */
export type Comparison = '>=' | '<=' | '>' | '<' | '=';

/**
 * How a 绩效自评表's rows are read and judged (data/audit/indicator-rows.json): column titles, comparison signs, units,
 * the words of a remark or a claim of completion, the severity of each check and the tolerance of a score.
 */
export const INDICATOR_ROWS = loadIndicatorRows();

function loadIndicatorRows() {
  const comparisons = indicatorRows.comparisons.map(({ word, op }) => {
    if (op !== '>=' && op !== '<=' && op !== '>' && op !== '<' && op !== '=') throw new Error(`data/audit/indicator-rows.json: comparison “${word}” has an unknown op ${op}`);
    return { word, op: op as Comparison };
  });
  const severity: Record<string, 'error' | 'warning' | 'info'> = {};
  for (const [shape, s] of Object.entries(indicatorRows.severity)) {
    if (s !== 'error' && s !== 'warning' && s !== 'info') throw new Error(`data/audit/indicator-rows.json: severity of ${shape} is ${s}`);
    severity[shape] = s;
  }
  const { source: _source, version: _version, ...rest } = indicatorRows;
  return { ...rest, comparisons, severity };
}

export type IndicatorRowWords = typeof INDICATOR_ROWS;

/**
 * The signs of a calculation written out in full (data/audit/arithmetic.json): operators, the equals sign, words of an
 * approximate result, and the powers of ten a result in another unit may differ by.
 */
export const ARITHMETIC = loadArithmetic();

function loadArithmetic() {
  const { source: _source, version: _version, ...rest } = arithmetic;
  for (const [key, list] of Object.entries(rest)) {
    if ((list as readonly (string | number)[]).some((w) => w === '')) throw new Error(`data/audit/arithmetic.json: ${key} holds an empty word`);
  }
  return rest;
}

const BRACKET_INSTRUCTIONS = loadBracketInstructions(templateResidue.bracketInstructions);
const NAME_VARIANT = loadNameVariant(entities.nameVariant);

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
  /** template-residue: runs of stars standing inside words (乡村**衔接, 下达**河县) that make all of a text's stars a mask. */
  readonly maskedWordRuns: number;
  /** title: lines after a form's title within which a lone bracketed year ((2021年)) is the title's. */
  readonly yearLineReach: number;
  /** dates: most spaces a layout puts before 月 or 日 inside a date (2020年4 月25 日). */
  readonly maxLayoutSpaces: number;
  /** facts (enumerations): longest item of a list after a count whose items are joined by ， instead of 、. */
  readonly maxCommaListItem: number;
  /** facts (enumerations): longest name, the first aside, of a 、 list its count follows right away (城关、龙泉、石桥7个乡镇). */
  readonly gluedListItem: number;
  /** facts (enumerations): most such a count may differ from the names' number and still be their count. */
  readonly gluedCountSlip: number;
  readonly maxNumberedItem: number;
  /** template-residue: most characters inside a bracketed remark read as the form's instruction (（需公开…）). */
  readonly bracketInstructionReach: number;
  /** template-residue: characters back from a blank per-cent sign or an either/or bracket within which its clause is read. */
  readonly rateClauseReach: number;
  /** template-residue: most characters inside a bracket read as the form's other choice (（或与预算数持平）). */
  readonly alternativeReach: number;
  /** percent-mismatch: fewest bare shares (A万元，占R%) of one unnamed whole read as a list that vouches for that whole. */
  readonly minListedShares: number;
  /** date-out-of-period: fewest characters of a name shared by the previous year and the report's year to read the former as left in. */
  readonly minSharedName: number;
  readonly minNameAfterYear: number;
  /** date-out-of-period: fewest comparisons with the previous year's 决算 that vouch for the base the text means. */
  readonly minPriorComparisons: number;
  /** entity-name: fewest amounts given to a place under one level for one under another level to be its old name. */
  readonly minPlaceMajority: number;
  readonly minSiblingMajority: number;
  readonly minOtherLengths: number;
  readonly lengthOutlierFactor: number;
  /** entity-name: longest title line of one of the report's own parts opened by a body's name (第二部分 X2024年部门预算表). */
  readonly ownPartLineMax: number;
  /** entity-name: longest heading title of the section on the body's own duties (部门职责, 主要职能). */
  readonly ownDutiesHeadingMax: number;
  /** entity-name: characters read back from 政府采购支出总额 for the name before it. */
  readonly ownNameReach: number;
  /** entity-name: most characters (a heading marker and blanks) before the body's name on such a line. */
  readonly ownPartMarkerMax: number;
  /** numbering: longest line read as a prose heading whose number was lost (总体绩效目标完成情况分析). */
  readonly lostNumberTitleMax: number;
  /** numbering: longest heading title (marker to first punctuation) read as a heading of prose, not a list item. */
  readonly proseTitleMax: number;
  /** sum-mismatch / percent-mismatch: characters read before a total or whole for a bound word or a range's lower end. */
  readonly boundReach: number;
  /** percent-mismatch: how far (a factor either way) a change rate read against the line before must be off to be reported. */
  readonly lineBaseRateFactor: number;
  /** outline: longest paragraph read as a line of a list of table titles. */
  readonly tableListLineMax: number;
  /** percent-mismatch: longest words between an item's amount and its execution rate whose budget is stated elsewhere. */
  readonly elsewhereRateLeadMax: number;
  /** percent-mismatch: paragraphs away from such a rate its item's budget is looked for. */
  readonly elsewhereBudgetParagraphs: number;
  /** percent-mismatch: fewest characters of an item's name for its amounts to be matched by name. */
  readonly minItemNameChars: number;
  /** percent-mismatch (share of a whole): figures read back from a share's rate for its whole (by the name written after 占, or by label). */
  readonly shareLookbackFigures: number;
  /** percent-mismatch (share of a whole): longest whole name read between 占 and its rate (占本年支出合计的R%). */
  readonly writtenWholeMax: number;
  /** percent-mismatch (shares over 100%): beyond this distance from the first, shares of the same whole are not read as one list. */
  readonly shareGroupChars: number;
  /** table-text-mismatch: a table label shorter than this is too generic to stand for a subject of the text it ends (支出, 合计). */
  readonly minSuffixLabel: number;
  /** table-text-mismatch: characters before an amount within which its label's ending is looked for (总计为: two words at most). */
  readonly grossTotalReach: number;
  /** table-text-mismatch: how far back the name of an item titled by a 类 / 款 / 项 mark (…高中教育（项）。) may start. */
  readonly itemTitleMax: number;
  /** template-residue (budget heading among 决算 headings): fewest headings speaking of the 决算 for a lone heading in the budget's wording to be left from the budget's template. */
  readonly minFinalHeadings: number;
  /** template-residue: characters allowed between a field's 为 / ： and its value's first choice (财政全额拨款). */
  readonly fieldValueLead: number;
  /** template-residue: longest text inside a square bracket read as a placeholder ([项目具体名称]; a pinyin gloss of a mirror may stand inside). */
  readonly squarePlaceholderReach: number;
  /** template-residue: characters of a note's first sentence (注：, 填表说明：) read for its instruction to the form's writer. */
  readonly noteSentenceReach: number;
  /** outline: longest line read as the wrapped end of the title above it (表, 情况说明). */
  readonly wrappedTailChars: number;
  /** outline: highest table number read in a list of tables (a report has far fewer; a larger number is no table's). */
  readonly maxTableNumber: number;
  /** outline: lines read down from a table title to the sentence saying the table is empty (caption, header rows between). */
  readonly emptyNoteWindow: number;
  /** unit: shortest common ending of two subjects read as one item's name (公务接待费, 运行维护费, 财政拨款收入). */
  readonly sameItemSuffix: number;
  readonly goalHeadingMax: number;
  /** sum-mismatch: shortest item key (a label without scope, quotes and phase words) that names an item, so that a bare 支出 or 经费 is none. */
  readonly minItemKey: number;
  /** sum-mismatch (sum stated before): characters back from a 其中 list within which an amount stated earlier under another name may be the sum of its parts. */
  readonly referentLookbackChars: number;
  /** sum-mismatch (分别为): most kinds read from a ，-joined name (the run of short clauses before 分别为). */
  readonly maxCommaKinds: number;
  /** sum-mismatch (分别为): fewest characters of the whole's name (全市政府采购规模) for its kinds listed later to be read against it. */
  readonly minWholeName: number;
  /** precision: fewest amounts in one unit whose decimals are weighed against each other; fewer show no usual precision. */
  readonly minPrecisionFigures: number;
  /** percent-mismatch (paired shares, rules/lib/paired-shares.ts): fewest amount–share pairs that can vouch for a common whole against one outlier. */
  readonly minSharePairs: number;
  /** table rates (rules/lib/table-rates.ts): non-empty lines before a row within which the stacked form's header may end (its cells broken over lines: 年初⏎预算数). */
  readonly stackedHeaderReach: number;
  /** table titles (rules/lib/table-title.ts): lines read up from a table to its title — the caption and up to four header lines left above the first row. */
  readonly tableTitleWindow: number;
  /** table titles (rules/lib/table-title.ts): longest line taken for a table's title. */
  readonly tableTitleMax: number;
  /** percent-mismatch: figures read back from a rate for the money figures of its sentence and the one before it (moneyBefore). */
  readonly moneyBeforeFigures: number;
  /** percent-mismatch (completion of the budget): characters read back from a rate for the start of its clause (a line the PDF wrapped inside the clause, …完⏎成预算的23.42%, read as one). */
  readonly completionClauseReach: number;
  /** percent-mismatch (over or under the budget): most characters between a completion rate and the amount by which the final exceeds or falls short of the budget (…完成年初预算100%，决算数大于预算数55.93万元). */
  readonly budgetDifferenceReach: number;
  /** percent-mismatch (shares of a phase's whole, …决算中，…占R%): figures read back from the sentence for the whole its shares are of. */
  readonly wholeLookbackFigures: number;
  /** percent-mismatch (rate against the prior year): most characters between the prior-year amount and the change, and between the change and the rate. */
  readonly priorChangeGap: number;
  /** percent-mismatch (rate between two years' amounts, 2023年支出112万元，2022年支出100万元，增长15%): most characters between the second amount and the rate. */
  readonly yearRateGap: number;
  /** percent-mismatch (rate between two years' amounts): characters read back from the first amount, within its sentence, for its year (the second's is read between the two). */
  readonly yearLabelReach: number;
  /** sum-mismatch (change between two amounts): most characters between the second amount and the change (punctuation and a comparison word). */
  readonly sumChangeGap: number;
  /** sum-mismatch (change between two amounts): characters read back from the first amount, after the figure before it, for its year (the second's is read between the two). */
  readonly sumYearReach: number;
  /** sum-mismatch (parts overlapping by their own shares): characters after the last part of a breakdown within which its share 占…X% is read. */
  readonly ownShareReach: number;
  /** outline: longest paragraph read as a line of the outline — a table title standing alone, a numbered table title, a heading whose next line may be its wrapped end. */
  readonly outlineLineMax: number;
  /** outline (a table stated without a table under it): longest line under its title read as a short note in a row of the table (本单位无政府性基金收支) or one of its header lines. */
  readonly emptyNoteLineMax: number;
  /** unit (change rate written without %): characters read back from 增长 / 下降 for 比 / 较 / 同比 in its own clause (较上年增长11.1，). */
  readonly changeRateClauseReach: number;
  /** table-text-mismatch (table lines not read): longest paragraph looked at as a row of a table the reader could not rebuild (three amounts or more side by side, no cell separators). */
  readonly unreadLineMax: number;
  /** table-text-mismatch (table without unit): longest header cell whose money word (金额, 决算数) makes the table one of amounts that needs a unit. */
  readonly unitHeaderMax: number;
  /** table-text-mismatch: fewest characters of a heading's scope (its subject without 情况说明) for the tables of that scope to be the ones its prose is read against. */
  readonly minScopeChars: number;
  /** unit: characters between a unit declaration's word (单位：) and its % (执行率和比重单位：% / 单位：万元、%). */
  readonly percentDeclarationReach: number;
  /** unit: lines read up from a bare per-cent for a declaration of its block's per-cents (stopped by a blank line or a sentence's 。). */
  readonly percentDeclarationLines: number;
  /** percent-mismatch: characters read back from an amount for the opener of a comparison framing it as the year before's (与2022年获得…资金384万元相比). */
  readonly priorFrameReach: number;
  /** direction-mismatch: paragraphs read back for the year's amount that exactly makes a change framed by its base, when the near sentences hold none. */
  readonly framedBaseFarParagraphs: number;
}

/**
 * Reads and checks a section of whole-number settings of data/audit/thresholds.json (`section`, for the message): the
 * `value` of each of `keys` a whole number of at least 1. Other keys of the section (notes) are not read.
 */
function loadWholeNumbers<K extends string>(section: string, settings: { readonly [k in K]: { readonly value: unknown } }, keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of keys) {
    const { value } = settings[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new Error(`data/audit/thresholds.json: ${section}.${key} is ${JSON.stringify(value)}, not a whole number of at least 1`);
    out[key] = value;
  }
  return out;
}

/** Reads and checks the search windows of a thresholds file: each a whole number of at least 1. */
export function loadSearchWindows(windows: { readonly [K in keyof SearchWindows]: { readonly value: unknown } }): SearchWindows {
  return loadWholeNumbers('searchWindows', windows, [
    'timeValueReach',
    'latenessReach',
    'maskDeclarationReach',
    'maskedWordRuns',
    'yearLineReach',
    'maxLayoutSpaces',
    'maxCommaListItem',
    'gluedListItem',
    'gluedCountSlip',
    'maxNumberedItem',
    'bracketInstructionReach',
    'rateClauseReach',
    'alternativeReach',
    'minListedShares',
    'minSharedName',
    'minNameAfterYear',
    'minPriorComparisons',
    'minPlaceMajority',
    'minSiblingMajority',
    'minOtherLengths',
    'lengthOutlierFactor',
    'ownPartLineMax',
    'ownDutiesHeadingMax',
    'ownNameReach',
    'ownPartMarkerMax',
    'lostNumberTitleMax',
    'proseTitleMax',
    'boundReach',
    'lineBaseRateFactor',
    'tableListLineMax',
    'elsewhereRateLeadMax',
    'elsewhereBudgetParagraphs',
    'minItemNameChars',
    'shareLookbackFigures',
    'writtenWholeMax',
    'shareGroupChars',
    'minSuffixLabel',
    'grossTotalReach',
    'itemTitleMax',
    'minFinalHeadings',
    'fieldValueLead',
    'squarePlaceholderReach',
    'noteSentenceReach',
    'wrappedTailChars',
    'maxTableNumber',
    'emptyNoteWindow',
    'sameItemSuffix',
    'goalHeadingMax',
    'minItemKey',
    'referentLookbackChars',
    'maxCommaKinds',
    'minWholeName',
    'minPrecisionFigures',
    'minSharePairs',
    'stackedHeaderReach',
    'tableTitleWindow',
    'tableTitleMax',
    'moneyBeforeFigures',
    'completionClauseReach',
    'budgetDifferenceReach',
    'wholeLookbackFigures',
    'priorChangeGap',
    'yearRateGap',
    'yearLabelReach',
    'sumChangeGap',
    'sumYearReach',
    'ownShareReach',
    'outlineLineMax',
    'emptyNoteLineMax',
    'changeRateClauseReach',
    'unreadLineMax',
    'unitHeaderMax',
    'minScopeChars',
    'percentDeclarationReach',
    'percentDeclarationLines',
    'priorFrameReach',
    'framedBaseFarParagraphs',
  ]);
}

export const SEARCH_WINDOWS: SearchWindows = loadSearchWindows(thresholds.searchWindows);

/** One amount stated twice with one digit changed (table-text-mismatch, rules/lib/restated-values.ts; data/audit/thresholds.json restatedValues). */
export interface RestatedValueSettings {
  /** Fewest digits an amount is written with for a one-digit difference to be read as a slip. */
  readonly minDigits: number;
  /** Most statements one name, kind and year may gather for them to be read as one quantity. */
  readonly maxGroupMentions: number;
  /** Longest line read as a label of a table set one cell a line; a longer one is prose and ends a unit caption's reach. */
  readonly maxLabelChars: number;
  /** Lines looked over (blank ones) from an amount alone on its line to its label and to the line after it. */
  readonly stackedReach: number;
}

export const RESTATED_VALUES: RestatedValueSettings = loadWholeNumbers('restatedValues', thresholds.restatedValues, ['minDigits', 'maxGroupMentions', 'maxLabelChars', 'stackedReach']);

/** How sure the reading of a text's own year from its sentences must be (data/audit/thresholds.json bodyYear). */
export interface BodyYearSettings {
  readonly subjectReach: number;
  readonly minMentions: number;
  readonly minMentionsAgainstOther: number;
  readonly dominance: number;
}

/** Reads and checks the body-year settings of a thresholds file: each a whole number of at least 1. */
export function loadBodyYear(settings: { readonly [K in keyof BodyYearSettings]: { readonly value: unknown } }): BodyYearSettings {
  return loadWholeNumbers('bodyYear', settings, ['subjectReach', 'minMentions', 'minMentionsAgainstOther', 'dominance']);
}

export const BODY_YEAR: BodyYearSettings = loadBodyYear(thresholds.bodyYear);

/** Numeric tolerances of the rules that are no whole-number windows (data/audit/thresholds.json ruleTolerances; unit, meaning and source beside each). */
export interface RuleTolerances {
  /** percent-mismatch (unit slip): a rate recomputed with one amount's unit changed by 10⁴ or 10⁸ is the stated rate when within its rounding tolerance and this much more. */
  readonly unitSlipRateSlack: number;
  /** percent-mismatch (shares of a phase's whole): an amount is the whole the sentence's shares are of only when it is at least the sum of the parts; this factor lets it fall short of that sum by a tenth of a per cent (rounding of the parts). */
  readonly wholeOverPartsFactor: number;
  /** sum-mismatch (parts overlapping by their own shares): a breakdown whose parts each carry their own share of the total overlaps when those shares add up beyond this (100 % and rounding of the shares). */
  readonly overlappingSharesMax: number;
  /** direction-mismatch (claims without a figure): two amounts told equal (持平, 无增减) contradict the word only when they differ by more than this share of the larger (and their rounding). */
  readonly flatClaimSlack: number;
}

/** Reads and checks the rule tolerances of a thresholds file: each a number above 0. */
export function loadRuleTolerances(settings: { readonly [K in keyof RuleTolerances]: { readonly value: unknown } }): RuleTolerances {
  const out = {} as Record<keyof RuleTolerances, number>;
  for (const key of ['unitSlipRateSlack', 'wholeOverPartsFactor', 'overlappingSharesMax', 'flatClaimSlack'] as const) {
    const { value } = settings[key];
    if (typeof value !== 'number' || !(value > 0 && Number.isFinite(value))) throw new Error(`data/audit/thresholds.json: ruleTolerances.${key} is ${JSON.stringify(value)}, not a number above 0`);
    out[key] = value;
  }
  return out;
}

export const RULE_TOLERANCES: RuleTolerances = loadRuleTolerances(thresholds.ruleTolerances);

/** How the PDF reader sets amounts in columns (data/audit/thresholds.json pdfLayout; meaning and source beside each). */
export interface PdfLayoutSettings {
  /** gridBreak: line heights within which the edges of two amounts stand in one column of one grid. */
  readonly gridEdge: number;
  /** regionsOf: a line whose font is this many times the table rows' (or more) is a title, never a row's next line. */
  readonly titleFontRatio: number;
  /** rowsOf: line heights of gap between an amount to the 分 and a following non-unit word that part two cells. */
  readonly amountLabelGapFen: number;
  /** rowsOf: line heights of gap up to which single Chinese characters, each a word of its own, are one word's spaced letters. */
  readonly letterSpacing: number;
  /** buildTables: line heights within which a wrapped cell's line stands at the mirror image of another across its row's middle. */
  readonly mirrorTolerance: number;
  /** buildTables: line heights a centred group header's columns, mirrored around its middle, may reach past the table's edges. */
  readonly centredReachSlack: number;
  /** normalizeBoxHeights: a word box's usual height over its font size (LibreOffice, Word). */
  readonly usualBoxRatio: number;
  /** normalizeBoxHeights: median box height over em of the Chinese words from which boxes are too high and shrunk. */
  readonly tallBoxRatio: number;
  /** normalizeBoxHeights: a non-Chinese word's box under this many times its own em keeps its height. */
  readonly ownFontBoxRatio: number;
  /** rowsOf: a word's box under this fraction of the line's box height, within it for this fraction of its own, is on the line. */
  readonly tightBoxRatio: number;
  /** regionsOf: a single cell narrower than this share of the text's width may be a piece of a table (a wrapped label). */
  readonly fragmentWidth: number;
  /** joinWords: two words of no Chinese side by side in one cell (Latin words, numbers) are written with a space between them when further apart than this; nearer, they are one word the text layer broke. Chinese needs no space. (line heights (of the later word)) */
  readonly latinSpaceGap: number;
  /** joinSpacedNumbers, rowsOf: the width of a space, about a quarter of the height: pieces of a number drawn glyph by glyph closer than this are one word; a row label and an amount right after it further apart than this are two cells. (line heights) */
  readonly spaceWidth: number;
  /** joinSpacedNumbers: pieces of a number drawn glyph by glyph may overlap by this much (the next piece starting this far left of the end of the one before) and still be read together. (line heights) */
  readonly spacedDigitOverlap: number;
  /** joinSpacedNumbers: single digits each a word of their own are a code written with letter-spacing when the gaps between them differ by less than this. (line heights) */
  readonly spacedDigitEvenness: number;
  /** joinSpacedNumbers: fewest pieces of a run read together as one number drawn glyph by glyph; two numbers side by side (29.97 | 99.21) are two cells. (pieces (words)) */
  readonly spacedNumberMinPieces: number;
  /** twoLines: two groups of words closer than a line apart hold two lines cut in the wrong place only when their words step down by at least this much between the two lines. (line heights) */
  readonly twoLinesStep: number;
  /** twoLines: the middles of the words of each of those two lines lie within this much of each other (each a tight line). (line heights) */
  readonly tightLineSpread: number;
  /** covering: how many words back a word is checked for covering another across (two lines the loose grouping by height joined). (words (left of the word, by left edge)) */
  readonly coverReach: number;
  /** covering: two words cover one another across when they overlap by more than this share of the narrower one (and by more than coverMinOverlap). (share of the narrower word's width) */
  readonly coverShare: number;
  /** covering: and by more than this much: words of one line touching at their edges never cover one another. (line heights) */
  readonly coverMinOverlap: number;
  /** oneLinePerRow: a group of words covering one another across is cut again at its widest step in height while that step is at least this much (a fifth of a line). (line heights) */
  readonly lineCutStep: number;
  /** rowsOf: a word whose middle stands within this much of the middle of the line before it is on that line. (line heights (of the lower of the two boxes)) */
  readonly sameLineCentres: number;
  /** rowsOf: two groups of words whose middles stand closer than this are checked for being two lines cut in the wrong place (twoLines, covering). (line heights (of the lower of the two groups)) */
  readonly twoLinesReach: number;
  /** rowsOf: two numbers side by side, or a dash for none and an amount beside it, are two cells when further apart than this, even where the columns are tight (29.97 99.21%). (line heights) */
  readonly numberCellGap: number;
  /** rowsOf: an amount with a separator or decimals not written to the 分 and a word after it that is no unit of it (万元, 个, %) are two cells when further apart than this (a space is about a quarter); amounts to the 分 use amountLabelGapFen. (line heights) */
  readonly amountLabelGap: number;
  /** rowsOf: words further apart than this (and than cellGapPoints) are two cells: a space is about a quarter of the height, and cells of a table stand at least two paddings apart. (line heights) */
  readonly cellGap: number;
  /** rowsOf: the least gap that parts two cells whatever the font size (cellGap of a tiny font would part a word's letters). (points) */
  readonly cellGapPoints: number;
  /** wrappedNumberedLabel, blankRowLabel: lines of wrapped labels a two-sided table's row may set above its amounts (both sides' labels, interleaved), and lines of one label read down to the row it opens. (lines) */
  readonly labelLinesMax: number;
  /** lonelyRowLabel: a row holding only its label stands at the table's row pitch (the distance between the two body rows above) when at most this many times it from the rows above and below. (ratio (of the table's own row pitch)) */
  readonly lonelyPitchSlack: number;
  /** lonelyRowLabel: or at a line's spacing: at most its own height and this many line heights (of the taller row) from them. (line heights) */
  readonly lonelyLineReach: number;
  /** blankRowLabel: a line starts where a label above it starts (and is one of its lines) when its left edge stands within this much of that label's. (line heights) */
  readonly labelStartAlign: number;
  /** blankRowLabel: a label's own lines stand closer under it than it stands under the line above, by at least this much; a row opens where the spacing grows by it. (line heights) */
  readonly labelSpacingMargin: number;
  /** labelFill: body rows read above and below a label to know how wide its column is. (rows (either side)) */
  readonly labelColumnRows: number;
  /** labelFill: fewest body rows with a cell at the label's start from which its column's width is known; with fewer, whether a label fills it is unknown. (rows) */
  readonly labelColumnMinRows: number;
  /** labelFill: a label fills its column (a line breaks only when full) when it is as wide as the widest cell starting there within this much (a character and a half). (line heights) */
  readonly labelFillSlack: number;
  /** gridBreak: fewest body rows of a table in which a piece going on in columns of its own width is looked for. (body rows (with two amounts or more)) */
  readonly gridMinRows: number;
  /** gridBreak: a row goes on in another grid when fewer than one in this many of its amounts (and of the next row's) stand where the grid above has one: a table as wide as the page shares its right edge with any other. (one in this many amounts) */
  readonly gridMissDivisor: number;
  /** sameCell: two lines are lines of one cell when the gap between them is less than this (the strict form, telling a header from the first body row): cells' lines stand closer than rows, which a padding and a border keep apart. (line heights (of the lower of the two rows)) */
  readonly cellLineGap: number;
  /** sameCell: the loose form: a cell written at 1.5 lines (a wrapped label). (line heights (of the lower of the two rows)) */
  readonly cellLineGapLoose: number;
  /** farApart: two rows on one page further apart than this are no rows of one table. (line heights (of the taller of the two rows)) */
  readonly farGap: number;
  /** farApart: two rows of several cells each may stand this far apart: rows of a table set high for a small font (7 points in rows of 20). (line heights (of the taller of the two rows)) */
  readonly farGapCells: number;
  /** regionsOf: rows that are no body rows (a label's lines aside) a table may hold between two of its body rows. (rows) */
  readonly maxGapRows: number;
  /** regionsOf: most rows of a table's header above its body. (rows) */
  readonly maxHeaderRows: number;
  /** buildTables: most cells of a header whose group titles are spread over the columns under them (a quadratic look-around); a header of more cells than a real table has is not worth it. (cells) */
  readonly maxHeaderCells: number;
  /** regionsOf: a line of one cell starts where a cell of the last body row starts (a label's next line) when its left edge stands within this much of that cell's. (points) */
  readonly underCellPoints: number;
  /** regionsOf: such a line is close under the last body row when less than this far under it. (line heights (of the last body row)) */
  readonly nearGap: number;
  /** regionsOf: rows far apart (farApart) are still rows of one table when the gap is at most this many times the widest gap of its rows so far: rows set high for their font stand far apart throughout. (ratio (of the widest gap between the table's rows so far)) */
  readonly rowGapSlack: number;
  /** regionsOf: a fragment right under a table's last body row, less than this far under it, is the last label's next line. (line heights (of the last body row)) */
  readonly tailLineGap: number;
  /** regionsOf: most lines of a wrapped label right above a table's first body row that belong to it. (lines) */
  readonly leadLabelLines: number;
  /** bandsOf: cells of a table body overlapping by more than this across are in one column (its x-range); cells merely touching, or overlapping by less, are in neighbouring columns. (points) */
  readonly bandMergePoints: number;
  /** bandsOf: a valley of a column covered by at most this share of the rows (at least one), with well-covered ranges on both sides, is a column border: a few rows bridging two columns that many rows keep apart (a 二级指标 label written into the 三级指标 cell of one row). (share of the body's rows) */
  readonly bridgeShare: number;
  /** bandsOf: most times a column is split again at such a valley. (splits) */
  readonly bandSplitDepth: number;
  /** bandsOf: fewest cells of a column looked at for such a valley. (cells) */
  readonly bandSplitMinCells: number;
  /** bandsOf: fewest cells ending left of such a valley, and starting right of it, for it to be a column border. (cells) */
  readonly borderMinCells: number;
  /** bandsOf: and at least this many times as many as the cells crossing it. (ratio (of the cells crossing the valley)) */
  readonly borderCoverRatio: number;
  /** placeholdersUnderTheirHeaders: a header cell stands under another (the other is no leaf) when it starts lower than this far above the other's bottom, overlapping it across. (heights (of the upper cell)) */
  readonly headerBelowOverlap: number;
  /** splitOverColumns: a word of a header cell stands over a column when more than this share of it (or of the column) lies inside it: a cell of several words, each over a column of its own, is one cell per column. (share (of the narrower of word and column)) */
  readonly wordInColumnShare: number;
  /** withHeaderOnlyColumns, buildTables: the last line of a wrapped header cell stands less than this far under the line it goes on from. (line heights (of the lower line)) */
  readonly wrappedLineGap: number;
  /** withHeaderOnlyColumns: and starts within this much of where that line starts (set left-aligned, 年末结转和结 / 余 in Word), so that it is no header of a column of its own. (line heights (of the lower line)) */
  readonly wrappedLineAlign: number;
  /** withHeaderOnlyColumns: two header cells are on one line when their middles stand within this much of each other. (line heights (of the lower cell)) */
  readonly headerLineMiddles: number;
  /** wrappedHeaderLinesJoined: another header cell is on a cell's line when it overlaps the cell's height by more than this at both its top and its bottom. (line heights (of the cell)) */
  readonly onLineOverlap: number;
  /** wrappedHeaderLinesJoined: a line of a header cell wrapped in a narrow column goes on from the line above on the same centre or left edge, within this much. (line heights (of the lower of the two lines)) */
  readonly headerAxisAlign: number;
  /** wrappedHeaderLinesJoined: and stands lower than the line above by at least this much (no line of the same row). (line heights (of the line above)) */
  readonly wrappedLineStep: number;
  /** wrappedHeaderLinesJoined: and right under it, closer than this (a quarter of a line), where the rows of a header stand apart by their cells' padding. (line heights (of the line above)) */
  readonly wrappedHeaderGap: number;
  /** wrappedHeaderLinesJoined: and no wider than the cell so far, and within its edges, by more than this. (line heights) */
  readonly wrappedWidthSlack: number;
  /** buildTables: the last line of a wrapped header cell set left-aligned, over no column, goes to the column of the line above it that starts within this much of where it starts. (line heights (of the lower line)) */
  readonly headerTailAlign: number;
  /** buildTables (underGroup): a group's own header spans several lines when its lowest middle stands at least this far under its top line's middle; only then can a column's header stand within its lines. (line heights (of the header cell)) */
  readonly groupMinSpan: number;
  /** buildTables (underGroup): a column's header stands within the lines of a group column's header (and reaches their lower half) within this much. (line heights (of the header cell)) */
  readonly groupLineSlack: number;
  /** buildTables (setAtTop): the lines of a column's lowest title run together: less than this apart, aligned on the left within it, and no narrower than the next by more than it. (line heights (of the upper line)) */
  readonly titleLineSlack: number;
  /** buildTables (setAtTop): two titles are of different heights (one line beside two) when their heights differ by at least this much. (line heights (of the lower of the two titles)) */
  readonly titleHeightStep: number;
  /** buildTables (setAtTop): two titles of different heights start level (cells set at the top: pdfmake, pdfkit), or stand centred level (Chromium, Writer: not set at the top), within this much. (line heights (of the lower of the two titles)) */
  readonly levelTolerance: number;
  /** buildTables: header cells below a cell are those starting lower than this much above its bottom (boxes of lines set close touch); a group cell ends above a title within this much. (line heights (of the header cell)) */
  readonly belowSlack: number;
  /** buildTables (topAligned): in a header set at the top of its cells, a column's title starts level with the first line under a group cell, or with the title of the group's own column, within this much. (line heights (of the header cell)) */
  readonly topLevelSlack: number;
  /** buildTables: a column's own header reaches up into a cell's line (the first line of its own wrapped title, no group over the column) when it starts higher than this much above the cell's bottom. (line heights (of the header cell)) */
  readonly lineReachSlack: number;
  /** buildTables: a group cell reaches a neighbouring column when the middle of that column's header below stands within this much of the middle of its own column's header below (or the column is under the group, or level with it). (line heights (of the header cell)) */
  readonly groupCentreReach: number;
  /** buildTables: a column under a group header of its own standing above a cell (ending at most this much below the cell's top) is no member of that cell's group. (line heights (of the header cell)) */
  readonly groupAboveSlack: number;
  /** buildTables: an amount to the 分 and a label read into one column, the label less than this far after it: put back together as written (439.80一般公共服务支出), without a space. (line heights) */
  readonly tightAmountLabel: number;
  /** joinWrappedNumbers: a line of code digits only (20502 over 01) is the same cell's second line when at most this far under it; digits under an amount cut after its point may stand a whole line under it. (line heights (of the lower of the two lines)) */
  readonly wrappedDigitsGap: number;
  /** joinWrappedCells: the second line of a row whose cells wrap over two lines stands at most this far under the first (closer than two rows of a table stand). (line heights (of the lower of the two lines)) */
  readonly wrappedCellGap: number;
  /** joinWrappedCells: and its top at most this far under the first line's top. (line heights (of the lower of the two lines)) */
  readonly wrappedCellPitch: number;
  /** joinWrappedCells: the one-line cells of such a row are set half-way between its two lines, within this much. (line heights (of the lower of the two lines)) */
  readonly wrappedMiddleSlack: number;
  /** rowsInBlocks: two tables set side by side on one page stand apart by a gap no word crosses at least this wide, from the line of their two titles down. (points) */
  readonly blockGapPoints: number;
  /** rowsInBlocks: fewest lines under the titles over which the gap stays open. (lines) */
  readonly blockMinLines: number;
  /** joinWrappedInBlock: a block's line fills the block's width (a title wrapped in its half-page cell, …经费支出决算 / 表) when it starts and ends within this much of the block's edges. (line heights) */
  readonly blockFillSlack: number;
  /** joinWrappedInBlock: the short single line going on from it stands less than this far under it. (line heights (of the lower of the two lines)) */
  readonly blockWrapGap: number;
  /** normalizeBoxHeights: fewest words of two Chinese characters or more from which the ratio of the boxes' height to the em is read; with fewer, boxes are left as they are. (words) */
  readonly boxSampleMin: number;
  /** runningLines: fewest pages with text on which running heads and feet are looked for. (pages) */
  readonly runningMinPages: number;
  /** runningLines: heights of a line on two pages are compared rounded to steps of this much: a running head or foot stands at the same height on every page. (points) */
  readonly runningHeightStep: number;
  /** runningLines: a first or last line (its digits aside) repeated at the same height on at least two pages and this share of the pages is a running head or foot. (share of the pages with text) */
  readonly runningShare: number;
  /** sameLetters: two texts are made of nearly the same characters, in whatever order, when at least this share of each is in common. (share of the longer text's characters) */
  readonly sameLettersShare: number;
  /** joinVerticalRuns: single characters one under the other are a chain of vertical text when each stands more than this far under the one before (top to top)… (ems (the character's width)) */
  readonly verticalStepMin: number;
  /** joinVerticalRuns: …and at most this far. (ems (the character's width)) */
  readonly verticalStepMax: number;
  /** joinVerticalRuns: fewest characters of a chain that starts a run of vertical text. (characters) */
  readonly verticalMinChars: number;
  /** joinVerticalRuns: the next column of a vertical text (left of the one before) may overlap it by this much… (ems) */
  readonly verticalRunOverlap: number;
  /** joinVerticalRuns: …and stand at most this far left of it… (ems) */
  readonly verticalRunGap: number;
  /** joinVerticalRuns: …aligned with it at its top or its middle within this much: that column is read after it. (ems) */
  readonly verticalRunAlign: number;
  /** layoutPdf: a word of one or two characters set this many times higher than the page's usual word, or more, is a watermark (草稿 across the page), not text. (ratio (of the page's median word height)) */
  readonly watermarkRatio: number;
  /** layoutPdf: most characters of such a word. (characters) */
  readonly watermarkMaxChars: number;
  /** layoutPdf: a page number stands at the top or bottom of its page when less than this far from the page's first or last line. (line heights) */
  readonly pageNumberEdge: number;
  /** layoutPdf: most cells of a page number's line (its dashes read as cells of their own: - 3 -). (cells) */
  readonly pageNumberMaxCells: number;
  /** layoutPdf: another line stands beside a page number (no page number then: a table's 行次 beside a wrapped label) when it overlaps its height by more than this at both top and bottom. (line heights (of the line)) */
  readonly besideOverlap: number;
  /** layoutPdf: fewest lines of prose on a page without tables from which its left margin is read. (lines) */
  readonly proseMinLines: number;
  /** layoutPdf: a page's own right margin, shown by three of its lines ending within a character of its furthest right end, lies at least this share of the way. (share of the width from the left margin to the furthest prose of the page size) */
  readonly proseRightShare: number;
  /** layoutPdf: the width of a digit or Latin mark read ahead of a line (a number a browser would not break) to see whether the line above stopped short of the margin only because it did not fit. (ems) */
  readonly digitWidth: number;
  /** layoutPdf: a prose line runs to the right margin (and goes on in the next line) when it ends within this much of it. (line heights (of the line above)) */
  readonly proseRightSlack: number;
  /** layoutPdf: the next line starts at the left margin when within this much of it (a paragraph's first line is indented). (line heights) */
  readonly proseLeftSlack: number;
  /** layoutPdf: longest line read as a table's title: above a table, and a table title after a sentence's end that starts a line of its own. (characters) */
  readonly titleMaxChars: number;
  /** layoutPdf: lines above a table looked at for its title. (lines) */
  readonly titleLinesAbove: number;
  /** layoutPdf: lines above a two-sided table kept as its captions: a next table with only these captions repeated (or a 续 mark) between goes on from it. (lines) */
  readonly captionLinesAbove: number;
}

/**
 * The other tolerances of the PDF layout read, in line heights, ratios or points (data/audit/thresholds.json pdfLayout,
 * each with its unit, meaning and source beside it): each a number above 0.
 */
const PDF_LAYOUT_MEASURES: readonly (keyof PdfLayoutSettings)[] = [
  'latinSpaceGap',
  'spaceWidth',
  'spacedDigitOverlap',
  'spacedDigitEvenness',
  'twoLinesStep',
  'tightLineSpread',
  'coverShare',
  'coverMinOverlap',
  'lineCutStep',
  'sameLineCentres',
  'twoLinesReach',
  'numberCellGap',
  'amountLabelGap',
  'cellGap',
  'cellGapPoints',
  'lonelyPitchSlack',
  'lonelyLineReach',
  'labelStartAlign',
  'labelSpacingMargin',
  'labelFillSlack',
  'cellLineGap',
  'cellLineGapLoose',
  'farGap',
  'farGapCells',
  'underCellPoints',
  'nearGap',
  'rowGapSlack',
  'tailLineGap',
  'bandMergePoints',
  'bridgeShare',
  'borderCoverRatio',
  'headerBelowOverlap',
  'wordInColumnShare',
  'wrappedLineGap',
  'wrappedLineAlign',
  'headerLineMiddles',
  'onLineOverlap',
  'headerAxisAlign',
  'wrappedLineStep',
  'wrappedHeaderGap',
  'wrappedWidthSlack',
  'headerTailAlign',
  'groupMinSpan',
  'groupLineSlack',
  'titleLineSlack',
  'titleHeightStep',
  'levelTolerance',
  'belowSlack',
  'topLevelSlack',
  'lineReachSlack',
  'groupCentreReach',
  'groupAboveSlack',
  'tightAmountLabel',
  'wrappedDigitsGap',
  'wrappedCellGap',
  'wrappedCellPitch',
  'wrappedMiddleSlack',
  'blockGapPoints',
  'blockFillSlack',
  'blockWrapGap',
  'runningHeightStep',
  'runningShare',
  'sameLettersShare',
  'verticalStepMin',
  'verticalStepMax',
  'verticalRunOverlap',
  'verticalRunGap',
  'verticalRunAlign',
  'watermarkRatio',
  'pageNumberEdge',
  'besideOverlap',
  'proseRightShare',
  'digitWidth',
  'proseRightSlack',
  'proseLeftSlack',
];

/** The counts of the PDF layout read (rows, lines, words, cells looked at or allowed): each a whole number of at least 1. */
const PDF_LAYOUT_COUNTS: readonly (keyof PdfLayoutSettings)[] = [
  'spacedNumberMinPieces',
  'coverReach',
  'labelLinesMax',
  'labelColumnRows',
  'labelColumnMinRows',
  'gridMinRows',
  'gridMissDivisor',
  'maxGapRows',
  'maxHeaderRows',
  'maxHeaderCells',
  'leadLabelLines',
  'bandSplitMinCells',
  'borderMinCells',
  'blockMinLines',
  'boxSampleMin',
  'pageNumberMaxCells',
  'proseMinLines',
  'titleLinesAbove',
  'captionLinesAbove',
  'bandSplitDepth',
  'runningMinPages',
  'verticalMinChars',
  'watermarkMaxChars',
  'titleMaxChars',
];

/**
 * Reads and checks the PDF layout settings of a thresholds file: gridEdge a fraction of a line height (0 < value < 1),
 * titleFontRatio a ratio of font sizes above 1 (at most 3), amountLabelGapFen and mirrorTolerance fractions of a line height,
 * centredReachSlack line heights above 0 (at most 3),
 * usualBoxRatio, tallBoxRatio and ownFontBoxRatio ratios of a box's height to an em above 1 (at most 4), tallBoxRatio above usualBoxRatio,
 * tightBoxRatio a ratio of box heights between 0.5 and 1, fragmentWidth a share of the text's width between 0 and 1;
 * the others (PDF_LAYOUT_MEASURES) numbers above 0, and the counts (PDF_LAYOUT_COUNTS) whole numbers of at least 1.
 */
export function loadPdfLayout(settings: { readonly [K in keyof PdfLayoutSettings]: { readonly value: unknown } }): PdfLayoutSettings {
  const { value } = settings.gridEdge;
  if (typeof value !== 'number' || !(value > 0 && value < 1)) throw new Error(`data/audit/thresholds.json: pdfLayout.gridEdge is ${JSON.stringify(value)}, not a fraction of a line height between 0 and 1`);
  const ratio = settings.titleFontRatio.value;
  if (typeof ratio !== 'number' || !(ratio > 1 && ratio <= 3)) throw new Error(`data/audit/thresholds.json: pdfLayout.titleFontRatio is ${JSON.stringify(ratio)}, not a ratio of font sizes between 1 and 3`);
  const fen = settings.amountLabelGapFen.value;
  if (typeof fen !== 'number' || !(fen > 0 && fen < 1)) throw new Error(`data/audit/thresholds.json: pdfLayout.amountLabelGapFen is ${JSON.stringify(fen)}, not a fraction of a line height between 0 and 1`);
  const mirror = settings.mirrorTolerance.value;
  if (typeof mirror !== 'number' || !(mirror > 0 && mirror < 1)) throw new Error(`data/audit/thresholds.json: pdfLayout.mirrorTolerance is ${JSON.stringify(mirror)}, not a fraction of a line height between 0 and 1`);
  const spacing = settings.letterSpacing.value;
  if (typeof spacing !== 'number' || !(spacing > 0 && spacing < 2)) throw new Error(`data/audit/thresholds.json: pdfLayout.letterSpacing is ${JSON.stringify(spacing)}, not a number of line heights between 0 and 2`);
  const tight = settings.tightBoxRatio.value;
  if (typeof tight !== 'number' || !(tight > 0.5 && tight < 1)) throw new Error(`data/audit/thresholds.json: pdfLayout.tightBoxRatio is ${JSON.stringify(tight)}, not a ratio of box heights between 0.5 and 1`);
  const fragment = settings.fragmentWidth.value;
  if (typeof fragment !== 'number' || !(fragment > 0 && fragment < 1)) throw new Error(`data/audit/thresholds.json: pdfLayout.fragmentWidth is ${JSON.stringify(fragment)}, not a share of the text's width between 0 and 1`);
  const reach = settings.centredReachSlack.value;
  if (typeof reach !== 'number' || !(reach > 0 && reach <= 3)) throw new Error(`data/audit/thresholds.json: pdfLayout.centredReachSlack is ${JSON.stringify(reach)}, not a number of line heights above 0 and at most 3`);
  const box = (name: 'usualBoxRatio' | 'tallBoxRatio' | 'ownFontBoxRatio'): number => {
    const v = settings[name].value;
    if (typeof v !== 'number' || !(v > 1 && v <= 4)) throw new Error(`data/audit/thresholds.json: pdfLayout.${name} is ${JSON.stringify(v)}, not a ratio of a box's height to an em between 1 and 4`);
    return v;
  };
  const usualBoxRatio = box('usualBoxRatio');
  const tallBoxRatio = box('tallBoxRatio');
  if (!(tallBoxRatio > usualBoxRatio)) throw new Error(`data/audit/thresholds.json: pdfLayout.tallBoxRatio (${tallBoxRatio}) must be above usualBoxRatio (${usualBoxRatio}): boxes of the usual height are not too high`);
  const others = {} as Record<keyof PdfLayoutSettings, number>;
  for (const key of PDF_LAYOUT_MEASURES) {
    const v = settings[key].value;
    if (typeof v !== 'number' || !(v > 0 && Number.isFinite(v))) throw new Error(`data/audit/thresholds.json: pdfLayout.${key} is ${JSON.stringify(v)}, not a number above 0`);
    others[key] = v;
  }
  Object.assign(others, loadWholeNumbers('pdfLayout', settings, PDF_LAYOUT_COUNTS));
  return { ...others, gridEdge: value, titleFontRatio: ratio, amountLabelGapFen: fen, letterSpacing: spacing, mirrorTolerance: mirror, centredReachSlack: reach, usualBoxRatio, tallBoxRatio, ownFontBoxRatio: box('ownFontBoxRatio'), tightBoxRatio: tight, fragmentWidth: fragment };
}

/** The settings of the guard (data/audit/thresholds.json misreadGuard; meaning and source beside each). */
export interface MisreadGuardSettings {
  /** Fewest failing checks, in distinct rows or groups, sharing one pattern. */
  readonly minPatternSums: number;
  /** Fewer suffice when Σ parts is exactly a whole multiple of the 合计 (all levels added). */
  readonly exactMultipleMinSums: number;
  /** Largest relative spread of Σ parts ÷ 合计 among failing sums read as one constant factor. */
  readonly ratioSpread: number;
  /** Least distance of that factor from 1: small slips of several cells are no factor. */
  readonly ratioMinDeviation: number;
  /** A column's sums fail in more than this share of the sums checked in it. */
  readonly columnFailShare: number;
  /** Prose amounts disagree with one column in more than this share of the comparisons made with it. */
  readonly textMismatchShare: number;
}

/**
 * Reads and checks the misread-guard settings of a thresholds file (data/audit/thresholds.json misreadGuard; meaning
 * and source beside each): minPatternSums a whole number of at least 2, the others fractions between 0 and 1.
 */
export function loadMisreadGuard(settings: { readonly [K in keyof MisreadGuardSettings]: { readonly value: unknown } }): MisreadGuardSettings {
  const { minPatternSums } = settings;
  if (typeof minPatternSums.value !== 'number' || !Number.isSafeInteger(minPatternSums.value) || minPatternSums.value < 2) {
    throw new Error(`data/audit/thresholds.json: misreadGuard.minPatternSums is ${JSON.stringify(minPatternSums.value)}, not a whole number of at least 2`);
  }
  const { exactMultipleMinSums } = settings;
  if (typeof exactMultipleMinSums.value !== 'number' || !Number.isSafeInteger(exactMultipleMinSums.value) || exactMultipleMinSums.value < 2) {
    throw new Error(`data/audit/thresholds.json: misreadGuard.exactMultipleMinSums is ${JSON.stringify(exactMultipleMinSums.value)}, not a whole number of at least 2`);
  }
  const fraction = (key: Exclude<keyof MisreadGuardSettings, 'minPatternSums' | 'exactMultipleMinSums'>): number => {
    const { value } = settings[key];
    if (typeof value !== 'number' || !(value > 0 && value < 1)) throw new Error(`data/audit/thresholds.json: misreadGuard.${key} is ${JSON.stringify(value)}, not a fraction between 0 and 1`);
    return value;
  };
  return {
    minPatternSums: minPatternSums.value,
    exactMultipleMinSums: exactMultipleMinSums.value,
    ratioSpread: fraction('ratioSpread'),
    ratioMinDeviation: fraction('ratioMinDeviation'),
    columnFailShare: fraction('columnFailShare'),
    textMismatchShare: fraction('textMismatchShare'),
  };
}

const MISREAD_GUARD: MisreadGuardSettings = loadMisreadGuard(thresholds.misreadGuard);

export const PDF_LAYOUT: PdfLayoutSettings = loadPdfLayout(thresholds.pdfLayout);

export function loadConfig(profile: Profile = 'basic'): AuditConfig {
  return {
    overCompletionPercent: thresholds.overCompletionPercent[profile],
    budgetAdjustmentPercent: thresholds.budgetAdjustmentPercent[profile],
    goalContentMinSimilarity: thresholds.goalContentMinSimilarity,
    goalRestatedMinSimilarity: thresholds.goalRestatedMinSimilarity,
    goalBelowPriorRatePoints: thresholds.goalBelowPriorRatePoints,
    precisionExtraDigits: thresholds.precisionExtraDigits,
    precisionExactSumExtraDigits: thresholds.precisionExactSumExtraDigits,
    tableMisread: thresholds.tableMisread,
    misreadGuard: MISREAD_GUARD,
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
    entityNameVariant: NAME_VARIANT,
    selfWords: entities.selfWords,
    selfPrefixes: entities.selfPrefixes,
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
    residueMaskedNameLabels: templateResidue.maskedNameLabels,
    residueNumerals: templateResidue.numerals,
    residueBracketInstructions: BRACKET_INSTRUCTIONS,
    sources: [thresholds, outlineTemplates, entities, concepts, classifications, templateResidue, grammar, ruleWords, indicatorRows, arithmetic].map((d) => `${d.version}`),
  };
}
