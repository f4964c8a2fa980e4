import { describe, expect, it } from 'vitest';
import { validateDepartmentYear } from '../app/department-year-service.ts';
import { generateDepartmentYear, generateDepartmentYears, splitExact, rng } from './generate.ts';

describe('synthetic department-years', () => {
  it('are deterministic by seed', () => {
    expect(generateDepartmentYear(7, { departments: 10, seed: 42 })).toEqual(generateDepartmentYear(7, { departments: 10, seed: 42 }));
    expect(generateDepartmentYear(7, { departments: 10, seed: 43 })).not.toEqual(generateDepartmentYear(7, { departments: 10, seed: 42 }));
  });

  it('add up exactly, so validation finds no error and no warning on 200 of them', () => {
    for (const dy of generateDepartmentYears({ departments: 200, seed: 1 })) {
      const findings = validateDepartmentYear(dy).filter((f) => f.severity !== 'info');
      expect(findings, `${dy.department.name}: ${findings.map((f) => f.message).join('; ')}`).toEqual([]);
    }
  });

  it('give each county its own region code and each department a unique tenant key', () => {
    const keys = new Set<string>();
    for (const dy of generateDepartmentYears({ departments: 240, seed: 1 })) keys.add(`${dy.region.code}.${dy.department.code}`);
    expect(keys.size).toBe(240);
  });

  it('splitExact keeps the total to the fen', () => {
    const r = rng(5);
    for (let i = 0; i < 1000; i++) {
      const total = Math.floor(r() * 1e12);
      const parts = splitExact(r, total, 1 + (i % 9));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    }
  });
});
