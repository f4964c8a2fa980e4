/**
 * The `jixiao` command. Thin: parse arguments, call a capability, print. Exit codes: 0 fine, 1 findings of
 * severity error, 2 could not run (bad input or arguments) — with a one-line Chinese/English message, never a
 * stack trace.
 */
// Only what every run needs is imported here: `jixiao --help` must start at once, so the commands (and the
// libraries they pull in: exceljs, docx, the database…) load when one of them runs.

export const USAGE = `绩效 Jixiao — 部门整体支出绩效管理

用法 / usage: jixiao <命令> [选项]

  serve                       启动服务（默认嵌入式数据库，设置 DATABASE_URL 则用 PostgreSQL）
  demo                        把演示单位（沅陵县商务局 2024）载入数据库
  validate <file.json>        校验部门年度数据文件 [--json]
  check <file>                体检一份自评报告或决算公开（.txt .md .docx .pdf .html）[--json] [--html out.html]
                              [--fiscal-year YYYY] [--department 名称] [--profile basic|strict]
                              [--fail-on error|warning|info]（有该级别及以上的问题时退出码为 1，默认 error）
  evaluate                    计算绩效指标和得分 --department <id> --year <y> | --demo [--json]
  report                      生成自评报告 --department <id> --year <y> | --demo  --format docx|pdf|html --out <文件> [--draft]
  assets <子命令>              固定资产：import | export | labels | stocktake … | indicators（jixiao assets --help）
  ledger <子命令>              账务：import <文件> | check（jixiao ledger --help）
  codes import <kind> <year> <file.csv|xlsx|xls|ods> 导入完整的官方代码表（kind: function | economic | revenue-source | asset-class）
  gen --departments N --seed S [--year Y] (--out <目录> | --load)   生成合成数据（基准测试用）
  backup <file>               备份整个数据库（嵌入式或 PostgreSQL，可互相恢复）
  restore <file>              把备份恢复到空数据库
  help                        显示本帮助

环境变量 / environment: PORT（默认 3000）, JIXIAO_DATA（嵌入式数据目录，默认 ./.jixiao-data）, DATABASE_URL`;

/** Commands that answer --help themselves: their sub-commands and mapping keys take more than the overview's lines. */
const OWN_HELP: ReadonlySet<string> = new Set(['assets', 'ledger', 'report']);

/** A command's lines in USAGE (its first line and the indented lines that continue it), or undefined. */
export function commandUsage(name: string): string | undefined {
  const lines = USAGE.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`  ${name} `));
  if (at < 0) return undefined;
  const out = [lines[at]!.trim()];
  for (let i = at + 1; i < lines.length && /^ {20,}\S/.test(lines[i]!); i++) out.push(lines[i]!);
  return out.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  if ((rest.includes('--help') || rest.includes('-h')) && !OWN_HELP.has(name)) {
    const usage = commandUsage(name);
    if (usage) {
      // Never run a command when its help was asked for (serve would start, demo would write the database).
      process.stdout.write(`用法 / usage: jixiao ${usage}\n运行 jixiao help 查看全部命令。\n`);
      return 0;
    }
  }
  const { COMMANDS } = await import('./commands.ts');
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`未知命令“${name}” / unknown command "${name}"。运行 jixiao help 查看用法。\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    return reportError(err);
  }
}

/** Errors a user caused are printed as one line (plus the places named); anything else without its stack. */
export async function reportError(err: unknown): Promise<number> {
  const [{ InputError }, { CodeTableError }, { MoneyError }, { printIssues }] = await Promise.all([
    import('../core/input-error.ts'),
    import('../core/codes.ts'),
    import('../core/money.ts'),
    import('./output.ts'),
  ]);
  if (err instanceof InputError) {
    process.stderr.write(`${err.message}\n`);
    if (err.issues.length > 0) process.stderr.write(`${printIssues(err.issues, '  ')}\n`);
    return 2;
  }
  if (err instanceof MoneyError || err instanceof CodeTableError) {
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`运行失败 / failed: ${message.split('\n')[0]}\n`);
  return 2;
}
