/**
 * `jixiao ledger import <file> --department <id> --year <y> [--mapping <json or file>] [--unit <code or name>]`
 * `jixiao ledger check --department <id> --year <y> [--json] [--xlsx out.xlsx] [--sort evidence|amount|row|severity] [--limit n]
 *   [--keywords <json or file>]` (extra words per project code or name for the 摘要 match)
 * Exit codes: 0 fine; 1 a file with bad rows (nothing written) or error-level findings; 2 bad arguments or
 * input (one line, Chinese / English, no stack trace). Storage comes in through deps (a LedgerStorePort).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseDepartmentId } from '../app/department-year-service.ts';
import type { CodeFormats, CodeTables } from '../core/codes.ts';
import { countBySeverity, SEVERITY_LABEL } from '../core/finding.ts';
import { InputError } from '../core/input-error.ts';
import { type FlaggedSort, sortFlagged } from './check-ledger.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { FIELD_HELP, FIELD_LABEL, LEDGER_FIELDS, type LedgerField } from './entry.ts';
import { ledgerReportXlsx } from './export-xlsx.ts';
import type { LedgerStorePort, LedgerTenant } from './ledger-store-port.ts';
import { checkStoredLedger, importLedger } from './ledger-service.ts';
import { type ProgressStream, progressBar } from './progress-bar.ts';
import { formatYuan } from './format-money.ts';

export interface LedgerCommandDeps {
  /** Open storage, run `fn`, close (the CLI: withStore + ledgerStoreFor). */
  withLedgerStore<T>(fn: (store: LedgerStorePort) => Promise<T>): Promise<T>;
  write?(text: string): void;
  writeError?(text: string): void;
  /** Where the progress bar goes (default process.stderr; drawn only when it is a TTY). */
  progress?: ProgressStream;
  readBytes?(path: string): Promise<Uint8Array>;
  writeBytes?(path: string, data: Uint8Array): Promise<void>;
  codeTables?(year: number): { tables: CodeTables; formats: CodeFormats };
}

export const LEDGER_USAGE =
  '用法 / usage: jixiao ledger import <文件> --department <id> --year <年度> [--mapping <JSON或文件>] [--unit <单位编码或名称>] | ' +
  'jixiao ledger check --department <id> --year <年度> [--json] [--xlsx 输出.xlsx] [--sort evidence|amount|row|severity] [--limit 条数] [--keywords <JSON或文件>]';

