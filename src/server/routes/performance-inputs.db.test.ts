/**
 * Issue 13: the inputs of the 53号 indicators the model lacked, entered through the API the editor uses (a part of
 * the year), make their indicators compute — formula, inputs and trace beside the officer's score, never in its
 * place — and the finance bureau's checks name the field when the counts do not fit.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_FILE } from '../../reference/demo.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { demoOfficerAndReviewer, type SignedInClient } from '../auth/testing.ts';

const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;
const URL_DY = '/api/departments/431222.yuanling-commerce/years/2024';

interface Indicator {
  id: string;
  status: string;
  value: number | null;
  score: number | null;
  calculation: string | null;
  inputs: { label: string; paths: string[]; display: string }[];
  missing: string[];
}
interface Row {
  id: string;
  claimed: number | null;
  computed: number | null;
}
interface Evaluation {
  indicators: Indicator[];
  scoreSheet: { department: { rows: Row[] } };
}

forEachEngine('53号 inputs entered through the API', (ctx) => {
  let app: FastifyInstance;
  let officer: SignedInClient;
  const evaluation = async () => (await officer.inject({ method: 'GET', url: `${URL_DY}/evaluation` })).json() as Evaluation;
  const indicator = (ev: Evaluation, id: string) => ev.indicators.find((i) => i.id === id)!;
  const putPart = async (part: string, payload: unknown) => {
    const version = ((await officer.inject({ method: 'GET', url: URL_DY })).json() as { version: number }).version;
    return officer.inject({ method: 'PUT', url: `${URL_DY}/parts/${part}`, payload: payload as Record<string, unknown>, headers: { 'if-match': `"${version}"` } });
  };

  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    ({ officer } = await demoOfficerAndReviewer(app, ctx.db));
    const created = await officer.inject({ method: 'POST', url: '/api/department-years', payload: demoRaw });
    expect(created.statusCode, created.body).toBe(201);
  });
  afterAll(async () => {
    await app.close();
  });

  it('满意度 says 需补充 on the demo, and computes 186 / 200 = 93% once the survey is entered, beside the officer’s score', async () => {
    const before = indicator(await evaluation(), 'public_satisfaction');
    expect(before.status).toBe('missing');
    expect(before.missing).toEqual(['需补充：满意（含基本满意）样本数（satisfactionSurvey.satisfied）', '需补充：有效样本数（satisfactionSurvey.validSamples）']);

    // The officer scores the row first: the computed figure must stand beside it, not replace it.
    const assessment = ((await officer.inject({ method: 'GET', url: `${URL_DY}/parts/selfAssessment` })).json() as { selfAssessment: Record<string, unknown> }).selfAssessment;
    const scored = await putPart('selfAssessment', { ...assessment, indicators: { public_satisfaction: { score: 5, basis: '问卷调查' } } });
    expect(scored.statusCode, scored.body).toBe(200);
    const r = await putPart('satisfactionSurvey', { respondents: '服务企业', method: '问卷调查', validSamples: 200, satisfied: 186 });
    expect(r.statusCode, r.body).toBe(200);

    const ev = await evaluation();
    const after = indicator(ev, 'public_satisfaction');
    expect(after.status).toBe('scored');
    expect(after.value).toBe(93);
    expect(after.calculation).toBe('186 / 200 × 100% = 93.00%');
    expect(after.inputs.map((i) => i.paths[0])).toEqual(['satisfactionSurvey.satisfied', 'satisfactionSurvey.validSamples']);
    const row = ev.scoreSheet.department.rows.find((x) => x.id === 'public_satisfaction')!;
    expect(row.claimed).toBe(5);
    expect(row.computed).toBe(after.score);
  });

  it('完成及时率 and 重点支出安排率 compute from work tasks and projects marked 重点项目', async () => {
    expect((await putPart('workTasks', { planned: 20, completed: 20, completedOnTime: 18, qualityMet: 19 })).statusCode).toBe(200);
    const projects = ((await officer.inject({ method: 'GET', url: `${URL_DY}/parts/projects` })).json() as { projects: Record<string, unknown>[] }).projects;
    const marked = projects.map((p, i) => ({ ...p, isKey: i < 2, amounts: { ...(p['amounts'] as object), initialBudget: '100万元' } }));
    expect((await putPart('projects', marked)).statusCode).toBe(200);
    const expenditure = ((await officer.inject({ method: 'GET', url: `${URL_DY}/parts/expenditure` })).json() as { expenditure: { byNature: { project: { amounts: Record<string, unknown> } } } }).expenditure;
    expenditure.byNature.project.amounts['initialBudget'] = '700万元';
    expect((await putPart('expenditure', expenditure)).statusCode).toBe(200);

    const ev = await evaluation();
    expect(indicator(ev, 'timely_completion_rate').calculation).toBe('18 / 20 × 100% = 90.00%');
    expect(indicator(ev, 'actual_completion_rate').calculation).toBe('20项 / 20项 × 100% = 100.00%');
    const key = indicator(ev, 'key_expenditure_rate');
    expect(key.calculation).toBe('200.00万元 / 700.00万元 × 100% = 28.57%');
    expect(key.inputs[0]!.paths).toEqual(['projects[0].amounts.initialBudget', 'projects[1].amounts.initialBudget']);
  });

  it('refuses a rate above 100% naming the field, and reports 办结 above 交办 as an error at its field', async () => {
    const bad = await putPart('paymentProgress', { actualPercent: 120, plannedPercent: 100 });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('actualPercent');
    expect(bad.body).toContain('百分比应在0至100之间');

    expect((await putPart('keyTasks', { assigned: 10, completed: 11 })).statusCode).toBe(200);
    const v = (await officer.inject({ method: 'GET', url: `${URL_DY}/validation` })).json() as { findings: { rule: string; severity: string; message: string; evidence: { path: string }[] }[] };
    const f = v.findings.find((x) => x.rule === 'part-exceeds-whole');
    expect(f).toMatchObject({ severity: 'error', message: '重点工作：实际完成数11超过交办或下达数10' });
    expect(f!.evidence.map((e) => e.path)).toEqual(['keyTasks.completed', 'keyTasks.assigned']);
  });
});
