/**
 * Who may write what, in one table (issue 17): every write route names its capability, and each capability
 * says which roles may use it and in which workflow states of the department-year it may run. One preHandler
 * applies the table to every route, and one onSend hook writes every successful write of a capability that
 * its store does not already record into the audit trail (who, when, what was sent). Separation of duties: the
 * person who submitted a year cannot return or approve it.
 *
 * The workflow actions themselves (submit, return, approve, publish …) keep their role × state table in
 * workflow/state-machine.ts (TRANSITIONS); this table points at it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { parseDepartmentId } from '../../app/department-year-service.ts';
import { appendAuditEntry } from '../../store/audit-log-repository.ts';
import type { Database } from '../../store/database.ts';
import { getDepartmentYear } from '../../store/index.ts';
import { listWorkflowEvents } from '../../store/workflow-repository.ts';
import type { AssetStore } from '../../assets/index.ts';
import { assetsRepository } from '../../store/assets-repository.ts';
import { diffValues, type FieldChange } from '../../workflow/diff.ts';
import type { Role } from '../../workflow/roles.ts';
import { EDITABLE_STATUSES, isStatus, STATUS_LABEL, type Status, TRANSITIONS } from '../../workflow/state-machine.ts';
import { actorOf, tenantFor } from '../context.ts';
import { HttpError } from '../errors.ts';
import { actorRef } from './actor.ts';
import { AUDIT_SUBJECTS, type AuditSubject } from './audit-subjects.ts';
import { requiredVersion } from './if-match.ts';

export const CAPABILITIES = [
  'department.create',
  'department-year.create',
  'department-year.next',
  'department-year.edit',
  'score-override.edit',
  'workflow.transition',
  'ledger.replace',
  'asset.write',
  'stocktake.write',
  'disposal.request',
  'disposal.decide',
  'account.manage',
  'code-table.import',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface CapabilityRule {
  readonly label: string;
  readonly roles: readonly Role[];
  /** Workflow states of the URL's department-year in which the write may run; undefined = not tied to a year. */
  readonly states?: readonly Status[];
  /** 'store': the store writes the audit entry in the write's own transaction (with old → new per field). */
  readonly audit: 'store' | 'hook';
}

/**
 * Admin rights come only from the admin role (never from a user name), and that role holds no capability over a
 * department's data: an administrator who must act on data does so through an account with a named role
 * (单位填报, 主管部门, 财政审核), so every data change is made, and recorded, under that role (issue 17).
 */
const DEPARTMENT: readonly Role[] = ['officer', 'supervisor'];

/** THE table. */
export const CAPABILITY_RULES: Readonly<Record<Capability, CapabilityRule>> = {
  // Setting up the system: a department's entry (an empty first year) must exist before its accounts can.
  'department.create': { label: '新建单位', roles: ['reviewer', 'admin'], audit: 'store' },
  // Setting up a year (a copy of last year with its amounts empty) is set-up, not editing: the finance side may too.
  'department-year.next': { label: '开始下一年度', roles: ['officer', 'supervisor', 'reviewer'], audit: 'store' },
  // A whole year's data sent by the client is the department's own data.
  'department-year.create': { label: '新建部门年度', roles: DEPARTMENT, audit: 'store' },
  'department-year.edit': { label: '修改部门年度数据', roles: DEPARTMENT, states: EDITABLE_STATUSES, audit: 'store' },
  'score-override.edit': { label: '调整自评得分', roles: DEPARTMENT, states: EDITABLE_STATUSES, audit: 'store' },
  // Roles × states per action: workflow/state-machine.ts TRANSITIONS; plus separation of duties below.
  'workflow.transition': { label: '审核流程', roles: ['officer', 'supervisor', 'reviewer'], audit: 'store' },
  'ledger.replace': { label: '导入会计明细', roles: DEPARTMENT, states: EDITABLE_STATUSES, audit: 'hook' },
  'asset.write': { label: '维护资产台账', roles: DEPARTMENT, audit: 'hook' },
  'stocktake.write': { label: '资产盘点', roles: DEPARTMENT, audit: 'hook' },
  'disposal.request': { label: '申请资产处置', roles: DEPARTMENT, audit: 'hook' },
  'disposal.decide': { label: '审批资产处置', roles: ['supervisor'], audit: 'hook' },
  'account.manage': { label: '管理账户', roles: ['admin'], audit: 'store' },
  // The installation's official code tables (not a department's data): filed under the admin's region.
  'code-table.import': { label: '导入代码表', roles: ['admin'], audit: 'hook' },
};

