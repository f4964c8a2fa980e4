/**
 * Loading a scoring template: the schema first, then the checks a schema cannot state — weights that add up,
 * indicator ids the library knows, rules that fit their indicator. Every problem names its place as a JSON path.
 */
import { DEFAULT_LIBRARIES, type Libraries } from './default-libraries.ts';
import type { LibraryIndicator } from './library.ts';
import {
  type DepartmentTemplate,
  isValueRule,
  type ProjectTemplate,
  type ScoringRule,
  type ScoringTemplate,
  templateSchema,
} from './template-schema.ts';

export interface TemplateIssue {
  /** JSON path of the offending place, e.g. `blocks[1].items[3].rule.bands[0].score`. */
  readonly path: string;
  readonly message: string;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(readonly issues: readonly TemplateIssue[]) {
    super(
      `计分模板无效 / invalid scoring template:\n${issues.map((i) => `  ${i.path || '(根 / root)'}: ${i.message}`).join('\n')}`,
    );
  }
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}

// Floating weights such as 1.5 + 2.5 must still add up; anything closer than this is equal.
const EPS = 1e-9;
const same = (a: number, b: number): boolean => Math.abs(a - b) < EPS;

function checkRuleScores(rule: ScoringRule, weight: number, at: string, issues: TemplateIssue[]): void {
  if (rule.type === 'bands') {
    rule.bands.forEach((b, i) => {
      if (b.score > weight + EPS) {
        issues.push({ path: `${at}.bands[${i}].score`, message: `档次得分${b.score}超过分值${weight} / band score exceeds the weight` });
      }
    });
    if (rule.otherwise > weight + EPS) {
      issues.push({ path: `${at}.otherwise`, message: `得分${rule.otherwise}超过分值${weight} / score exceeds the weight` });
    }
  }
  if (rule.type === 'deduction' && rule.deduct > weight + EPS) {
    issues.push({ path: `${at}.deduct`, message: `每档扣分${rule.deduct}超过分值${weight} / deduction exceeds the weight` });
  }
}

function checkDepartment(t: DepartmentTemplate, libs: Libraries, issues: TemplateIssue[]): void {
  const lib = libs.department;
  if (t.libraryId !== lib.id) {
    issues.push({ path: 'libraryId', message: `未知的指标库：${t.libraryId}（可用：${lib.id}） / unknown indicator library` });
  }
  const blockSum = t.blocks.reduce((s, b) => s + b.weight, 0);
  if (!same(blockSum, t.maxTotal)) {
    issues.push({
      path: 'blocks',
      message: `各一级指标分值之和为${blockSum}，应为${t.maxTotal} / block weights add up to ${blockSum}, expected ${t.maxTotal}`,
    });
  }
  const seen = new Map<string, string>();
  t.blocks.forEach((block, b) => {
    const itemSum = block.items.reduce((s, i) => s + i.weight, 0);
    if (!same(itemSum, block.weight)) {
      issues.push({
        path: `blocks[${b}].items`,
        message: `“${block.name}”下各指标分值之和为${itemSum}，应为${block.weight} / item weights add up to ${itemSum}, expected ${block.weight}`,
      });
    }
    block.items.forEach((item, i) => {
      const at = `blocks[${b}].items[${i}]`;
      const def: LibraryIndicator | undefined = lib.indicators.find((x) => x.id === item.indicatorId);
      if (!def) {
        issues.push({ path: `${at}.indicatorId`, message: `指标库中没有指标“${item.indicatorId}” / unknown indicator id` });
        return;
      }
      const earlier = seen.get(item.indicatorId);
      if (earlier) {
        issues.push({ path: `${at}.indicatorId`, message: `指标“${item.indicatorId}”已在 ${earlier} 出现 / duplicate indicator` });
      }
      seen.set(item.indicatorId, at);
      const valueRule = isValueRule(item.rule);
      if (def.family === 'qualitative' && valueRule) {
        issues.push({
          path: `${at}.rule.type`,
          message: `定性指标“${def.name}”不能用${item.rule.type}规则（应为 checkpoints、breach-deduction 或 qualitative-bands） / a qualitative indicator needs an assessment rule`,
        });
      }
      if (def.family !== 'qualitative' && !valueRule) {
        issues.push({
          path: `${at}.rule.type`,
          message: `计算型指标“${def.name}”不能用${item.rule.type}规则（应为 proportional、bands 或 deduction） / a computed indicator needs a value rule`,
        });
      }
      if (item.rule.type === 'checkpoints') {
        if (item.rule.points.length !== def.checkpoints.length) {
          issues.push({
            path: `${at}.rule.points`,
            message: `“${def.name}”有${def.checkpoints.length}个评价要点，此处给了${item.rule.points.length}个分值 / one point value per check point`,
          });
        }
        const sum = item.rule.points.reduce((s, p) => s + p, 0);
        if (!same(sum, item.weight)) {
          issues.push({ path: `${at}.rule.points`, message: `要点分值之和为${sum}，应为${item.weight} / check-point points must add up to the weight` });
        }
      }
      if (item.rule.type === 'breach-deduction' && def.checkpoints.length === 0) {
        issues.push({ path: `${at}.rule.type`, message: `“${def.name}”没有评价要点，不能逐项扣分 / no check points to deduct for` });
      }
      checkRuleScores(item.rule, item.weight, `${at}.rule`, issues);
    });
  });
}

