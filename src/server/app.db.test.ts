import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatExact, parseAmount } from '../core/money.ts';
import { DEMO_FILE } from '../reference/demo.ts';
import { forEachEngine } from '../store/testing.ts';
import { buildApp } from './app.ts';
import { createTestUser, type SignedInClient, signedIn } from './auth/testing.ts';

/** The seed report (a real published report), kept in the repository so a fresh clone tests it. */
const SEED_FILE = path.resolve(import.meta.dirname, '../../test/fixtures/audit/dev/000-seed-yuanling-commerce-2024.txt');
const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;
const ID = '431222.yuanling-commerce';
const URL_DY = `/api/departments/${ID}/years/2024`;

const AMOUNT_TEXT = /^[\d.,]+(万元|亿元|元)$/;

/** Every amount written as text in the demo file, with its path. */
function textAmounts(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return AMOUNT_TEXT.test(value) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => textAmounts(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textAmounts(v, [...path, k]));
  return [];
}

function at(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value);
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

forEachEngine('HTTP API', (ctx) => {
  let server: FastifyInstance;
  // Every API call but the health check needs a session since accounts exist: the suite runs as the demo
  // department's officer (an admin writes no department data).
  let app: SignedInClient;
  beforeAll(async () => {
    server = await buildApp({ store: ctx.opened, version: 'test' });
    await createTestUser(ctx.db, { username: 'api-officer', role: 'officer', regionCode: '431222', departmentCode: 'yuanling-commerce' });
    app = await signedIn(server, 'api-officer');
  });
  afterAll(async () => {
    await server.close();
  });

  /** The If-Match of the year as it is now (every write to it must send one). */
  const current = async () => ({ 'if-match': `"${(((await app.inject({ method: 'GET', url: URL_DY })).json()) as { version: number }).version}"` });

  const snapshot = async () => {
    const list = await app.inject({ method: 'GET', url: '/api/department-years' });
    const one = await app.inject({ method: 'GET', url: URL_DY });
    return { list: list.body, one: one.body };
  };

  it('answers the health check with the engine', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok', engine: ctx.engine });
  });

  it('creates the demo department-year and serves it back', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/department-years', payload: demoRaw });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ id: ID, fiscalYear: 2024, version: 1 });
    const again = await app.inject({ method: 'POST', url: '/api/department-years', payload: demoRaw });
    expect(again.statusCode).toBe(409);
  });

  it('round-trips every amount of the seed exactly: parse → database → format', async () => {
    const r = await app.inject({ method: 'GET', url: URL_DY });
    expect(r.statusCode).toBe(200);
    const data = r.json().data as unknown;
    // Indicator values are free text (年度指标值 may be "73.62个专列3681个标箱"); the seed's amounts in prose
    // are checked by the next test.
    const amounts = textAmounts(demoRaw).filter((a) => !a.path.includes('indicators'));
    expect(amounts.length).toBeGreaterThan(40);
    for (const { path, text } of amounts) {
      const stored = at(data, path);
      expect(typeof stored, path.join('.')).toBe('number');
      const { unit } = parseAmount(text);
      expect(formatExact(stored as number, unit), path.join('.')).toBe(text.replace(/,/g, ''));
    }
  });

  it('round-trips every 人民币 amount written in the seed report text through the database', async () => {
    const seed = readFileSync(SEED_FILE, 'utf8');
    const found = [...seed.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(亿元|万元|元)/g)].map((m) => m[0]);
    expect(found.length).toBeGreaterThan(60);
    const lines = found.map((text, i) => ({ code: undefined, name: `${i + 1}：${text}`, amounts: { final: text } }));
    const body = clone(demoRaw) as Record<string, any>;
    body.department = { ...body.department, code: 'seed-amounts' };
    body.expenditure = { ...body.expenditure, byFunction: lines };
    // Another department: written by its own officer.
    await createTestUser(ctx.db, { username: 'api-seed-officer', role: 'officer', regionCode: '431222', departmentCode: 'seed-amounts' });
    const other = await signedIn(server, 'api-seed-officer');
    const created = await other.inject({ method: 'POST', url: '/api/department-years', payload: body });
    expect(created.statusCode, created.body).toBe(201);
    const back = (await other.inject({ method: 'GET', url: '/api/departments/431222.seed-amounts/years/2024' })).json() as {
      data: { expenditure: { byFunction: { amounts: { final: number } }[] } };
    };
    back.data.expenditure.byFunction.forEach((line, i) => {
      const text = found[i]!;
      expect(formatExact(line.amounts.final, parseAmount(text).unit)).toBe(text);
    });
  });

  it('reports the seed decomposition that does not add up through the validation endpoint', async () => {
    const r = await app.inject({ method: 'GET', url: `${URL_DY}/validation` });
    const body = r.json() as { summary: { errors: number }; findings: { rule: string; calculation?: string }[] };
    expect(body.summary.errors).toBe(2);
    expect(body.findings.map((f) => f.calculation)).toContain('458.18 + 64.37 + 85.77 + 0 + 0 = 608.32 ≠ 609.29（差 0.97万元）');
  });

  describe('bad input gets a clear 4xx naming the place and writes nothing', () => {
    const cases: [string, (d: Record<string, any>) => void, string][] = [
      ['malformed amount', (d) => (d.revenue.total.final = '1668.7.1万元'), 'revenue.total.final'],
      ['negative amount', (d) => (d.expenditure.byFunction[0].amounts.final = -1), 'expenditure.byFunction[0].amounts.final'],
      ['impossible function code', (d) => (d.expenditure.byFunction[0].code = '901'), 'expenditure.byFunction[0].code'],
      ['missing field', (d) => delete d.department.name, 'department.name'],
      ['wrong type', (d) => (d.staffing.inPost = '三十'), 'staffing.inPost'],
    ];
    for (const [name, mutate, path] of cases) {
      it(name, async () => {
        const before = await snapshot();
        const body = clone(demoRaw) as Record<string, any>;
        mutate(body);
        const r = await app.inject({ method: 'PUT', url: URL_DY, payload: body, headers: await current() });
        expect(r.statusCode).toBe(400);
        const err = r.json() as { code: string; message: string; details: { path: string; message: string }[] };
        expect(err.code).toBe('invalid-input');
        expect(err.details.map((d) => d.path)).toContain(path);
        expect(err.details.find((d) => d.path === path)!.message).toMatch(/[\u4e00-\u9fff]/);
        expect(r.body).not.toMatch(/\bat .*\.ts:\d+/);
        expect(await snapshot()).toEqual(before);
      });
    }

    it('a 10 MB body', async () => {
      const before = await snapshot();
      const body = clone(demoRaw) as Record<string, any>;
      body.narrative.otherMatters = '无'.repeat(10 * 1024 * 1024 / 3);
      const r = await app.inject({ method: 'PUT', url: URL_DY, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      expect(r.statusCode).toBe(413);
      expect(r.json()).toMatchObject({ code: 'body-too-large' });
      expect(await snapshot()).toEqual(before);
    });

    it('a body that is not JSON', async () => {
      const r = await app.inject({ method: 'PUT', url: URL_DY, payload: '{"schemaVersion":', headers: { 'content-type': 'application/json' } });
      expect(r.statusCode).toBe(400);
      expect(r.json().message).toContain('JSON');
    });
  });

  it('answers 404 for an unknown or malformed id and an unknown part', async () => {
    for (const url of ['/api/departments/431222.nobody/years/2024', '/api/departments/garbage/years/2024', `${URL_DY.replace('2024', '1999')}`, `${URL_DY}/parts/secret`]) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
      expect(r.json()).toEqual({ code: 'not-found', message: '未找到 / not found' });
    }
  });

  it('updates a part, and refuses a save based on a stale version', async () => {
    const current = (await app.inject({ method: 'GET', url: `${URL_DY}/parts/staffing` })).json() as { version: number; staffing: Record<string, unknown> };
    const staffing = { ...current.staffing, retirees: 41 };
    const ok = await app.inject({ method: 'PUT', url: `${URL_DY}/parts/staffing`, payload: staffing, headers: { 'if-match': `"${current.version}"` } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(current.version + 1);
    const stale = await app.inject({ method: 'PUT', url: `${URL_DY}/parts/staffing`, payload: { ...staffing, retirees: 42 }, headers: { 'if-match': `"${current.version}"` } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version-conflict');
    const after = (await app.inject({ method: 'GET', url: URL_DY })).json() as { data: { staffing: { retirees: number } } };
    expect(after.data.staffing.retirees).toBe(41);
  });

  it('refuses a body whose department or year differs from the URL', async () => {
    const body = clone(demoRaw) as Record<string, any>;
    body.fiscalYear = 2023;
    const r = await app.inject({ method: 'PUT', url: URL_DY, payload: body, headers: await current() });
    expect(r.statusCode).toBe(400);
  });

  it('serves the evaluation with traces and the checks on the claimed score', async () => {
    const r = await app.inject({ method: 'GET', url: `${URL_DY}/evaluation` });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as { indicators: { name: string; value: number | null; formula: string; inputs: unknown[] }[]; total: number; grade: string; findings?: { rule: string }[] };
    const control = body.indicators.find((i) => i.name.includes('三公经费”控制率'));
    expect(control?.value).toBeCloseTo(94.07, 2);
    expect(control?.inputs.length).toBeGreaterThan(0);
    expect(typeof body.total).toBe('number');
    const missing = await app.inject({ method: 'GET', url: '/api/departments/431222.nobody/years/2024/evaluation' });
    expect(missing.statusCode).toBe(404);
  });

  it('audits an uploaded report (体检) and answers the JSON contract', async () => {
    const seed = readFileSync(SEED_FILE);
    const r = await app.inject({ method: 'POST', url: '/api/audit?filename=seed.txt', payload: seed, headers: { 'content-type': 'application/octet-stream' } });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as { file: string; fiscalYear: number; department: string; summary: { errors: number }; findings: { rule: string; evidence: { quote: string; line: number }[] }[] };
    expect(body).toMatchObject({ file: 'seed.txt', fiscalYear: 2024, department: '沅陵县商务局' });
    expect(body.summary.errors).toBeGreaterThan(0);
    expect(body.findings.some((f) => f.rule === 'sum-mismatch')).toBe(true);
    const html = await app.inject({ method: 'POST', url: '/api/audit?filename=seed.txt&format=html', payload: seed, headers: { 'content-type': 'text/plain' } });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<mark');
  });

  it('passes the region of an upload (?region=, else the signed-in user’s) to the outline rule', async () => {
    const six = '某县水利局2023年度部门整体支出绩效自评报告\n一、部门概况\n略。\n二、部门整体支出情况\n略。\n三、绩效目标设定及完成情况\n略。\n四、存在的问题及原因\n略。\n五、下一步改进措施\n略。\n';
    const post = (query: string) => app.inject({ method: 'POST', url: `/api/audit?filename=six.txt${query}`, payload: six, headers: { 'content-type': 'text/plain' } });
    const messages = (r: Awaited<ReturnType<typeof post>>): string => (r.json() as { findings: { message: string }[] }).findings.map((f) => f.message).join('\n');
    const hunan = await post('&region=%E6%B9%96%E5%8D%97%E7%9C%81');
    expect(hunan.statusCode, hunan.body).toBe(200);
    expect(messages(hunan)).toContain('政府性基金预算支出情况');
    const yunnan = await post('&region=530102');
    expect(messages(yunnan)).not.toContain('政府性基金预算支出情况');
    expect((yunnan.json() as { notChecked: string[] }).notChecked.join('\n')).toContain('530102');
  });

  it('refuses an unreadable or unsupported upload with one clear line', async () => {
    const exe = await app.inject({ method: 'POST', url: '/api/audit?filename=evil.exe', payload: Buffer.from('MZ'), headers: { 'content-type': 'application/octet-stream' } });
    expect(exe.statusCode).toBe(400);
    const pdf = await app.inject({ method: 'POST', url: '/api/audit?filename=broken.pdf', payload: Buffer.from('%PDF-1.4 garbage'), headers: { 'content-type': 'application/octet-stream' } });
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().code).toBe('unreadable-document');
    expect(pdf.json().message).not.toContain('\n');
    const empty = await app.inject({ method: 'POST', url: '/api/audit?filename=a.txt', payload: Buffer.alloc(0), headers: { 'content-type': 'application/octet-stream' } });
    expect(empty.statusCode).toBe(400);
  });

  it('writes the report from the data, refusing a final one while validation has errors', async () => {
    const refused = await app.inject({ method: 'GET', url: `${URL_DY}/report.html` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'report-refused' });
    // The web app's wording: its 草稿 buttons, not the command line's --draft.
    expect((refused.json() as { message: string }).message).toMatch(/^拒绝生成正式报告：.*可点“草稿”按钮下载带水印的草稿/u);
    expect((refused.json() as { message: string }).message).not.toContain('--draft');
    expect((refused.json() as { details: { rule: string }[] }).details.map((f) => f.rule)).toContain('sum-mismatch');
    const draft = await app.inject({ method: 'GET', url: `${URL_DY}/report.html?draft=1` });
    expect(draft.statusCode).toBe(200);
    expect(draft.headers['content-type']).toContain('text/html');
    expect(draft.body).toContain('草稿');
    expect(draft.body).toContain('沅陵县商务局');
    const docx = await app.inject({ method: 'GET', url: `${URL_DY}/report.docx?draft=1` });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(docx.headers['content-disposition']).toContain('attachment');
    const other = await app.inject({ method: 'GET', url: `${URL_DY}/report.exe` });
    expect(other.statusCode).toBe(404);
    const outline = await app.inject({ method: 'GET', url: `${URL_DY}/report.html?draft=1&outline=no-such-outline` });
    expect(outline.statusCode).toBe(400);
  });
});
