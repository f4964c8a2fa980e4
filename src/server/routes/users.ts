/**
 * /api/users: accounts, for admins only (others get 403). An admin of one region manages that region's users;
 * an admin of every region manages all. A new user without a password gets a generated one, shown once.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createUser, getUser, listUsers, setPasswordHash, type User } from '../../store/accounts-repository.ts';
import { deleteUserSessions } from '../../store/sessions-repository.ts';
import { ROLE_LABEL, ROLES } from '../../workflow/roles.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { auditAccountChange } from '../auth/account-audit.ts';
import { actorRef } from '../auth/actor.ts';
import { generatePassword, hashPassword, passwordProblem } from '../auth/password.ts';
import { parseBody } from './auth.ts';

const newUserBody = z
  .object({
    username: z.string().regex(/^[A-Za-z0-9_.-]{2,40}$/, { error: '用户名为2–40位字母、数字、._- / 2–40 letters, digits, . _ -' }),
    displayName: z.string().min(1).max(50),
    role: z.enum(ROLES),
    regionCode: z.string().regex(/^\d{6}$/).nullable().default(null),
    departmentCode: z.string().regex(/^[0-9A-Za-z_-]{1,40}$/).nullable().default(null),
    scopeDepartmentCodes: z.array(z.string().regex(/^[0-9A-Za-z_-]{1,40}$/)).max(500).default([]),
    password: z.string().max(200).optional(),
  })
  .strict();

function view(u: User) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleLabel: ROLE_LABEL[u.role],
    regionCode: u.regionCode,
    departmentCode: u.departmentCode,
    scopeDepartmentCodes: u.scopeDepartmentCodes,
    locked: u.lockedUntil !== null && u.lockedUntil.getTime() > Date.now(),
    failedAttempts: u.failedAttempts,
    disabled: u.disabled,
    version: u.version,
  };
}

export function userRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  // Only the admin role reaches these routes (capability account.manage in the rule table); its region bounds them.
  const adminRegion = (request: Parameters<typeof actorOf>[0]): string | null => actorOf(request).regionCode;

  const managed = async (request: Parameters<typeof actorOf>[0], id: string): Promise<User> => {
    const region = adminRegion(request);
    const user = /^\d{1,9}$/.test(id) ? await getUser(db, Number(id)) : null;
    if (!user || (region !== null && user.regionCode !== region)) throw notFound();
    return user;
  };

  app.get('/api/users', async (request) => ({ items: (await listUsers(db, adminRegion(request))).map(view) }));

  app.post('/api/users', async (request, reply) => {
    const region = adminRegion(request);
    const body = parseBody(newUserBody, request.body);
    if (region !== null && body.regionCode !== region) {
      throw new HttpError(403, 'forbidden', '只能在本地区创建账户 / only users of your region');
    }
    if (body.role !== 'admin' && body.regionCode === null) {
      throw new HttpError(400, 'invalid-input', '非管理员账户须指定地区 / a region is required');
    }
    if ((body.role === 'officer' || body.role === 'supervisor') && body.departmentCode === null) {
      throw new HttpError(400, 'invalid-input', '单位填报和主管部门账户须指定单位 / a department is required');
    }
    const password = body.password ?? generatePassword();
    const problem = passwordProblem(password, body.username);
    if (problem) throw new HttpError(400, 'invalid-input', problem);
    try {
      const passwordHash = await hashPassword(password);
      const actor = actorRef(actorOf(request));
      const user = await db.transaction().execute(async (trx) => {
        const created = await createUser(trx, { ...body, passwordHash });
        await auditAccountChange(trx, { actor, action: 'account.create', before: null, after: created });
        return created;
      });
      reply.status(201);
      return { user: view(user), ...(body.password === undefined ? { password } : {}) };
    } catch (err) {
      if (err instanceof Error && /unique|duplicate/i.test(err.message)) {
        throw new HttpError(409, 'exists', `用户名已存在：${body.username} / username taken`);
      }
      throw err;
    }
  });

  app.post<{ Params: { id: string } }>('/api/users/:id/reset-password', async (request) => {
    const user = await managed(request, request.params.id);
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    const actor = actorRef(actorOf(request));
    await db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, user.id, passwordHash);
      await auditAccountChange(trx, {
        actor,
        action: 'account.reset-password',
        before: user,
        after: user,
        extra: [{ path: 'password', old: '（原密码）', new: '（已重置）' }],
      });
    });
    await deleteUserSessions(db, user.id);
    return { user: view({ ...user, failedAttempts: 0, lockedUntil: null }), password };
  });
}
