import { describe, expect, it } from 'vitest';
import departmentJson from '../../data/evaluation/templates/hunan-county-department-2024.v1.json' with { type: 'json' };
import projectJson from '../../data/evaluation/templates/project-self-evaluation-10-2020.v1.json' with { type: 'json' };
import { loadTemplate, TemplateError, type TemplateIssue } from './index.ts';

type Json = Record<string, unknown>;
const clone = (x: unknown): Json => JSON.parse(JSON.stringify(x)) as Json;

function issuesOf(json: unknown): TemplateIssue[] {
  try {
    loadTemplate(json);
  } catch (err) {
    if (err instanceof TemplateError) return [...err.issues];
    throw err;
  }
  throw new Error('expected the template to be rejected');
}

/** Edit a parsed JSON copy at a dotted path (`blocks.0.items.4.rule`); `undefined` deletes. */
function edit(json: Json, path: string, value: unknown): Json {
  const keys = path.split('.');
  let node: unknown = json;
  for (const k of keys.slice(0, -1)) node = (node as Record<string, unknown>)[k];
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
  return json;
}

describe('loadTemplate', () => {
  it('accepts the shipped county and 10号 templates', () => {
    expect(loadTemplate(departmentJson).id).toBe('hunan-county-department-2024');
    expect(loadTemplate(projectJson).id).toBe('cy-2020-10-project-self-evaluation');
    expect(loadTemplate(JSON.stringify(departmentJson)).kind).toBe('department');
  });

  it('names the documents each shipped template follows; the county composite says so in its title', () => {
    const county = loadTemplate(departmentJson);
    expect(county.follows.composite).toBe(true);
    expect(county.title).toMatch(/拼合/);
    expect(county.follows.documents.map((d) => d.number ?? d.title)).toContain('财预〔2013〕53号');
    const project = loadTemplate(projectJson);
    expect(project.follows).toMatchObject({ composite: false, documents: [{ number: '财预〔2020〕10号' }] });
  });

  it('refuses a composite that hides behind a single document’s name, and a composite flag that does not match', () => {
    const renamed = edit(clone(departmentJson), 'title', '部门整体支出绩效评价指标体系（湖南省）');
    expect(issuesOf(renamed)).toContainEqual({ path: 'title', message: expect.stringContaining('须写明“综合”或“拼合”') });
    const flag = edit(clone(departmentJson), 'follows.composite', false);
    expect(issuesOf(flag).map((i) => i.path)).toContain('follows');
    expect(issuesOf(edit(clone(projectJson), 'follows', undefined)).map((i) => i.path)).toContain('follows');
  });

  it('rejects block weights that do not add up to the total, naming blocks', () => {
    const t = clone(departmentJson);
    edit(t, 'blocks.0.weight', 25);
    const issues = issuesOf(t);
    expect(issues).toContainEqual({
      path: 'blocks',
      message: '各一级指标分值之和为105，应为100 / block weights add up to 105, expected 100',
    });
    expect(issues.map((i) => i.path)).toContain('blocks[0].items');
  });

  it('rejects item weights that do not add up to their block', () => {
    const t = clone(departmentJson);
    edit(t, 'blocks.1.items.0.weight', 5);
    edit(t, 'blocks.1.items.0.rule.deduct', 1);
    const issues = issuesOf(t);
    expect(issues).toEqual([
      { path: 'blocks[1].items', message: '“过程”下各指标分值之和为41，应为40 / item weights add up to 41, expected 40' },
    ]);
  });

  it('rejects an unknown indicator id at its place', () => {
    const t = clone(departmentJson);
    edit(t, 'blocks.1.items.2.indicatorId', 'payment_speed');
    expect(issuesOf(t)).toEqual([
      { path: 'blocks[1].items[2].indicatorId', message: '指标库中没有指标“payment_speed” / unknown indicator id' },
    ]);
  });

  it('rejects a malformed rule: a band without a score', () => {
    const t = clone(departmentJson);
    edit(t, 'blocks.0.items.4.rule.bands.1.score', undefined);
    const issues = issuesOf(t);
    expect(issues.map((i) => i.path)).toEqual(['blocks[0].items[4].rule.bands[1].score']);
  });

  it('rejects an unknown rule type', () => {
    const t = clone(departmentJson);
    edit(t, 'blocks.0.items.2.rule', { type: 'linear', slope: 1 });
    const issues = issuesOf(t);
    expect(issues[0]?.path).toBe('blocks[0].items[2].rule.type');
    expect(issues[0]?.message).toContain('未知的计分规则类型');
  });

  it('rejects a band score above the weight and a rule that does not fit its indicator', () => {
    const t = clone(departmentJson);
    edit(t, 'blocks.1.items.1.rule.bands.0.score', 4);
    edit(t, 'blocks.0.items.0.rule', { type: 'proportional', direction: 'positive', target: 100 });
    const paths = issuesOf(t).map((i) => i.path);
    expect(paths).toContain('blocks[1].items[1].rule.bands[0].score');
    expect(paths).toContain('blocks[0].items[0].rule.type');
  });

  it('rejects check-point points that do not match the library’s check points', () => {
    const t = clone(departmentJson);
    edit(t, 'blocks.0.items.0.rule.points', [1, 1]);
    const issues = issuesOf(t);
    expect(issues.map((i) => i.path)).toEqual(['blocks[0].items[0].rule.points']);
    expect(issues[0]?.message).toContain('有3个评价要点');
  });

  it('rejects a 10号 template whose execution and block weights miss 100, and an unknown level-1 block', () => {
    const t = clone(projectJson);
    edit(t, 'blocks.0.weight', 40);
    edit(t, 'blocks.2.level1', '满意指标');
    const issues = issuesOf(t);
    expect(issues).toContainEqual({
      path: 'blocks',
      message: '预算执行率与各一级指标分值之和为90，应为100 / weights add up to 90, expected 100',
    });
    expect(issues.map((i) => i.path)).toContain('blocks[2].level1');
  });

  it('rejects grades that are not ordered, and text that is not JSON', () => {
    const t = clone(projectJson);
    edit(t, 'grades', [{ grade: '良', min: 80 }, { grade: '优', min: 90 }, { grade: '差', min: 0 }]);
    expect(issuesOf(t).map((i) => i.path)).toEqual(['grades']);
    expect(issuesOf('{ not json')[0]?.message).toContain('不是有效的JSON');
  });

  it('the error message lists every place', () => {
    const t = clone(departmentJson);
    edit(t, 'blocks.1.items.2.indicatorId', 'nope');
    expect(() => loadTemplate(t)).toThrow(/blocks\[1\]\.items\[2\]\.indicatorId: 指标库中没有指标“nope”/);
  });
});
