/** The facts the rules read: everything is located by offsets into the normalised text. */
import type { MoneyUnit } from '../../core/money.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type HeadingStyle = 'cjk' | 'paren-cjk' | 'arabic' | 'paren-arabic';

export interface Heading extends Span {
  readonly style: HeadingStyle;
  readonly number: number;
  /** The marker as written: `一、` `（一）` `1.` `8、` `（1）`. */
  readonly marker: string;
  readonly title: string;
  readonly line: number;
}

export interface Paragraph extends Span {
  readonly index: number;
  readonly line: number;
}

export interface Sentence extends Span {
  readonly paragraph: number;
}

export type Phase = 'initialBudget' | 'adjustedBudget' | 'final';

export type FigureKind = 'money' | 'percent' | 'count' | 'score';

export interface Figure extends Span {
  readonly kind: FigureKind;
  /** The figure as written (number and unit). */
  readonly raw: string;
  /** The number as written, without unit (`348.6698`). */
  readonly numberText: string;
  /** Money: 分 (hundredths of the currency). Others: the number scaled by 10^decimals. */
  readonly scaled: number;
  /** Digits after the decimal point as written. */
  readonly decimals: number;
  /** Money: the unit word (万元); count: the measure word; percent: `%`; score: `分`. */
  readonly unit: string;
  readonly moneyUnit?: MoneyUnit;
  readonly currency?: string;
  /** Text before the figure in its clause, with connectives removed. */
  readonly label: string;
  /** For counts: the noun after the measure word (34名**干部职工**). */
  readonly noun: string;
  /** The label without phase and year words, inherited from the previous figure of the clause when empty. */
  readonly subject: string;
  readonly phase: Phase | null;
  /** Followed by 以下 / 以上 / （含） …: a threshold, not an amount. */
  readonly qualifier: boolean;
  /** Label speaks of a change or a comparison (比上年增加 …). */
  readonly comparative: boolean;
  readonly sentence: number;
  readonly paragraph: number;
}

export interface DateFact extends Span {
  readonly raw: string;
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** `2024年1-12月` */
  readonly isPeriod: boolean;
}

export interface MalformedDate extends Span {
  readonly raw: string;
  readonly reason: string;
}

export interface Decomposition {
  readonly kind: 'qizhong' | 'by-category';
  readonly total: Figure;
  readonly parts: readonly Figure[];
  /** The connective (其中 / 按功能分类分) and where it is. */
  readonly marker: Span;
  /** The list looks complete: it names 其他, lists zero items, or says 分别为. */
  readonly exhaustive: boolean;
  /** A nested 其中 cut the list short: the parts after it could not be told apart, so a shortfall proves nothing. */
  readonly truncated?: boolean;
}

export interface Enumeration {
  readonly count: Figure;
  readonly items: readonly Span[];
  readonly listSpan: Span;
  /**
   * 'after': the count follows its list (A、B、C等3个股室), which 等 may leave open. 'after-total': the count follows its
   * list after a total word (A、B、C共3个股室): the list is complete. 'after-verb': the list follows a verb setting up
   * units (内设A、B和C3个科室, grammar listSettingVerbs) and the count closes it: complete too. 'after-frame': the list is
   * framed as a body's make-up (由A、B、C3家单位组成, grammar compositionOpeners / compositionClosers): complete too.
   * Absent: the list follows the count.
   */
  readonly opener?: 'after' | 'after-total' | 'after-verb' | 'after-frame' | 'after-glued';
}

export interface TableCell extends Span {
  readonly text: string;
}

export interface TableFact extends Span {
  readonly rows: readonly (readonly TableCell[])[];
  /** Money unit from a caption such as 单位：万元, when stated. */
  readonly moneyUnit: MoneyUnit | null;
  readonly line: number;
}

export interface TitleFacts {
  readonly title: string | null;
  readonly titleSpan: Span | null;
  readonly fiscalYear: number | null;
  readonly department: string | null;
  readonly shortNames: readonly string[];
  readonly documentKind: 'department-overall' | 'project' | 'final-accounts' | 'budget' | 'unknown';
}

export interface AuditFacts {
  /** The text as read: years written in Chinese digits (二〇二三年) in arabic digits, of the same length as `shown`. */
  readonly text: string;
  /** The text as written, for quotes (undefined: the same as `text`). */
  readonly shown?: string;
  /** Offset of the start of each line. */
  readonly lineStarts: readonly number[];
  readonly headings: readonly Heading[];
  /** Numbered lines read as cells of a flattened table (一、一般公共预算财政拨款收入 followed by 440.55), not headings. */
  readonly tableHeadings: readonly Heading[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateFact[];
  readonly malformedDates: readonly MalformedDate[];
  /** The year the sentences name as the text's own (facts/body-year.ts), for a text whose title gives none; or null. */
  readonly bodyYear: number | null;
  readonly decompositions: readonly Decomposition[];
  readonly enumerations: readonly Enumeration[];
  readonly tables: readonly TableFact[];
  readonly title: TitleFacts;
}
