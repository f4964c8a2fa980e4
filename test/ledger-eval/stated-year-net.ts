/**
 * The year's net spending a ledger export itself states (its last 本年累计, per 科目 section, per sheet, per 辅助项
 * section, a 序时账's closing 7xxx lines, a listing's 合计 row), read apart from the importer so that the ledger
 * evaluation (scripts/eval-ledger.ts, "净额一致 / nets equal") can check the import's net against it. Moved out of the
 * script unchanged so that every way of stating it is unit-tested (stated-year-net.test.ts).
 */
import type { MoneyUnit } from '../../src/core/money.ts';
import {
  bookSideFields,
  deeperHeader,
  directionOf,
  headerAmountUnit,
  joinDigitColumns,
  type LedgerField,
  loadLedgerRuleData,
  normalizeHeader,
  openLedgerFile,
  parseLedgerAmountIn,
  titleAmountUnit,
} from '../../src/ledger/index.ts';
import { accountTitleOfRow, isClosingLabel, normalizeLabel, sectionOfRow } from '../../src/reference/row-kinds.ts';
import { type RowSource, readTableFile } from '../../src/reference/table-file.ts';

/** The stated net in 分, and which line states it (printed beside the comparison: '本年累计', '合计行' …). */
export interface StatedYearNet {
  value: number;
  from: string;
}

/**
 * The header cell that names a field, by the importer's own synonyms (data/ledger/header-synonyms.json, matched
 * after the same normalisation: 金额（元） is 金额): an exact synonym first, else a header containing one (支付金额).
 */
export function headerIndex(header: readonly string[], field: LedgerField): number {
  // Letters compared without case: a back end's field codes (amount, dc_flag) as the importer upper-cases them.
  const synonyms = loadLedgerRuleData().headerSynonyms[field].map((s) => normalizeHeader(s).toUpperCase());
  const cells = header.map((c) => normalizeHeader(c).toUpperCase());
  const excluded = loadLedgerRuleData().headerExclusions[field] ?? [];
  const exact = cells.findIndex((c) => c !== '' && synonyms.includes(c));
  return exact >= 0 ? exact : cells.findIndex((c) => c !== '' && synonyms.some((s) => s.length >= 2 && c.includes(s)) && !excluded.some((w) => c.includes(w)));
}

/**
 * What the export itself says the year's net spending is, in 分, and which line says it (printed beside the comparison): its last 本年累计 line (借方 − 贷方, or one amount
 * column with its direction); a journal (序时账) has none, so there the 贷 of the year-end closing (年末结转) lines on the
 * spending accounts (7xxx) is taken, however printed (贷方 column, or 金额 with 方向 贷) — also where a 序时账 of every
 * account's lines (平行记账) prints a 本年累计 of all of them (借 = 贷: it states no account's year). Amounts as the importer reads them (1,362.00元, (620.00)). A fixed-width print
 * (no separator finds a 摘要 cell) is read in the columns the importer cuts it into. A 明细分类账 printed by 科目
 * (a section title 科目：5001010211 … over each section, with its own 本年累计) states the year's net per section: the
 * last 本年累计 of each section, summed over the sections whose account is no other section's parent (a closing
 * section 科目：5001 业务活动费用 totals the ones below it). A 明细账 printed one sheet per 明细科目 (each sheet's title
 * block naming its account, 科目：72010101 …—基本支出) states it per sheet: the last 本年累计 under each account, summed
 * as for sections ('各工作表科目本年累计'). A 项目辅助明细账 printed one sheet per 预算项目 (all sheets of one account,
 * each restarting the year: its first 本年累计 is its first month's total) states it as the sum of each sheet's last
 * 本年累计 ('各工作表本年累计之和'); sheets per month carry the year on and are read by the last 本年累计. A 辅助明细账
 * printed by 辅助项 (科室：[0103]总务科, 往来单位：…, 项目：… over each section, each restarting the year with its own
 * 本年累计) states it as the sum of each section's last 本年累计 ('各辅助项分节本年累计'; a whole-unit line such as
 * 全院本年累计 is not read). A listing with none of these (a 国库集中支付 支付明细: no period
 * lines, no 结转) states only its last 合计/总计 row, which may count the returned or voided payments it lists (状态
 * 已退回): its figure is returned as such ('合计行'), and compared with the import's net plus the rows it left out.
 */
