/** The demo department-year (沅陵县商务局 2024, transcribed from the seed report with its inconsistencies). */
import { readFileSync } from 'node:fs';
import { type DepartmentYear, departmentYearSchema } from '../core/department-year.ts';
import { repoPath } from './paths.ts';

export const DEMO_FILE = repoPath('data/demo/yuanling-commerce-2024.json');

export function loadDemo(): DepartmentYear {
  return departmentYearSchema.parse(JSON.parse(readFileSync(DEMO_FILE, 'utf8')));
}
