/**
 * `jixiao evaluate --department <id> --year <y> [--template <file-or-id>] [--json] | --demo`
 * Exit codes: 0 fine, 1 findings of severity error, 2 bad arguments or input (one line, no stack trace).
 * The lead wires this into src/cli; the loaders come in as deps so the command itself does no storage I/O.
 */
import { readFile } from 'node:fs/promises';
import type { DepartmentYear } from '../core/department-year.ts';
import { validate } from '../core/validate.ts';
import { DEFAULT_DEPARTMENT_TEMPLATE, DEFAULT_PROJECT_TEMPLATE, findShippedTemplate } from './default-templates.ts';
import { evaluateAll } from './evaluate.ts';
import { toEvaluationJson } from './json.ts';
import { loadTemplate, TemplateError } from './load-template.ts';
import { renderEvaluationText } from './render-text.ts';
import type { DepartmentTemplate, ProjectTemplate, ScoringTemplate } from './template-schema.ts';

export interface EvaluateCommandDeps {
  loadDepartmentYear(id: string, year: number): Promise<DepartmentYear | null>;
  loadDemo(): Promise<DepartmentYear>;
  /** Output seams for tests; default process.stdout / process.stderr. */
  write?(text: string): void;
  writeError?(text: string): void;
  /** Reads a template file; default fs.readFile as UTF-8. */
  readTextFile?(path: string): Promise<string>;
}

export const EVALUATE_USAGE =
  '用法 / usage: jixiao evaluate --department <id> --year <y> [--template <文件或模板编号>] [--json] | --demo [--json]';

interface EvaluateArgs {
  readonly department?: string;
  readonly year?: number;
  readonly template?: string;
  readonly json: boolean;
  readonly demo: boolean;
}

class ArgumentError extends Error {
  override name = 'ArgumentError';
}

export function parseEvaluateArgs(argv: readonly string[]): EvaluateArgs {
  let department: string | undefined;
  let year: number | undefined;
  let template: string | undefined;
  let json = false;
  let demo = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[i + 1];
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
      case '--template':
        template = value();
        break;
      case '--json':
        json = true;
        break;
      case '--demo':
        demo = true;
        break;
      default:
        throw new ArgumentError(`未知参数“${arg}” / unknown argument "${arg}"`);
    }
  }
  if (demo && (department !== undefined || year !== undefined)) {
    throw new ArgumentError('--demo 不能与 --department/--year 同用 / --demo excludes --department and --year');
  }
  if (!demo && (department === undefined || year === undefined)) {
    throw new ArgumentError('需要 --department 和 --year，或 --demo / --department and --year, or --demo, are required');
  }
  return {
    json,
    demo,
    ...(department === undefined ? {} : { department }),
    ...(year === undefined ? {} : { year }),
    ...(template === undefined ? {} : { template }),
  };
}

async function resolveTemplate(ref: string, deps: EvaluateCommandDeps): Promise<ScoringTemplate> {
  const shipped = findShippedTemplate(ref);
  if (shipped) return shipped;
  let text: string;
  try {
    text = await (deps.readTextFile ?? ((p: string) => readFile(p, 'utf8')))(ref);
  } catch {
    throw new ArgumentError(`找不到计分模板“${ref}”（既不是内置模板编号，也无法读取该文件） / template not found: ${ref}`);
  }
  return loadTemplate(text);
}

export async function evaluateCommand(argv: string[], deps: EvaluateCommandDeps): Promise<number> {
  const write = deps.write ?? ((t: string) => void process.stdout.write(t));
  const writeError = deps.writeError ?? ((t: string) => void process.stderr.write(t));
  try {
    const args = parseEvaluateArgs(argv);
    let departmentTemplate: DepartmentTemplate = DEFAULT_DEPARTMENT_TEMPLATE;
    let projectTemplate: ProjectTemplate = DEFAULT_PROJECT_TEMPLATE;
    if (args.template !== undefined) {
      const t = await resolveTemplate(args.template, deps);
      if (t.kind === 'department') departmentTemplate = t;
      else projectTemplate = t;
    }
    let dy: DepartmentYear | null;
    if (args.demo) dy = await deps.loadDemo();
    else dy = await deps.loadDepartmentYear(args.department ?? '', args.year ?? 0);
    if (dy === null) {
      writeError(`未找到部门“${args.department}”${args.year}年度的数据 / no data for department ${args.department}, year ${args.year}\n`);
      return 2;
    }
    const report = evaluateAll(dy, { departmentTemplate, projectTemplate, validationFindings: validate(dy) });
    if (args.json) write(`${JSON.stringify(toEvaluationJson(report), null, 2)}\n`);
    else write(renderEvaluationText(report));
    return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (err) {
    if (err instanceof ArgumentError) {
      writeError(`${err.message}\n${EVALUATE_USAGE}\n`);
      return 2;
    }
    if (err instanceof TemplateError) {
      writeError(`${err.issues.map((i) => `${i.path || '(根 / root)'}: ${i.message}`).join('；')} — 计分模板无效 / invalid scoring template\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    writeError(`评价失败 / evaluation failed: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
