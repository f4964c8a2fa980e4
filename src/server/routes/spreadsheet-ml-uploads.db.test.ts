/**
 * SpreadsheetML 2003 (Excel's “XML 表格”, saved as .xml) as the web app uploads it — the bytes as
 * application/octet-stream, the name ending .xml — is read by each upload route: the ledger, the asset register
 * and a code table. The screens' file inputs offer .xml for these three.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readCsv } from '../../reference/spreadsheet.ts';
import { DEMO_FILE } from '../../reference/demo.ts';
import { repoPath } from '../../reference/paths.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, demoOfficerAndReviewer, type SignedInClient, signedIn } from '../auth/testing.ts';

const ID = '431222.yuanling-commerce';
const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;

/** Rows as a SpreadsheetML 2003 workbook of one sheet, every cell a string (as a system's XML export writes text). */
function spreadsheetMl(rows: readonly (readonly string[])[]): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = rows.map((r) => `<Row>${r.map((c) => `<Cell><Data ss:Type="String">${esc(c)}</Data></Cell>`).join('')}</Row>`).join('\n');
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table>\n${body}\n</Table></Worksheet></Workbook>\n`,
  );
}

forEachEngine('SpreadsheetML (.xml) uploads', (ctx) => {
  let app: FastifyInstance;
  let officer: SignedInClient;
  let admin: SignedInClient;

  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    ({ officer } = await demoOfficerAndReviewer(app, ctx.db));
    expect((await officer.inject({ method: 'POST', url: '/api/department-years', payload: demoRaw })).statusCode).toBe(201);
    await createTestUser(ctx.db, { username: 'xml-admin', role: 'admin', regionCode: null, departmentCode: null });
    admin = await signedIn(app, 'xml-admin');
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = (client: SignedInClient, url: string, payload: Buffer) =>
    client.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/octet-stream' } });

  it('imports a ledger saved as .xml', async () => {
    const xml = spreadsheetMl([
      ['凭证日期', '凭证号', '摘要', '借方金额', '功能分类', '经济分类'],
      ['2024-05-06', '记-1', '购买办公用品', '320.00', '2070104', '30201'],
      ['2024-05-07', '记-2', '支付电费', '1,205.50', '2070104', '30206'],
    ]);
    const r = await upload(officer, `/api/departments/${ID}/years/2024/ledger?source=mx.xml`, xml);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ entries: 2, total: 32_000 + 120_550, format: 'xml' });
    // The first upload of the run starts the parse workers (each loads the importers through tsx): on a loaded
    // two-core CI machine that alone has taken most of a minute, so this test gets the hook's allowance.
  }, 120_000);

  it('previews an asset register saved as .xml like its CSV', async () => {
    const csv = readFileSync(repoPath('test/fixtures/assets/ledger-small.csv'));
    const asCsv = await upload(officer, `/api/departments/${ID}/assets/import?preview=1`, csv);
    const r = await upload(officer, `/api/departments/${ID}/assets/import?preview=1`, spreadsheetMl(readCsv(csv.toString('utf8'))));
    expect(r.statusCode, r.body).toBe(200);
    const added = (x: typeof r) => (x.json() as { addedItems: { assetNumber: string }[] }).addedItems.map((a) => a.assetNumber);
    expect(added(r)).toHaveLength(8);
    expect(added(r)).toEqual(added(asCsv));
  });

  it('previews a code table saved as .xml', async () => {
    const r = await upload(admin, '/api/code-tables/function/2031?preview=1', spreadsheetMl([['代码', '名称'], ['201', '一般公共服务支出'], ['20101', '人大事务']]));
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ preview: true, count: 2 });
  });
});
