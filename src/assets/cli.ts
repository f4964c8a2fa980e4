/**
 * `jixiao assets …` — the fixed-asset commands:
 *   import <file.xlsx|file.xls|file.ods|file.csv> --department <id>    import a register (.xls: Excel 97–2003 or HTML)
 *   export --department <id> [--out <file.xlsx|file.csv>]    the register (CSV to stdout without --out)
 *   labels --department <id> --out <file.pdf> [--size <id>] [--numbers a,b] [--outline] [--name <单位名称>] [--mark-applied]
 *   check --department <id>                                   register checks (threshold, labels, classes)
 *   idle --department <id> [--as-of YYYY-MM-DD]               idle past the configured period (调剂)
 *   indicators --department <id> --year <y>                   固定资产利用率 and 资产管理安全性 check points
 *   stocktake open --department <id> --year <y> --by <name> [--location <l>]… [--class <A0201>]… [--title <t>]
 *   stocktake confirm --department <id> --stocktake <sid> --asset <no> --by <name> [--location <l>] [--condition 在用] [--label <code>] [--name <名称>]
 *   stocktake close --department <id> --stocktake <sid> --by <name> --approver <name>
 *   stocktake apply --department <id> --stocktake <sid>     update moved/changed cards from a closed stocktake
 *   stocktake show|list --department <id> [--stocktake <sid>] [--year <y>]
 *   dispose request --department <id> --asset <no> --kind 报废|调拨|出售 --reason <text> --by <name>
 *   dispose approve|reject --department <id> --disposal <id> --by <name> [--note <text>]
 * Every command that prints data takes --json. Exit codes: 0 fine; 1 findings of severity error (a rejected
 * import, register errors); 2 could not run (bad arguments or input), one line, never a stack trace.
 * The store comes in through deps (the lead wires src/store), so this file does no database work itself.
 */
import { readFile as fsReadFile, writeFile as fsWriteFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDepartmentId } from '../app/department-year-service.ts';
import { countBySeverity } from '../core/finding.ts';
import { InputError } from '../core/input-error.ts';
import { MoneyError } from '../core/money.ts';
import { readTableRows } from '../reference/table-file.ts';
import { all, ArgumentError, optional, type ParsedArgs, parseArgs, required, yearOf } from './cli-args.ts';
import { type AssetConfig, loadAssetConfig } from './config.ts';
import { AssetStateError } from './errors.ts';
import { PdfUnavailableError } from './labels/print-pdf.ts';
import { ledgerCsv, ledgerXlsx } from './ledger-export.ts';
import { formatImportError } from './ledger-import.ts';
import { findingsText, indicatorsText, reconciliationText, registerPlanText } from './render-text.ts';
import {
  type AssetContext,
  applyStocktakeToRegister,
  closeStocktakeFor,
  confirmAsset,
  decideDisposalFor,
  idleFor,
  importRegisterSheets,
  registerSheetsOf,
  indicatorsFor,
  labelsPdfFor,
  markLabelsApplied,
  openStocktakeFor,
  registerFindings,
  stocktakeProgressFor,
  requestDisposalFor,
} from './service.ts';
import type { AssetStore, AssetTenant } from './store-port.ts';

export interface AssetsCommandDeps {
  /** Open the store for the duration of `work` (and close it after). */
  withAssetStore<T>(work: (store: AssetStore) => Promise<T>): Promise<T>;
  write?(text: string): void;
  writeError?(text: string): void;
  readFile?(file: string): Promise<Buffer>;
  writeFile?(file: string, data: Buffer | string): Promise<void>;
  now?(): Date;
  config?: AssetConfig;
}

