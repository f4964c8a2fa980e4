/**
 * The budget tables of a department-year as an Excel workbook (预决算表样式), and back: one sheet per table,
 * amounts in 万元. Export gives a filled template; import replaces the tables of the sheets present and names
 * the sheet, row and column of every cell it cannot read. No I/O beyond the in-memory workbook.
 */
import ExcelJS from 'exceljs';
import {
  ADJUSTMENT_CAUSE_LABEL,
  ADJUSTMENT_KIND_LABEL,
  type AmountLine,
  type BudgetAdjustment,
  type DepartmentYear,
  type OfficerScore,
  type PhasedAmount,
} from '../core/department-year.ts';
import { evaluateAll } from '../evaluation/index.ts';
import type { InputIssue } from '../core/input-error.ts';
import { type Fen, formatExact, parseFen } from '../core/money.ts';

type LinePath = 'revenue.bySource' | 'expenditure.byFunction' | 'expenditure.byEconomic' | 'expenditure.byNature.basic.byEconomic';

interface LineSheet {
  readonly name: string;
  readonly path: LinePath;
  readonly codeHeader: string;
  readonly nameHeader: string;
}

export const LINE_SHEETS: readonly LineSheet[] = [
  { name: '收入按来源', path: 'revenue.bySource', codeHeader: '来源代码', nameHeader: '收入来源' },
  { name: '支出按功能分类', path: 'expenditure.byFunction', codeHeader: '功能分类科目代码', nameHeader: '科目名称' },
  { name: '支出按经济分类', path: 'expenditure.byEconomic', codeHeader: '经济分类科目代码', nameHeader: '科目名称' },
  { name: '基本支出按经济分类', path: 'expenditure.byNature.basic.byEconomic', codeHeader: '经济分类科目代码', nameHeader: '科目名称' },
];

export const TOTALS_SHEET = '合计与按性质';
/** The officer's scores of the department template, one row per indicator, keyed by the indicator's id. */
export const SCORES_SHEET = '自评得分';
const SCORE_HEADERS = ['指标编号', '一级指标', '二级指标', '三级指标', '分值', '自评得分', '评分依据', '偏差原因分析及改进措施', '系统复核得分'] as const;
export const THREE_PUBLIC_SHEET = '三公经费';
/** The 53号 inputs no budget table holds (支付进度, 工作任务, 重点工作, 满意度调查): one row per figure. */
export const PERFORMANCE_SHEET = '履职与满意度';
/** The 重点项目 mark of each project, matched by 序号 and 项目名称. */
export const KEY_PROJECTS_SHEET = '重点项目';
const KEY_PROJECT_HEADERS = ['序号', '项目名称', '重点项目（是/否）'] as const;
/** The year's budget adjustments, classified as 53号 counts them; 「本年无预算调整」 alone states there were none. */
export const ADJUSTMENTS_SHEET = '预算调整';
const ADJUSTMENT_HEADERS = ['调整事项', '类型（追加/追减/结构调整）', '金额（万元）', '原因（一般调整/执行国家政策/不可抗力/上级或本级党委政府临时交办）'] as const;
const NO_ADJUSTMENTS = '本年无预算调整';

const PHASE_HEADERS = ['年初预算数（万元）', '全年预算数（万元）', '决算数（万元）'] as const;
const PHASE_KEYS = ['initialBudget', 'adjustedBudget', 'final'] as const;

/** Rows of the totals sheet: label → where the phased amount lives. */
const TOTAL_ROWS = [
  ['收入合计', 'revenue.total'],
  ['支出合计', 'expenditure.total'],
  ['基本支出', 'expenditure.byNature.basic.amounts'],
  ['其中：人员经费', 'expenditure.byNature.basic.personnel'],
  ['其中：公用经费', 'expenditure.byNature.basic.publicExpense'],
  ['项目支出', 'expenditure.byNature.project.amounts'],
] as const;

