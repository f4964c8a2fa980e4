/**
 * What the 体检 answers (POST /api/audit, JSON and the page's HTML) tell a user to do names no command-line flag
 * (core/channel-message.ts): a report whose year cannot be told points to the page's “年度” field, not the command
 * line's --fiscal-year, and the year given as ?fiscalYear= is the one checked. The command line keeps its flag.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { auditText } from '../../audit/index.ts';
import { forEachEngine } from '../../store/testing.ts';
import { demoOfficerWithDepartmentYear } from '../auth/testing.ts';

/** A command-line command or flag: what a web user cannot act on. */
const CLI_WORDS = /--[a-z]|jixiao /u;
/** A report with no year in its title or sentences; its one dated result (2024年3月) is late for a 2023 report. */
const NO_YEAR = readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/no-year-report.txt'), 'utf8');

interface AuditAnswer {
  readonly fiscalYear: number | null;
  readonly findings: readonly { rule: string; message: string }[];
  readonly notChecked: readonly string[];
}

forEachEngine('体检 answers name no command-line flag and honour fiscalYear', (ctx) => {
  const demo = demoOfficerWithDepartmentYear(ctx);
  const post = (query: string) =>
    demo.officer.inject({ method: 'POST', url: `/api/audit?filename=r.txt${query}`, payload: Buffer.from(NO_YEAR, 'utf8'), headers: { 'content-type': 'text/plain' } });

  it('a report of no readable year: the note points to the “年度” field, in JSON and in the page’s HTML', async () => {
    const json = await post('');
    expect(json.statusCode, json.body).toBe(200);
    const answer = json.json() as AuditAnswer;
    expect(answer.fiscalYear).toBeNull();
    const note = answer.notChecked.find((n) => n.startsWith('date-out-of-period：'));
    expect(note).toMatch(/未能从报告中确定年度（可在“年度”栏中指定后重新体检）/u);
    for (const text of [...answer.notChecked, ...answer.findings.map((f) => f.message)]) expect(text).not.toMatch(CLI_WORDS);
    expect(json.body).not.toContain('webNotes');

    const html = await post('&format=html');
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('可在“年度”栏中指定');
    expect(html.body).not.toMatch(CLI_WORDS);
  });

  it('?fiscalYear= is the year checked: no note, and the late result is told against that year', async () => {
    const r = await post('&fiscalYear=2023');
    expect(r.statusCode, r.body).toBe(200);
    const answer = r.json() as AuditAnswer;
    expect(answer.fiscalYear).toBe(2023);
    expect(answer.notChecked.filter((n) => n.includes('未能从报告中确定年度'))).toEqual([]);
    const late = answer.findings.filter((f) => f.rule === 'date-out-of-period');
    expect(late.map((f) => f.message).join('\n')).toMatch(/2023年度报告.*2024年3月/u);
    const bad = await post('&fiscalYear=23');
    expect(bad.statusCode).toBe(400);
  });
});

it('the command line keeps its --fiscal-year hint', () => {
  const report = auditText(NO_YEAR);
  expect(report.notChecked.find((n) => n.startsWith('date-out-of-period：'))).toContain('可用 --fiscal-year 指定');
});
