/**
 * The review workflow's storage: status transitions of a department-year with their events (comments
 * attached to a section or field path), and the finance bureau's spot-check score (抽查复核得分). A transition
 * is one transaction: the status and version change, the event and the audit entry are written together.
 */
import type { ColumnType, Generated, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { FieldChange } from '../workflow/diff.ts';
import type { Role } from '../workflow/roles.ts';
import {
  ACTIONS,
  type ReviewComment,
  transition,
  type TransitionRequest,
  type TransitionResult,
} from '../workflow/state-machine.ts';
import { type ActorRef, type AuditLogTables, appendAuditEntry } from './audit-log-repository.ts';
import type { Database } from './database.ts';
import type { DepartmentYearScope, TenantRef } from './department-year-repository.ts';
import { VersionConflictError } from './errors.ts';

export interface WorkflowEventsTable {
  id: ColumnType<string, never, never>;
  region_code: string;
  department_code: string;
  fiscal_year: number;
  action: string;
  from_status: string;
  to_status: string;
  actor_user_id: number | null;
  actor_name: string;
  comments: ColumnType<ReviewComment[], string, never>;
  spot_check_score: ColumnType<string | null, number | null, never>;
  at: Generated<Date>;
}

export interface DepartmentYearReviewsTable {
  region_code: string;
  department_code: string;
  fiscal_year: number;
  spot_check_score: ColumnType<string | null, number | null, number | null>;
  spot_check_note: Generated<string>;
  reviewer_user_id: number | null;
  reviewer_name: string | null;
  updated_at: Generated<Date>;
}

export type WorkflowTables = {
  workflow_events: WorkflowEventsTable;
  department_year_reviews: DepartmentYearReviewsTable;
};

function workflowDb(db: Kysely<Database>): Kysely<Database & WorkflowTables> {
  return db.withTables<WorkflowTables>();
}

export interface WorkflowEvent {
  readonly id: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly actor: ActorRef;
  readonly comments: readonly ReviewComment[];
  readonly spotCheckScore: number | null;
  readonly at: Date;
}

export interface Review {
  readonly spotCheckScore: number | null;
  readonly reviewerName: string | null;
  readonly updatedAt: Date;
}

export type AppliedTransition =
  | { readonly ok: true; readonly from: string; readonly to: string; readonly version: number }
  | Extract<TransitionResult, { ok: false }>;

/**
 * Apply a workflow action to one year. Returns null when the year does not exist, the state machine's refusal
 * when the action is not allowed (nothing written), or the new status and version.
 * @throws VersionConflictError when `expectedVersion` is given and stale.
 */
export async function applyTransition(
  db: Kysely<Database>,
  tenant: TenantRef,
  fiscalYear: number,
  args: {
    readonly actor: ActorRef;
    readonly role: Role;
    readonly request: TransitionRequest;
    readonly expectedVersion?: number;
  },
): Promise<AppliedTransition | null> {
  return db.transaction().execute(async (plain) => {
    const trx = plain.withTables<WorkflowTables>();
    const header = await trx
      .selectFrom('department_years')
      .select(['status', 'version'])
      .where('region_code', '=', tenant.regionCode)
      .where('department_code', '=', tenant.departmentCode)
      .where('fiscal_year', '=', fiscalYear)
      .forUpdate()
      .executeTakeFirst();
    if (!header) return null;
    if (args.expectedVersion !== undefined && args.expectedVersion !== header.version) {
      throw new VersionConflictError(header.version, args.expectedVersion);
    }
    const unchanged = args.request.action === 'resubmit' && header.status === 'returned' ? await unchangedSinceReturn(plain, tenant, fiscalYear) : false;
    const decided = transition(header.status, args.role, args.request, { unchangedSinceReturn: unchanged });
    if (!decided.ok) return decided;
    const { version } = await trx
      .updateTable('department_years')
      .set({ status: decided.to, version: header.version + 1, updated_at: sql<Date>`now()` })
      .where('region_code', '=', tenant.regionCode)
      .where('department_code', '=', tenant.departmentCode)
      .where('fiscal_year', '=', fiscalYear)
      .returning('version')
      .executeTakeFirstOrThrow();
    const comments = (args.request.comments ?? []).filter((c) => c.text.trim() !== '');
    const score = args.request.spotCheckScore ?? null;
    await trx
      .insertInto('workflow_events')
      .values({
        region_code: tenant.regionCode,
        department_code: tenant.departmentCode,
        fiscal_year: fiscalYear,
        action: args.request.action,
        from_status: header.status,
        to_status: decided.to,
        actor_user_id: args.actor.userId,
        actor_name: args.actor.name,
        comments: JSON.stringify(comments),
        spot_check_score: score,
      })
      .execute();
    const changes: FieldChange[] = [{ path: 'status', old: header.status, new: decided.to }];
    if (comments.length > 0) changes.push({ path: 'review.comments', old: null, new: comments.map((c) => ({ ...c })) });
    if (score !== null) {
      const before = await trx
        .selectFrom('department_year_reviews')
        .select('spot_check_score')
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode)
        .where('fiscal_year', '=', fiscalYear)
        .executeTakeFirst();
      await trx
        .insertInto('department_year_reviews')
        .values({
          region_code: tenant.regionCode,
          department_code: tenant.departmentCode,
          fiscal_year: fiscalYear,
          spot_check_score: score,
          reviewer_user_id: args.actor.userId,
          reviewer_name: args.actor.name,
        })
        .onConflict((oc) =>
          oc.columns(['region_code', 'department_code', 'fiscal_year']).doUpdateSet({
            spot_check_score: score,
            reviewer_user_id: args.actor.userId,
            reviewer_name: args.actor.name,
            updated_at: sql<Date>`now()`,
          }),
        )
        .execute();
      const old = before?.spot_check_score;
      changes.push({ path: 'review.spotCheckScore', old: old === null || old === undefined ? null : Number(old), new: score });
    }
    await appendAuditEntry(plain, {
      tenant,
      fiscalYear,
      actor: args.actor,
      action: args.request.action,
      version,
      changes,
    });
    return { ok: true, from: header.status, to: decided.to, version };
  });
}