/** Every write route and its capability ("METHOD url" as registered). */
export const ROUTE_CAPABILITIES: Readonly<Record<string, Capability>> = {
  'POST /api/departments': 'department.create',
  'POST /api/department-years': 'department-year.create',
  'POST /api/departments/:id/years/:year/next': 'department-year.next',
  'PUT /api/departments/:id/years/:year': 'department-year.edit',
  'PUT /api/departments/:id/years/:year/parts/:part': 'department-year.edit',
  'PUT /api/departments/:id/years/:year/ledger/keywords': 'department-year.edit',
  'POST /api/departments/:id/years/:year/budget-tables': 'department-year.edit',
  'PUT /api/departments/:id/years/:year/score-overrides': 'score-override.edit',
  'POST /api/departments/:id/years/:year/workflow': 'workflow.transition',
  'POST /api/departments/:id/years/:year/ledger': 'ledger.replace',
  'POST /api/departments/:id/assets': 'asset.write',
  'PATCH /api/departments/:id/assets/:number': 'asset.write',
  'POST /api/departments/:id/assets/import': 'asset.write',
  'POST /api/departments/:id/assets/labels/applied': 'asset.write',
  'POST /api/departments/:id/stocktakes': 'stocktake.write',
  'POST /api/departments/:id/stocktakes/:sid/confirmations': 'stocktake.write',
  'POST /api/departments/:id/stocktakes/:sid/close': 'stocktake.write',
  'POST /api/departments/:id/stocktakes/:sid/apply': 'stocktake.write',
  'POST /api/departments/:id/assets/disposals': 'disposal.request',
  'POST /api/departments/:id/assets/disposals/:did/decision': 'disposal.decide',
  // Admin-only routes, reads included: the table is the one place that says who is an admin.
  'GET /api/users': 'account.manage',
  'POST /api/users': 'account.manage',
  'PATCH /api/users/:id': 'account.manage',
  'POST /api/users/:id/reset-password': 'account.manage',
  'POST /api/code-tables/:kind/:year': 'code-table.import',
};

/**
 * Writes to a versioned resource (the department-year document: each changes its version): If-Match is
 * required (428 without it, 409 when stale), checked before the handler does any work.
 */
export const VERSIONED_WRITES: ReadonlySet<string> = new Set([
  'PUT /api/departments/:id/years/:year',
  'PUT /api/departments/:id/years/:year/parts/:part',
  'PUT /api/departments/:id/years/:year/ledger/keywords',
  'POST /api/departments/:id/years/:year/budget-tables',
  'PUT /api/departments/:id/years/:year/score-overrides',
  'POST /api/departments/:id/years/:year/workflow',
]);

/** Writes that change no department's data, each with the reason (the sweep checks every other write has a capability). */
export const NOT_DATA_WRITES: Readonly<Record<string, string>> = {
  'POST /api/auth/login': '登录 / signing in',
  'POST /api/auth/logout': '退出 / signing out',
  'POST /api/auth/password': '修改本人密码 / one’s own password',
  'POST /api/audit': '体检上传的报告，不保存 / checks an uploaded report, stores nothing',
  'POST /api/validate': '校验请求体，不保存 / validates the body, stores nothing',
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyContextConfig {
    capability?: Capability;
    versioned?: boolean;
  }
}

