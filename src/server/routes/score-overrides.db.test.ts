import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../reference/demo.ts';
import { saveDepartmentYear } from '../../store/index.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../auth/testing.ts';

const ID = '431222.yuanling-commerce';
const B = '431222.other-bureau';
const URL_DY = `/api/departments/${ID}/years/2024`;
const PATH = 'projects[0].indicators[0]';

interface EvaluationBody {
  tables: { projects: { indicators: { path: string; score: number | null; maxScore: number | null }[] }[] };
  overrides: { path: string; score: number; computedScore: number | null; reason: string; table: string }[];
}

forEachEngine('score overrides (自评表 调整得分)', (ctx) => {
  let app: FastifyInstance;
  let officer: SignedInClient;
  let reviewer: SignedInClient;
  const rows = async (): Promise<{ path: string; score: string; reason: string }[]> =>
    (await sql<{ path: string; score: string; reason: string }>`select indicator_path as path, score::text as score, reason from score_overrides order by 1`.execute(ctx.db)).rows;
  const auditRows = async () =>
    (await sql<{ action: string; actor_name: string; changes: { path: string; old: unknown; new: unknown }[] }>`select action, actor_name, changes from audit_log where action = 'score-override' order by id`.execute(ctx.db)).rows;
  /** The year's version as the client read it (0 for a year it cannot read): every write sends it as If-Match. */
  const versionOf = async (client: SignedInClient, url: string) => ((await client.inject({ method: 'GET', url })).json() as { version?: number }).version ?? 0;
  const put = async (client: SignedInClient, overrides: unknown[], url = URL_DY) =>
    client.inject({ method: 'PUT', url: `${url}/score-overrides`, payload: { overrides }, headers: { 'if-match': `"${await versionOf(client, url)}"` } });

  beforeAll(async () => {
    const demo = loadDemo();
    // One project indicator to score (the seed report states none).
    demo.projects[0]!.indicators = [{ level1: '产出指标', level2: '数量指标', name: '支持商贸流通项目数', operator: '>=', target: 5, actual: 4, unit: '个', weight: 20 }];
    await saveDepartmentYear(ctx.db, demo);
    await saveDepartmentYear(ctx.db, { ...demo, department: { ...demo.department, code: 'other-bureau', name: '其他局' } });
    app = await buildApp({ store: ctx.opened, version: 'test' });
    await createTestUser(ctx.db, { username: 'officer', displayName: '张填报', role: 'officer', regionCode: '431222', departmentCode: 'yuanling-commerce' });
    await createTestUser(ctx.db, { username: 'reviewer', displayName: '李审核', role: 'reviewer', regionCode: '431222', departmentCode: null });
    officer = await signedIn(app, 'officer');
    reviewer = await signedIn(app, 'reviewer');
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses an override without a reason, or with one shorter than 5 characters: 400 naming the field, nothing written', async () => {
    for (const reason of [undefined, '', '  太低  ']) {
      const r = await put(officer, [{ path: PATH, score: 1, ...(reason === undefined ? {} : { reason }) }]);
      expect(r.statusCode, r.body).toBe(400);
      const body = r.json() as { code: string; message: string; details: { path: string }[] };
      expect(body.code).toBe('invalid-input');
      expect(body.message).toContain('overrides.0.reason');
      expect(body.details[0]?.path).toBe('overrides.0.reason');
      expect(body.message).not.toMatch(/at \w+ \(/);
    }
    const unknown = await put(officer, [{ path: 'goals[99].indicators[0]', score: 1, reason: '现场核查结果不同' }]);
    expect(unknown.statusCode).toBe(400);
    expect(await rows()).toEqual([]);
    expect(await auditRows()).toEqual([]);
  });

  it('saves an override with its reason, keeps the computed score beside it, and writes the audit trail (old → new, who)', async () => {
    const r = await put(officer, [{ path: PATH, score: 1.5, reason: '经现场核查，完成质量低于报表数据' }]);
    expect(r.statusCode, r.body).toBe(200);
    expect((r.json() as { items: { path: string; updatedBy: string }[] }).items).toMatchObject([{ path: PATH, score: 1.5, updatedBy: '张填报（officer）' }]);
    expect(await rows()).toEqual([{ path: PATH, score: '1.5', reason: '经现场核查，完成质量低于报表数据' }]);
    const got = (await officer.inject({ method: 'GET', url: `${URL_DY}/score-overrides` })).json() as { items: { reason: string }[] };
    expect(got.items.map((i) => i.reason)).toEqual(['经现场核查，完成质量低于报表数据']);

    const ev = (await officer.inject({ method: 'GET', url: `${URL_DY}/evaluation` })).json() as EvaluationBody;
    const row = ev.tables.projects[0]!.indicators.find((i) => i.path === PATH);
    expect(ev.overrides).toEqual([
      expect.objectContaining({ path: PATH, table: 'projects[0]', score: 1.5, computedScore: row?.score ?? null, reason: '经现场核查，完成质量低于报表数据' }),
    ]);
    expect(row?.score, 'the computed score stays untouched').not.toBe(1.5);

    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'score-override', actor_name: '张填报（officer）' });
    expect(audit[0]!.changes).toEqual([{ path: `scoreOverrides.${PATH}`, old: null, new: { score: 1.5, reason: '经现场核查，完成质量低于报表数据' } }]);
    const trail = (await officer.inject({ method: 'GET', url: `${URL_DY}/audit-trail` })).json() as { items: { action: string }[] };
    expect(trail.items[0]?.action).toBe('score-override');

    // a change records old → new; the same set again writes nothing
    await put(officer, [{ path: PATH, score: 2, reason: '经现场核查，完成质量低于报表数据' }]);
    await put(officer, [{ path: PATH, score: 2, reason: '经现场核查，完成质量低于报表数据' }]);
    const after = await auditRows();
    expect(after).toHaveLength(2);
    expect(after[1]!.changes).toEqual([{ path: `scoreOverrides.${PATH}.score`, old: 1.5, new: 2 }]);
  });

  it('honours If-Match: a client holding an older version of the year is refused (409), nothing written; the current one saves', async () => {
    const current = (await officer.inject({ method: 'GET', url: URL_DY })).json() as { version: number };
    const before = await rows();
    const stale = await officer.inject({
      method: 'PUT',
      url: `${URL_DY}/score-overrides`,
      headers: { 'if-match': `"${current.version - 1}"` },
      payload: { overrides: [{ path: PATH, score: 1, reason: '基于旧版本数据的调整理由' }] },
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(await rows(), 'nothing written').toEqual(before);
    const fresh = await officer.inject({
      method: 'PUT',
      url: `${URL_DY}/score-overrides`,
      headers: { 'if-match': `"${current.version}"` },
      payload: { overrides: before.map((r) => ({ path: r.path, score: Number(r.score), reason: r.reason })) },
    });
    expect(fresh.statusCode, fresh.body).toBe(200);
  });

  it('shows the override, the computed score and the reason in the report', async () => {
    const r = await officer.inject({ method: 'GET', url: `${URL_DY}/report.html?draft=1` });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('【评分调整】计算得分');
    expect(r.body).toContain('调整为2，理由：经现场核查，完成质量低于报表数据');
  });

  it('reports an override kept against a goal indicator as counting in no score, in the evaluation and the draft (issue 13)', async () => {
    const GOAL = 'goals[0].indicators[0]';
    const keep = { path: PATH, score: 2, reason: '经现场核查，完成质量低于报表数据' };
    expect((await put(officer, [keep, { path: GOAL, score: 1, reason: '旧版自评表中的调整' }])).statusCode).toBe(200);
    const ev = (await officer.inject({ method: 'GET', url: `${URL_DY}/evaluation` })).json() as EvaluationBody & {
      overridesNotApplied: { rule: string; message: string; evidence: { path: string }[] }[];
    };
    expect(ev.overrides.map((o) => o.path)).toEqual([PATH]);
    expect(ev.overridesNotApplied).toEqual([
      expect.objectContaining({ rule: 'override-not-applied', evidence: [expect.objectContaining({ path: GOAL })] }),
    ]);
    expect(ev.overridesNotApplied[0]!.message).toContain('评分调整未计入任何得分');
    const draft = await officer.inject({ method: 'GET', url: `${URL_DY}/report.html?draft=1` });
    expect(draft.body).toContain(`（${GOAL}）记有调整得分1分（理由：旧版自评表中的调整）`);
    expect((await put(officer, [keep])).statusCode).toBe(200);
  });

  it('answers 404 for department B and for a year that does not exist; the reviewer may not override', async () => {
    const b = await put(officer, [{ path: PATH, score: 1, reason: '经现场核查，完成质量低' }], `/api/departments/${B}/years/2024`);
    expect(b.statusCode).toBe(404);
    expect((await officer.inject({ method: 'GET', url: `/api/departments/${B}/years/2024/score-overrides` })).statusCode).toBe(404);
    expect((await put(officer, [], `/api/departments/${ID}/years/2031`)).statusCode).toBe(404);
    const rv = await put(reviewer, [{ path: PATH, score: 0, reason: '审核认为应为零分' }]);
    expect(rv.statusCode).toBe(403);
    expect((await rows()).map((x) => x.score)).toEqual(['2']);
  });

  it('refuses changes once the year is submitted (read-only like the editor), nothing written', async () => {
    const auditBefore = (await auditRows()).length;
    const s = await officer.inject({ method: 'POST', url: `${URL_DY}/workflow`, payload: { action: 'submit' }, headers: { 'if-match': `"${await versionOf(officer, URL_DY)}"` } });
    expect(s.statusCode, s.body).toBe(200);
    const r = await put(officer, []);
    expect(r.statusCode).toBe(409);
    expect((r.json() as { code: string }).code).toBe('read-only');
    expect(await rows()).toHaveLength(1);
    expect(await auditRows()).toHaveLength(auditBefore);
  });
});
