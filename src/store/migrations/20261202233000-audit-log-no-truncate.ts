/**
 * The append-only audit trail and workflow history also refuse TRUNCATE (a row trigger does not see it: issue
 * 17 emptied audit_log with one statement on PostgreSQL). Statement-level triggers; SQL within PostgreSQL 15.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function jixiao_append_only()').execute(db);
  await sql
    .raw('create trigger workflow_events_no_truncate before truncate on workflow_events for each statement execute function jixiao_append_only()')
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop trigger if exists audit_log_no_truncate on audit_log').execute(db);
  await sql.raw('drop trigger if exists workflow_events_no_truncate on workflow_events').execute(db);
}
