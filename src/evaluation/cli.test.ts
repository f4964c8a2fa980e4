import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import departmentJson from '../../data/evaluation/templates/hunan-county-department-2024.v1.json' with { type: 'json' };
import { type DepartmentYear, departmentYearSchema } from '../core/department-year.ts';
import { type EvaluateCommandDeps, evaluateCommand } from './index.ts';
import { departmentYear } from './test-support.ts';

const demo = departmentYearSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/demo/yuanling-commerce-2024.json', import.meta.url), 'utf8')),
);

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], extra: Partial<EvaluateCommandDeps> = {}, stored: DepartmentYear | null = null): Promise<Run> {
  let out = '';
  let err = '';
  const code = await evaluateCommand(argv, {
    loadDemo: async () => demo,
    loadDepartmentYear: async (id, year) => (stored && id === stored.department.code && year === stored.fiscalYear ? stored : null),
    write: (t) => {
      out += t;
    },
    writeError: (t) => {
      err += t;
    },
    ...extra,
  });
  return { code, out, err };
}

describe('jixiao evaluate', () => {
  it('--demo prints a Chinese table and exits 1 because the claimed 100 is not supported', async () => {
    const r = await run(['--demo']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain('沅陵县商务局 2024年度 部门整体支出绩效评价');
    expect(r.out).toContain('预算调整率：缺数据  — / 3分');
    expect(r.out).toContain('毛调整率（上限，未剔除不计入的调整）：|1668.70万元 − 695.83万元| / 695.83万元 × 100% = 139.81%');
    // The department's score is its own claim; the computed figure and the unsupported points stand beside it.
    expect(r.out).toContain('自评得分：100 / 100分（优），部门填报的总分');
    expect(r.out).toContain('系统复核：按数据已核实 18分；缺少依据 82分；最高可得 100 / 100分；等级：待定（差–优）');
    expect(r.out).toContain('数据不支持的自评分：82分');
    expect(r.out).toMatch(/ {2}- 预算调整率：3分，3分缺少依据（需补充：本年预算调整明细及分类/);
    expect(r.out).toContain('[警告] claimed-score-unsupported');
    expect(r.out).toContain('[错误] full-score-with-problems');
  });

  it('--demo --json has the agreed shape', async () => {
    const r = await run(['--demo', '--json']);
    const json = JSON.parse(r.out) as Record<string, unknown> & { indicators: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['indicators', 'total', 'grade', 'status', 'findings', 'projects']));
    const adj = json.indicators.find((i) => i.id === 'budget_adjustment_rate');
    expect(adj).toMatchObject({ name: '预算调整率', unit: '%', score: null, maxScore: 3, status: 'missing' });
    expect(adj?.inputs).toContainEqual(
      expect.objectContaining({ label: '支出年初预算数（预算数）', value: 695_830_000, unit: '分', display: '695.83万元' }),
    );
    expect(json.total).toBe(18);
    // The department's own score and the computed one, side by side, in the same JSON.
    expect(json.scoreSheet).toMatchObject({ department: { score: 100, grade: '优', scoreSource: 'stated', computed: { total: 18 } } });
    expect(json.grade).toBeNull();
    expect(json.status).toBe('incomplete');
  });

  it('a stored department-year by id and year; exit 0 when nothing is wrong', async () => {
    const stored = departmentYear({ department: { code: 'x1', name: '测试局', kind: 'administrative' } });
    const r = await run(['--department', 'x1', '--year', '2024', '--json'], {}, stored);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).department).toEqual({ code: 'x1', name: '测试局' });
  });

  it('exit 2 with one line for bad arguments or an unknown department', async () => {
    for (const argv of [[], ['--year', '2024'], ['--department', 'x', '--year', '24'], ['--demo', '--year', '2024'], ['--bogus'], ['--department']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.split('\n')[0]).toMatch(/ \/ /);
      expect(r.err).not.toContain('    at ');
    }
    const missing = await run(['--department', 'nope', '--year', '2024']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('未找到部门“nope”2024年度的数据 / no data for department nope, year 2024\n');
  });

  it('--template takes a shipped id or a file; a broken file is refused naming the place', async () => {
    expect((await run(['--demo', '--template', 'hunan-county-department-2024'])).code).toBe(1);
    const broken = JSON.parse(JSON.stringify(departmentJson)) as { blocks: { weight: number }[] };
    (broken.blocks[0] as { weight: number }).weight = 30;
    const r = await run(['--demo', '--template', 'my.json'], { readTextFile: async () => JSON.stringify(broken) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('blocks: 各一级指标分值之和为110，应为100');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    const gone = await run(['--demo', '--template', 'no-such.json'], {
      readTextFile: async () => {
        throw new Error('ENOENT');
      },
    });
    expect(gone.code).toBe(2);
    expect(gone.err).toContain('找不到计分模板“no-such.json”');
  });
});
