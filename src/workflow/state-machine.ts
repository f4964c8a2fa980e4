/**
 * The review workflow of a department-year (审核流程) as a pure state machine:
 *
 *   draft ──submit──► submitted ──return──► returned ──resubmit──► resubmitted
 *                         │                     ▲                       │
 *                         │                     └────────return─────────┤
 *                         └──────approve──► approved ◄────approve───────┘
 *                                              │
 *                                           publish ──► published
 *
 * The department (officer, supervisor) submits and resubmits; the finance bureau (reviewer) returns with
 * comments, approves with its spot-check score (抽查复核得分), and publishes. The data can be edited only while
 * the year is a draft or returned.
 */
import type { Role } from './roles.ts';

export const STATUSES = ['draft', 'submitted', 'returned', 'resubmitted', 'approved', 'published'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABEL: Record<Status, string> = {
  draft: '填报中',
  submitted: '已报送',
  returned: '已退回',
  resubmitted: '已重新报送',
  approved: '审核通过',
  published: '已公开',
};

export const ACTIONS = ['submit', 'return', 'resubmit', 'approve', 'publish'] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_LABEL: Record<Action, string> = {
  submit: '报送',
  return: '退回修改',
  resubmit: '重新报送',
  approve: '审核通过',
  publish: '公开',
};

interface TransitionRule {
  readonly from: readonly Status[];
  readonly to: Status;
  readonly roles: readonly Role[];
  /**
   * Only when the year's final report can be produced (no validation error, nothing the report needs missing):
   * a published year's report must download, and an approved year can no longer be returned to fix it.
   */
  readonly requiresFinalReport?: boolean;
}

// The admin role takes no workflow action: an administrator acts on a year only through a named role (issue 17).
const DEPARTMENT_SIDE: readonly Role[] = ['officer', 'supervisor'];
const FINANCE_SIDE: readonly Role[] = ['reviewer'];

export const TRANSITIONS: Readonly<Record<Action, TransitionRule>> = {
  submit: { from: ['draft'], to: 'submitted', roles: DEPARTMENT_SIDE },
  return: { from: ['submitted', 'resubmitted'], to: 'returned', roles: FINANCE_SIDE },
  resubmit: { from: ['returned'], to: 'resubmitted', roles: DEPARTMENT_SIDE },
  approve: { from: ['submitted', 'resubmitted'], to: 'approved', roles: FINANCE_SIDE, requiresFinalReport: true },
  publish: { from: ['approved'], to: 'published', roles: FINANCE_SIDE, requiresFinalReport: true },
};

/** A reviewer's comment, attached to a section (`expenditure`) or a field path (`revenue.bySource[0].amounts.final`). */
export interface ReviewComment {
  readonly path: string;
  readonly text: string;
}

export interface TransitionRequest {
  readonly action: Action;
  readonly comments?: readonly ReviewComment[];
  /** 抽查复核得分, 0–100; only with approve. */
  readonly spotCheckScore?: number;
}

export type TransitionResult =
  | { readonly ok: true; readonly from: Status; readonly to: Status }
  | {
      readonly ok: false;
      readonly code: 'forbidden' | 'invalid-transition' | 'comments-required' | 'reply-required' | 'invalid-score';
      readonly message: string;
    };

/** What the state machine needs to know about the data beside its status. */
export interface TransitionContext {
  /** The department's data is the same as when the finance bureau returned it (nothing changed since). */
  readonly unchangedSinceReturn?: boolean;
}

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

/**
 * Where `action` leads from `status` for `role`, or why it may not. A resubmission of data the department did
 * not change after the return must answer the reviewer's comments (a reply saying why nothing was changed):
 * the finance bureau returned it for a reason, and resubmitting it silently would only start the loop again.
 */
export function transition(status: string, role: Role, request: TransitionRequest, context: TransitionContext = {}): TransitionResult {
  const rule = TRANSITIONS[request.action];
  const from: Status = isStatus(status) ? status : 'draft';
  if (!rule.roles.includes(role)) {
    return {
      ok: false,
      code: 'forbidden',
      message: `当前角色不能执行“${ACTION_LABEL[request.action]}” / role ${role} may not ${request.action}`,
    };
  }
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      code: 'invalid-transition',
      message: `“${STATUS_LABEL[from]}”状态下不能${ACTION_LABEL[request.action]} / cannot ${request.action} a year that is ${from}`,
    };
  }
  if (request.action === 'return' && !(request.comments ?? []).some((c) => c.text.trim() !== '')) {
    return { ok: false, code: 'comments-required', message: '退回时须填写审核意见 / a return needs at least one comment' };
  }
  if (request.action === 'resubmit' && context.unchangedSinceReturn && !(request.comments ?? []).some((c) => c.text.trim() !== '')) {
    return {
      ok: false,
      code: 'reply-required',
      message:
        '退回后数据未作任何修改：重新报送须答复审核意见，说明不作修改的理由 / the data is unchanged since it was returned: resubmitting it needs a reply to the review comments',
    };
  }
  if (request.spotCheckScore !== undefined) {
    if (request.action !== 'approve') {
      return { ok: false, code: 'invalid-score', message: '抽查复核得分只能在审核通过时填写 / the spot-check score goes with approve' };
    }
    if (!Number.isFinite(request.spotCheckScore) || request.spotCheckScore < 0 || request.spotCheckScore > 100) {
      return { ok: false, code: 'invalid-score', message: '抽查复核得分应在0–100之间 / the spot-check score is 0–100' };
    }
  }
  return { ok: true, from, to: rule.to };
}

/** The actions `role` can take on a year in `status` (for the UI's buttons). */
export function availableActions(status: string, role: Role): Action[] {
  return ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.roles.includes(role) && rule.from.includes(isStatus(status) ? status : 'draft');
  });
}

/** Statuses in which the department's data can be changed. */
export const EDITABLE_STATUSES: readonly Status[] = ['draft', 'returned'];

export type EditDecision = { readonly ok: true } | { readonly ok: false; readonly code: 'read-only' | 'forbidden'; readonly message: string };

/** Whether `role` may change the department-year's data while it is in `status`. */
export function canEdit(status: string, role: Role): EditDecision {
  if (role === 'reviewer') {
    return { ok: false, code: 'forbidden', message: '财政审核人员不能修改单位填报的数据 / reviewers cannot change a department’s data' };
  }
  if (role === 'admin') {
    return { ok: false, code: 'forbidden', message: '管理员不能直接修改单位的数据，请使用单位填报账户 / an admin changes data only through a named role' };
  }
  const s: Status = isStatus(status) ? status : 'draft';
  if (!EDITABLE_STATUSES.includes(s)) {
    return {
      ok: false,
      code: 'read-only',
      message: `本年度数据“${STATUS_LABEL[s]}”，退回前不能修改 / the year is ${s} and read-only until it is returned`,
    };
  }
  return { ok: true };
}
