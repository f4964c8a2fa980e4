/**
 * Sign-in sessions, kept in the database so they survive a restart and can be ended from anywhere. Only the
 * SHA-256 of the session token is stored; the token itself lives in the HttpOnly cookie. Each session has its
 * own CSRF token.
 */
import type { ColumnType, Kysely } from 'kysely';
import { sql } from 'kysely';
import { ALL_REGIONS, type AccountTables, type User, userFromRow } from './accounts-repository.ts';
import type { Database } from './database.ts';

export interface SessionsTable {
  region_code: string;
  department_code: string;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: ColumnType<Date, undefined, never>;
  expires_at: ColumnType<Date, Date, Date>;
  last_seen_at: ColumnType<Date, undefined, Date>;
}

export type SessionTables = AccountTables & {
  sessions: SessionsTable;
};

function sessionsDb(db: Kysely<Database>): Kysely<Database & SessionTables> {
  return db.withTables<SessionTables>();
}

export interface StoredSession {
  readonly tokenHash: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly user: User;
}

export async function createSession(
  db: Kysely<Database>,
  session: { readonly tokenHash: string; readonly user: User; readonly csrfToken: string; readonly expiresAt: Date },
): Promise<void> {
  await sessionsDb(db)
    .insertInto('sessions')
    .values({
      region_code: session.user.regionCode ?? ALL_REGIONS,
      department_code: session.user.departmentCode ?? '',
      token_hash: session.tokenHash,
      user_id: session.user.id,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The live session with this token hash and its (enabled) user, or null when absent, expired or disabled. */
export async function findSession(db: Kysely<Database>, tokenHash: string): Promise<StoredSession | null> {
  const row = await sessionsDb(db)
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.token_hash', 's.csrf_token', 's.expires_at'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('u.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return null;
  return { tokenHash: row.token_hash, csrfToken: row.csrf_token, expiresAt: row.expires_at, user: userFromRow(row) };
}

/** Slide the session's expiry forward (called at most once a minute per session by the server). */
export async function touchSession(db: Kysely<Database>, tokenHash: string, expiresAt: Date): Promise<void> {
  await sessionsDb(db)
    .updateTable('sessions')
    .set({ expires_at: expiresAt, last_seen_at: sql<Date>`now()` })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await sessionsDb(db).deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** End every session of a user (password changed, account disabled). */
export async function deleteUserSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await sessionsDb(db).deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>): Promise<number> {
  const r = await sessionsDb(db).deleteFrom('sessions').where('expires_at', '<=', sql<Date>`now()`).executeTakeFirst();
  return Number(r.numDeletedRows);
}
