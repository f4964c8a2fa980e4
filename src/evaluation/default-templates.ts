/** The shipped scoring templates (data/evaluation/templates), checked by the same loader as a user's file. */
import departmentJson from '../../data/evaluation/templates/hunan-county-department-2024.v1.json' with { type: 'json' };
import projectJson from '../../data/evaluation/templates/project-self-evaluation-10-2020.v1.json' with { type: 'json' };
import { loadDepartmentTemplate, loadProjectTemplate } from './load-template.ts';
import type { DepartmentTemplate, ProjectTemplate } from './template-schema.ts';

export const DEFAULT_DEPARTMENT_TEMPLATE: DepartmentTemplate = loadDepartmentTemplate(departmentJson);
export const DEFAULT_PROJECT_TEMPLATE: ProjectTemplate = loadProjectTemplate(projectJson);

export const SHIPPED_TEMPLATES: readonly (DepartmentTemplate | ProjectTemplate)[] = [
  DEFAULT_DEPARTMENT_TEMPLATE,
  DEFAULT_PROJECT_TEMPLATE,
];

export function findShippedTemplate(id: string): DepartmentTemplate | ProjectTemplate | undefined {
  return SHIPPED_TEMPLATES.find((t) => t.id === id);
}