/**
 * Whether the year's data is the same as when it was last returned: the current document equals the last
 * version saved before the return (the return's version is in the audit log). False when the year was never
 * returned or the document at the return is unknown (history older than the version table).
 */
export async function unchangedSinceReturn(db: Kysely<Database>, tenant: TenantRef, fiscalYear: number): Promise<boolean> {
  const { regionCode: r, departmentCode: d } = tenant;
  const result = await sql<{ same: boolean | null }>`
    with ret as (
      select max(version) as v from audit_log
       where region_code = ${r} and department_code = ${d} and fiscal_year = ${fiscalYear} and action = 'return'
    ), at_return as (
      select document from department_year_versions
       where region_code = ${r} and department_code = ${d} and fiscal_year = ${fiscalYear}
         and version < (select v from ret)
       order by version desc
       limit 1
    )
    select (select document from at_return) = y.document as same
      from department_years y
     where y.region_code = ${r} and y.department_code = ${d} and y.fiscal_year = ${fiscalYear}`.execute(db);
  return result.rows[0]?.same === true;
}

/** The year's workflow history, oldest first. */
export async function listWorkflowEvents(db: Kysely<Database>, tenant: TenantRef, fiscalYear: number): Promise<WorkflowEvent[]> {
  const rows = await workflowDb(db)
    .selectFrom('workflow_events')
    .selectAll()
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .where('fiscal_year', '=', fiscalYear)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    action: r.action,
    from: r.from_status,
    to: r.to_status,
    actor: { userId: r.actor_user_id, name: r.actor_name },
    comments: r.comments,
    spotCheckScore: r.spot_check_score === null ? null : Number(r.spot_check_score),
    at: r.at,
  }));
}

export async function getReview(db: Kysely<Database>, tenant: TenantRef, fiscalYear: number): Promise<Review | null> {
  const r = await workflowDb(db)
    .selectFrom('department_year_reviews')
    .selectAll()
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .where('fiscal_year', '=', fiscalYear)
    .executeTakeFirst();
  if (!r) return null;
  return {
    spotCheckScore: r.spot_check_score === null ? null : Number(r.spot_check_score),
    reviewerName: r.reviewer_name,
    updatedAt: r.updated_at,
  };
}

/** Spot-check scores of a scope, keyed `region.department@year`. */
export async function listReviews(db: Kysely<Database>, scope: DepartmentYearScope): Promise<Map<string, Review>> {
  let q = workflowDb(db).selectFrom('department_year_reviews').selectAll();
  if (scope.regionCode !== undefined) q = q.where('region_code', '=', scope.regionCode);
  if (scope.departmentCode !== undefined) q = q.where('department_code', '=', scope.departmentCode);
  const out = new Map<string, Review>();
  for (const r of await q.execute()) {
    out.set(`${r.region_code}.${r.department_code}@${r.fiscal_year}`, {
      spotCheckScore: r.spot_check_score === null ? null : Number(r.spot_check_score),
      reviewerName: r.reviewer_name,
      updatedAt: r.updated_at,
    });
  }
  return out;
}

/** A workflow action in the year's version history: the version it made, without a new document. */
export interface StatusChange {
  readonly version: number;
  readonly at: Date;
  readonly actor: ActorRef;
  readonly action: string;
  readonly from: string;
  readonly to: string;
}

/**
 * The year's status changes with the version each made, oldest first: the workflow actions' audit entries,
 * written in the transition's transaction (applyTransition), so every transition that bumped the version is
 * here. The version history lists them beside the saved documents, whose numbers they fill.
 */
export async function listStatusChanges(db: Kysely<Database>, tenant: TenantRef, fiscalYear: number): Promise<StatusChange[]> {
  const rows = await db
    .withTables<AuditLogTables>()
    .selectFrom('audit_log')
    .select(['version', 'at', 'actor_user_id', 'actor_name', 'action', 'changes'])
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .where('fiscal_year', '=', fiscalYear)
    .where('action', 'in', [...ACTIONS])
    .where('version', 'is not', null)
    .orderBy('version')
    .execute();
  return rows.flatMap((r) => {
    const status = r.changes.find((c) => c.path === 'status');
    if (r.version === null || !status) return [];
    return [{ version: r.version, at: r.at, actor: { userId: r.actor_user_id, name: r.actor_name }, action: r.action, from: String(status.old), to: String(status.new) }];
  });
}