export const ASSETS_USAGE = [
  '用法 / usage: jixiao assets <command> --department <行政区划代码.单位代码> …',
  '  import <台账.xlsx|.xls|.ods|.csv> [--preview|--dry-run]  导入或更新资产台账：新卡片新增、有变化的卡片更新、文件中没有的卡片只列出不删除；',
  '                                 标题行、合计、表尾自动跳过；--preview 只显示将发生的变化，不写入；有错误的行全部列出，不写入任何数据；',
  '                                 格式按内容识别：.xlsx、Excel 97–2003 .xls（WPS .et）、Excel 2003 XML 表格（.xls/.xml）、OpenDocument .ods/.fods（LibreOffice、WPS）、网页系统导出的 HTML“.xls”、CSV/TXT（UTF-8 或 GBK）',
  '                                 其他系统的状态词（出借、在修、拟报废 …）按 data/assets/register-columns.json statusAliases 对应；未列出的状态词',
  '                                 不拒绝导入：卡片照常导入、原词保留并标记“使用状况（未识别）”，利用率不计为在用，警告列出行号与对应方法；',
  '                                 使用状况为空的卡片同样标记（空白），不作在用',
  '  export [--out 文件.xlsx|.csv]    导出资产台账',
  '  labels --out 标签.pdf [--size 规格] [--numbers 编号,…] [--outline] [--name 单位名称] [--mark-applied]',
  '  check                            资产卡片检查（价值标准、标签、分类代码）',
  '  idle [--as-of YYYY-MM-DD]        闲置超期、可调剂的资产',
  '  indicators --year 年度           固定资产利用率、资产管理安全性检查点',
  '  stocktake open --year 年度 --by 发起人 [--location 地点]… [--class 分类前缀]… [--title 标题]',
  '  stocktake confirm --stocktake 编号 --asset 资产编号 --by 盘点人 [--location 地点] [--condition 在用] [--label 标签] [--name 名称]',
  '                                 （不给 --condition 表示未说明，保持卡片的使用状况；账外编号须给 --name，否则列为待核编号）',
  '  stocktake progress --stocktake 编号   进行中的盘点：已见、未见和清单外的编号',
  '  stocktake close --stocktake 编号 --by 结束人 --approver 审批人',
  '  stocktake apply --stocktake 编号    按已结束盘点更新卡片的地点和状况（盘亏、盘盈须另行处理）',
  '  stocktake show --stocktake 编号 | stocktake list [--year 年度]',
  '  dispose request --asset 资产编号 --kind 报废|调拨|出售 --reason 理由 --by 申请人',
  '  dispose approve|reject --disposal 编号 --by 审批人 [--note 意见]',
  '  以上命令均可加 --json 输出 JSON',
].join('\n');

const VALUED = [
  'department', 'out', 'format', 'size', 'numbers', 'name', 'year', 'by', 'location', 'class', 'title',
  'stocktake', 'asset', 'condition', 'label', 'approver', 'as-of', 'kind', 'reason', 'disposal', 'note',
];
const BOOLEANS = ['json', 'outline', 'mark-applied', 'include-disposed', 'help', 'preview', 'dry-run'];
/** Files the register import reads (the reader recognises the format by content, not by name). */
const IMPORT_EXTENSIONS = ['.xlsx', '.csv', '.xls', '.et', '.ods', '.fods', '.txt', '.tsv'];

