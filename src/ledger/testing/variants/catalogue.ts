/**
 * Test support: which export variants the import probe (scripts/probe-import.ts, which reports) and the export test
 * (src/ledger/export-variants.test.ts, which asserts) write of a base — each a selection of the families of this
 * folder, and combinations of several at once.
 */
import { rng } from '../../../gen/generate.ts';
import { amountFormatVariants, amountSignVariants, directionVariants, voucherVariants } from './amounts.ts';
import { AUX_KEYS, AUX_NOTATIONS, AUX_SEPARATORS, auxVariants, subrowVariants } from './auxiliary.ts';
import { codeVariants } from './codes.ts';
import { extraColumnVariants, multicolVariants } from './columns.ts';
import { dateVariants, monthDayVariants } from './dates.ts';
import { encodingVariants } from './encodings.ts';
import { headerLayoutVariants, paddedCellsVariants, titleFooterVariants } from './header-layout.ts';
import { headerWordVariants, synonymVariants } from './header-words.ts';
import { orderVariants } from './order.ts';
import { pagesVariants } from './pages.ts';
import { insertedPeriodVariants, periodLabelVariants, periodWordingVariants } from './periods.ts';
import { type Base, type FileVariant, step, type Variant } from './table.ts';
import { dateCellVariants, mergedHeaderVariants, spreadsheetMlVariants, workbookVariants } from './workbooks.ts';

const probeDates = (b: Base) => [...dateVariants(b), ...monthDayVariants(b, undefined, { blankUndated: true })];
const probeOrders = (b: Base) => orderVariants(b, ['reversed', 'summary-last', 'amounts-first', 'rotate-3']);

/** The import probe's families, in the order it reports them. */
export const PROBE_FAMILIES: Record<string, (b: Base) => Variant[]> = {
  header: headerWordVariants,
  order: probeOrders,
  code: codeVariants,
  aux: (b) => auxVariants(b),
  extra: extraColumnVariants,
  period: periodLabelVariants,
  date: probeDates,
  amount: amountFormatVariants,
  encoding: (b) => encodingVariants(b),
  header2: headerLayoutVariants,
  multicol: multicolVariants,
  subrows: subrowVariants,
  pages: pagesVariants,
  combo: (b) => randomCombos(b),
  xlsx: workbookVariants,
};

/**
 * Several rewrites at once, as one system's export differs from another's in many ways together: a date format, an
 * amount format, a code notation, period lines, header words, then one change of the columns (a 辅助核算 cell, a
 * split code, 月+日, another order, an extra column, a two-row header), then an encoding. Seeded by the base.
 */
export function randomCombos(b: Base, count = 60): FileVariant[] {
  const out: FileVariant[] = [];
  const rnd = rng(b.name.length * 7919 + b.rows.length);
  const pick = <T>(xs: readonly T[]): T | undefined => (xs.length === 0 ? undefined : xs[Math.floor(rnd() * xs.length)]);
  const positional = (v: Variant) => !/[+]|split:|^(?:pages)/.test(v.name);
  for (let k = 0; k < count; k++) {
    let cur: Base = b;
    const steps: string[] = [];
    const apply = (v: Variant | undefined) => {
      if (!v || !('rows' in v)) return;
      cur = step(cur, v);
      steps.push(`${v.family}:${v.name}`);
    };
    apply(pick(probeDates(cur).filter(positional)));
    apply(pick(amountFormatVariants(cur)));
    apply(pick(codeVariants(cur).filter(positional)));
    apply(pick(periodLabelVariants(cur).filter((v) => v.name.startsWith('rename'))));
    apply(pick(headerWordVariants(cur)));
    const structural = pick(['aux', 'split', 'monthday', 'order', 'extra', 'header2', 'none'] as const)!;
    let last: Variant | undefined;
    if (structural === 'aux') {
      const name = `${pick(Object.keys(AUX_KEYS))} ${pick(Object.keys(AUX_NOTATIONS))} sep=${pick(Object.keys(AUX_SEPARATORS).filter((s) => s !== 'none'))}`;
      last = auxVariants(cur, name)[0];
    } else if (structural === 'split') last = pick(codeVariants(cur).filter((v) => v.name.startsWith('split:')));
    else if (structural === 'monthday') last = pick(probeDates(cur).filter((v) => v.name.includes('+')));
    else if (structural === 'order') last = pick(probeOrders(cur));
    else if (structural === 'extra') last = pick(extraColumnVariants(cur));
    else if (structural === 'header2') last = pick(headerLayoutVariants(cur));
    apply(last);
    // After a change of the columns, only the encodings that read no column (the 摘要's position is stale).
    const enc = pick(encodingVariants(cur).filter((v) => last === undefined || !v.name.startsWith('multi-line')))!;
    steps.push(`encoding:${enc.name}`);
    out.push({ family: 'combo', name: steps.join(' + '), bytes: enc.bytes, file: enc.file });
  }
  return out;
}

/** The export test's CSV dialect: CRLF line ends. */
export const EXPORT_TEST_DIALECT = { eol: '\r\n' } as const;
const exportOrders = (b: Base) => orderVariants(b, ['reversed', 'shuffled'], { upperHeaderRow: true });

/** The export test's variants of a base: each variation on its own, then two combinations. */
export function exportTestVariants(b: Base): Variant[] {
  return [
    ...exportOrders(b),
    ...synonymVariants(b),
    ...titleFooterVariants(b),
    ...encodingVariants(b, ['CRLF gb18030', 'CRLF utf-8', 'CRLF utf-8 BOM']),
    ...dateVariants(b, ['2024-03-05', '2024.03.05', '2024/3/5', '20240305']),
    ...monthDayVariants(b, [['月', '日']], { unambiguous: true }),
    ...amountSignVariants(b),
    ...directionVariants(b),
    ...voucherVariants(b),
    ...periodWordingVariants(b),
    ...mergedHeaderVariants(b),
    ...spreadsheetMlVariants(b),
    ...insertedPeriodVariants(b),
    ...headerLayoutVariants(b).filter((v) => v.name === 'wrapped 借方⏎金额'),
    ...paddedCellsVariants(b),
    ...dateCellVariants(b),
    ...chainedCombos(b),
  ];
}

/**
 * Several variations at once, as one export shows them: other header words, dotted dates, thousands separators,
 * 记字第12号, reworded period rows, 金额 + 方向 (where the file has 借方/贷方), then an .xlsx with the header merged
 * on two rows — or the columns shuffled under a title block and footer, in GBK.
 */
export function chainedCombos(b: Base): FileVariant[] {
  let c = step(b, synonymVariants(b, [1])[0]);
  c = step(c, dateVariants(c, ['2024.03.05'])[0]);
  c = step(c, amountSignVariants(c)[0]);
  c = step(c, voucherVariants(c).find((v) => v.name === 'zi-di-hao'));
  c = step(c, periodWordingVariants(c, [1])[0]);
  const direction = directionVariants(c)[0];
  if (direction) {
    const { debit, credit, ...rest } = c.columns;
    c = { ...c, rows: direction.rows, columns: { ...rest, amount: debit!, direction: credit! } };
  }
  const merged = mergedHeaderVariants(c).at(-1)!;
  c = step(c, exportOrders(c).find((v) => v.name === 'shuffled'));
  const titled = step(c, titleFooterVariants(c)[0]);
  return [
    { ...merged, family: 'combo', name: 'xlsx' },
    { ...encodingVariants(titled, ['CRLF gb18030'])[0]!, family: 'combo', name: 'gbk shuffled titled' },
  ];
}