/** The capabilities a role holds by the rule table (the web app shows only the actions they allow). */
export function capabilitiesOf(role: Role): Capability[] {
  return CAPABILITIES.filter((c) => CAPABILITY_RULES[c].roles.includes(role));
}

export function isWrite(method: string): boolean {
  return WRITE_METHODS.has(method);
}

/** What `role` may do for `capability` to a year in `status` (undefined: no year involved). */
export function decide(capability: Capability, role: Role, status: Status | undefined): { ok: true } | { ok: false; status: number; code: string; message: string } {
  const rule = CAPABILITY_RULES[capability];
  if (!rule.roles.includes(role)) {
    return { ok: false, status: 403, code: 'forbidden', message: `当前角色不能${rule.label} / role ${role} may not ${capability}` };
  }
  if (rule.states && status !== undefined && !rule.states.includes(status)) {
    return {
      ok: false,
      status: 409,
      code: 'read-only',
      message: `本年度“${STATUS_LABEL[status]}”，不能${rule.label} / the year is ${status}: ${capability} is closed`,
    };
  }
  return { ok: true };
}

type Params = { id?: string; year?: string };

function yearOf(request: FastifyRequest): number | undefined {
  const year = Number((request.params as Params).year);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/** Attach the table to every route (onRoute) and enforce it (preHandler) and record writes (onSend). */
export function registerAuthorisation(app: FastifyInstance, db: Kysely<Database>): void {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const key = `${method} ${route.url}`;
      const capability = ROUTE_CAPABILITIES[key];
      if (capability) route.config = { ...(route.config ?? {}), capability, versioned: VERSIONED_WRITES.has(key) };
    }
  });

  app.addHook('preHandler', async (request: FastifyRequest) => {
    const capability = request.routeOptions.config?.capability;
    if (!capability) return;
    const actor = actorOf(request);
    const rule = CAPABILITY_RULES[capability];
    const params = request.params as Params;
    const tenant = params.id ? parseDepartmentId(params.id) : null;
    const year = yearOf(request);
    const versioned = request.routeOptions.config?.versioned === true;
    let status: Status | undefined;
    let exists = false;
    if ((rule.states || versioned) && tenant && year !== undefined) {
      const found = await getDepartmentYear(db, tenant, year);
      // A year that does not exist is the route's 404 to give (after its own tenant check).
      if (found) status = isStatus(found.status) ? found.status : 'draft';
      exists = found !== undefined && found !== null;
    }
    const decision = decide(capability, actor.role, status);
    if (!decision.ok) {
      // Outside the caller's scope the route answers 404 as for a missing department: do not tell more here.
      if (tenant && !visible(request)) return;
      throw new HttpError(decision.status, decision.code, decision.message);
    }
    if (capability === 'workflow.transition' && tenant && year !== undefined) await separationOfDuties(request, db);
    // Before the handler does any work; a year that does not exist or that the caller cannot see stays the handler's 404.
    if (versioned && exists && visible(request)) requiredVersion(request.headers['if-match']);
    // What the write will change, as it is now (old of the audit entry's old → new).
    const subject = AUDIT_SUBJECTS[routeKey(request)];
    if (subject && rule.audit === 'hook' && isWrite(request.method) && tenant && visible(request)) {
      before.set(request, await readSubject(db, subject, request, tenant));
    }
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    const capability = request.routeOptions.config?.capability;
    if (!capability || CAPABILITY_RULES[capability].audit !== 'hook' || !isWrite(request.method)) return payload;
    if (reply.statusCode < 200 || reply.statusCode >= 300 || !request.auth) return payload;
    // A write that names no department (a code table) files under the caller's region, department ''.
    const tenant = (request.params as Params).id
      ? parseDepartmentId((request.params as Params).id ?? '')
      : { regionCode: request.auth.actor.regionCode ?? '000000', departmentCode: '' };
    if (!tenant) return payload;
    const subject = AUDIT_SUBJECTS[routeKey(request)];
    const changes = subject && before.has(request) ? bounded(diffValues(before.get(request), await readSubject(db, subject, request, tenant), subject.path)) : [];
    await appendAuditEntry(db, {
      tenant,
      // Assets, stocktakes and disposals are not a year's data: their entries file under the calendar year.
      fiscalYear: yearOf(request) ?? new Date().getFullYear(),
      actor: actorRef(request.auth.actor),
      action: capability,
      version: null,
      // A write that changed nothing readable (a preview, a repeated confirmation) still says what was sent.
      changes: changes.length > 0 ? changes : [{ path: request.routeOptions.url ?? request.url, old: null, new: summary(request.body, payload) }],
    });
    return payload;
  });
}