function checkProject(t: ProjectTemplate, libs: Libraries, issues: TemplateIssue[]): void {
  const lib = libs.project;
  if (t.libraryId !== lib.id) {
    issues.push({ path: 'libraryId', message: `未知的指标库：${t.libraryId}（可用：${lib.id}） / unknown indicator library` });
  }
  const sum = t.execution.weight + t.blocks.reduce((s, b) => s + b.weight, 0);
  if (!same(sum, t.maxTotal)) {
    issues.push({
      path: 'blocks',
      message: `预算执行率与各一级指标分值之和为${sum}，应为${t.maxTotal} / weights add up to ${sum}, expected ${t.maxTotal}`,
    });
  }
  if (!isValueRule(t.execution.rule)) {
    issues.push({ path: 'execution.rule.type', message: '预算执行率须用 proportional、bands 或 deduction 规则 / execution needs a value rule' });
  }
  checkRuleScores(t.execution.rule, t.execution.weight, 'execution.rule', issues);
  const known = lib.level1.map((l) => l.name);
  t.blocks.forEach((b, i) => {
    if (!known.includes(b.level1)) {
      issues.push({ path: `blocks[${i}].level1`, message: `未知的一级指标“${b.level1}”（可用：${known.join('、')}） / unknown level-1 indicator` });
    }
  });
}

/** Parse and check a template (a JSON text or a parsed object). Throws TemplateError naming every problem. */
export function loadTemplate(json: unknown, libraries: Libraries = DEFAULT_LIBRARIES): ScoringTemplate {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (err) {
      throw new TemplateError([{ path: '', message: `不是有效的JSON / not valid JSON: ${(err as Error).message}` }]);
    }
  }
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) {
    throw new TemplateError(parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })));
  }
  const issues: TemplateIssue[] = [];
  // A composite may exist only under a name that says so.
  if (parsed.data.follows.composite && !/综合|拼合|组合/.test(parsed.data.title)) {
    issues.push({
      path: 'title',
      message: '拼合多份文件的模板，标题须写明“综合”或“拼合” / a composite template must say so in its title',
    });
  }
  if (parsed.data.kind === 'department') checkDepartment(parsed.data, libraries, issues);
  else checkProject(parsed.data, libraries, issues);
  if (issues.length > 0) throw new TemplateError(issues);
  return parsed.data;
}

export function loadDepartmentTemplate(json: unknown, libraries: Libraries = DEFAULT_LIBRARIES): DepartmentTemplate {
  const t = loadTemplate(json, libraries);
  if (t.kind !== 'department') throw new TemplateError([{ path: 'kind', message: '应为部门整体支出模板 / expected kind "department"' }]);
  return t;
}

export function loadProjectTemplate(json: unknown, libraries: Libraries = DEFAULT_LIBRARIES): ProjectTemplate {
  const t = loadTemplate(json, libraries);
  if (t.kind !== 'project') throw new TemplateError([{ path: 'kind', message: '应为项目支出模板 / expected kind "project"' }]);
  return t;
}
