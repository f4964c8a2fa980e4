/**
 * SQL injection strings as data: in every text field of a department-year, in every query parameter, in every
 * path parameter and in the sign-in form. Each is stored verbatim (read back equal) or refused with a clean 4xx
 * — never executed: the tables and their row counts are the same afterwards.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { parseDepartmentYear } from '../../src/app/department-year-service.ts';
import { CAPABILITY_RULES, ROUTE_CAPABILITIES } from '../../src/server/auth/authorisation.ts';
import type { EngineContext } from '../../src/store/testing.ts';
import { departmentBody, ID_A, REGION, CODE_A, type SecurityFixture, YEAR } from './support.ts';

export const INJECTION_STRINGS: readonly string[] = [
  "'; drop table departments; --",
  "' or '1'='1",
  '"; drop table department_years; --',
  "\\'; delete from users; --",
  '’ or ‘1’=‘1', // typographic quotes
  'ʼ; drop table sessions; --', // U+02BC modifier letter apostrophe
  '＇ or ＇1＇＝＇1', // full-width quotes
  '$$; drop table departments; $$', // dollar quoting
  "1); select pg_sleep(3); --",
  "x' union select password_hash from users --",
  '%_\\%',
  "'); truncate audit_log; --",
];

/** How many parameter strings the quick run tries per route; the reliability run tries them all. */
const PARAMETER_BUDGET = process.env.JIXIAO_THOROUGH === '1' ? Number.POSITIVE_INFINITY : 4;

/** Extra strings for query and path parameters, where a NUL byte can reach a LIKE or a comparison. */
const PARAMETER_STRINGS: readonly string[] = [...INJECTION_STRINGS, 'a\u0000b', '\u0000'];

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Path = (string | number)[];

function stringLeaves(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') out.push(at);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) stringLeaves(v, [...at, i], out);
  }
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringLeaves(v, [...at, k], out);
  return out;
}

function setAt(root: Json, path: Path, text: string): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1] as string | number] = text;
}

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

const IDENTITY = new Set(['region.code', 'department.code']);

function accepts(body: Json): boolean {
  try {
    parseDepartmentYear(body);
    return true;
  } catch {
    return false;
  }
}

async function tableCounts(ctx: EngineContext): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(ctx.db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const r = await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(ctx.db);
    counts[name] = Number(r.rows[0]?.n);
  }
  return counts;
}

const PARAMETER_NAMES = ['filename', 'format', 'fiscalYear', 'department', 'path', 'year', 'q', 'sort', 'limit', 'status', 'region'];

/**
 * Call each route with each parameter string in every path and query parameter (once with the path filled by
 * the strings, once with valid path parameters so the query reaches the handler), as the admin. A 5xx is a
 * problem: the string reached SQL or code unescaped.
 */
/** The admin, or department A's officer for a route whose capability the admin role does not hold (department data). */
function clientFor(fx: SecurityFixture, route: { method: string; url: string }) {
  const capability = ROUTE_CAPABILITIES[`${route.method} ${route.url}`];
  return capability && !CAPABILITY_RULES[capability].roles.includes('admin') ? fx.officerA : fx.admin;
}