export async function statedYearNet(bytes: Uint8Array, name: string, fiscalYear: number): Promise<StatedYearNet | undefined> {
  const read = await readTableFile(bytes, name);
  // A 金额线 print (one digit per cell under 千 百 … 元 角 分) states its amounts as the importer reads them.
  const digitWords = loadLedgerRuleData().digitColumns;
  const table = { ...read, rows: joinDigitColumns(read.rows, digitWords), otherSheets: read.otherSheets?.map((o) => ({ ...o, rows: joinDigitColumns(o.rows, digitWords) })) };
  // Letters compared without case (a back end's field code memo, MEMO), as in headerIndex.
  const upperHeader = (c: string) => normalizeHeader(c).toUpperCase();
  const summaryWords = new Set(loadLedgerRuleData().headerSynonyms.summary.map(upperHeader));
  const hasSummary = (rows: RowSource) => Array.from({ length: Math.min(rows.count, 30) }, (_, i) => rows.row(i)).some((r) => r.some((c) => summaryWords.has(upperHeader(c))));
  const print = hasSummary(table.rows) ? undefined : await openLedgerFile(bytes, name, fiscalYear).catch(() => undefined);
  const file = print?.layout === 'fixed-width' ? { rows: print.rows, otherSheets: undefined } : table;
  let net: number | undefined;
  let closing: number | undefined;
  let listed: number | undefined;
  // Section title's account code → its last 本年累计 (a 明细分类账 by 科目).
  let section: string | undefined;
  const bySection = new Map<string, number>();
  // A title-block cell naming the sheet's account (科目：72010102 事业支出—…—项目支出) → its last 本年累计: a 明细账
  // printed one sheet per 明细科目 states the year's net per sheet.
  let sheetAccount: string | undefined;
  const bySheetAccount = new Map<string, number>();
  // The closing lines (年末结转) of the current account's book counted so far: a book whose closing voucher stands inside
  // December ends its 本年累计 平, and states its year by them. A leaf's book prints no 科目 column: its lines are its
  // title's account.
  let bookClosing = 0;
  // The same for a 科目 section (its title alone on its row).
  let sectionClosing = 0;
  // The header read last: a book printed in other columns (a leaf's book without the 科目 columns of its parent's) is
  // read in its own.
  let headerKey: string | undefined;
  // A 辅助明细账 printed by 辅助项 (科室：[0103]总务科, 往来单位：…, 项目：… over each section, each with its own
  // 本年累计): the section's label → its last 本年累计; a closing section (项目：合计) ends them.
  let auxSection: string | undefined;
  const byAuxSection = new Map<string, { firstMonth?: number; firstCum?: number; lastCum?: number }>();
  let debitCol = -1;
  let creditCol = -1;
  let summaryCol = -1;
  let accountCol = -1;
  let amountCol = -1;
  let directionCol = -1;
  let closingAt = -2;
  // The closing lines' total that the last 本年累计 counts (0 when they stand after it, as most exports print them).
  let closingInCum = 0;
  // Lines on accounts other than the spending accounts (5001 业务活动费用, 1011, 800101 …): a 序时账 of every line of
  // every voucher (平行记账), whose 本日合计/本月合计/本年累计 total all of them.
  let otherAccountLines = 0;
  // The unit the amounts are in, as the importer reads it: an amount column's header's own (借方金额（万元）), else the
  // one its sheet's title block states (金额单位：万元, the rows above the sheet's first header), else 元.
  const unitLabels = loadLedgerRuleData().amountUnitLabels;
  let columnUnits = new Map<number, MoneyUnit | undefined>();
  let titleUnit: MoneyUnit | undefined;
  // An amount cell may carry its direction (借 1,200.00 / 贷 320.00 / 平 0.00): 贷 counts negative.
  const amount = (t: string | undefined, col: number) => {
    const m = /^\s*([借贷平])\s*(.*)$/.exec(t ?? '');
    const text = m ? m[2]! : t;
    const value = text && text.trim() !== '' ? parseLedgerAmountIn(text, columnUnits.get(col) ?? titleUnit ?? '元') : 0;
    return m?.[1] === '贷' ? -value : value;
  };
  // The header row: a cell that is exactly a 摘要 synonym.
  // A workbook with one sheet per month: the sheets in order.
  const sheets = [file.rows, ...(file.otherSheets ?? []).map((o) => o.rows)];
  const all = sheets.flatMap((rows) => Array.from({ length: rows.count }, (_, i) => rows.row(i)));
  // Each sheet's own period lines: its first 本月合计/本期合计, its first and last 本年累计. A workbook printed one sheet
  // per 预算项目 (or per 明细科目) restarts the year on each sheet (its first 本年累计 is its first month's total); one
  // printed a sheet per month carries the year on (February's 本年累计 holds January's).
  const sheetStarts = sheets.map((_, k) => sheets.slice(0, k).reduce((n, r) => n + r.count, 0));
  const perSheet = sheets.map(() => ({ firstMonth: undefined as number | undefined, firstCum: undefined as number | undefined, lastCum: undefined as number | undefined }));
  const sheetOf = (i: number) => sheetStarts.findLastIndex((start) => start <= i);
  const isHeader = (row: readonly string[]) => row.some((c) => summaryWords.has(upperHeader(c)));
  const sheetUnits = sheets.map((rows) => {
    const block: (readonly string[])[] = [];
    for (let i = 0; i < rows.count && !isHeader(rows.row(i)); i++) block.push(rows.row(i));
    return titleAmountUnit(block, unitLabels);
  });
  const lineNet = (row: readonly string[]) =>
    amountCol >= 0 ? amount(row[amountCol], amountCol) * (directionCol >= 0 && directionOf(row[directionCol] ?? '') === 'credit' ? -1 : 1) : amount(row[debitCol], debitCol) - amount(row[creditCol], creditCol);
  // A row's net, or 0 when its amount cells hold no amount (a footer's 打印日期 under the amount columns).
  const amountOf = (row: readonly string[]): number => {
    try {
      return lineNet(row);
    } catch {
      return 0;
    }
  };
  for (let i = 0; i < all.length; i++) {
    const row = all[i]!;
    titleUnit = sheetUnits[sheetOf(i)];
    // A further header only where it names its amount columns (a data row may hold a 摘要 word as its text).
    const further = (r: readonly string[]) =>
      r.map(normalizeHeader).join('|') !== headerKey && [r, all[i + 1] ?? []].some((h) => headerIndex(h, 'debit') >= 0 || headerIndex(h, 'amount') >= 0);
    if (isHeader(row) && (debitCol < 0 || further(row))) {
      headerKey = row.map(normalizeHeader).join('|');
      // A header on two rows (发生额 over 借方金额/贷方金额): the amounts' names are on the row below.
      const next = all[i + 1] ?? [];
      const hasDebit = (r: readonly string[]) => headerIndex(r, 'debit') >= 0;
      // 借方 over 原币 | 本位币 (header-synonyms.json subColumns): read together, as the importer does (借方本位币).
      const sub = loadLedgerRuleData().headerSubColumns;
      const qualified = row.map((c, j) => (c.trim() !== '' && sub.has(normalizeHeader(next[j] ?? '')) ? `${c}${next[j]}` : c));
      const header = hasDebit(qualified) || !hasDebit(next) ? qualified : row.map((c, j) => (next[j] ?? '').trim() || c);
      debitCol = headerIndex(header, 'debit');
      creditCol = headerIndex(header, 'credit');
      // One amount column (金额, 支付金额, 发生额), with or without a 借/贷 direction column, instead of 借方/贷方.
      if (debitCol < 0) {
        amountCol = headerIndex(header, 'amount');
        directionCol = headerIndex(header, 'direction');
        if (amountCol >= 0) debitCol = amountCol;
      }
      summaryCol = headerIndex(header, 'summary');
      columnUnits = new Map([debitCol, creditCol, amountCol].filter((c) => c >= 0).map((c) => [c, headerAmountUnit(header[c] ?? '', unitLabels)]));
      accountCol = header.findIndex((c) => c === '科目编码' || c === '科目代码');
      if (accountCol < 0) accountCol = headerIndex(header, 'account');
      // 平行记账 on one row (财务会计 | 预算会计 over each side's columns, header-synonyms.json bookSides): the year's
      // spending is the 预算会计 side's, read in its own columns.
      // A header deeper than two rows (财务会计 over 科目 | 发生额 over 编码 | 名称 | 借方 | 贷方) is read down to its
      // lowest row that names more of the budget side's columns.
      const data = loadLedgerRuleData();
      const lowest = header === qualified ? i : i + 1;
      let sides: ReturnType<typeof bookSideFields>;
      let levels: (readonly string[])[] = [header, all[lowest - 1] ?? [], all[lowest - 2] ?? []];
      for (let depth = 0; depth <= 2 && data.bookSides; depth++) {
        const found = bookSideFields(levels[0]!, levels.slice(1), data.bookSides, data.headerSynonyms, data.headerExclusions, data.headerExactOnly);
        if (found && (sides === undefined || Object.keys(found.budget).length > Object.keys(sides.budget).length)) sides = found;
        const deeper = deeperHeader(levels[0]!, all[lowest + depth + 1], data.headerSynonyms);
        if (deeper === undefined) break;
        levels = [deeper, ...levels];
      }
      if (sides) {
        debitCol = sides.budget.debit ?? sides.budget.amount ?? -1;
        creditCol = sides.budget.credit ?? -1;
        amountCol = sides.budget.debit === undefined ? (sides.budget.amount ?? -1) : -1;
        directionCol = amountCol >= 0 ? (sides.budget.direction ?? -1) : -1;
        accountCol = sides.budget.account ?? -1;
        columnUnits = new Map([debitCol, creditCol, amountCol].filter((c) => c >= 0).map((c) => [c, headerAmountUnit(header[c] ?? '', unitLabels)]));
      }
    }
    for (const c of row) {
      // 科目：code at the cell's start, or after a space in a cell of several labels (单位：… 科目：71010130201 … 期间：…).
      // The code may stand in brackets (科目：[7201]事业支出).
      const m = /(?:^|\s)(?:会计)?科目\s*[:：]\s*[[【]?(\d{4,})[\]】]?\s*\S/u.exec(c.normalize('NFKC').trim());
      if (m && m[1] !== sheetAccount) bookClosing = 0;
      if (m) sheetAccount = m[1];
    }
    // A section's title row, also the first one, printed above the header it repeats per section (金蝶 KIS 明细分类账).
    const title = accountTitleOfRow(row);
    if (title !== undefined && title.code !== section) sectionClosing = 0;
    if (title !== undefined) section = title.code;
    const opened = sectionOfRow(row);
    if (opened !== undefined && opened.kind !== 'function' && opened.kind !== 'economic') {
      auxSection = opened.kind === 'total' ? undefined : opened.label;
      if (auxSection !== undefined && !byAuxSection.has(auxSection)) byAuxSection.set(auxSection, {});
    }
    if (debitCol >= 0 && row.some((c) => c.replace(/\s/g, '') === '本年累计')) {
      net = lineNet(row);
      // Closing lines posted inside the last period (before its 本期合计 and 本年累计, 金蝶 EAS): this 本年累计 counts them.
      closingInCum = closing ?? 0;
      const own = perSheet[sheetOf(i)]!;
      own.firstCum ??= net;
      own.lastCum = net;
    }
    // 本月合计, 本期合计, 本月发生额合计 …
    if (debitCol >= 0 && row.some((c) => /^(?:本月|本期)\S{0,4}合计$/u.test(c.replace(/\s/g, '')))) perSheet[sheetOf(i)]!.firstMonth ??= lineNet(row);
    // A closing line (its 摘要 starts with a closing word of data/imports/row-kinds.json: 年末结转, 结转本年, 期末结转 …) on
    // a spending account (7xxx): it moves the account's year to 结转结余, so its 贷 is the year's net — read the way the
    // line prints it (借方/贷方 columns, or one 金额 column signed by its 方向), negated.
    // A closing voucher printed with its 摘要 on its first line only: its further lines (no 摘要) close too.
    const closingLine =
      isClosingLabel(normalizeLabel(row[summaryCol] ?? '')) || (debitCol >= 0 && closingAt === i - 1 && (row[summaryCol] ?? '').trim() === '' && amountOf(row) !== 0);
    if (debitCol >= 0 && accountCol >= 0 && /^\d{4,}/.test((row[accountCol] ?? '').trim()) && !(row[accountCol] ?? '').trim().startsWith('7')) otherAccountLines++;
    if (debitCol >= 0 && accountCol >= 0 && (row[accountCol] ?? '').trim().startsWith('7') && closingLine) {
      closing = (closing ?? 0) - lineNet(row);
      closingAt = i;
    }
    const lineAccount = accountCol >= 0 ? (row[accountCol] ?? '').trim() : (sheetAccount ?? '');
    if (debitCol >= 0 && sheetAccount !== undefined && lineAccount.startsWith('7') && closingLine) bookClosing -= amountOf(row);
    const sectionLineAccount = accountCol >= 0 ? (row[accountCol] ?? '').trim() : (section ?? '');
    if (debitCol >= 0 && section !== undefined && sectionLineAccount.startsWith('7') && closingLine) sectionClosing -= amountOf(row);
    if (section !== undefined && net !== undefined && row.some((c) => c.replace(/\s/g, '') === '本年累计')) bySection.set(section, net === 0 && sectionClosing !== 0 ? sectionClosing : net);
    if (auxSection !== undefined && net !== undefined && row.some((c) => c.replace(/\s/g, '') === '本年累计')) {
      const own = byAuxSection.get(auxSection)!;
      own.firstCum ??= net;
      own.lastCum = net;
    }
    if (auxSection !== undefined && debitCol >= 0 && row.some((c) => /^(?:本月|本期)\S{0,4}合计$/u.test(c.replace(/\s/g, '')))) byAuxSection.get(auxSection)!.firstMonth ??= lineNet(row);
    // A book whose 本年累计 ends 平 with its closing lines counted states its year by them.
    if (sheetAccount !== undefined && net !== undefined && row.some((c) => c.replace(/\s/g, '') === '本年累计')) bySheetAccount.set(sheetAccount, net === 0 && bookClosing !== 0 ? bookClosing : net);
    // The listing's own total (合计, 总计): its last one.
    if (debitCol >= 0 && row.some((c) => ['合计', '总计'].includes(c.replace(/\s/g, '')))) {
      listed = amountCol >= 0 ? amount(row[amountCol], amountCol) : amount(row[debitCol], debitCol) - amount(row[creditCol], creditCol);
    }
  }
  if (bySection.size > 0) {
    const codes = [...bySection.keys()];
    return { value: codes.filter((c) => !codes.some((o) => o !== c && o.startsWith(c))).reduce((s, c) => s + bySection.get(c)!, 0), from: '各科目本年累计' };
  }
  // Sections of a 辅助明细账 (several 科室, 往来单位 or projects), each stating its own year: the sum of each one's last 本年累计.
  // Only sections that each restart the year (the first 本年累计 is the first month's total): a 辅助项 printed on
  // sub-rows under each entry (往来单位：… under its line) opens no section of its own.
  const auxStating = [...byAuxSection.values()].filter((p) => p.lastCum !== undefined);
  if (auxStating.length > 1 && auxStating.every((p) => p.firstMonth !== undefined && p.firstMonth === p.firstCum)) {
    return { value: auxStating.reduce((sum, p) => sum + p.lastCum!, 0), from: '各辅助项分节本年累计' };
  }
  // Sheets of different accounts (72010101 基本支出, 72010102 项目支出): the last 本年累计 of each, summed over the
  // accounts that are no other's parent. One account over all sheets (a sheet per month) is the file's 本年累计 below.
  const sheetCodes = [...bySheetAccount.keys()].filter((c, _, all) => !all.some((o) => o !== c && o.startsWith(c)));
  if (sheetCodes.length > 1) return { value: sheetCodes.reduce((s, c) => s + bySheetAccount.get(c)!, 0), from: '各工作表科目本年累计' };
  // Sheets that each restart the year (one per 预算项目: 基本支出-人员经费, 基本支出-公用经费, one per project) state the
  // year's net per sheet: the sum of each sheet's last 本年累计.
  const stating = perSheet.filter((p) => p.lastCum !== undefined);
  if (stating.length > 1 && stating.every((p) => p.firstMonth !== undefined && p.firstMonth === p.firstCum)) {
    return { value: stating.reduce((sum, p) => sum + p.lastCum!, 0), from: '各工作表本年累计之和' };
  }
  // A 序时账 of every account's lines (平行记账: 5001 against 1011, 7101 against 800101, the closing voucher's 8101 and
  // 3301 lines): its 本年累计 totals both sides of every voucher (借 = 贷, so 0.00) and states nothing of the spending
  // accounts; their year is the 贷 of the closing voucher's 7xxx lines.
  if (net === 0 && otherAccountLines > 0 && closing !== undefined) return { value: closing, from: '支出科目年末结转（序时账本年累计为全部科目借贷合计）' };
  // Which line the figure is, so the report says what the import was compared with.
  // A closing voucher posted before the last period's 本期合计 (its 年末结转 lines inside December): the 本年累计 then ends
  // 平 (借 = 贷, 0.00), and the year's spending is the closing lines it counts. Only then: an export whose closing lines
  // stand before a last 本年累计 that does not count them (printed after December's totals) states its net as printed.
  if (net === 0 && closingInCum !== 0) return { value: net + closingInCum, from: '本年累计（除去其中的年末结转）' };
  if (net !== undefined) return { value: net, from: '本年累计' };
  if (closing !== undefined) return { value: closing, from: '支出科目年末结转' };
  return listed === undefined ? undefined : { value: listed, from: '合计行' };
}
