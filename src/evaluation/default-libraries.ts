/** The shipped indicator libraries (data/evaluation/indicators), parsed once. */
import departmentJson from '../../data/evaluation/indicators/department-53-2013.v1.json' with { type: 'json' };
import projectJson from '../../data/evaluation/indicators/project-10-2020.v1.json' with { type: 'json' };
import {
  type DepartmentLibrary,
  departmentLibrarySchema,
  type ProjectLibrary,
  projectLibrarySchema,
} from './library.ts';

export const DEPARTMENT_LIBRARY: DepartmentLibrary = departmentLibrarySchema.parse(departmentJson);
export const PROJECT_LIBRARY: ProjectLibrary = projectLibrarySchema.parse(projectJson);

export interface Libraries {
  readonly department: DepartmentLibrary;
  readonly project: ProjectLibrary;
}

export const DEFAULT_LIBRARIES: Libraries = { department: DEPARTMENT_LIBRARY, project: PROJECT_LIBRARY };