function tenantOf(args: ParsedArgs): AssetTenant {
  const id = required(args, 'department');
  const tenant = parseDepartmentId(id);
  if (!tenant) {
    throw new ArgumentError(`单位编号“${id}”格式应为 行政区划代码.单位代码（如 431222.yuanling-commerce） / bad department id`);
  }
  return tenant;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export async function assetsCommand(argv: readonly string[], deps: AssetsCommandDeps): Promise<number> {
  const write = deps.write ?? ((t: string) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`));
  const writeError = deps.writeError ?? ((t: string) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`));
  const readFile = deps.readFile ?? ((f: string) => fsReadFile(f));
  const writeFile = deps.writeFile ?? ((f: string, d: Buffer | string) => fsWriteFile(f, d));
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === 'help') {
      write(ASSETS_USAGE);
      return command === undefined ? 2 : 0;
    }
    const sub = command === 'stocktake' || command === 'dispose' ? rest[0] : undefined;
    const args = parseArgs(sub !== undefined ? rest.slice(1) : rest, VALUED, BOOLEANS);
    if (args.flags.has('help')) {
      write(ASSETS_USAGE);
      return 0;
    }
    const asJson = args.flags.has('json');
    const config = deps.config ?? loadAssetConfig();
    const run = <T>(work: (ctx: AssetContext, tenant: AssetTenant) => Promise<T>) => {
      const tenant = tenantOf(args);
      return deps.withAssetStore((store) => work({ store, config, ...(deps.now ? { now: deps.now } : {}) }, tenant));
    };

    switch (command) {
      case 'import': {
        const file = args.positionals[0];
        if (!file) throw new ArgumentError('请给出台账文件 / give the ledger file');
        const bytes = await readFile(file).catch(() => {
          throw new InputError(`无法读取文件“${file}” / cannot read ${file}`);
        });
        const ext = path.extname(file).toLowerCase();
        // The reader tells the formats apart by content: a “.xls” is an Excel 97–2003 workbook or a web system's HTML
        // table, a .txt tab-separated.
        if (!IMPORT_EXTENSIONS.includes(ext)) {
          throw new InputError(`只支持 ${IMPORT_EXTENSIONS.join('、')}：${file} / only ${IMPORT_EXTENSIONS.join(', ')}`);
        }
        const sheets = registerSheetsOf(await readTableRows(bytes, file));
        const preview = args.flags.has('preview') || args.flags.has('dry-run');
        const result = await run((ctx, tenant) => importRegisterSheets(ctx, tenant, sheets, { preview }));
        if (asJson) write(json(result));
        else if (result.errors.length > 0) {
          write(result.errors.map((e) => `${file}:${formatImportError(e)}`).join('\n'));
          write(`共 ${result.errors.length} 处错误，未导入任何资产 / ${result.errors.length} errors, nothing imported`);
        } else {
          if (result.findings.length > 0) write(findingsText(result.findings, file));
          write(registerPlanText(result, preview));
        }
        return result.errors.length > 0 ? 1 : 0;
      }
      case 'export': {
        const out = optional(args, 'out');
        const register = await run((ctx, tenant) => ctx.store.listAssets(tenant, { includeDisposed: true }));
        if (!out) {
          write(asJson ? json(register) : ledgerCsv(register, config));
          return 0;
        }
        const ext = path.extname(out).toLowerCase();
        if (ext !== '.xlsx' && ext !== '.csv') throw new ArgumentError(`--out 应为 .xlsx 或 .csv：${out}`);
        await writeFile(out, ext === '.xlsx' ? await ledgerXlsx(register, config) : `\uFEFF${ledgerCsv(register, config)}`);
        write(`已导出 ${register.length} 项资产到 ${out} / exported`);
        return 0;
      }
      case 'labels': {
        const out = required(args, 'out');
        const numbers = all(args, 'numbers');
        const tenant = tenantOf(args);
        // One store session for the sheet and the optional write-back (opening the embedded store costs seconds).
        const { updated } = await run(async (ctx) => {
          const sheet = await labelsPdfFor(ctx, tenant, {
            ...(numbers.length > 0 ? { numbers } : {}),
            ...(optional(args, 'size') ? { sizeId: optional(args, 'size')! } : {}),
            department: optional(args, 'name') ?? `${tenant.regionCode}.${tenant.departmentCode}`,
            outline: args.flags.has('outline'),
          });
          // The file first: label codes change only once the sheet to stick on exists.
          await writeFile(out, sheet);
          if (!args.flags.has('mark-applied')) return { updated: undefined };
          const chosen = numbers.length > 0 ? numbers : (await ctx.store.listAssets(tenant)).map((a) => a.assetNumber);
          return { updated: await markLabelsApplied(ctx, tenant, chosen) };
        });
        write(`已生成标签 ${out} / labels written`);
        if (updated !== undefined) write(`已将 ${updated} 张卡片的标签编码更新为资产编号 / label codes updated`);
        return 0;
      }
      case 'check': {
        const findings = await run((ctx, tenant) => registerFindings(ctx, tenant));
        write(asJson ? json({ summary: countBySeverity(findings), findings }) : findingsText(findings, required(args, 'department')));
        return countBySeverity(findings).errors > 0 ? 1 : 0;
      }
      case 'idle': {
        const asOf = optional(args, 'as-of');
        if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new ArgumentError('--as-of 应为 YYYY-MM-DD');
        const items = await run((ctx, tenant) => idleFor(ctx, tenant, asOf));
        if (asJson) write(json({ idleDays: config.idleDays, items }));
        else {
          write(`闲置超过 ${config.idleDays} 天、可共享或调剂的资产：${items.length} 项`);
          for (const x of items) write(`  ${x.asset.assetNumber} ${x.asset.name} ${x.asset.location} 闲置 ${x.idleDays} 天`);
        }
        return 0;
      }
      case 'indicators': {
        const year = yearOf(required(args, 'year'));
        const ind = await run((ctx, tenant) => indicatorsFor(ctx, tenant, year));
        write(asJson ? json(ind) : indicatorsText(ind));
        return 0;
      }
      case 'stocktake':
        return await stocktakeCommand(sub, args, { run, write, asJson, config });
      case 'dispose':
        return await disposeCommand(sub, args, { run, write, asJson });
      default:
        throw new ArgumentError(`未知命令“${command}”，见 jixiao assets --help / unknown command "${command}"`);
    }
  } catch (err) {
    return reportError(err, writeError);
  }
}

