/**
 * The CLI's way into the database: open (embedded folder lock or DATABASE_URL), migrate, run, close. While the
 * server holds the embedded folder the lock refuses with a clear message (PGlite must have one owner).
 */
import { parseDepartmentId } from '../app/department-year-service.ts';
import type { DepartmentYear } from '../core/department-year.ts';
import { InputError } from '../core/input-error.ts';
import { loadDemo } from '../reference/demo.ts';
import { getDepartmentYear, migrateToLatest, type OpenedDatabase, openDatabase } from '../store/index.ts';

export async function withStore<T>(fn: (store: OpenedDatabase) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const store = await openDatabase({ log: () => {} });
  try {
    // A restore migrates by itself: first to the backup's layout, then forward.
    if (options.migrate !== false) await migrateToLatest(store.db);
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Load `<region>.<department>` for a year from the database; null when absent. */
export async function loadDepartmentYearById(id: string, year: number): Promise<DepartmentYear | null> {
  const tenant = parseDepartmentId(id);
  if (!tenant) {
    throw new InputError(`单位编号“${id}”格式应为 行政区划代码.单位代码（如 431222.yuanling-commerce） / bad department id`);
  }
  return withStore(async (store) => (await getDepartmentYear(store.db, tenant, year))?.data ?? null);
}

export const cliLoaders = {
  loadDepartmentYear: loadDepartmentYearById,
  loadDemo: async () => loadDemo(),
};
