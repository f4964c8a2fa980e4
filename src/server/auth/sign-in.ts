/**
 * Signing in and out: check the password (argon2id), count failures and lock the account at the policy's
 * limit, open a session in the database. A locked account stays locked until its time is up, whatever
 * password is given.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import {
  clearFailedLogins,
  databaseNow,
  findUserForLogin,
  recordFailedLogin,
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
  if (!found || found.user.disabled) {
    await verifyPassword(await dummyPasswordHash(), password);
    return { ok: false, code: 'invalid-credentials' };
  }
  const now = await databaseNow(db);
  if (found.user.lockedUntil && found.user.lockedUntil > now) {
    return { ok: false, code: 'locked', lockedUntil: found.user.lockedUntil };
  }
  if (!(await verifyPassword(found.passwordHash, password))) {
    const after = await recordFailedLogin(db, found.user.id, {
      maxFailures: policy.maxFailures,
      lockMs: policy.lockMinutes * 60_000,
    });
    if (after.lockedUntil && after.lockedUntil > now) return { ok: false, code: 'locked', lockedUntil: after.lockedUntil };
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