const THREE_PUBLIC_ROWS = [
  ['“三公”经费合计', 'total'],
  ['公务接待费', 'reception'],
  ['因公出国（境）费', 'overseasTravel'],
  ['公务用车购置及运行维护费', 'vehicles'],
  ['其中：公务用车购置费', 'vehiclePurchase'],
  ['其中：公务用车运行维护费', 'vehicleOperation'],
] as const;
const THREE_PUBLIC_HEADERS = ['上年预算数（万元）', '上年决算数（万元）', '本年预算数（万元）', '本年决算数（万元）'] as const;
const THREE_PUBLIC_KEYS = ['lastYearBudget', 'lastYearFinal', 'budget', 'final'] as const;
/** The sheet as exported before 上年预算数 existed: still read, and 上年预算数 is then left as it was. */
const THREE_PUBLIC_HEADERS_V1 = THREE_PUBLIC_HEADERS.slice(1);
const THREE_PUBLIC_KEYS_V1 = THREE_PUBLIC_KEYS.slice(1);

type PerformanceGroup = 'paymentProgress' | 'workTasks' | 'keyTasks' | 'satisfactionSurvey';
interface PerformanceRow {
  readonly label: string;
  readonly group: PerformanceGroup;
  readonly key: string;
  readonly kind: 'percent' | 'count' | 'date' | 'text';
}
const PERFORMANCE_ROWS: readonly PerformanceRow[] = [
  { label: '实际支付进度（%）', group: 'paymentProgress', key: 'actualPercent', kind: 'percent' },
  { label: '既定支付进度（%）', group: 'paymentProgress', key: 'plannedPercent', kind: 'percent' },
  { label: '支付进度统计时点（YYYY-MM-DD）', group: 'paymentProgress', key: 'asOf', kind: 'date' },
  { label: '计划工作数', group: 'workTasks', key: 'planned', kind: 'count' },
  { label: '实际完成工作数', group: 'workTasks', key: 'completed', kind: 'count' },
  { label: '及时完成工作数', group: 'workTasks', key: 'completedOnTime', kind: 'count' },
  { label: '质量达标工作数', group: 'workTasks', key: 'qualityMet', kind: 'count' },
  { label: '重点工作交办或下达数', group: 'keyTasks', key: 'assigned', kind: 'count' },
  { label: '重点工作实际完成数', group: 'keyTasks', key: 'completed', kind: 'count' },
  { label: '满意度调查对象', group: 'satisfactionSurvey', key: 'respondents', kind: 'text' },
  { label: '满意度调查方式', group: 'satisfactionSurvey', key: 'method', kind: 'text' },
  { label: '有效样本数', group: 'satisfactionSurvey', key: 'validSamples', kind: 'count' },
  { label: '满意（含基本满意）样本数', group: 'satisfactionSurvey', key: 'satisfied', kind: 'count' },
];
const PERFORMANCE_HEADERS = ['项目', '数值'] as const;

const AMOUNT_FORMAT = '#,##0.00####';

function linesAt(dy: DepartmentYear, path: LinePath): readonly AmountLine[] {
  switch (path) {
    case 'revenue.bySource':
      return dy.revenue.bySource;
    case 'expenditure.byFunction':
      return dy.expenditure.byFunction;
    case 'expenditure.byEconomic':
      return dy.expenditure.byEconomic;
    case 'expenditure.byNature.basic.byEconomic':
      return dy.expenditure.byNature.basic.byEconomic;
  }
}

function phasedAt(dy: DepartmentYear, path: (typeof TOTAL_ROWS)[number][1]): PhasedAmount | undefined {
  const n = dy.expenditure.byNature;
  switch (path) {
    case 'revenue.total':
      return dy.revenue.total;
    case 'expenditure.total':
      return dy.expenditure.total;
    case 'expenditure.byNature.basic.amounts':
      return n.basic.amounts;
    case 'expenditure.byNature.basic.personnel':
      return n.basic.personnel;
    case 'expenditure.byNature.basic.publicExpense':
      return n.basic.publicExpense;
    case 'expenditure.byNature.project.amounts':
      return n.project.amounts;
  }
}

/** 分 → a number of 万元 for the cell, through the exact decimal text (never by dividing a float). */
function wanCell(value: Fen | undefined): number | null {
  return value === undefined ? null : Number(formatExact(value, '万元', false));
}

