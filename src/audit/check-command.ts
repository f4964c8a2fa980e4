/**
 * `jixiao check <file> [--json] [--html out.html] [--fiscal-year YYYY] [--department NAME] [--region NAME|CODE]
 * [--profile strict] [--fail-on error|warning|info]`.
 * --region (湖南省, or a 行政区划代码 431222) chooses a regional outline template; without it the installation's
 * JIXIAO_REGION (the region code a deployment is pinned to) is used, if set.
 * Prints the report to stdout; returns 0 (nothing at or above the --fail-on severity, default error), 1 (such findings),
 * 2 (unreadable input or bad arguments, with a one-line Chinese/English message on stderr and never a stack trace).
 * A reviewer checking a batch asks `--fail-on warning` so that a report whose only defects are warnings does not pass.
 */
import { writeFile } from 'node:fs/promises';
import { type AuditOptions, auditText } from './audit-text.ts';
import { AuditInputError } from './errors.ts';
import { readDocument } from './read/read-document.ts';
import { renderHtml } from './render/html.ts';
import { toJson } from './render/json.ts';
import { renderTerminal } from './render/terminal.ts';

export const CHECK_USAGE =
  '用法 / usage: jixiao check <file> [--json] [--html out.html] [--fiscal-year YYYY] [--department NAME] [--region NAME|CODE] [--profile basic|strict] [--fail-on error|warning|info]';

type FailOn = 'error' | 'warning' | 'info';

interface CheckArgs {
  file: string;
  json: boolean;
  html: string | null;
  failOn: FailOn;
  options: AuditOptions;
}

/** Whether the report has a finding at or above the severity the caller fails on. */
function fails(summary: { errors: number; warnings: number; infos: number }, failOn: FailOn): boolean {
  const count = failOn === 'error' ? summary.errors : failOn === 'warning' ? summary.errors + summary.warnings : summary.errors + summary.warnings + summary.infos;
  return count > 0;
}

function parseArgs(argv: string[]): CheckArgs {
  let file: string | null = null;
  let json = false;
  let html: string | null = null;
  let failOn: FailOn = 'error';
  const options: AuditOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new AuditInputError(`参数 ${flag} 缺少值 / ${flag} needs a value. ${CHECK_USAGE}`);
      return v;
    };
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--html':
        html = value();
        break;
      case '--fiscal-year': {
        const v = value();
        if (!/^\d{4}$/.test(v)) throw new AuditInputError(`年度应为四位数字：${v} / --fiscal-year must be YYYY`);
        options.fiscalYear = Number(v);
        break;
      }
      case '--department':
        options.department = value();
        break;
      case '--region':
        options.region = value();
        break;
      case '--profile': {
        const v = value();
        if (v !== 'basic' && v !== 'strict') throw new AuditInputError(`未知的检查级别：${v} / --profile must be basic or strict`);
        options.profile = v;
        break;
      }
      case '--fail-on': {
        const v = value();
        if (v !== 'error' && v !== 'warning' && v !== 'info') throw new AuditInputError(`未知的失败级别：${v}（应为 error、warning 或 info）/ --fail-on must be error, warning or info`);
        failOn = v;
        break;
      }
      default:
        if (flag.startsWith('-') && flag !== '-') throw new AuditInputError(`未知参数：${flag} / unknown option. ${CHECK_USAGE}`);
        if (file !== null) throw new AuditInputError(`只能检查一个文件 / only one file at a time. ${CHECK_USAGE}`);
        file = arg;
    }
  }
  if (file === null) throw new AuditInputError(`缺少文件 / missing file. ${CHECK_USAGE}`);
  // The installation's region (JIXIAO_REGION, a 行政区划代码) when the caller names none.
  const installed = process.env.JIXIAO_REGION?.trim();
  if (options.region === undefined && installed) options.region = installed;
  return { file, json, html, failOn, options: { ...options, file } };
}

function oneLine(err: unknown): string {
  if (err instanceof AuditInputError) return err.message;
  return `检查失败 / check failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
}

export async function checkCommand(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const { text } = await readDocument(args.file);
    const report = auditText(text, args.options);
    if (args.html) {
      try {
        await writeFile(args.html, renderHtml(report), 'utf8');
      } catch {
        throw new AuditInputError(`无法写入 ${args.html} / cannot write HTML file`);
      }
    }
    process.stdout.write(args.json ? `${JSON.stringify(toJson(report), null, 2)}\n` : renderTerminal(report));
    return fails(report.summary, args.failOn) ? 1 : 0;
  } catch (err) {
    process.stderr.write(`${oneLine(err)}\n`);
    return 2;
  }
}
