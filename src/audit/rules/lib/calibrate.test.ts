import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finding, type Finding } from '../../../core/finding.ts';
import { auditText } from '../../audit-text.ts';
import { dateShape } from '../date-malformed.ts';
import { headingShape, numbering } from '../numbering.ts';
import { sumMismatch } from '../sum-mismatch.ts';
import { calibrateSeverity, ceilingOf, SEVERITY_TABLE } from './calibrate.ts';
import { runRule } from './run-rule.ts';

const RULES_DIR = join(import.meta.dirname, '..');

function f(rule: string, severity: Finding['severity'], shape?: string): Finding {
  return finding({ rule, severity, message: 'x', evidence: [], ...(shape ? { shape } : {}) });
}

describe('severity calibrated to first-contact reliability', () => {
  it('gives a 提示 below 50 %, an 错误 only from 80 %, a 警告 between and when fewer than 3 were seen', () => {
    expect(ceilingOf(1, 15)).toBe('info');
    expect(ceilingOf(1, 2)).toBe('info');
    expect(ceilingOf(2, 2)).toBe('warning');
    expect(ceilingOf(3, 1)).toBe('warning');
    expect(ceilingOf(4, 1)).toBe('error');
    expect(ceilingOf(4, 0)).toBe('error');
    // Too few to measure: neither trusted as an error nor dismissed as a 提示.
    expect(ceilingOf(0, 2)).toBe('warning');
    expect(ceilingOf(2, 0)).toBe('warning');
    expect(ceilingOf(0, 0)).toBe('warning');
  });

  it('has every ceiling in data/audit/severity.json follow the policy from its first-contact counts', () => {
    const wrong: string[] = [];
    for (const [rule, shapes] of Object.entries(SEVERITY_TABLE.shapes)) {
      for (const [shape, e] of Object.entries(shapes)) {
        if (e.ceiling !== ceilingOf(e.firstContact.tp, e.firstContact.fp)) wrong.push(`${rule}/${shape}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lists every shape the rules emit', () => {
    const emitted = new Map<string, Set<string>>();
    for (const dir of [RULES_DIR, join(RULES_DIR, 'lib')]) {
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
        const src = readFileSync(join(dir, name), 'utf8');
        // Each finding(...) call of a rule: its rule id and the quoted shape names in its shape field.
        for (const m of src.matchAll(/rule: '([a-z-]+)',\s*\n\s*shape: ([^\n]+),/g)) {
          const set = emitted.get(m[1]!) ?? new Set<string>();
          for (const q of m[2]!.matchAll(/'([a-z-]+)'/g)) set.add(q[1]!);
          emitted.set(m[1]!, set);
        }
      }
    }
    emitted.get('date-malformed')!.add(dateShape('年份少了一位数字')).add(dateShape('年份后的数字缺少“月”')).add(dateShape('月份“13”不存在'));
    for (const kind of ['重复', '倒退', '跳号'] as const) emitted.get('numbering')!.add(headingShape(kind, { title: '七、一般公共预算财政拨款项目支出决算表' })).add(headingShape(kind, { title: '二、关于决算情况说明' }));
    const missing: string[] = [];
    for (const [rule, shapes] of emitted) for (const s of shapes) if (!SEVERITY_TABLE.shapes[rule]?.[s]) missing.push(`${rule}/${s}`);
    expect(missing).toEqual([]);
    expect(emitted.get('sum-mismatch')?.has('list-over')).toBe(true);
  });

  it('only lowers a severity to its ceiling, and leaves findings without a listed shape alone', () => {
    const out = calibrateSeverity([
      f('sum-mismatch', 'error', 'list-over'),
      f('direction-mismatch', 'warning', 'zero-change'),
      f('numbering', 'error', 'heading-duplicate'),
      f('percent-mismatch', 'error', 'change-rate-same-sentence'),
      f('sum-mismatch', 'error'),
      f('sum-mismatch', 'error', 'no-such-shape'),
    ]);
    expect(out.map((x) => x.severity)).toEqual(['info', 'warning', 'error', 'warning', 'error', 'error']);
  });

  it('applies in auditText: a 其中 list adding beyond its total is a 提示, a heading number used twice stays an 错误', () => {
    // (Not a head count broken down by kind — 编制人数…其中行政编制…: count-mismatch reads that one, and the sum is folded into it.)
    const list = '本单位培训人数20人，其中干部培训12人，职工培训10人。';
    expect(runRule(sumMismatch, list).findings.map((x) => [x.shape, x.severity])).toEqual([['list-over', 'error']]);
    const audited = auditText(list).findings.filter((x) => x.rule === 'sum-mismatch');
    expect(audited.map((x) => x.severity)).toEqual(['info']);
    // The finding is still reported, with its message and arithmetic.
    expect(audited[0]!.message).toBe('“培训人数”为20人，但所列各项之和为22人，多2人');
    const headings = '一、部门职责\n主要职责是……\n二、机构设置\n内设机构3个。\n二、收支情况\n收入100万元。\n';
    expect(runRule(numbering, headings).findings.map((x) => x.shape)).toEqual(['heading-duplicate']);
    expect(auditText(headings).findings.filter((x) => x.rule === 'numbering').map((x) => x.severity)).toEqual(['error']);
  });

  it('makes a heading number skipped after a table entry a 提示, another skip a 警告', () => {
    const tables = '六、一般公共预算财政拨款基本支出决算表\n七、一般公共预算财政拨款项目支出决算表\n九、国有资本经营预算财政拨款收入支出决算表\n';
    const prose = '一、部门职责\n主要职责是……\n二、机构设置\n内设机构3个。\n四、收支情况\n收入100万元。\n';
    const of = (text: string) => auditText(text).findings.filter((x) => x.rule === 'numbering').map((x) => [x.shape, x.severity]);
    expect(runRule(numbering, tables).findings.map((x) => x.severity)).toEqual(['error']);
    expect(of(tables)).toEqual([['heading-skip-table-entry', 'info']]);
    expect(of(prose)).toEqual([['heading-skip', 'warning']]);
  });
});
