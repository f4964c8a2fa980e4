/**
 * A year is approved or published only when its final report can be produced (issue 17): the workflow actions
 * marked `requiresFinalReport` in the state machine are refused with the list of what blocks the report —
 * the report writer's own check (finalReportBlockers), from the same source the download writes from.
 */
import type { Kysely } from 'kysely';
import { forWeb } from '../core/channel-message.ts';
import type { DepartmentYear } from '../core/department-year.ts';
import { refusalSummary } from '../report/index.ts';
import type { Database } from '../store/database.ts';
import type { Role } from '../workflow/roles.ts';
import { ACTION_LABEL, TRANSITIONS, type TransitionRequest, transition } from '../workflow/state-machine.ts';
import type { Tenant } from './context.ts';
import { HttpError } from './errors.ts';
import { finalReportBlockersOf } from './report-output.ts';

/**
 * Throws 409 `final-report-refused` (details: the blocking findings) when `request` may otherwise run on this
 * year and needs a final report that would be refused. Other refusals are the state machine's to give.
 */
export async function assertFinalReportPossible(
  db: Kysely<Database>,
  tenant: Tenant,
  year: { readonly status: string; readonly data: DepartmentYear },
  role: Role,
  request: TransitionRequest,
): Promise<void> {
  if (!TRANSITIONS[request.action].requiresFinalReport || !transition(year.status, role, request).ok) return;
  // Each blocker in the web app's wording (channel-message.ts), as the report download's refusal gives them.
  const blockers = (await finalReportBlockersOf(db, tenant, year.data)).map((f) => forWeb(f));
  if (blockers.length === 0) return;
  const { zh, en } = refusalSummary(blockers);
  const label = ACTION_LABEL[request.action];
  throw new HttpError(
    409,
    'final-report-refused',
    `不能${label}：正式报告无法生成（${zh}），请退回单位补充或修改：${blockers
      .slice(0, 20)
      .map((f) => f.message)
      .join('；')}${blockers.length > 20 ? '……' : ''} / cannot ${request.action}: the final report would be refused (${en})`,
    blockers.map((f) => ({ rule: f.rule, message: f.message, path: f.evidence[0]?.path ?? '' })),
  );
}