type Runner = <T>(work: (ctx: AssetContext, tenant: AssetTenant) => Promise<T>) => Promise<T>;

async function stocktakeCommand(
  sub: string | undefined,
  args: ParsedArgs,
  io: { run: Runner; write: (t: string) => void; asJson: boolean; config: AssetConfig },
): Promise<number> {
  const { run, write, asJson, config } = io;
  switch (sub) {
    case 'open': {
      const body = {
        fiscalYear: yearOf(required(args, 'year')),
        openedBy: required(args, 'by'),
        ...(optional(args, 'title') ? { title: optional(args, 'title') } : {}),
        scope: { locations: all(args, 'location'), classPrefixes: all(args, 'class') },
      };
      const st = await run((ctx, tenant) => openStocktakeFor(ctx, tenant, body));
      write(asJson ? json({ id: st.id, expectedCount: st.expected.length }) : `已开始盘点 ${st.id}：应盘 ${st.expected.length} 项 / stocktake opened`);
      return 0;
    }
    case 'confirm': {
      const body = {
        assetNumber: required(args, 'asset'),
        confirmedBy: required(args, 'by'),
        seenLocation: optional(args, 'location') ?? '',
        ...(optional(args, 'condition') ? { condition: optional(args, 'condition') } : {}),
        ...(optional(args, 'label') ? { labelCode: optional(args, 'label') } : {}),
        ...(optional(args, 'name') ? { name: optional(args, 'name') } : {}),
      };
      const sid = required(args, 'stocktake');
      const r = await run((ctx, tenant) => confirmAsset(ctx, tenant, sid, body));
      write(asJson ? json(r) : `${body.assetNumber} ${r.name}：${r.message}（${r.confirmedCount}/${r.expectedCount}）`);
      return 0;
    }
    case 'close': {
      const sid = required(args, 'stocktake');
      const body = { closedBy: required(args, 'by'), approvedBy: required(args, 'approver') };
      const st = await run((ctx, tenant) => closeStocktakeFor(ctx, tenant, sid, body));
      write(asJson ? json(st) : reconciliationText(st, config));
      return 0;
    }
    case 'apply': {
      const sid = required(args, 'stocktake');
      const updated = await run((ctx, tenant) => applyStocktakeToRegister(ctx, tenant, sid));
      if (asJson) write(json(updated));
      else {
        write(`已按盘点结果更新 ${updated.length} 张资产卡片（存放地点、使用状况） / ${updated.length} cards updated`);
        for (const a of updated) write(`  ${a.assetNumber} ${a.name} ${a.location} ${config.statusLabel[a.status]}`);
      }
      return 0;
    }
    case 'show': {
      const sid = required(args, 'stocktake');
      const st = await run((ctx, tenant) => ctx.store.getStocktake(tenant, sid));
      if (!st) throw new InputError(`盘点 ${sid} 不存在 / stocktake not found`);
      write(asJson ? json(st) : reconciliationText(st, config));
      return 0;
    }
    case 'progress': {
      const sid = required(args, 'stocktake');
      const p = await run((ctx, tenant) => stocktakeProgressFor(ctx, tenant, sid));
      if (asJson) write(json(p));
      else {
        write(`应盘 ${p.expectedCount} 项：已见 ${p.seen.length} 项，未见 ${p.unseen.length} 项，清单外编号 ${p.notOnList.length} 个`);
        for (const e of p.unseen) write(`  未见 ${e.assetNumber} ${e.name} ${e.location}`);
        for (const n of p.notOnList) write(`  清单外 ${n.assetNumber}${n.name ? ` ${n.name}` : ''}${n.didYouMean ? `（是否为 ${n.didYouMean.join('、')}？）` : ''}`);
      }
      return 0;
    }
    case 'list': {
      const year = optional(args, 'year');
      const items = await run((ctx, tenant) => ctx.store.listStocktakes(tenant, year ? yearOf(year) : undefined));
      if (asJson) write(json(items));
      else if (items.length === 0) write('没有盘点 / no stocktakes');
      else for (const s of items) write(`${s.id} ${s.title} ${s.state === 'open' ? '进行中' : '已结束'} ${s.confirmedCount}/${s.expectedCount}`);
      return 0;
    }
    default:
      throw new ArgumentError(`stocktake 的子命令应为 open、confirm、close、apply、show、list / unknown stocktake command "${sub ?? ''}"`);
  }
}

