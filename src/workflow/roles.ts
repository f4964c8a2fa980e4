/**
 * Who may do what: the four roles of Jixiao (角色). Scope (which departments a user sees) is decided from the
 * role and the user's tenant key; the review workflow decides what each role may do to a year.
 */

export const ROLES = ['officer', 'supervisor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  officer: '单位填报',
  supervisor: '主管部门',
  reviewer: '财政审核',
  admin: '系统管理员',
};

/** A signed-in person, as the workflow and the scope see them. */
export interface Actor {
  readonly userId: number | null;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** null for an admin of every region. */
  readonly regionCode: string | null;
  /** The officer's or supervisor's own department. */
  readonly departmentCode: string | null;
  /** A supervisor's subordinate units (its own department is always in scope too). */
  readonly scopeDepartmentCodes: readonly string[];
}

/** The departments an actor may see: a region (or every region) and optionally a list of departments. */
export interface ActorScope {
  readonly regionCode?: string;
  /** undefined = every department of the region. */
  readonly departmentCodes?: readonly string[];
}

export function scopeOfActor(actor: Actor): ActorScope {
  const region = actor.regionCode ?? undefined;
  switch (actor.role) {
    case 'officer':
      return { regionCode: region, departmentCodes: actor.departmentCode ? [actor.departmentCode] : [] };
    case 'supervisor':
      return {
        regionCode: region,
        departmentCodes: [...new Set([...(actor.departmentCode ? [actor.departmentCode] : []), ...actor.scopeDepartmentCodes])],
      };
    case 'reviewer':
    case 'admin':
      return { regionCode: region };
  }
}