const before = new WeakMap<FastifyRequest, unknown>();
const assetStores = new WeakMap<Kysely<Database>, AssetStore>();

function routeKey(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url ?? ''}`;
}

/** The subject as JSON (dates as text), or null when it cannot be read (a malformed id: the handler's 4xx). */
async function readSubject(db: Kysely<Database>, subject: AuditSubject, request: FastifyRequest, tenant: { regionCode: string; departmentCode: string }): Promise<unknown> {
  let store = assetStores.get(db);
  if (!store) {
    store = assetsRepository(db);
    assetStores.set(db, store);
  }
  try {
    const value = await subject.read({ db, store, tenant, params: request.params as Record<string, string>, body: request.body, year: yearOf(request) });
    return JSON.parse(JSON.stringify(value ?? null)) as unknown;
  } catch {
    return null;
  }
}

const MAX_CHANGES = 2000;

/** A first import can change thousands of fields: keep the first MAX_CHANGES and say how many there were. */
function bounded(changes: FieldChange[]): FieldChange[] {
  if (changes.length <= MAX_CHANGES) return changes;
  return [...changes.slice(0, MAX_CHANGES), { path: '(更多)', old: null, new: `共${changes.length}处修改，仅记录前${MAX_CHANGES}处 / ${changes.length} changes, first ${MAX_CHANGES} kept` }];
}

/** What the write sent and what it answered, bounded (an import's file is named, not copied). */
function summary(body: unknown, answer: unknown): FieldChange['new'] {
  const sent = Buffer.isBuffer(body) ? { bytes: body.length } : body;
  let answered: unknown = null;
  if (typeof answer === 'string' && answer.length < 20_000) {
    try {
      answered = JSON.parse(answer) as unknown;
    } catch {
      answered = null;
    }
  }
  const text = JSON.stringify({ sent, answered }) ?? 'null';
  return JSON.parse(text.length > 50_000 ? JSON.stringify({ sent: '(过长，已省略 / too long)', answered: null }) : text) as FieldChange['new'];
}

function visible(request: FastifyRequest): boolean {
  try {
    tenantFor(request, (request.params as Params).id ?? '');
    return true;
  } catch {
    return false;
  }
}

/** The last person who submitted (or resubmitted) the year may not return or approve it. */
async function separationOfDuties(request: FastifyRequest, db: Kysely<Database>): Promise<void> {
  const action = (request.body as { action?: unknown } | null)?.action;
  if (action !== 'approve' && action !== 'return') return;
  // A role that may not take the action at all is the state machine's refusal (403 forbidden), not this one.
  if (!TRANSITIONS[action].roles.includes(actorOf(request).role)) return;
  const tenant = parseDepartmentId((request.params as Params).id ?? '');
  const year = yearOf(request);
  if (!tenant || year === undefined || !visible(request)) return;
  const events = await listWorkflowEvents(db, tenant, year);
  const submitted = [...events].reverse().find((e) => e.action === 'submit' || e.action === 'resubmit');
  const actor = actorOf(request);
  if (submitted && submitted.actor.userId !== null && submitted.actor.userId === actor.userId) {
    throw new HttpError(
      403,
      'separation-of-duties',
      '报送人不能审核自己报送的年度，请由另一位审核人员办理 / who submitted a year cannot return or approve it',
    );
  }
}
