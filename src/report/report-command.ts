/**
 * `jixiao report --department <id> --year <y> --format docx|pdf|html --out <file> [--demo] [--draft]
 * [--outline <id>]`. Exit codes: 0 written, 1 refused (validation errors, no --draft), 2 could not run.
 */
import { writeFile } from 'node:fs/promises';
import { validateDepartmentYear } from '../app/department-year-service.ts';
import type { DepartmentYear } from '../core/department-year.ts';
import { evaluateAll } from '../evaluation/index.ts';
import { closeReportRenderer, RendererUnavailableError } from './browser.ts';
import { OutlineError } from './outline.ts';
import { ReportRefusedError, refusalSummary } from './refusal.ts';
import { REPORT_FORMATS, type ReportFormat, renderReport } from './render-report.ts';

export interface ReportCommandDeps {
  loadDepartmentYear(id: string, year: number): Promise<DepartmentYear | null>;
  loadDemo(): Promise<DepartmentYear>;
  /** Where messages go; default stdout / stderr. */
  print?(line: string): void;
  printError?(line: string): void;
}

export const REPORT_USAGE =
  '用法 / usage: jixiao report (--department <id> --year <年度> | --demo) --format docx|pdf|html --out <文件|-> [--draft] [--outline <提纲模板>]';

interface ReportArgs {
  department?: string;
  year?: number;
  format: ReportFormat;
  out: string;
  demo: boolean;
  draft: boolean;
  outline?: string;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): ReportArgs {
  const values = new Map<string, string>();
  let demo = false;
  let draft = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--demo') demo = true;
    else if (a === '--draft') draft = true;
    else if (['--department', '--year', '--format', '--out', '--outline'].includes(a)) {
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('--') && v !== '-')) throw new UsageError(`${a} 缺少取值 / ${a} needs a value`);
      values.set(a.slice(2), v);
      i++;
    } else if (a.startsWith('--') && a.includes('=')) {
      const [k, ...rest] = a.slice(2).split('=');
      if (!['department', 'year', 'format', 'out', 'outline'].includes(k!)) {
        throw new UsageError(`未知参数 ${a} / unknown option ${a}`);
      }
      values.set(k!, rest.join('='));
    } else throw new UsageError(`未知参数 ${a} / unknown option ${a}`);
  }
  const format = values.get('format');
  if (!format) throw new UsageError('缺少 --format / --format is required');
  if (!REPORT_FORMATS.includes(format as ReportFormat)) {
    throw new UsageError(`--format 应为 docx、pdf 或 html，而不是“${format}” / --format must be docx, pdf or html`);
  }
  const out = values.get('out');
  if (!out) throw new UsageError('缺少 --out / --out is required');
  const yearText = values.get('year');
  let year: number | undefined;
  if (yearText !== undefined) {
    year = Number(yearText);
    if (!/^\d{4}$/.test(yearText)) throw new UsageError(`--year 应为四位年度，而不是“${yearText}” / --year must be a 4-digit year`);
  }
  const department = values.get('department');
  if (!demo && (department === undefined || year === undefined)) {
    throw new UsageError('需要 --department 和 --year，或 --demo / --department and --year, or --demo, are required');
  }
  return { department, year, format: format as ReportFormat, out, demo, draft, outline: values.get('outline') };
}

export async function reportCommand(argv: string[], deps: ReportCommandDeps): Promise<number> {
  const print = deps.print ?? ((l: string) => process.stdout.write(`${l}\n`));
  const printError = deps.printError ?? ((l: string) => process.stderr.write(`${l}\n`));
  if (argv.includes('--help') || argv.includes('-h')) {
    print(REPORT_USAGE);
    return 0;
  }
  let args: ReportArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    printError(err instanceof UsageError ? `${err.message}\n${REPORT_USAGE}` : String(err));
    return 2;
  }
  try {
    const dy = args.demo ? await deps.loadDemo() : await deps.loadDepartmentYear(args.department!, args.year!);
    if (!dy) {
      printError(`找不到部门 ${args.department} 的 ${args.year} 年度数据 / no data for ${args.department} ${args.year}`);
      return 2;
    }
    // The same scores as the server's report route: Jixiao's evaluation, not only the officer's claim.
    const evaluation = evaluateAll(dy, { validationFindings: validateDepartmentYear(dy) });
    const output = await renderReport(dy, { format: args.format, draft: args.draft, outline: args.outline, evaluation });
    if (args.out === '-') process.stdout.write(output);
    else {
      await writeFile(args.out, output);
      const bytes = typeof output === 'string' ? Buffer.byteLength(output) : output.length;
      print(
        `已生成${args.draft ? '草稿' : '报告'}：${args.out}（${args.format}，${Math.ceil(bytes / 1024)} KB） / written ${args.out}`,
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof ReportRefusedError) {
      const { zh, en } = refusalSummary(err.findings);
      printError(`拒绝生成正式报告：${zh} / refused: ${en}`);
      for (const f of err.findings) printError(`  [${f.rule}] ${f.message}`);
      printError('改正数据后重试，或加 --draft 生成带“草稿”水印的草稿 / fix the data, or add --draft for a watermarked draft');
      return 1;
    }
    if (err instanceof OutlineError || err instanceof RendererUnavailableError) {
      printError(err.message);
      return 2;
    }
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    printError(`生成报告失败：${message} / report failed`);
    return 2;
  } finally {
    await closeReportRenderer();
  }
}