/** The --mapping keys, from the same table the importer uses. */
export const MAPPING_HELP = [
  '--mapping 的键 / mapping keys（值为表头文字或从 1 起的列号，如 {"nature":"经费类型","debit":5}）：',
  ...LEDGER_FIELDS.map((f) => `  ${f.padEnd(13)} ${FIELD_LABEL[f]}：${FIELD_HELP[f]}`),
  '文件格式按内容识别：CSV/TXT（UTF-8、GBK、UTF-16）、.xlsx、Excel 97–2003 .xls（WPS .et）、OpenDocument .ods/.fods（LibreOffice、WPS 另存的表格）、网页系统导出的 HTML“.xls”；按月分表的工作簿各表接续读取。',
  '多单位导出（代理记账、会计核算中心的凭证明细，每行有单位编码/单位名称列）：一个部门年度只导入一个单位——--unit 指定的单位（编码或名称），未指定时取单位编码与部门编号（--department 的单位代码部分）相同的单位；都没有时不导入，列出文件中的各单位。其他单位的行跳过并计数，全文件的合计行不计入。',
  '金额分“元”“角分”两栏（借方、贷方、余额各分元、角分两格，红字负号记在元栏）时按一个金额精确读取。',
  '自动跳过：表头上方的标题行、合计/小计、期初余额/本月合计/本年累计/年末结转、表尾（制表人、打印日期等），并报告跳过的行数。',
  '按科目级次一次打印的明细账（“级次 1 到 末级”：上级科目与各下级科目各一本账页，分表或在一个文件中先后排列）：各下级账页的分录与本年累计合起来恰为上级账页的时只读下级账页，上级账页跳过并在导入说明中列出（行数、笔数）；每笔分录只导入一次。',
  '分录明细（凭证汇总式）：只有日期/凭证号和摘要、没有金额和分类的凭证行，其日期、凭证号和摘要带到其下日期与凭证号都空着的分录行（分录保留自己的摘要，凭证行的摘要另记为“凭证摘要”；分录摘要为空时取凭证摘要；去掉开头的全角空格和└├─），凭证行计入跳过的行数。',
  '手工记的明细账（月、日分两栏，月份只写在每月第一行）：“月”空着、只写了“日”的行取本月上方写明的月份（不跨本月合计、本年累计等期间行；其后新月份第一行须写月份），并报告取了多少行。工作簿中按科目或分类汇总的工作表（如用 SUMIF 公式汇总的“经济分类汇总”）不是分录，不读取并注明“汇总表”；公式单元格按保存的计算结果读取。',
  '序时账只在凭证第一行写日期、凭证号和摘要时：其后各行日期、凭证号空着（或摘要空着、写“同上”“〃”）的分录取紧邻上一行分录的（不跨本月合计、期初、空行、分页等跳过的行，上一行有错时不取），并报告取了多少行；上面没有分录时日期为空仍报错。',
  '辅助项合在一个单元格里（【支出功能分类科目:…】【部门预算支出经济分类:…】【项目:…】，或“名称:值;名称:值”）时自动拆成各列再按列名识别；同时有政府、部门两种经济分类时取部门经济分类。',
  '辅助核算打印在分录下方的子行里（每行只有一个单元格：“　　功能分类：2130550 事业运行”“　　经济分类：30201 办公费”“　　项目：…”“　　往来单位：…”，一行一项或多项）时并入其上方的分录，子行计入跳过的行数。',
  '按科室（部门）分节打印的辅助明细账（每节以“科室：[0103]总务科”开头，各有期初余额、本月合计、本年累计、年末结转，最后一行“全院本年累计”）：节首行不是分录，其下分录记入该科室（保存在分录上），各节的期间行和全院行跳过；往来单位分节同样，其下分录的收款人取该单位。',
  '按明细科目分表或分节打印的明细账（每表或每节的“单位：… 科目：71010130201 行政支出—基本支出—商品和服务支出—办公费 期间：…”行）：没有经济分类列时，各表、各节的分录记入该科目，经济分类取科目编码末级。',
  '科目编码可写在名称前后或括号里（30217公务接待费、【30217】公务接待费、公务接待费(30217)），写成层级路径（[302]商品和服务支出/[30217]公务接待费）时取最末一级；只写名称时按当年经济分类表认出（公务接待费；接待费、出国费、公车运行维护费等简称和被截短的名称见 data/ledger/classification.json economicNameForms）；多栏明细账没有经济分类列时，以金额所在的“借方金额分析”栏（30201办公费 …）为该笔的经济分类。',
].join('\n');

/** What `check` counts as 三公 spending, so that a reviewer can reconcile its totals with a 决算 compiled by class. */
export const CHECK_HELP = [
  'check 的“三公”合计：先按经济分类（30217 公务接待费、30212 因公出国（境）费用、30231 公务用车运行维护费、31013 公务用车购置等）计入，' +
    '再加上摘要、车牌或收款方表明是“三公”却记在其他科目的分录（逐笔警告，退款、红字、调账相抵）；' +
    '记在“三公”科目但所记明显不属该类的（30217 下购办公用品、防尘罩，30231 下修电梯）逐笔警告为疑似错列科目、不计入合计，' +
    '与按科目汇总的决算数核对时，差额若正是这些分录会写明。',
].join('\n');

class ArgumentError extends Error {
  override name = 'ArgumentError';
}

interface LedgerArgs {
  readonly action: 'import' | 'check';
  readonly file?: string;
  readonly tenant: LedgerTenant;
  readonly year: number;
  readonly mapping?: string;
  readonly unit?: string;
  readonly keywords?: string;
  readonly json: boolean;
  readonly xlsx?: string;
  readonly sort: FlaggedSort;
  readonly limit: number;
}

