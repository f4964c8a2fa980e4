/**
 * Shared fixture of the security suite: an app over one engine with three department-years — A (the caller's),
 * B (a neighbour in the same region, whose name carries a marker that must never reach A) and C (another
 * region) — and signed-in clients for an admin and the officers of A and B. Plus the tenant sweep: every
 * registered route, called as A with B's ids, compared with the same call naming a department that does not
 * exist. Not a test file: the suites import it.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { parseDepartmentYear } from '../../src/app/department-year-service.ts';
import { DEMO_FILE } from '../../src/reference/demo.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../../src/server/auth/testing.ts';
import { saveDepartmentYear } from '../../src/store/index.ts';
import type { EngineContext } from '../../src/store/testing.ts';

export const REGION = '431222';
export const OTHER_REGION = '431223';
export const CODE_A = 'sec-dept-a';
export const CODE_B = 'sec-dept-b';
export const CODE_C = 'sec-dept-c';
export const ID_A = `${REGION}.${CODE_A}`;
export const ID_B = `${REGION}.${CODE_B}`;
export const ID_C = `${OTHER_REGION}.${CODE_C}`;
/** A department id that exists nowhere: B's answers must be indistinguishable from this one's. */
export const ID_NONE = `${REGION}.sec-dept-none`;
export const YEAR = 2024;
/** Text only B's records contain; it must never appear in an answer to A. */
export const B_MARKER = '乙单位机密XJ7Q';
export const POLICY = { maxFailures: 50, lockMinutes: 10, attemptsPerIpPerMinute: 10_000, sessionHours: 8 };

const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;

/** The demo department-year re-labelled as another department (a plain JSON body, as a client sends it). */
export function departmentBody(code: string, region = REGION, name = `${code} 测试单位`): Record<string, unknown> {
  const body = JSON.parse(JSON.stringify(demoRaw)) as { department: Record<string, unknown>; region: Record<string, unknown> };
  body.department = { ...body.department, code, name };
  body.region = { ...body.region, code: region };
  return body as Record<string, unknown>;
}

export interface SecurityFixture {
  readonly app: FastifyInstance;
  readonly admin: SignedInClient;
  readonly officerA: SignedInClient;
  readonly officerB: SignedInClient;
  readonly userIdB: number;
}

/**
 * Build the app and the three department-years. `beforeReady` runs before the first request, the only time
 * routes can still be added (the deliberately leaky routes of the "can fail" tests).
 */
export async function buildFixture(
  ctx: EngineContext,
  beforeReady?: (app: FastifyInstance) => void,
): Promise<SecurityFixture> {
  const app = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: POLICY });
  beforeReady?.(app);
  await createTestUser(ctx.db, { username: 'sec-admin', role: 'admin', regionCode: null, departmentCode: null });
  await createTestUser(ctx.db, { username: 'sec-officer-a', role: 'officer', regionCode: REGION, departmentCode: CODE_A });
  const userB = await createTestUser(ctx.db, { username: 'sec-officer-b', role: 'officer', regionCode: REGION, departmentCode: CODE_B });
  const admin = await signedIn(app, 'sec-admin');
  // Loaded through the store, as the demo loader does: an admin writes no department data (issue 17).
  for (const [code, region, name] of [
    [CODE_A, REGION, '甲单位'],
    [CODE_B, REGION, `${B_MARKER}局`],
    [CODE_C, OTHER_REGION, `${B_MARKER}外县局`],
  ] as const) {
    await saveDepartmentYear(ctx.db, parseDepartmentYear(departmentBody(code, region, name)), { expectedVersion: 0 });
  }
  return {
    app,
    admin,
    officerA: await signedIn(app, 'sec-officer-a'),
    officerB: await signedIn(app, 'sec-officer-b'),
    userIdB: userB.id,
  };
}

/** Routes the sweep does not call, each with the reason. */
export const SWEEP_EXCLUDED: Readonly<Record<string, string>> = {
  'POST /api/auth/logout': 'ends the session the sweep signs in with; it names no department',
};

export interface SweepViolation {
  readonly route: string;
  readonly url: string;
  readonly problem: string;
}

export interface SweepResult {
  readonly called: string[];
  readonly violations: SweepViolation[];
}

/** Fill a route's parameters: department ids with `id`, years, parts; any other parameter with `other`. */
function fillUrl(url: string, id: string, other: string): string {
  if (url.startsWith('/api/users/')) return url.replace(/:[A-Za-z]+/g, other);
  return url
    .replace(':id', id)
    .replace(':year', String(YEAR))
    .replace(':part', 'staffing')
    .replace(':format', 'html')
    .replace(/:[A-Za-z]+/g, other)
    .replace(/\*$/, 'index.html');
}