async function disposeCommand(
  sub: string | undefined,
  args: ParsedArgs,
  io: { run: Runner; write: (t: string) => void; asJson: boolean },
): Promise<number> {
  const { run, write, asJson } = io;
  if (sub === 'request') {
    const body = { assetNumber: required(args, 'asset'), kind: required(args, 'kind'), reason: required(args, 'reason'), requestedBy: required(args, 'by') };
    const d = await run((ctx, tenant) => requestDisposalFor(ctx, tenant, body));
    write(asJson ? json(d) : `已提交处置申请 ${d.id}（${body.kind}），待审批；审批前资产仍在账 / disposal requested`);
    return 0;
  }
  if (sub === 'approve' || sub === 'reject') {
    const id = required(args, 'disposal');
    const body = { approve: sub === 'approve', decidedBy: required(args, 'by'), ...(optional(args, 'note') ? { note: optional(args, 'note') } : {}) };
    const d = await run((ctx, tenant) => decideDisposalFor(ctx, tenant, id, body));
    write(asJson ? json(d) : d.state === 'approved' ? `已批准 ${d.id}：资产 ${d.assetNumber} 已处置，移出在用账 / approved` : `已驳回 ${d.id} / rejected`);
    return 0;
  }
  throw new ArgumentError(`dispose 的子命令应为 request、approve、reject / unknown dispose command "${sub ?? ''}"`);
}

/** One line, Chinese and English, never a stack trace. */
function reportError(err: unknown, writeError: (t: string) => void): number {
  if (err instanceof ArgumentError || err instanceof InputError || err instanceof AssetStateError || err instanceof MoneyError || err instanceof PdfUnavailableError) {
    const issues = err instanceof InputError && err.issues.length > 0 ? `（${err.issues.map((i) => `${i.path}: ${i.message}`).join('；')}）` : '';
    writeError(`错误：${err.message.split('\n')[0]}${issues}`);
    return 2;
  }
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  writeError(`错误：无法完成 / could not run: ${message}`);
  return 2;
}
