/**
 * User accounts (账户): one row per person with a role and the tenant scope it grants. Passwords arrive here
 * already hashed (argon2id, in server/auth); failed sign-ins count up and lock the account for a while.
 */
import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Role } from '../workflow/roles.ts';
import type { Database, Timestamp } from './database.ts';
import { VersionConflictError } from './errors.ts';

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: Role;
  /** '000000' = every region (admin only). */
  region_code: string;
  /** '' = the whole region. */
  department_code: string;
  scope_department_codes: ColumnType<string[], string | undefined, string>;
  password_hash: string;
  failed_attempts: Generated<number>;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  /** Bumped by every edit of the account (updateUser), not by sign-ins: optimistic locking of the admin's edit. */
  version: Generated<number>;
}

export type AccountTables = {
  users: UsersTable;
};

/** The store's database with the accounts table. */
export type AccountsDatabase = Database & AccountTables;

export function accountsDb(db: Kysely<Database>): Kysely<AccountsDatabase> {
  return db.withTables<AccountTables>();
}

export type UserRow = Selectable<UsersTable>;

/** The region code of an admin of every region. */
export const ALL_REGIONS = '000000';

/** A user as the rest of Jixiao sees it (never the hash outside sign-in). */
export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly regionCode: string | null;
  readonly departmentCode: string | null;
  readonly scopeDepartmentCodes: readonly string[];
  readonly failedAttempts: number;
  readonly lockedUntil: Date | null;
  readonly disabled: boolean;
  /** The account's version (bumped by every edit; absent where the row was read without it). */
  readonly version?: number;
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly regionCode: string | null;
  readonly departmentCode: string | null;
  readonly scopeDepartmentCodes?: readonly string[];
  readonly passwordHash: string;
}

export function userFromRow(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    regionCode: r.region_code === ALL_REGIONS ? null : r.region_code,
    departmentCode: r.department_code === '' ? null : r.department_code,
    scopeDepartmentCodes: r.scope_department_codes,
    failedAttempts: r.failed_attempts,
    lockedUntil: r.locked_until,
    disabled: r.disabled,
    ...(r.version !== undefined ? { version: r.version } : {}),
  };
}

export async function createUser(db: Kysely<Database>, user: NewUser): Promise<User> {
  const row = await accountsDb(db)
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      region_code: user.regionCode ?? ALL_REGIONS,
      department_code: user.departmentCode ?? '',
      scope_department_codes: JSON.stringify(user.scopeDepartmentCodes ?? []),
      password_hash: user.passwordHash,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return userFromRow(row);
}

/** The user and the stored hash, for sign-in. */
export async function findUserForLogin(
  db: Kysely<Database>,
  username: string,
): Promise<{ user: User; passwordHash: string } | null> {
  const row = await accountsDb(db).selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? { user: userFromRow(row), passwordHash: row.password_hash } : null;
}

export async function getUser(db: Kysely<Database>, id: number): Promise<User | null> {
  const row = await accountsDb(db).selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? userFromRow(row) : null;
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await accountsDb(db)
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Users visible to an admin of `regionCode` (null = every region), by username. */
export async function listUsers(db: Kysely<Database>, regionCode: string | null): Promise<User[]> {
  let q = accountsDb(db).selectFrom('users').selectAll();
  if (regionCode !== null) q = q.where('region_code', '=', regionCode);
  return (await q.orderBy('username').execute()).map(userFromRow);
}

/**
 * Count one failed sign-in; at `maxFailures` consecutive failures the account locks until now + lockMs.
 * Atomic in SQL, so parallel attempts cannot slip past the count.
 */
export async function recordFailedLogin(
  db: Kysely<Database>,
  id: number,
  policy: { readonly maxFailures: number; readonly lockMs: number },
): Promise<User> {
  const row = await accountsDb(db)
    .updateTable('users')
    .set((eb) => ({
      failed_attempts: sql<number>`${eb.ref('failed_attempts')} + 1`,
      locked_until: sql<Date | null>`case when ${eb.ref('failed_attempts')} + 1 >= ${policy.maxFailures}
        then now() + make_interval(secs => ${policy.lockMs / 1000}) else ${eb.ref('locked_until')} end`,
      updated_at: sql<Date>`now()`,
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return userFromRow(row);
}

/** A successful sign-in clears the failure count (only when the account is not locked). */
export async function clearFailedLogins(db: Kysely<Database>, id: number): Promise<void> {
  await accountsDb(db)
    .updateTable('users')
    .set({ failed_attempts: 0, locked_until: null, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(db: Kysely<Database>, id: number, passwordHash: string): Promise<void> {
  await accountsDb(db)
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_attempts: 0, locked_until: null, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** The database clock, so lock-out comparisons never depend on the app server's clock. */
export async function databaseNow(db: Kysely<Database>): Promise<Date> {
  const row = await db.selectNoFrom(sql<Date>`now()`.as('now')).executeTakeFirstOrThrow();
  return row.now;
}

export interface UserChanges {
  readonly displayName?: string;
  readonly role?: Role;
  readonly regionCode?: string | null;
  readonly departmentCode?: string | null;
  readonly scopeDepartmentCodes?: readonly string[];
  readonly disabled?: boolean;
}

/** Change an account's name, role, scope or disabled flag; null when there is no such user. */
/**
 * Apply an admin's edit to an account. Null when the account does not exist.
 * @throws VersionConflictError when `expectedVersion` is given and the account changed since (nothing written).
 */
export async function updateUser(db: Kysely<Database>, id: number, changes: UserChanges, expectedVersion?: number): Promise<User | null> {
  let q = accountsDb(db)
    .updateTable('users')
    .set({
      version: sql<number>`version + 1`,
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.regionCode !== undefined ? { region_code: changes.regionCode ?? ALL_REGIONS } : {}),
      ...(changes.departmentCode !== undefined ? { department_code: changes.departmentCode ?? '' } : {}),
      ...(changes.scopeDepartmentCodes !== undefined ? { scope_department_codes: JSON.stringify(changes.scopeDepartmentCodes) } : {}),
      ...(changes.disabled !== undefined ? { disabled: changes.disabled } : {}),
    })
    .where('id', '=', id);
  if (expectedVersion !== undefined) q = q.where('version', '=', expectedVersion);
  const row = await q.returningAll().executeTakeFirst();
  if (row) return userFromRow(row);
  if (expectedVersion === undefined) return null;
  const current = await accountsDb(db).selectFrom('users').select('version').where('id', '=', id).executeTakeFirst();
  if (!current) return null;
  throw new VersionConflictError(current.version, expectedVersion);
}
