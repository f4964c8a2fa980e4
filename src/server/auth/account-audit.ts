/**
 * Account changes in the audit trail (issue 17): who created, changed, disabled an account or reset its
 * password, with the account's role, scope and flags before → after. Entries file under the account's region
 * with department '' ('000000' for an admin of every region), so they never mix with a department's data trail,
 * in the calendar year, and are written in the same transaction as the change.
 */
import type { Kysely } from 'kysely';
import type { User } from '../../store/accounts-repository.ts';
import { type ActorRef, appendAuditEntry } from '../../store/audit-log-repository.ts';
import type { Database } from '../../store/database.ts';
import { diffValues } from '../../workflow/diff.ts';

const ALL_REGIONS = '000000';

/** What an audit entry states of an account: never its password hash or sign-in counters. */
export function accountFacts(user: User | null): Record<string, unknown> | null {
  if (!user) return null;
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionCode: user.regionCode,
    departmentCode: user.departmentCode,
    scopeDepartmentCodes: [...user.scopeDepartmentCodes],
    disabled: user.disabled,
  };
}

/** Append the entry of one account change (`before` null for a new account); `extra` for what facts cannot show. */
export async function auditAccountChange(
  db: Kysely<Database>,
  entry: { actor: ActorRef; action: string; before: User | null; after: User; extra?: { path: string; old: string | null; new: string | null }[] },
): Promise<void> {
  const base = `users.${entry.after.username}`;
  await appendAuditEntry(db, {
    // The region's own entries (department ''), not a department's data trail.
    tenant: { regionCode: entry.after.regionCode ?? ALL_REGIONS, departmentCode: '' },
    fiscalYear: new Date().getFullYear(),
    actor: entry.actor,
    action: entry.action,
    version: null,
    changes: [...diffValues(accountFacts(entry.before), accountFacts(entry.after), base), ...(entry.extra ?? []).map((c) => ({ ...c, path: `${base}.${c.path}` }))],
  });
}
