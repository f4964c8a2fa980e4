/** /api/auth: sign in (sets the HttpOnly, SameSite=Strict session cookie), sign out, who am I, change password. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { InputError, issuesOf } from '../../core/input-error.ts';
import { findUserForLogin, setPasswordHash } from '../../store/accounts-repository.ts';
import { deleteUserSessions } from '../../store/sessions-repository.ts';
import { ROLE_LABEL } from '../../workflow/roles.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { auditAccountChange } from '../auth/account-audit.ts';
import { actorOfUser, actorRef, publicUser } from '../auth/actor.ts';
import { capabilitiesOf } from '../auth/authorisation.ts';
import type { LoginPolicy } from '../auth/login-policy.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { createLoginThrottle } from '../auth/login-throttle.ts';
import { signIn, signOut } from '../auth/sign-in.ts';
import { SESSION_COOKIE } from '../auth/tokens.ts';

const loginBody = z.object({ username: z.string().min(1).max(40), password: z.string().min(1).max(200) });
const passwordBody = z.object({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) });

export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) throw new InputError('请求内容有误 / invalid request', issuesOf(r.error));
  return r.data;
}

function setSessionCookie(reply: FastifyReply, token: string, expires: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: process.env.JIXIAO_SECURE_COOKIE === '1',
    expires,
  });
}

const formatTime = (d: Date) =>
  d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: process.env.TZ || 'Asia/Shanghai' });

export function authRoutes(app: FastifyInstance, deps: AppDeps & { readonly policy: LoginPolicy }): void {
  const { db } = deps.store;
  const throttle = createLoginThrottle(deps.policy);
  // Only failures count; the same answer (and Retry-After) whether or not the name exists.
  const refuseWhileThrottled = (reply: FastifyReply, username: string, address: string) => {
    const wait = throttle.waitMs(username, address);
    if (wait <= 0) return;
    reply.header('Retry-After', Math.ceil(wait / 1000));
    throw new HttpError(429, 'rate-limited', `密码错误次数过多，请 ${Math.ceil(wait / 1000)} 秒后再试 / too many wrong passwords, try again in ${Math.ceil(wait / 1000)} s`);
  };

  app.post('/api/auth/login', async (request, reply) => {
    const { username, password } = parseBody(loginBody, request.body);
    refuseWhileThrottled(reply, username, request.ip);
    const result = await signIn(db, deps.policy, username, password);
    if (result.ok) throttle.succeeded(username, request.ip);
    else throttle.failed(username, request.ip);
    if (!result.ok) {
      if (result.code === 'locked') {
        throw new HttpError(423, 'locked', `账户因多次密码错误已锁定，请于 ${formatTime(result.lockedUntil)} 后再试或联系管理员 / account locked after repeated failures`, {
          lockedUntil: result.lockedUntil.toISOString(),
        });
      }
      throw new HttpError(401, 'invalid-credentials', '用户名或密码错误 / wrong username or password');
    }
    setSessionCookie(reply, result.sessionToken, result.expiresAt);
    const user = result.user;
    return {
      user: { ...publicUser(actorOfUser(user)), roleLabel: ROLE_LABEL[user.role] },
      csrfToken: result.csrfToken,
      capabilities: capabilitiesOf(user.role),
    };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await signOut(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.status(204);
    return null;
  });

  app.get('/api/auth/me', async (request) => {
    const auth = request.auth;
    if (!auth) throw new HttpError(401, 'unauthorized', '请先登录 / please sign in');
    return { user: { ...publicUser(auth.actor), roleLabel: ROLE_LABEL[auth.actor.role] }, csrfToken: auth.csrfToken, capabilities: capabilitiesOf(auth.actor.role) };
  });

  app.post('/api/auth/password', async (request, reply) => {
    const actor = actorOf(request);
    const { current, next } = parseBody(passwordBody, request.body);
    // The same limits as signing in: a stolen session cannot guess the current password at leisure.
    refuseWhileThrottled(reply, actor.username, request.ip);
    const found = await findUserForLogin(db, actor.username);
    if (!found || !(await verifyPassword(found.passwordHash, current))) {
      throttle.failed(actor.username, request.ip);
      throw new HttpError(400, 'invalid-credentials', '当前密码不正确 / the current password is wrong');
    }
    throttle.succeeded(actor.username, request.ip);
    const problem = passwordProblem(next, actor.username);
    if (problem) throw new InputError(problem, [{ path: 'next', message: problem }]);
    const passwordHash = await hashPassword(next);
    await db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, found.user.id, passwordHash);
      // In the audit trail like every account change (never the password itself).
      await auditAccountChange(trx, {
        actor: actorRef(actor),
        action: 'account.password',
        before: found.user,
        after: found.user,
        extra: [{ path: 'password', old: '（原密码）', new: '（本人已修改）' }],
      });
    });
    await deleteUserSessions(db, found.user.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.status(204);
    return null;
  });
}
