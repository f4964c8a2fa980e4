/**
 * PATCH /api/users/:id — an admin edits an account: name, role, region, department, a supervisor's units, or
 * disables it (its sessions end at once; sign-in refuses a disabled account). Same rules as creating one:
 * an admin of one region manages that region only; officers and supervisors need a department.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getUser, updateUser } from '../../store/accounts-repository.ts';
import { VersionConflictError } from '../../store/errors.ts';
import { deleteUserSessions } from '../../store/sessions-repository.ts';
import { ROLE_LABEL, ROLES } from '../../workflow/roles.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { auditAccountChange } from '../auth/account-audit.ts';
import { actorRef } from '../auth/actor.ts';
import { requiredVersion } from '../auth/if-match.ts';
import { parseBody } from './auth.ts';

const code = /^[0-9A-Za-z_-]{1,40}$/;
const changesBody = z
  .object({
    displayName: z.string().trim().min(1, { error: '请填写姓名 / name required' }).max(50).optional(),
    role: z.enum(ROLES).optional(),
    regionCode: z.string().regex(/^\d{6}$/, { error: '行政区划代码应为6位数字 / region code is 6 digits' }).nullable().optional(),
    departmentCode: z.string().regex(code, { error: '单位有误 / bad department' }).nullable().optional(),
    scopeDepartmentCodes: z.array(z.string().regex(code)).max(500).optional(),
    disabled: z.boolean().optional(),
  })
  .strict();

export function userAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  app.patch<{ Params: { id: string } }>('/api/users/:id', async (request, reply) => {
    // Only the admin role reaches this route (capability account.manage in the rule table).
    const actor = actorOf(request);
    const user = /^\d{1,9}$/.test(request.params.id) ? await getUser(db, Number(request.params.id)) : null;
    if (!user || (actor.regionCode !== null && user.regionCode !== actor.regionCode)) throw notFound();
    const changes = parseBody(changesBody, request.body);
    // the version of the account the admin edited (If-Match, 428 without): an account changed meanwhile is
    // refused with 409 instead of overwritten; checked again by the update itself
    const expectedVersion = requiredVersion(request.headers['if-match']);
    if (user.version !== undefined && user.version !== expectedVersion) throw new VersionConflictError(user.version, expectedVersion);
    const after = { ...user, ...changes };
    if (actor.regionCode !== null && after.regionCode !== actor.regionCode) {
      throw new HttpError(403, 'forbidden', '只能管理本地区的账户 / only users of your region', [{ path: 'regionCode', message: '地区超出管理范围' }]);
    }
    if (after.role !== 'admin' && after.regionCode === null) {
      throw new HttpError(400, 'invalid-input', '非管理员账户须指定地区 / a region is required', [{ path: 'regionCode', message: '请选择地区' }]);
    }
    if ((after.role === 'officer' || after.role === 'supervisor') && after.departmentCode === null) {
      throw new HttpError(400, 'invalid-input', '单位填报和主管部门账户须指定单位 / a department is required', [{ path: 'departmentCode', message: '请选择单位' }]);
    }
    if (user.id === actor.userId && (changes.disabled === true || (changes.role !== undefined && changes.role !== 'admin'))) {
      throw new HttpError(409, 'self', '不能停用自己或取消自己的管理员角色 / cannot disable or demote yourself');
    }
    const updated = await db.transaction().execute(async (trx) => {
      const after = await updateUser(trx, user.id, changes, expectedVersion);
      if (after) await auditAccountChange(trx, { actor: actorRef(actor), action: 'account.update', before: user, after });
      return after;
    });
    if (!updated) throw notFound();
    if (updated.version !== undefined) reply.header('ETag', `"${updated.version}"`);
    if (changes.disabled === true || changes.role !== undefined || changes.regionCode !== undefined || changes.departmentCode !== undefined) {
      await deleteUserSessions(db, user.id);
    }
    return {
      user: {
        id: updated.id,
        username: updated.username,
        displayName: updated.displayName,
        role: updated.role,
        roleLabel: ROLE_LABEL[updated.role],
        regionCode: updated.regionCode,
        departmentCode: updated.departmentCode,
        scopeDepartmentCodes: updated.scopeDepartmentCodes,
        disabled: updated.disabled,
        version: updated.version,
      },
    };
  });
}