function styleHeader(sheet: ExcelJS.Worksheet, widths: number[]): void {
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2E6D9' } };
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The workbook of a department-year's budget tables (also the template to fill in). */
export async function exportBudgetWorkbook(dy: DepartmentYear): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  const about = wb.addWorksheet('说明');
  about.addRows([
    [`${dy.department.name} ${dy.fiscalYear}年度 预决算表`],
    ['金额单位：万元。每个工作表第一行为表头，请勿修改表头和工作表名称；可增删数据行。'],
    ['导入时只替换文件中出现的工作表；留空的金额表示“未填报”，不是 0。'],
    ['“重点项目”表按序号和项目名称对应项目，只读取“是/否”一列；留空表示未标记。“履职与满意度”表留空表示未填报。'],
    ['“预算调整”表每行一项调整；不填任何行表示尚未分类，只填一行“本年无预算调整”表示本年没有预算调整。'],
  ]);
  about.getColumn(1).width = 90;
  for (const def of LINE_SHEETS) {
    const sheet = wb.addWorksheet(def.name);
    sheet.addRow([def.codeHeader, def.nameHeader, ...PHASE_HEADERS]);
    for (const line of linesAt(dy, def.path)) {
      sheet.addRow([line.code ?? '', line.name, ...PHASE_KEYS.map((k) => wanCell(line.amounts[k]))]);
    }
    styleHeader(sheet, [18, 36, 18, 18, 18]);
    for (const k of [3, 4, 5]) sheet.getColumn(k).numFmt = AMOUNT_FORMAT;
  }
  const totals = wb.addWorksheet(TOTALS_SHEET);
  totals.addRow(['项目', ...PHASE_HEADERS]);
  for (const [label, path] of TOTAL_ROWS) {
    const a = phasedAt(dy, path);
    totals.addRow([label, ...PHASE_KEYS.map((k) => wanCell(a?.[k]))]);
  }
  styleHeader(totals, [24, 18, 18, 18]);
  for (const k of [2, 3, 4]) totals.getColumn(k).numFmt = AMOUNT_FORMAT;
  const three = wb.addWorksheet(THREE_PUBLIC_SHEET);
  three.addRow(['项目', ...THREE_PUBLIC_HEADERS]);
  for (const [label, key] of THREE_PUBLIC_ROWS) {
    const item = dy.threePublic[key];
    three.addRow([label, ...THREE_PUBLIC_KEYS.map((k) => wanCell(item?.[k]))]);
  }
  styleHeader(three, [28, 18, 18, 18, 18]);
  for (const k of [2, 3, 4, 5]) three.getColumn(k).numFmt = AMOUNT_FORMAT;
  const keyProjects = wb.addWorksheet(KEY_PROJECTS_SHEET);
  keyProjects.addRow([...KEY_PROJECT_HEADERS]);
  dy.projects.forEach((p, i) => {
    keyProjects.addRow([i + 1, p.name, p.isKey === undefined ? '' : p.isKey ? '是' : '否']);
  });
  styleHeader(keyProjects, [8, 40, 18]);
  const adjustments = wb.addWorksheet(ADJUSTMENTS_SHEET);
  adjustments.addRow([...ADJUSTMENT_HEADERS]);
  if (dy.budgetAdjustments?.length === 0) adjustments.addRow([NO_ADJUSTMENTS]);
  for (const a of dy.budgetAdjustments ?? []) {
    adjustments.addRow([a.description, ADJUSTMENT_KIND_LABEL[a.kind], wanCell(a.amount), ADJUSTMENT_CAUSE_LABEL[a.cause]]);
  }
  styleHeader(adjustments, [36, 18, 16, 40]);
  adjustments.getColumn(3).numFmt = AMOUNT_FORMAT;
  const performance = wb.addWorksheet(PERFORMANCE_SHEET);
  performance.addRow([...PERFORMANCE_HEADERS]);
  for (const row of PERFORMANCE_ROWS) {
    const v = (dy[row.group] as Record<string, unknown> | undefined)?.[row.key];
    performance.addRow([row.label, v === undefined ? null : (v as string | number)]);
  }
  styleHeader(performance, [36, 24]);
  const scores = wb.addWorksheet(SCORES_SHEET);
  scores.addRow([...SCORE_HEADERS]);
  for (const row of evaluateAll(dy).scoreSheet.department.rows) {
    scores.addRow([row.id, row.level1, row.level2, row.name, row.weight, row.claimed, row.basis, row.deviationReason, row.computed]);
  }
  styleHeader(scores, [30, 10, 14, 26, 8, 10, 36, 36, 12]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook that could not be read: every bad cell, named `工作表!列行`. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly issues: readonly InputIssue[],
  ) {
    super(message);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    return '';
  }
  return String(value).trim();
}

