/**
 * Labelled figures: each prose money amount as a node of (name, year), indexed by both, so that a statement naming a
 * quantity and a year (公务接待较上年减少C) can find the amounts the text states for it — in another sentence or section
 * (2022年度“三公”经费预算…公务接待11.8万元 / 2021年度“三公”经费合计支出…公务接待12.39万元).
 *
 * - name: the figure's own label (its clause up to the amount), without an opening word (其中, 包括 …), quotes, blanks,
 *   a year and the generic endings that name no other thing (费用, 经费, 费, 支出 …: figure-relations.json labelledFigures);
 *   a name of fewer than three characters (支出, 收入) is too general to name one quantity;
 * - year: the last year written before the amount in its sentence (2021年度), or null — a node without a year is not
 *   indexed (nothing tells which year's amount it is);
 * - changes, bounds, averages (comparative or qualified figures) and amounts in brackets are no nodes.
 * Linear: one pass over the figures, each sentence's years read once.
 */
import relations from '../../../data/audit/figure-relations.json' with { type: 'json' };
import { MONEY_UNITS } from '../../core/money.ts';
import { anyWord } from './word-pattern.ts';
import type { AuditFacts, Figure } from './types.ts';

const WORDS = relations.labelledFigures;

export interface FigureNode {
  readonly figure: Figure;
  readonly name: string;
  readonly year: number;
  /** 元, and half a unit of the last digit (amounts taken as stated to at least 2 decimals of their unit). */
  readonly value: number;
  readonly half: number;
}

const OPENING = new RegExp(`^(?:${anyWord(WORDS.openings)})+`);
const ENDING = new RegExp(`(?:${anyWord(WORDS.endings)})$`);
const NOISE = /[\s“”"'‘’「」《》（）()、：:]|(?:19|20)\d{2}年度?/g;
const YEAR = /((?:19|20)\d{2})年/g;

/** The name a label gives: its last clause, without opening words, noise and generic endings (公务接待费支出 → 公务接待). */
export function nameOf(label: string): string {
  const clause = label.slice(Math.max(label.lastIndexOf('，'), label.lastIndexOf(','), label.lastIndexOf('；')) + 1);
  let t = clause.replace(NOISE, '').replace(OPENING, '');
  for (let k = 0; k < 3; k++) {
    const m = ENDING.exec(t);
    if (!m || m.index < 2) break;
    t = t.slice(0, m.index);
  }
  return t.length >= 3 ? t : '';
}

/** 元 and half a unit of the last digit of a money figure (at least 2 decimals: reports drop trailing zeros). */
export function yuanOf(f: Figure): { value: number; half: number } {
  const exponent = MONEY_UNITS[f.moneyUnit ?? '元'];
  return { value: f.scaled / 100, half: 0.5 * 10 ** (exponent - 2 - Math.max(2, f.decimals)) };
}

/** The year written last before `at` in its sentence, or null. */
function yearBefore(text: string, sentenceStart: number, at: number): number | null {
  const s = text.slice(sentenceStart, at);
  let year: number | null = null;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) year = Number(m[1]);
  return year;
}

/** Nodes of a text, keyed by `${name}|${year}`. */
export function labelledFigures(facts: AuditFacts): Map<string, FigureNode[]> {
  const index = new Map<string, FigureNode[]>();
  for (const f of facts.figures) {
    if (f.kind !== 'money' || !f.moneyUnit || (f.currency !== undefined && f.currency !== 'CNY') || f.comparative || f.qualifier) continue;
    const s = facts.sentences[f.sentence];
    if (!s) continue;
    const year = yearBefore(facts.text, s.start, f.start);
    if (year === null) continue;
    const name = nameOf(f.label);
    if (name === '') continue;
    const { value, half } = yuanOf(f);
    const key = `${name}|${year}`;
    const node = { figure: f, name, year, value, half };
    const list = index.get(key);
    if (list) list.push(node);
    else index.set(key, [node]);
  }
  return index;
}
