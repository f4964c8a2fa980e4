/**
 * Security headers on every kind of answer: API JSON, 401/403/404/413 errors, the web page, static files and
 * the auditor's HTML report. And the check can fail: an app without the hook, and one hook-less route, are
 * caught.
 */
import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, registerSecurityHeaders } from '../../src/server/security-headers.ts';
import { ID_A, type SecurityFixture, securityHeaderProblems, YEAR } from './support.ts';

export function headersSuite(fixture: () => SecurityFixture): void {
  it('sets CSP with frame-ancestors none, nosniff, X-Frame-Options DENY and a Referrer-Policy on every kind of answer, and no X-Powered-By', async () => {
    const fx = fixture();
    const staticFiles = fx.app.routeTable.filter((r) => r.method === 'GET' && !r.url.startsWith('/api/') && !r.url.includes(':') && !r.url.includes('*'));
    const answers = [
      ['API JSON', await fx.officerA.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/${YEAR}` })],
      ['health', await fx.app.inject({ method: 'GET', url: '/api/health' })],
      ['401', await fx.app.inject({ method: 'GET', url: '/api/department-years' })],
      ['403 csrf', await fx.app.inject({ method: 'PUT', url: `/api/departments/${ID_A}/years/${YEAR}`, headers: { cookie: fx.officerA.cookie }, payload: {} })],
      ['404', await fx.officerA.inject({ method: 'GET', url: '/api/no-such-route' })],
      ['400 bad JSON', await fx.officerA.inject({ method: 'PUT', url: `/api/departments/${ID_A}/years/${YEAR}`, headers: { 'content-type': 'application/json' }, payload: '{' })],
      ['413', await fx.officerA.inject({ method: 'PUT', url: `/api/departments/${ID_A}/years/${YEAR}`, headers: { 'content-type': 'application/json' }, payload: `"${'x'.repeat(3 << 20)}"` })],
      ['audit HTML', await fx.officerA.inject({ method: 'POST', url: '/api/audit?filename=r.txt&format=html', headers: { 'content-type': 'text/plain' }, payload: '全年预算数100万元。' })],
      ...(await Promise.all(staticFiles.map(async (r) => [`static ${r.url}`, await fx.app.inject({ method: 'GET', url: r.url })] as const))),
    ] as const;
    expect(answers.length, 'the web page and at least the API answers were checked').toBeGreaterThanOrEqual(9);
    for (const [name, r] of answers) {
      expect(securityHeaderProblems(r.headers), `${name} (${r.statusCode}) carries every security header`).toEqual([]);
    }
    const html = answers.find(([name]) => name === 'audit HTML')?.[1];
    expect(html?.headers['content-security-policy'], 'the HTML report gets the default policy').toBe(CONTENT_SECURITY_POLICY);
  });

  it('the header check can fail: an app without the hook and a reply that drops a header are caught', async () => {
    const bare = Fastify();
    bare.get('/x', async () => ({ ok: true }));
    const withHook = Fastify();
    registerSecurityHeaders(withHook);
    withHook.get('/x', async () => ({ ok: true }));
    withHook.get('/weak', async (_request, reply) => {
      reply.header('content-security-policy', "default-src 'self'; script-src 'self' 'unsafe-inline'");
      return { ok: true };
    });
    try {
      const problems = securityHeaderProblems((await bare.inject({ method: 'GET', url: '/x' })).headers);
      expect(problems.join('\n'), 'a bare app misses every header').toMatch(/no Content-Security-Policy[\s\S]*nosniff[\s\S]*DENY[\s\S]*Referrer/);
      expect(securityHeaderProblems((await withHook.inject({ method: 'GET', url: '/x' })).headers), 'the hook alone is enough').toEqual([]);
      const weak = securityHeaderProblems((await withHook.inject({ method: 'GET', url: '/weak' })).headers);
      expect(weak.join('\n'), "a route's own weaker CSP is kept by the hook, and the check flags it").toMatch(/frame-ancestors|unsafe scripts/);
      const powered = securityHeaderProblems({ ...(await withHook.inject({ method: 'GET', url: '/x' })).headers, 'x-powered-by': 'Express' });
      expect(powered, 'an X-Powered-By is flagged').toEqual(['X-Powered-By present: Express']);
    } finally {
      await bare.close();
      await withHook.close();
    }
  });
}
