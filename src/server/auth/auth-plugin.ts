/**
 * Authentication for every request, in one hook: read the session cookie, load the session and its user, and
 * refuse what the caller may not do — an API call without a session (401, except the public routes below) and
 * a state-changing call without the session's CSRF token in `x-csrf-token` (403). Also records every route as
 * it is registered, so tests can sweep all of them.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { findSession, touchSession } from '../../store/sessions-repository.ts';
import type { Actor } from '../../workflow/roles.ts';
import { HttpError } from '../errors.ts';
import { actorOfUser } from './actor.ts';
import { registerAuthorisation } from './authorisation.ts';
import type { LoginPolicy } from './login-policy.ts';
import { CSRF_HEADER, hashToken, SESSION_COOKIE, sameToken } from './tokens.ts';

export interface AuthState {
  readonly actor: Actor;
  readonly csrfToken: string;
  readonly tokenHash: string;
}

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, or null (public routes, static files). */
    auth: AuthState | null;
  }
  interface FastifyInstance {
    /** Every route registered after the auth plugin, for the tenant-isolation sweep. */
    routeTable: RouteEntry[];
  }
}

/** API routes that answer without a session. */
export function isPublicApi(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  if (path === '/api/health') return true;
  if (path === '/api/auth/login' && method === 'POST') return true;
  if (path === '/api/auth/me' && method === 'GET') return true;
  return (method === 'GET' || method === 'HEAD') && (path === '/api/public' || path.startsWith('/api/public/'));
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const unauthorized = () => new HttpError(401, 'unauthorized', '请先登录 / please sign in');

export async function registerAuth(
  app: FastifyInstance,
  deps: { readonly db: Kysely<Database>; readonly policy: LoginPolicy },
): Promise<void> {
  app.decorate('routeTable', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app.routeTable.push({ method, url: route.url });
  });
  registerAuthorisation(app, deps.db);
  await app.register(cookie);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    request.auth = await loadSession(request, deps.db, deps.policy);
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || isPublicApi(request.method, request.url)) return;
    if (!request.auth) throw unauthorized();
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      const token = Array.isArray(sent) ? sent[0] : sent;
      if (!token || !sameToken(token, request.auth.csrfToken)) {
        throw new HttpError(403, 'csrf', '缺少或错误的 CSRF 令牌，请刷新页面 / missing or wrong CSRF token; reload the page');
      }
    }
  });
}

/** Sessions are extended at most once a minute per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

async function loadSession(request: FastifyRequest, db: Kysely<Database>, policy: LoginPolicy): Promise<AuthState | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const tokenHash = hashToken(token);
  const session = await findSession(db, tokenHash);
  if (!session) return null;
  const expiresAt = Date.now() + policy.sessionHours * 3_600_000;
  if (expiresAt - session.expiresAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(db, tokenHash, new Date(expiresAt));
  }
  return { actor: actorOfUser(session.user), csrfToken: session.csrfToken, tokenHash };
}
