/**
 * Authentication bypass and CSRF, on every protected API route of the route table: no cookie, a forged cookie,
 * an expired session → 401; a state-changing call without the session's CSRF token, with another user's token
 * or with the token anywhere but its header → 403, nothing written.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { isPublicApi } from '../../src/server/auth/auth-plugin.ts';
import { signedIn } from '../../src/server/auth/testing.ts';
import { CSRF_HEADER, hashToken, SESSION_COOKIE } from '../../src/server/auth/tokens.ts';
import type { EngineContext } from '../../src/store/testing.ts';
import { departmentBody, CODE_A, ID_A, REGION, type SecurityFixture, YEAR } from './support.ts';

const UNAUTHORIZED = { code: 'unauthorized', message: '请先登录 / please sign in' };

function protectedRoutes(fx: SecurityFixture): { method: string; url: string }[] {
  const seen = new Set<string>();
  return fx.app.routeTable.filter((r) => {
    const key = `${r.method} ${r.url}`;
    if (seen.has(key) || r.method === 'HEAD' || !r.url.startsWith('/api/') || r.url.startsWith('/api/test-')) return false;
    seen.add(key);
    return !isPublicApi(r.method, r.url);
  });
}

function concreteUrl(url: string): string {
  return url.replace(':id', ID_A).replace(':year', String(YEAR)).replace(':part', 'staffing').replace(':format', 'html').replace(/:[A-Za-z]+/g, '1');
}

async function versionOfA(fx: SecurityFixture): Promise<number> {
  return ((await fx.admin.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/${YEAR}` })).json() as { version: number }).version;
}

export function authBypassSuite(fixture: () => SecurityFixture, ctx: EngineContext): void {
  it('answers 401 on every protected route without a cookie, with a forged cookie and with garbage cookies', async () => {
    const fx = fixture();
    const routes = protectedRoutes(fx);
    expect(routes.length, 'the protected routes were found in the route table').toBeGreaterThanOrEqual(15);
    const cookies = [
      undefined,
      `${SESSION_COOKIE}=${randomBytes(32).toString('base64url')}`,
      `${SESSION_COOKIE}=${hashToken('x')}`,
      `${SESSION_COOKIE}=' or '1'='1`,
      `${SESSION_COOKIE}=${'A'.repeat(4000)}`,
      `${SESSION_COOKIE}=`,
      `other=${fx.officerA.cookie.split('=')[1]}`, // the right token under another cookie name
    ];
    for (const route of routes) {
      for (const cookie of cookies) {
        const r = await fx.app.inject({
          method: route.method as 'GET',
          url: concreteUrl(route.url),
          headers: { ...(cookie ? { cookie } : {}), [CSRF_HEADER]: fx.officerA.csrfToken },
          ...(route.method !== 'GET' ? { payload: {} } : {}),
        });
        expect(r.statusCode, `${route.method} ${route.url} with cookie ${String(cookie).slice(0, 40)} must be 401`).toBe(401);
        expect(r.json(), 'the 401 says only "please sign in"').toEqual(UNAUTHORIZED);
      }
    }
  });

  it('answers 401 to an expired session on every protected route, even with its own CSRF token', async () => {
    const fx = fixture();
    const expiring = await signedIn(fx.app, 'sec-officer-a');
    const token = expiring.cookie.slice(expiring.cookie.indexOf('=') + 1);
    await sql`update sessions set expires_at = now() - interval '1 hour' where token_hash = ${hashToken(token)}`.execute(ctx.db);
    for (const route of protectedRoutes(fx)) {
      const r = await expiring.inject({
        method: route.method as 'GET',
        url: concreteUrl(route.url),
        ...(route.method !== 'GET' ? { payload: {} } : {}),
      });
      expect(r.statusCode, `${route.method} ${route.url} with an expired session must be 401`).toBe(401);
    }
    const after = await sql<{ expired: boolean }>`select expires_at < now() as expired from sessions where token_hash = ${hashToken(token)}`.execute(ctx.db);
    expect(after.rows[0]?.expired, 'using an expired session does not extend it').toBe(true);
  });

  it('refuses every state-changing route without the CSRF token, with another user’s or another session’s token, or with the token outside its header — and writes nothing', async () => {
    const fx = fixture();
    const second = await signedIn(fx.app, 'sec-officer-a');
    const versionBefore = await versionOfA(fx);
    const writes = protectedRoutes(fx).filter((r) => r.method !== 'GET');
    expect(writes.length, 'state-changing routes exist').toBeGreaterThanOrEqual(6);
    const attempts: { name: string; headers: Record<string, string>; query?: Record<string, string> }[] = [
      { name: 'no token', headers: {} },
      { name: 'officer B’s token', headers: { [CSRF_HEADER]: fx.officerB.csrfToken } },
      { name: 'A’s other session’s token', headers: { [CSRF_HEADER]: second.csrfToken } },
      { name: 'empty token', headers: { [CSRF_HEADER]: '' } },
      { name: 'token in the query string', headers: {}, query: { csrf: fx.officerA.csrfToken, [CSRF_HEADER]: fx.officerA.csrfToken } },
      { name: 'token as a cookie', headers: { cookie: `${fx.officerA.cookie}; ${CSRF_HEADER}=${fx.officerA.csrfToken}` } },
      { name: 'token with a suffix', headers: { [CSRF_HEADER]: `${fx.officerA.csrfToken}x` } },
    ];
    for (const route of writes) {
      for (const attempt of attempts) {
        const r = await fx.app.inject({
          method: route.method as 'POST',
          url: concreteUrl(route.url),
          headers: { cookie: fx.officerA.cookie, ...attempt.headers },
          ...(attempt.query ? { query: attempt.query } : {}),
          payload: route.url.endsWith('/workflow') ? { action: 'submit' } : departmentBody(CODE_A, REGION, '甲单位（伪造）'),
        });
        expect(r.statusCode, `${route.method} ${route.url} with ${attempt.name} must be 403 csrf: ${r.body}`).toBe(403);
        expect((r.json() as { code: string }).code).toBe('csrf');
      }
    }
    expect(await versionOfA(fx), 'no refused request changed A').toBe(versionBefore);
  });

  it('a signed-out session cannot be used again, with or without its CSRF token', async () => {
    const fx = fixture();
    const client = await signedIn(fx.app, 'sec-officer-a');
    expect((await client.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    const r = await client.inject({ method: 'PUT', url: `/api/departments/${ID_A}/years/${YEAR}`, payload: departmentBody(CODE_A) });
    expect(r.statusCode, 'the old cookie and token are dead after sign-out').toBe(401);
  });
}