export function parseLedgerArgs(argv: readonly string[]): LedgerArgs {
  const [action, ...rest] = argv;
  if (action !== 'import' && action !== 'check') {
    throw new ArgumentError(`未知操作“${action ?? ''}”，应为 import 或 check / unknown action`);
  }
  const positionals: string[] = [];
  let department: string | undefined;
  let year: number | undefined;
  let mapping: string | undefined;
  let unit: string | undefined;
  let keywords: string | undefined;
  let json = false;
  let xlsx: string | undefined;
  let sort: FlaggedSort = 'evidence';
  let limit = 50;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const v = rest[i + 1];
      if (v === undefined || v.startsWith('--')) throw new ArgumentError(`${arg} 缺少取值 / ${arg} needs a value`);
      i++;
      return v;
    };
    switch (arg) {
      case '--department':
        department = value();
        break;
      case '--year': {
        const text = value();
        if (!/^\d{4}$/.test(text)) throw new ArgumentError(`年度应为4位数字：${text} / --year must be a 4-digit year`);
        year = Number(text);
        break;
      }
      case '--mapping':
        mapping = value();
        break;
      case '--unit':
        unit = value();
        break;
      case '--keywords':
        keywords = value();
        break;
      case '--json':
        json = true;
        break;
      case '--xlsx':
        xlsx = value();
        break;
      case '--sort': {
        const s = value();
        if (s !== 'evidence' && s !== 'amount' && s !== 'row' && s !== 'severity') {
          throw new ArgumentError(`--sort 应为 evidence、amount、row 或 severity：${s} / bad --sort`);
        }
        sort = s;
        break;
      }
      case '--limit': {
        const s = value();
        if (!/^\d+$/.test(s)) throw new ArgumentError(`--limit 应为非负整数：${s} / bad --limit`);
        limit = Number(s);
        break;
      }
      default:
        if (arg.startsWith('--')) throw new ArgumentError(`未知参数“${arg}” / unknown argument "${arg}"`);
        positionals.push(arg);
    }
  }
  if (department === undefined || year === undefined) {
    throw new ArgumentError('缺少 --department 或 --year / --department and --year are required');
  }
  const tenant = parseDepartmentId(department);
  if (!tenant) {
    throw new ArgumentError(`单位编号“${department}”格式应为 行政区划代码.单位代码 / bad department id`);
  }
  if (action === 'import' && positionals.length !== 1) {
    throw new ArgumentError('import 需要一个文件 / import takes one file');
  }
  if (action === 'check' && positionals.length > 0) throw new ArgumentError(`多余的参数“${positionals[0]}” / unexpected argument`);
  if (action === 'check' && mapping !== undefined) throw new ArgumentError('--mapping 只用于 import / --mapping is for import');
  if (action === 'check' && unit !== undefined) throw new ArgumentError('--unit 只用于 import / --unit is for import');
  if (action === 'import' && keywords !== undefined) throw new ArgumentError('--keywords 只用于 check / --keywords is for check');
  return {
    action,
    ...(positionals[0] !== undefined ? { file: positionals[0] } : {}),
    tenant,
    year,
    ...(mapping !== undefined ? { mapping } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...(keywords !== undefined ? { keywords } : {}),
    json,
    ...(xlsx !== undefined ? { xlsx } : {}),
    sort,
    limit,
  };
}

/** --keywords: inline JSON or a JSON file, project code or name → extra words that belong to it. */
export async function parseKeywordsOption(
  text: string,
  readBytes: (p: string) => Promise<Uint8Array>,
): Promise<Record<string, string[]>> {
  const json = text.trimStart().startsWith('{') ? text : new TextDecoder().decode(await readBytes(text));
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new InputError('--keywords 不是有效的 JSON / --keywords is not valid JSON');
  }
  const out: Record<string, string[]> = {};
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('--keywords 应为对象，如 {"XM001":["冷链","仓储"]} / --keywords must be an object');
  }
  for (const [project, words] of Object.entries(parsed)) {
    const list: unknown[] = Array.isArray(words) ? words : [];
    const strings = list.filter((w): w is string => typeof w === 'string' && w !== '');
    if (!Array.isArray(words) || strings.length !== list.length) {
      throw new InputError(`--keywords 中“${project}”应为词语数组 / "${project}" must be a list of words`);
    }
    out[project] = strings;
  }
  return out;
}

