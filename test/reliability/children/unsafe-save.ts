/**
 * Child of the "the kill -9 check can fail" test: saves a department-year the WRONG way — its goals (and their
 * indicators) are removed from the stored document in one autocommitted statement, and the whole record written
 * by a later transaction — so a kill between the two leaves a half record under the old version number. Prints `saved <version>` after each whole save and `half` right
 * after each delete; the parent kills it on a `half`.
 * Usage: node --import tsx unsafe-save.ts <department-code> <first-version> <rounds>
 */
import { sql } from 'kysely';
import { parseDepartmentYear } from '../../../src/app/department-year-service.ts';
import { saveDepartmentYear } from '../../../src/store/index.ts';
import { bodyForVersion } from '../support.ts';
import { openFromEnv, say } from './open-target.ts';

const [code = 'rel-unsafe', firstText = '1', roundsText = '5'] = process.argv.slice(2);
const opened = await openFromEnv();
let version = Number(firstText);
for (let round = 0; round < Number(roundsText); round++) {
  await sql`update department_years set document = document - 'goals'
              where region_code = '431222' and department_code = ${code} and fiscal_year = 2024`.execute(opened.db);
  say(`half ${version}`);
  await new Promise((r) => setTimeout(r, 300));
  version++;
  await saveDepartmentYear(opened.db, parseDepartmentYear(bodyForVersion(code, version)));
  say(`saved ${version}`);
}
await opened.close();
