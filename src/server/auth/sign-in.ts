/**
 * Signing in and out: check the password (argon2id) and open a session in the database. An account locked by
 * an earlier version stays locked until its time is up; wrong passwords no longer lock (login-throttle.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import {
  clearFailedLogins,
  databaseNow,
  findUserForLogin,
  type User,
} from '../../store/accounts-repository.ts';
import { createSession, deleteSession } from '../../store/sessions-repository.ts';
import type { LoginPolicy } from './login-policy.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { hashToken, newToken } from './tokens.ts';

export type SignInResult =
  | { readonly ok: true; readonly user: User; readonly sessionToken: string; readonly csrfToken: string; readonly expiresAt: Date }
  | { readonly ok: false; readonly code: 'invalid-credentials' }
  | { readonly ok: false; readonly code: 'locked'; readonly lockedUntil: Date };

export async function signIn(
  db: Kysely<Database>,
  policy: LoginPolicy,
  username: string,
  password: string,
): Promise<SignInResult> {
  const found = await findUserForLogin(db, username);
  // The same queries and one argon2 verification whether or not the name exists: the time does not tell.
  const now = await databaseNow(db);
  if (!found || found.user.disabled) {
    await verifyPassword(await dummyPasswordHash(), password);
    return { ok: false, code: 'invalid-credentials' };
  }
  if (found.user.lockedUntil && found.user.lockedUntil > now) {
    return { ok: false, code: 'locked', lockedUntil: found.user.lockedUntil };
  }
  if (!(await verifyPassword(found.passwordHash, password))) {
    // Never a lock: one any stranger could trigger would keep the real user out (issue 17). The caller slows
    // repeated failures down per account and address (login-throttle.ts). Nothing is written either, so a known
    // name costs what an unknown one costs: one lookup and one argon2 verification.
    return { ok: false, code: 'invalid-credentials' };
  }
  if (found.user.failedAttempts > 0 || found.user.lockedUntil) await clearFailedLogins(db, found.user.id);
  const sessionToken = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + policy.sessionHours * 3_600_000);
  await createSession(db, { tokenHash: hashToken(sessionToken), user: found.user, csrfToken, expiresAt });
  return { ok: true, user: found.user, sessionToken, csrfToken, expiresAt };
}

export async function signOut(db: Kysely<Database>, sessionToken: string): Promise<void> {
  await deleteSession(db, hashToken(sessionToken));
}