/** --mapping: inline JSON (starts with `{`) or a JSON file; field → header text or 1-based column number. */
export async function parseMappingOption(text: string, readBytes: (p: string) => Promise<Uint8Array>): Promise<ColumnMapping> {
  const json = text.trimStart().startsWith('{') ? text : new TextDecoder().decode(await readBytes(text));
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new InputError('--mapping 不是有效的 JSON / --mapping is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('--mapping 应为对象，如 {"amount":"借方"} / --mapping must be an object');
  }
  const mapping: ColumnMapping = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!(LEDGER_FIELDS as readonly string[]).includes(key)) {
      throw new InputError(`--mapping 中的字段“${key}”未知，可用：${LEDGER_FIELDS.join(', ')} / unknown field`);
    }
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value) && value >= 1)) {
      throw new InputError(`--mapping 中“${key}”应为列名或列号 / "${key}" must be a header or a column number`);
    }
    mapping[key as LedgerField] = value;
  }
  return mapping;
}

async function defaultReadBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `找不到文件 ${path} / file not found` : `无法读取文件 ${path} / cannot read file (${code})`,
    );
  }
}

export async function ledgerCommand(argv: readonly string[], deps: LedgerCommandDeps): Promise<number> {
  const write = deps.write ?? ((t: string) => process.stdout.write(t));
  const writeError = deps.writeError ?? ((t: string) => process.stderr.write(t));
  if (argv.length === 0 || argv.includes('--help') || argv[0] === '-h' || argv[0] === 'help') {
    write(`${LEDGER_USAGE}\n${MAPPING_HELP}\n${CHECK_HELP}\n`);
    return 0;
  }
  try {
    const args = parseLedgerArgs(argv);
    return args.action === 'import' ? await runImport(args, deps, write, writeError) : await runCheck(args, deps, write);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const line = message.split('\n')[0];
    writeError(err instanceof ArgumentError ? `${line}\n${LEDGER_USAGE}\n` : `${line}\n`);
    return 2;
  }
}

async function runImport(
  args: LedgerArgs,
  deps: LedgerCommandDeps,
  write: (t: string) => void,
  writeError: (t: string) => void,
): Promise<number> {
  const readBytes = deps.readBytes ?? defaultReadBytes;
  const bytes = await readBytes(args.file!);
  const given = args.mapping !== undefined ? await parseMappingOption(args.mapping, readBytes) : undefined;
  const progress = deps.progress ?? process.stderr;
  return deps.withLedgerStore(async (store) => {
    const reading = progressBar('读取 / reading', progress);
    const writing = progressBar('写入 / writing', progress);
    // Parsing and loading overlap on PostgreSQL: once rows are being written, that one bar is shown.
    let writingStarted = false;
    let outcome: Awaited<ReturnType<typeof importLedger>>;
    try {
      outcome = await importLedger(store, args.tenant, args.year, bytes, args.file!, {
        ...(given ? { mapping: given } : {}),
        ...(args.unit !== undefined ? { unit: args.unit } : {}),
        onReadProgress: (done, total) => {
          if (!writingStarted) reading.update(done, total);
        },
        onWriteProgress: (done, total) => {
          if (!writingStarted) {
            writingStarted = true;
            reading.done();
          }
          writing.update(done, total);
        },
      });
    } finally {
      reading.done();
      writing.done();
    }
    if (!outcome.ok) {
      for (const e of outcome.errors) {
        writeError(`${args.file}:${e.row}: [${e.column ?? ''}] ${e.message}${e.value ? `（“${e.value}”）` : ''}\n`);
      }
      const n = `${outcome.badRows}${outcome.truncated ? '+' : ''}`;
      writeError(`${n} 行有误，未导入任何数据 / ${n} bad row(s), nothing imported\n`);
      return 1;
    }
    write(
      `已导入 ${outcome.result.inserted} 笔分录，合计 ${formatYuan(outcome.total)}（${outcome.format}${outcome.encoding ? `, ${outcome.encoding}` : ''}, ${outcome.result.method}` +
        `） / imported ${outcome.result.inserted} entries\n${outcome.unitNote ? `${outcome.unitNote}\n` : ''}${outcome.sheetNote ? `${outcome.sheetNote}\n` : ''}${outcome.levelledBooksNote ? `${outcome.levelledBooksNote}\n` : ''}${outcome.amountUnitNote ? `${outcome.amountUnitNote}\n` : ''}${outcome.skippedNote ? `${outcome.skippedNote}\n` : ''}${outcome.splitNote ? `${outcome.splitNote}\n` : ''}${outcome.functionByNameNote ? `${outcome.functionByNameNote}\n` : ''}${outcome.keptNamesNote ? `${outcome.keptNamesNote}\n` : ''}${outcome.sectionNote ? `${outcome.sectionNote}\n` : ''}${outcome.carriedNote ? `${outcome.carriedNote}\n` : ''}${outcome.voidedNote ? `${outcome.voidedNote}\n` : ''}${outcome.fromParallelBooksNote ? `${outcome.fromParallelBooksNote}\n` : ''}${outcome.withoutFunctionNote ? `${outcome.withoutFunctionNote}\n` : ''}`,
    );
    return 0;
  });
}