const COLUMN = (n: number) => String.fromCharCode(64 + n);

interface Reader {
  amount(sheet: ExcelJS.Worksheet, row: number, col: number, header: string): Fen | undefined;
  issue(sheet: string, row: number, col: number, header: string, message: string): void;
  readonly issues: InputIssue[];
}

function reader(): Reader {
  const issues: InputIssue[] = [];
  const issue = (sheet: string, row: number, col: number, header: string, message: string) =>
    issues.push({ path: `${sheet}!${COLUMN(col)}${row}`, message: `工作表“${sheet}”第${row}行第${COLUMN(col)}列（${header}）：${message}` });
  return {
    issues,
    issue,
    amount(sheet, row, col, header) {
      const text = cellText(sheet.getRow(row).getCell(col).value).replace(/[,，\s]/g, '');
      if (text === '') return undefined;
      try {
        const value = parseFen(text, '万元');
        if (value < 0) {
          issue(sheet.name, row, col, header, `金额不能为负数：${text}`);
          return undefined;
        }
        return value;
      } catch (err) {
        issue(sheet.name, row, col, header, err instanceof Error ? err.message.split(' / ')[0]! : String(err));
        return undefined;
      }
    },
  };
}

function checkHeader(sheet: ExcelJS.Worksheet, expected: readonly string[], r: Reader): boolean {
  let ok = true;
  expected.forEach((h, i) => {
    const got = cellText(sheet.getRow(1).getCell(i + 1).value);
    if (got !== h) {
      r.issue(sheet.name, 1, i + 1, h, `表头应为“${h}”，实为“${got}”`);
      ok = false;
    }
  });
  return ok;
}

function rowIsEmpty(sheet: ExcelJS.Worksheet, row: number, columns: number): boolean {
  for (let c = 1; c <= columns; c++) if (cellText(sheet.getRow(row).getCell(c).value) !== '') return false;
  return true;
}

function phased(r: Reader, sheet: ExcelJS.Worksheet, row: number, firstCol: number, headers: readonly string[]): PhasedAmount {
  const out: Record<string, Fen> = {};
  PHASE_KEYS.forEach((k, i) => {
    const v = r.amount(sheet, row, firstCol + i, headers[i]!);
    if (v !== undefined) out[k] = v;
  });
  return out;
}

/**
 * Read an uploaded workbook into a copy of `dy` with the tables of the sheets present replaced.
 * @throws WorkbookError naming every unreadable cell (nothing is applied then).
 */
/** Sheets of one row per item, each read by its own function once its header row is as exported. */
const ROW_SHEETS: readonly (readonly [string, readonly string[], (next: DepartmentYear, sheet: ExcelJS.Worksheet, r: Reader) => void])[] = [
  [KEY_PROJECTS_SHEET, KEY_PROJECT_HEADERS, readKeyProjects],
  [ADJUSTMENTS_SHEET, ADJUSTMENT_HEADERS, readAdjustments],
  [PERFORMANCE_SHEET, PERFORMANCE_HEADERS, readPerformance],
  [SCORES_SHEET, SCORE_HEADERS, readScores],
];

