/** The signed-in user as the workflow sees them, and the name written into the audit trail. */
import type { User } from '../../store/accounts-repository.ts';
import type { ActorRef } from '../../store/audit-log-repository.ts';
import type { Actor } from '../../workflow/roles.ts';

export function actorOfUser(user: User): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionCode: user.regionCode,
    departmentCode: user.departmentCode,
    scopeDepartmentCodes: user.scopeDepartmentCodes,
  };
}

export function actorRef(actor: Actor): ActorRef {
  return { userId: actor.userId, name: `${actor.displayName}（${actor.username}）` };
}

/** What the browser may know about the signed-in user. */
export function publicUser(actor: Actor) {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    regionCode: actor.regionCode,
    departmentCode: actor.departmentCode,
    scopeDepartmentCodes: actor.scopeDepartmentCodes,
  };
}
