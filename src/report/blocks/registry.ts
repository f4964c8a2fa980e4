/** Every generated block an outline template may name, by id. Listed, not discovered. */
import { departmentTable, projectTables } from './attachments.ts';
import {
  basicExpenditure,
  expenditureByFunction,
  expenditureByNature,
  expenditureStructureChart,
  managementNarrative,
  projectExpenditure,
  revenueBySource,
} from './budget.ts';
import type { BlockBuilder } from './context.ts';
import {
  governmentFunds,
  measures,
  otherMatters,
  problems,
  resultApplication,
  socialInsurance,
  stateCapital,
} from './narrative.ts';
import {
  assetManagement,
  evaluationConclusion,
  indicatorAnalysis,
  projectManagement,
  projectOrganisation,
} from './performance.ts';
import { duties, goals, organisation, staffing } from './profile.ts';
import { threePublic } from './three-public.ts';

export const BLOCKS: Readonly<Record<string, BlockBuilder>> = {
  organisation,
  staffing,
  duties,
  goals,
  'management-narrative': managementNarrative,
  'revenue-by-source': revenueBySource,
  'expenditure-by-function': expenditureByFunction,
  'expenditure-by-nature': expenditureByNature,
  'expenditure-structure-chart': expenditureStructureChart,
  'basic-expenditure': basicExpenditure,
  'project-expenditure': projectExpenditure,
  'three-public': threePublic,
  'government-funds': governmentFunds,
  'state-capital': stateCapital,
  'social-insurance': socialInsurance,
  'evaluation-conclusion': evaluationConclusion,
  'project-organisation': projectOrganisation,
  'project-management': projectManagement,
  'asset-management': assetManagement,
  'indicator-analysis': indicatorAnalysis,
  problems,
  measures,
  'other-matters': otherMatters,
  'result-application': resultApplication,
  'department-self-evaluation-table': departmentTable,
  'project-self-evaluation-tables': projectTables,
};