function bodyFor(url: string, departmentId: string): unknown {
  if (url.endsWith('/workflow')) return { action: 'submit' };
  const [region = REGION, code = 'x'] = departmentId.split('.');
  // No marker here: routes that echo their input (validation, the auditor) must not look like leaks.
  return departmentBody(code, region, '写入测试单位');
}

/** Same answer, once the id named in it is set aside. */
function normalised(r: LightMyRequestResponse, id: string): string {
  return `${r.statusCode} ${r.body.split(id).join('<ID>').split(id.split('.')[1] ?? id).join('<CODE>')}`;
}

/**
 * Call every route of `app` as `client` naming `foreignId` (and, for comparison, `ID_NONE`). A route violates
 * isolation when its answer to the foreign id
 *  - carries the marker (data of another department), or
 *  - is a success (2xx) for a route that names a department in its URL, or
 *  - differs from its answer for a department that does not exist (the caller learns that B exists), or
 *  - is a 5xx.
 */
export async function sweepTenantIsolation(
  app: FastifyInstance,
  client: SignedInClient,
  foreignId: string,
  options: { readonly otherParam?: string; readonly marker?: string } = {},
): Promise<SweepResult> {
  const marker = options.marker ?? B_MARKER;
  const other = options.otherParam ?? '1';
  const called: string[] = [];
  const violations: SweepViolation[] = [];
  const seen = new Set<string>();
  for (const route of app.routeTable) {
    const key = `${route.method} ${route.url}`;
    if (route.method === 'HEAD' || route.method === 'OPTIONS' || seen.has(key) || SWEEP_EXCLUDED[key]) continue;
    seen.add(key);
    called.push(key);
    const write = route.method !== 'GET';
    const call = (id: string): Promise<LightMyRequestResponse> => {
      const url = fillUrl(route.url, id, other);
      const options: InjectOptions = { method: route.method as InjectOptions['method'], url };
      if (write) {
        options.payload = bodyFor(route.url, id) as InjectOptions['payload'];
      }
      // A department named in the query too, for routes that take one there.
      options.query = { department: id, departmentId: id, id, year: String(YEAR) };
      return client.inject(options);
    };
    const url = fillUrl(route.url, foreignId, other);
    const foreign = await call(foreignId);
    const names = route.url.includes(':id');
    if (foreign.body.includes(marker)) {
      violations.push({ route: key, url, problem: `answer ${foreign.statusCode} carries another department's data` });
    }
    if (foreign.statusCode >= 500) {
      violations.push({ route: key, url, problem: `server error ${foreign.statusCode}: ${foreign.body.slice(0, 200)}` });
    }
    if (names && foreign.statusCode < 300 && !route.url.startsWith('/api/public/')) {
      violations.push({ route: key, url, problem: `success ${foreign.statusCode} for another department's id` });
    }
    if (names) {
      const none = await call(ID_NONE);
      if (normalised(foreign, foreignId) !== normalised(none, ID_NONE)) {
        violations.push({
          route: key,
          url,
          problem: `answer differs from a department that does not exist: ${foreign.statusCode} ${foreign.body.slice(0, 160)} vs ${none.statusCode} ${none.body.slice(0, 160)}`,
        });
      }
    }
  }
  return { called, violations };
}

/** What is wrong with an answer's security headers (empty when all are right). */
export function securityHeaderProblems(headers: Readonly<Record<string, string | string[] | number | undefined>>): string[] {
  const text = (name: string) => {
    const v = headers[name];
    return v === undefined ? undefined : String(Array.isArray(v) ? v.join(', ') : v);
  };
  const problems: string[] = [];
  const csp = text('content-security-policy');
  if (!csp) problems.push('no Content-Security-Policy');
  else {
    if (!/frame-ancestors 'none'/.test(csp)) problems.push(`CSP without frame-ancestors 'none': ${csp}`);
    if (!/default-src 'self'/.test(csp)) problems.push(`CSP without default-src 'self': ${csp}`);
    if (/script-src[^;]*('unsafe-inline'|'unsafe-eval'|\*)/.test(csp)) problems.push(`CSP allows unsafe scripts: ${csp}`);
  }
  if (text('x-content-type-options')?.toLowerCase() !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  if (text('x-frame-options')?.toUpperCase() !== 'DENY') problems.push('no X-Frame-Options: DENY');
  if (!text('referrer-policy')) problems.push('no Referrer-Policy');
  if (text('x-powered-by') !== undefined) problems.push(`X-Powered-By present: ${text('x-powered-by')}`);
  return problems;
}
