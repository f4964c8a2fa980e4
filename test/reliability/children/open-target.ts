/**
 * For child processes of the reliability suite: open the database the environment names (JIXIAO_DATA or
 * DATABASE_URL with its search_path), migrated — exactly as the CLI does.
 */
import { migrateToLatest, type OpenedDatabase, openDatabase } from '../../../src/store/index.ts';

export async function openFromEnv(): Promise<OpenedDatabase> {
  const opened = await openDatabase({ log: () => {} });
  await migrateToLatest(opened.db);
  return opened;
}

/** One line on stdout, for the parent to wait on. */
export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
