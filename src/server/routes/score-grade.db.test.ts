/**
 * One grade per score (issues 13 and 15): a department that states 88 分 with the grade 优 — a grade the score
 * does not earn — sees one grade on every screen: the 自评表 (evaluation API), the home page and review panel
 * (workflow state), the county overview and the public page all show the grade the template gives 88 分, and the
 * stated 优 is a finding, not a value shown.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_FILE } from '../../reference/demo.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { demoOfficerAndReviewer, type SignedInClient } from '../auth/testing.ts';

const ID = '431222.yuanling-commerce';
const URL_DY = `/api/departments/${ID}/years/2024`;

forEachEngine('one grade per score across the screens', (ctx) => {
  let app: FastifyInstance;
  let officer: SignedInClient;
  let reviewer: SignedInClient;

  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    ({ officer, reviewer } = await demoOfficerAndReviewer(app, ctx.db));
    const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as { selfAssessment: Record<string, unknown> };
    demo.selfAssessment = { ...demo.selfAssessment, score: 88, grade: '优' };
    const created = await officer.inject({ method: 'POST', url: '/api/department-years', payload: demo });
    expect(created.statusCode, created.body).toBe(201);
  });
  afterAll(async () => {
    await app.close();
  });

  it('the 自评表, the workflow state and the overview give the grade 88 分 earns, and flag the stated 优', async () => {
    const evaluation = (await reviewer.inject({ method: 'GET', url: `${URL_DY}/evaluation` })).json() as {
      scoreSheet: { department: { score: number; grade: string } };
      findings?: { rule: string }[];
    };
    const sheet = evaluation.scoreSheet.department;
    expect(sheet.score).toBe(88);
    expect(sheet.grade, 'the score sheet grades the score by the template').not.toBe('优');

    const workflow = (await officer.inject({ method: 'GET', url: `${URL_DY}/workflow` })).json() as { scoreGrade: string | null; selfAssessment: { grade?: string } };
    expect(workflow.scoreGrade, 'home page and review panel').toBe(sheet.grade);
    expect(workflow.selfAssessment.grade, 'the stated grade is still the data as entered').toBe('优');

    const overview = (await reviewer.inject({ method: 'GET', url: '/api/overview?year=2024' })).json() as { items: { id: string; selfScore: number; selfGrade: string }[] };
    const row = overview.items.find((i) => i.id === ID);
    expect(row).toMatchObject({ selfScore: 88, selfGrade: sheet.grade });

    const json = JSON.stringify(evaluation);
    expect(json, 'the stated grade that the score does not earn is a finding').toContain('stated-grade-mismatch');
  });
});
