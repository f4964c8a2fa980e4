/**
 * `jixiao check <file> [--json] [--html out.html] [--fiscal-year YYYY] [--department NAME] [--profile strict]`.
 * Prints the report to stdout; returns 0 (no errors), 1 (errors found), 2 (unreadable input or bad arguments,
 * with a one-line Chinese/English message on stderr and never a stack trace).
 */
import { writeFile } from 'node:fs/promises';
import { type AuditOptions, auditText } from './audit-text.ts';
import { AuditInputError } from './errors.ts';
import { readDocument } from './read/read-document.ts';
import { renderHtml } from './render/html.ts';
import { toJson } from './render/json.ts';
import { renderTerminal } from './render/terminal.ts';

export const CHECK_USAGE =
  '用法 / usage: jixiao check <file> [--json] [--html out.html] [--fiscal-year YYYY] [--department NAME] [--profile basic|strict]';

interface CheckArgs {
  file: string;
  json: boolean;
  html: string | null;
  options: AuditOptions;
}

function parseArgs(argv: string[]): CheckArgs {
  let file: string | null = null;
  let json = false;
  let html: string | null = null;
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
      case '--profile': {
        const v = value();
        if (v !== 'basic' && v !== 'strict') throw new AuditInputError(`未知的检查级别：${v} / --profile must be basic or strict`);
        options.profile = v;
        break;
      }
      default:
        if (flag.startsWith('-') && flag !== '-') throw new AuditInputError(`未知参数：${flag} / unknown option. ${CHECK_USAGE}`);
        if (file !== null) throw new AuditInputError(`只能检查一个文件 / only one file at a time. ${CHECK_USAGE}`);
        file = arg;
    }
  }
  if (file === null) throw new AuditInputError(`缺少文件 / missing file. ${CHECK_USAGE}`);
  return { file, json, html, options: { ...options, file } };
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
    return report.summary.errors > 0 ? 1 : 0;
  } catch (err) {
    process.stderr.write(`${oneLine(err)}\n`);
    return 2;
  }
}