async function runCheck(args: LedgerArgs, deps: LedgerCommandDeps, write: (t: string) => void): Promise<number> {
  const id = `${args.tenant.regionCode}.${args.tenant.departmentCode}`;
  const codes = deps.codeTables?.(args.year);
  const projectKeywords = args.keywords ? await parseKeywordsOption(args.keywords, deps.readBytes ?? defaultReadBytes) : undefined;
  const report = await deps.withLedgerStore((store) =>
    checkStoredLedger(store, args.tenant, args.year, { ...(codes ? { codes } : {}), ...(projectKeywords ? { projectKeywords } : {}) }),
  );
  const flagged = sortFlagged(report.flagged, args.sort);
  if (args.xlsx) {
    const data = await ledgerReportXlsx(report, `${id} ${args.year} 年账务检查`);
    await (deps.writeBytes ?? ((p: string, d: Uint8Array) => writeFile(p, d)))(args.xlsx, data);
  }
  const counts = countBySeverity(report.findings);
  if (args.json) {
    write(
      `${JSON.stringify(
        {
          department: id,
          fiscalYear: args.year,
          entries: report.entries,
          summary: report.summary,
          counts,
          flagged: flagged.slice(0, args.limit || undefined).map((f) => ({
            row: f.entry.row,
            ...(f.entry.column === undefined ? {} : { column: f.entry.column }),
            amount: f.entry.amount,
            summary: f.entry.summary,
            ...(f.entry.voucherSummary === undefined ? {} : { voucherSummary: f.entry.voucherSummary }),
            severity: f.severity,
            rules: f.rules,
            messages: f.messages,
          })),
          findings: report.findings.filter((f) => !f.evidence.some((e) => e.path?.startsWith('ledger[row'))),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const lines = [`${id} ${args.year} 年：${report.entries} 笔分录，${report.flagged.length} 笔有疑点`, '规则汇总 / per rule:'];
    for (const s of report.summary) {
      lines.push(`  ${s.rule.padEnd(34)} ${s.title}：${s.findings} 项（错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}），涉及 ${s.entries} 笔 ${formatYuan(s.amount)}`);
    }
    for (const f of report.findings) {
      if (!f.evidence.some((e) => e.path?.startsWith('ledger[row'))) lines.push(`[${SEVERITY_LABEL[f.severity]}] ${f.rule}: ${f.message}`);
    }
    const shown = flagged.slice(0, args.limit || undefined);
    lines.push(`疑点分录（按${args.sort === 'evidence' ? '证据强弱' : args.sort === 'amount' ? '金额' : args.sort === 'row' ? '行号' : '级别'}排序，前 ${shown.length} 笔）/ flagged entries:`);
    for (const f of shown) {
      lines.push(`  第${f.entry.row}行${f.entry.column === undefined ? '' : `第${f.entry.column}列`} ${formatYuan(f.entry.amount).padStart(14)} [${SEVERITY_LABEL[f.severity]}] ${f.entry.summary}${f.entry.voucherSummary === undefined ? '' : `（凭证摘要：${f.entry.voucherSummary}）`} — ${f.rules.join(', ')}`);
    }
    if (args.xlsx) lines.push(`已导出 / exported: ${args.xlsx}`);
    write(`${lines.join('\n')}\n`);
  }
  return counts.errors > 0 ? 1 : 0;
}
