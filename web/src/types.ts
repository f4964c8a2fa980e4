/** Shapes the API answers with (the department-year model itself comes from the core's types). */
import type { DepartmentYear } from '../../src/core/department-year.ts';
import type { Finding } from '../../src/core/finding.ts';

export type { DepartmentYear, Finding };

export type Role = 'officer' | 'supervisor' | 'reviewer' | 'admin';

export interface User {
  id: number | null;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  regionCode: string | null;
  departmentCode: string | null;
}

export interface Session {
  user: User;
  csrfToken: string;
  /** What the user's role may do by the server's rule table: screens offer only these actions. */
  capabilities: string[];
}

export interface YearListItem {
  id: string;
  regionCode: string;
  departmentCode: string;
  departmentName: string;
  fiscalYear: number;
  status: string;
  version: number;
  totalFinal: number | null;
  updatedAt: string;
}

export interface StoredYear {
  id: string;
  fiscalYear: number;
  version: number;
  status: string;
  data: DepartmentYear;
}

export interface ValidationResult {
  summary: { errors: number; warnings: number; infos: number };
  findings: Finding[];
}

export interface ReviewComment {
  path: string;
  text: string;
}

export interface WorkflowEvent {
  id: string;
  action: string;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  actor: { name: string };
  comments: ReviewComment[];
  spotCheckScore: number | null;
  at: string;
}

export interface WorkflowState {
  status: string;
  statusLabel: string;
  version: number;
  actions: string[];
  editable: boolean;
  selfAssessment: { score?: number; grade?: string; maxScore: number };
  /** The grade the stated score earns by the template (what the 自评表 and the report show); null without a score. */
  scoreGrade: string | null;
  review: { spotCheckScore: number | null; reviewerName: string | null } | null;
  openComments: ReviewComment[];
  /** Returned and not changed since: 重新报送 needs a reply to the comments. */
  unchangedSinceReturn?: boolean;
  events: WorkflowEvent[];
}

export interface AuditEntry {
  id: string;
  at: string;
  fiscalYear: number;
  actor: { name: string };
  action: string;
  version: number | null;
  changes: { path: string; old: unknown; new: unknown }[];
}

export interface OverviewItem {
  id: string;
  departmentName: string;
  fiscalYear: number;
  status: string;
  statusLabel: string;
  version: number;
  totalFinal: number | null;
  errors: number;
  warnings: number;
  selfScore: number | null;
  selfGrade: string | null;
  spotCheckScore: number | null;
  updatedAt: string;
}

export interface Capabilities {
  evaluation: string[];
  reports: string[];
  publicReports: string[];
  audit: string[];
}

export const STATUS_LABEL: Record<string, string> = {
  draft: '填报中',
  submitted: '已报送',
  returned: '已退回',
  resubmitted: '已重新报送',
  approved: '审核通过',
  published: '已公开',
};

export const STATUS_COLOR: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  resubmitted: 'processing',
  approved: 'success',
  published: 'green',
};

export const ACTION_LABEL: Record<string, string> = {
  submit: '报送',
  return: '退回修改',
  resubmit: '重新报送',
  approve: '审核通过',
  publish: '公开',
  create: '创建',
  update: '修改',
  import: '导入',
  'score-override': '调整自评得分',
  'score-override.edit': '调整自评得分',
  'department.create': '新建单位',
  'department-year.create': '新建部门年度',
  'ledger.replace': '导入会计明细',
  'asset.write': '维护资产台账',
  'stocktake.write': '资产盘点',
  'disposal.request': '申请资产处置',
  'disposal.decide': '审批资产处置',
  'department-year.edit': '修改',
  'department-year.next': '开始下一年度',
  'workflow.transition': '审核流程',
  'code-table.import': '导入代码表',
  'account.manage': '管理账户',
  'account.create': '新建账户',
  'account.update': '修改账户',
  'account.password': '修改密码',
  'account.reset-password': '重置密码',
  'asset-update': '修改资产卡片',
  'asset-import': '导入资产台账',
};