export async function importBudgetWorkbook(dy: DepartmentYear, buffer: Buffer): Promise<DepartmentYear> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookError('无法读取该文件，请上传 .xlsx 格式的 Excel 工作簿 / not a readable .xlsx workbook', []);
  }
  const r = reader();
  const next: DepartmentYear = JSON.parse(JSON.stringify(dy)) as DepartmentYear;
  let found = 0;
  for (const def of LINE_SHEETS) {
    const sheet = wb.getWorksheet(def.name);
    if (!sheet) continue;
    found++;
    if (!checkHeader(sheet, [def.codeHeader, def.nameHeader, ...PHASE_HEADERS], r)) continue;
    const lines: AmountLine[] = [];
    for (let row = 2; row <= sheet.rowCount; row++) {
      if (rowIsEmpty(sheet, row, 5)) continue;
      const code = cellText(sheet.getRow(row).getCell(1).value);
      const name = cellText(sheet.getRow(row).getCell(2).value);
      if (code !== '' && !/^[0-9A-Za-z]{1,12}$/.test(code)) r.issue(def.name, row, 1, def.codeHeader, `代码只能由数字和字母组成：${code}`);
      if (name === '') r.issue(def.name, row, 2, def.nameHeader, '名称不能为空');
      lines.push({ ...(code ? { code } : {}), name, amounts: phased(r, sheet, row, 3, PHASE_HEADERS) });
    }
    setLines(next, def.path, lines);
  }
  const totals = wb.getWorksheet(TOTALS_SHEET);
  if (totals) {
    found++;
    if (checkHeader(totals, ['项目', ...PHASE_HEADERS], r)) {
      TOTAL_ROWS.forEach(([label, path], i) => {
        const row = i + 2;
        const got = cellText(totals.getRow(row).getCell(1).value);
        if (got !== label) r.issue(TOTALS_SHEET, row, 1, '项目', `此行应为“${label}”，实为“${got}”`);
        else setPhased(next, path, phased(r, totals, row, 2, PHASE_HEADERS));
      });
    }
  }
  const three = wb.getWorksheet(THREE_PUBLIC_SHEET);
  if (three) {
    found++;
    const v1 = cellText(three.getRow(1).getCell(2).value) === THREE_PUBLIC_HEADERS_V1[0];
    const headers: readonly string[] = v1 ? THREE_PUBLIC_HEADERS_V1 : THREE_PUBLIC_HEADERS;
    const keys: readonly (typeof THREE_PUBLIC_KEYS)[number][] = v1 ? THREE_PUBLIC_KEYS_V1 : THREE_PUBLIC_KEYS;
    if (checkHeader(three, ['项目', ...headers], r)) {
      THREE_PUBLIC_ROWS.forEach(([label, key], i) => {
        const row = i + 2;
        const got = cellText(three.getRow(row).getCell(1).value);
        if (got !== label) {
          r.issue(THREE_PUBLIC_SHEET, row, 1, '项目', `此行应为“${label}”，实为“${got}”`);
          return;
        }
        const item: Record<string, Fen> = {};
        const kept = v1 ? next.threePublic[key]?.lastYearBudget : undefined;
        if (kept !== undefined) item['lastYearBudget'] = kept;
        keys.forEach((k, j) => {
          const v = r.amount(three, row, 2 + j, headers[j]!);
          if (v !== undefined) item[k] = v;
        });
        if (Object.keys(item).length === 0 && (key === 'vehiclePurchase' || key === 'vehicleOperation')) delete next.threePublic[key];
        else next.threePublic[key] = item;
      });
    }
  }
  for (const [name, headers, read] of ROW_SHEETS) {
    const sheet = wb.getWorksheet(name);
    if (!sheet) continue;
    found++;
    if (checkHeader(sheet, headers, r)) read(next, sheet, r);
  }
  if (found === 0) {
    throw new WorkbookError('文件中没有可识别的工作表（请使用导出的模板） / no known sheet: use the exported template', []);
  }
  if (r.issues.length > 0) {
    throw new WorkbookError(`Excel 文件有 ${r.issues.length} 处错误，未导入任何数据 / ${r.issues.length} bad cells, nothing imported`, r.issues);
  }
  return next;
}

function setLines(dy: DepartmentYear, path: LinePath, lines: AmountLine[]): void {
  switch (path) {
    case 'revenue.bySource':
      dy.revenue.bySource = lines;
      break;
    case 'expenditure.byFunction':
      dy.expenditure.byFunction = lines;
      break;
    case 'expenditure.byEconomic':
      dy.expenditure.byEconomic = lines;
      break;
    case 'expenditure.byNature.basic.byEconomic':
      dy.expenditure.byNature.basic.byEconomic = lines;
      break;
  }
}