async function parameterSweep(fx: SecurityFixture, routes: readonly { method: string; url: string }[]): Promise<{ calls: number; problems: string[] }> {
  const problems: string[] = [];
  let calls = 0;
  for (const route of routes) {
    for (const payload of PARAMETER_STRINGS.filter((_, i) => i < PARAMETER_BUDGET || i >= INJECTION_STRINGS.length)) {
      const query = Object.fromEntries(PARAMETER_NAMES.map((n) => [n, payload]));
      const valid = route.url.replace(':id', ID_A).replace(':year', String(YEAR)).replace(':part', 'staffing').replace(':format', 'json').replace(/:[A-Za-z]+/g, '1');
      const urls = [route.url.replace(/:[A-Za-z]+/g, encodeURIComponent(payload)), ...(valid !== route.url ? [valid] : [])];
      for (const url of urls) {
        const r = await clientFor(fx, route).inject({ method: route.method as 'GET', url, query, ...(route.method === 'POST' ? { payload: {} } : {}) });
        calls++;
        if (r.statusCode >= 500) problems.push(`${route.method} ${url} ?…=${payload}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      }
    }
  }
  return { calls, problems };
}

export function injectionSuite(fixture: () => SecurityFixture, ctx: EngineContext): void {
  it('stores injection strings in every free-text field of a department-year verbatim, and refuses them cleanly where the field is constrained', async () => {
    const fx = fixture();
    const base = departmentBody(CODE_A, REGION, '甲单位') as Json;
    const leaves = stringLeaves(base).filter((p) => !IDENTITY.has(p.join('.')));
    expect(leaves.length, 'the demo department-year has many text fields').toBeGreaterThan(30);
    const tablesBefore = Object.keys(await tableCounts(ctx));
    let version = (
      (await fx.officerA.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/${YEAR}` })).json() as { version: number }
    ).version;
    let stored = 0;
    let refused = 0;
    // The quick run stores a handful of the strings (quotes, typographic and full-width quotes, dollar quoting); the reliability run all.
    const payloads = process.env.JIXIAO_THOROUGH === '1' ? INJECTION_STRINGS : [0, 1, 4, 6, 7].map((i) => INJECTION_STRINGS[i] ?? '');
    for (const payload of payloads) {
      const free: Path[] = [];
      for (const leaf of leaves) {
        const one = structuredClone(base);
        setAt(one, leaf, payload);
        if (accepts(one)) free.push(leaf);
        else {
          refused++;
          // A constrained field with the payload: the API refuses with a 400 naming the problem, writes nothing.
          if (refused % 7 === 1) {
            const r = await fx.officerA.inject({ method: 'PUT', url: `/api/departments/${ID_A}/years/${YEAR}`, payload: one as object, headers: { 'if-match': `"${version}"` } });
            expect(r.statusCode, `${leaf.join('.')} = ${payload}: a constrained field is refused, not a server error (${r.body})`).toBe(400);
          }
        }
      }
      const body = structuredClone(base);
      for (const leaf of free) setAt(body, leaf, payload);
      const expected = parseDepartmentYear(body) as unknown;
      const put = await fx.officerA.inject({
        method: 'PUT',
        url: `/api/departments/${ID_A}/years/${YEAR}`,
        payload: body as object,
        headers: { 'if-match': `"${version}"` },
      });
      expect(put.statusCode, `saving every free-text field as ${JSON.stringify(payload)} succeeds: ${put.body}`).toBe(200);
      version = (put.json() as { version: number }).version;
      const got = (await fx.officerA.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/${YEAR}` })).json() as { data: unknown };
      for (const leaf of free) {
        expect(getAt(got.data, leaf), `${leaf.join('.')} reads back exactly as ${JSON.stringify(payload)}`).toBe(getAt(expected, leaf));
        stored++;
      }
    }
    expect(stored, 'injection strings were stored in many fields').toBeGreaterThan(payloads.length * 20);
    expect(Object.keys(await tableCounts(ctx)), 'no table was dropped').toEqual(tablesBefore);
  });

  it('refuses a NUL character in a text field with a 400 naming the field (PostgreSQL text cannot hold it), writing nothing', async () => {
    const fx = fixture();
    const before = (await fx.officerA.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/${YEAR}` })).json() as { version: number };
    const body = departmentBody(CODE_A, REGION, '甲单位') as { department: { duties?: string } };
    body.department.duties = "a\u0000b'; drop table departments; --";
    const r = await fx.officerA.inject({ method: 'PUT', url: `/api/departments/${ID_A}/years/${YEAR}`, payload: body, headers: { 'if-match': `"${before.version}"` } });
    expect(r.statusCode, `a NUL byte in text is the caller's mistake, not a server error: ${r.body}`).toBe(400);
    expect(JSON.stringify(r.json()), 'the answer names the field').toContain('department.duties');
    const after = (await fx.officerA.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/${YEAR}` })).json() as { version: number };
    expect(after.version, 'nothing was written').toBe(before.version);
  });

  it('injection strings in every query parameter and path parameter of every route answer without a server error and change no table', async () => {
    const fx = fixture();
    const before = await tableCounts(ctx);
    const routes = fx.app.routeTable.filter((r) => (r.method === 'GET' || r.url === '/api/validate') && !r.url.startsWith('/api/test-'));
    const { calls, problems } = await parameterSweep(fx, routes);
    expect(calls, 'every GET route was called with the payloads').toBeGreaterThan(100);
    expect(problems, 'no query or path parameter causes a server error').toEqual([]);
    expect(await tableCounts(ctx), 'every table has the rows it had').toEqual(before);
  });

  it('the parameter sweep can fail: a deliberately injectable route (a query parameter pasted into SQL) is caught', async () => {
    const fx = fixture();
    const { problems } = await parameterSweep(fx, [{ method: 'GET', url: '/api/test-injectable' }]);
    expect(problems.length, 'the pasted-in quote breaks the SQL and the sweep reports the server error').toBeGreaterThan(0);
    expect(problems[0]).toMatch(/GET \/api\/test-injectable.*500/);
  });

  it('injection strings as user name and password are an ordinary failed sign-in', async () => {
    const fx = fixture();
    for (const payload of INJECTION_STRINGS) {
      const r = await fx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: payload, password: payload } });
      expect([400, 401], `sign-in as ${JSON.stringify(payload)} is refused like any wrong password (${r.body})`).toContain(r.statusCode);
      expect(r.headers['set-cookie'], 'and sets no session').toBeUndefined();
    }
    const admin = await fx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: "sec-admin' --", password: 'x' } });
    expect(admin.statusCode, 'commenting out the password check does not sign in').toBe(401);
  });
}