function setPhased(dy: DepartmentYear, path: (typeof TOTAL_ROWS)[number][1], value: PhasedAmount): void {
  const n = dy.expenditure.byNature;
  const empty = Object.keys(value).length === 0;
  switch (path) {
    case 'revenue.total':
      dy.revenue.total = empty ? undefined : value;
      break;
    case 'expenditure.total':
      dy.expenditure.total = empty ? undefined : value;
      break;
    case 'expenditure.byNature.basic.amounts':
      n.basic.amounts = value;
      break;
    case 'expenditure.byNature.basic.personnel':
      n.basic.personnel = empty ? undefined : value;
      break;
    case 'expenditure.byNature.basic.publicExpense':
      n.basic.publicExpense = empty ? undefined : value;
      break;
    case 'expenditure.byNature.project.amounts':
      n.project.amounts = value;
      break;
  }
}

/**
 * The 自评得分 sheet into selfAssessment.indicators, by indicator id (rows may be reordered). A score above the
 * indicator's 分值 or not a number is named by its cell. With every indicator scored and no total stated, the
 * total becomes their sum, as the web page does.
 */
function readScores(next: DepartmentYear, sheet: ExcelJS.Worksheet, r: Reader): void {
  const rows = new Map(evaluateAll(next).scoreSheet.department.rows.map((row) => [row.id, row]));
  const claims: Record<string, OfficerScore> = {};
  for (let row = 2; row <= sheet.rowCount; row++) {
    if (rowIsEmpty(sheet, row, SCORE_HEADERS.length)) continue;
    const cell = (c: number) => cellText(sheet.getRow(row).getCell(c).value);
    const id = cell(1);
    const known = rows.get(id);
    if (!known) {
      r.issue(sheet.name, row, 1, SCORE_HEADERS[0], `评分模板中没有指标“${id}”`);
      continue;
    }
    const text = cell(6);
    if (text === '') continue;
    const score = Number(text);
    if (!Number.isFinite(score) || score < 0 || score > known.weight + 1e-9) {
      r.issue(sheet.name, row, 6, SCORE_HEADERS[5], `得分应为0至${known.weight}之间的数：${text}`);
      continue;
    }
    const basis = cell(7);
    const deviationReason = cell(8);
    claims[id] = { score, ...(basis ? { basis } : {}), ...(deviationReason ? { deviationReason } : {}) };
  }
  const had = next.selfAssessment.indicators !== undefined;
  if (Object.keys(claims).length === 0 && !had) return;
  next.selfAssessment.indicators = claims;
  if (next.selfAssessment.score === undefined && Object.keys(claims).length === rows.size) {
    next.selfAssessment.score = Object.values(claims).reduce((t, c) => t + Math.round(c.score * 100), 0) / 100;
  }
}

/** The 重点项目 sheet: 序号 names the project, its name must match, 是/否 sets the mark and an empty cell clears it. */
function readKeyProjects(next: DepartmentYear, sheet: ExcelJS.Worksheet, r: Reader): void {
  for (let row = 2; row <= sheet.rowCount; row++) {
    if (rowIsEmpty(sheet, row, KEY_PROJECT_HEADERS.length)) continue;
    const cell = (c: number) => cellText(sheet.getRow(row).getCell(c).value);
    const n = Number(cell(1));
    const project = Number.isInteger(n) && n >= 1 ? next.projects[n - 1] : undefined;
    if (!project) {
      r.issue(sheet.name, row, 1, KEY_PROJECT_HEADERS[0], `没有序号为“${cell(1)}”的项目（共${next.projects.length}个项目；新增项目请在系统中录入）`);
      continue;
    }
    if (cell(2) !== project.name) {
      r.issue(sheet.name, row, 2, KEY_PROJECT_HEADERS[1], `序号${n}的项目为“${project.name}”，此处为“${cell(2)}”`);
      continue;
    }
    const mark = cell(3);
    if (mark === '') delete project.isKey;
    else if (mark === '是') project.isKey = true;
    else if (mark === '否') project.isKey = false;
    else r.issue(sheet.name, row, 3, KEY_PROJECT_HEADERS[2], `应填“是”或“否”（留空表示未标记）：${mark}`);
  }
}

/** The 履职与满意度 sheet, row by row in the exported order; an empty cell means not stated. */
function readPerformance(next: DepartmentYear, sheet: ExcelJS.Worksheet, r: Reader): void {
  const groups: Record<PerformanceGroup, Record<string, string | number>> = { paymentProgress: {}, workTasks: {}, keyTasks: {}, satisfactionSurvey: {} };
  PERFORMANCE_ROWS.forEach((def, i) => {
    const row = i + 2;
    const label = cellText(sheet.getRow(row).getCell(1).value);
    if (label !== def.label) {
      r.issue(sheet.name, row, 1, PERFORMANCE_HEADERS[0], `此行应为“${def.label}”，实为“${label}”`);
      return;
    }
    const cellValue = sheet.getRow(row).getCell(2).value;
    const text = cellValue instanceof Date ? cellValue.toISOString().slice(0, 10) : cellText(cellValue);
    if (text === '') return;
    const bad = (message: string) => r.issue(sheet.name, row, 2, PERFORMANCE_HEADERS[1], message);
    if (def.kind === 'text') {
      groups[def.group][def.key] = text;
    } else if (def.kind === 'date') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) groups[def.group][def.key] = text;
      else bad(`日期应为 YYYY-MM-DD：${text}`);
    } else {
      // A cell formatted as a percentage holds a fraction (96.5% is 0.965): read it as the percentage shown.
      const shownAsPercent = typeof cellValue === 'number' && (sheet.getRow(row).getCell(2).numFmt ?? '').includes('%');
      const value = shownAsPercent ? Math.round((cellValue as number) * 100 * 1e8) / 1e8 : Number(text.replace(/[%％]$/, ''));
      if (def.kind === 'count' && !(Number.isInteger(value) && value >= 0)) bad(`应为不小于0的整数：${text}`);
      else if (def.kind === 'percent' && !(Number.isFinite(value) && value >= 0 && value <= 100)) bad(`百分比应在0至100之间：${text}`);
      else groups[def.group][def.key] = value;
    }
  });
  for (const group of Object.keys(groups) as PerformanceGroup[]) {
    const values = groups[group];
    if (Object.keys(values).length === 0) delete next[group];
    else (next as Record<PerformanceGroup, unknown>)[group] = values;
  }
}

const byLabel = <K extends string>(labels: Record<K, string>, text: string): K | undefined =>
  (Object.keys(labels) as K[]).find((k) => labels[k] === text);

/**
 * The 预算调整 sheet: one row per adjustment. No row leaves the adjustments not classified; the single row
 * 「本年无预算调整」 states that there were none.
 */
function readAdjustments(next: DepartmentYear, sheet: ExcelJS.Worksheet, r: Reader): void {
  const list: BudgetAdjustment[] = [];
  let none = false;
  for (let row = 2; row <= sheet.rowCount; row++) {
    if (rowIsEmpty(sheet, row, ADJUSTMENT_HEADERS.length)) continue;
    const cell = (c: number) => cellText(sheet.getRow(row).getCell(c).value);
    if (cell(1) === NO_ADJUSTMENTS && cell(2) === '' && cell(3) === '' && cell(4) === '') {
      none = true;
      continue;
    }
    const description = cell(1);
    if (description === '') r.issue(sheet.name, row, 1, ADJUSTMENT_HEADERS[0], '调整事项不能为空');
    const kind = byLabel(ADJUSTMENT_KIND_LABEL, cell(2));
    if (!kind) r.issue(sheet.name, row, 2, ADJUSTMENT_HEADERS[1], `应为追加、追减或结构调整：${cell(2)}`);
    const amount = r.amount(sheet, row, 3, ADJUSTMENT_HEADERS[2]);
    if (amount === undefined && cell(3) === '') r.issue(sheet.name, row, 3, ADJUSTMENT_HEADERS[2], '金额不能为空');
    const cause = byLabel(ADJUSTMENT_CAUSE_LABEL, cell(4));
    if (!cause) r.issue(sheet.name, row, 4, ADJUSTMENT_HEADERS[3], `应为一般调整、执行国家政策、不可抗力或上级或本级党委政府临时交办：${cell(4)}`);
    if (description && kind && amount !== undefined && cause) list.push({ description, kind, amount, cause });
  }
  if (none && list.length > 0) {
    r.issue(sheet.name, 2, 1, ADJUSTMENT_HEADERS[0], `“${NO_ADJUSTMENTS}”与调整事项不能同时填写`);
    return;
  }
  if (none) next.budgetAdjustments = [];
  else if (list.length > 0) next.budgetAdjustments = list;
  else delete next.budgetAdjustments;
}
