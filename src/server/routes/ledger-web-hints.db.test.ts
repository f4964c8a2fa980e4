/**
 * What the web app's ledger answers tell a user to do names no command-line command or flag (channel-message.ts):
 * a file missing a required column points to the import page's 列对应 or the headers; a 平 direction asks for an
 * export with 借方/贷方 columns, a direction code that states neither side points to the 列对应; a code missing from the shipped table asks an administrator to import the code
 * table on the 单位与年度 page. The command line's wording (--mapping, jixiao codes import) is tested beside it.
 */
import { expect, it } from 'vitest';
import { forEachEngine } from '../../store/testing.ts';
import { demoOfficerWithDepartmentYear } from '../auth/testing.ts';

const URL = '/api/departments/431222.yuanling-commerce/years/2024/ledger';
/** A command-line command or flag: what a web user cannot act on. */
const CLI_WORDS = /--[a-z]|jixiao /u;

forEachEngine('ledger answers to the web app name no command-line flag', (ctx) => {
  const demo = demoOfficerWithDepartmentYear(ctx);

  const upload = (name: string, lines: string[]) =>
    demo.officer.inject({ method: 'POST', url: `${URL}?source=${name}`, payload: Buffer.from(lines.join('\n'), 'utf8'), headers: { 'content-type': 'text/csv' } });

  it('a missing required column: 400 naming the field and the page’s 列对应, no --mapping', async () => {
    const res = await upload('nocode.csv', ['日期,凭证号,摘要,功能科目,借方金额', '2024-01-05,记-1,购办公用品,2070109 群众文化,100.00']);
    expect(res.statusCode, res.body).toBe(400);
    const { message } = res.json() as { message: string };
    expect(message).toMatch(/^找不到必需的列：经济科目\(economicCode\).*“列对应”中为“经济科目”选择列/u);
    expect(message).not.toMatch(CLI_WORDS);
  });

  it('a 平 in a balance’s direction column: 422 whose row message asks for a 借方/贷方 export, no --mapping', async () => {
    const res = await upload('ping.csv', [
      '日期,凭证号,摘要,功能科目,经济科目,金额,方向,余额',
      '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,1280.50,借,1280.50',
      '2024-01-09,记-2,退回多付款,2070109 群众文化,30201 办公费,-1280.50,平,0.00',
    ]);
    expect(res.statusCode, res.body).toBe(422);
    const { details } = res.json() as { details: { row: number; message: string; webMessage?: string }[] };
    expect(details.map((d) => d.row)).toEqual([3]);
    expect(details[0]!.message).toMatch(/是余额的方向.*请导出带借方、贷方金额列的明细账/u);
    expect(details[0]!.message).not.toMatch(CLI_WORDS);
    expect(details[0]).not.toHaveProperty('webMessage');
  });

  it('a direction code that states neither side: 422 naming the row, the value and the page’s 列对应, no --mapping', async () => {
    const res = await upload('dir.csv', [
      '日期,凭证号,摘要,功能科目,经济科目,金额,借贷方向',
      '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,1280.50,借',
      '2024-01-09,记-2,退回多付款,2070109 群众文化,30201 办公费,1280.50,X',
    ]);
    expect(res.statusCode, res.body).toBe(422);
    const { details } = res.json() as { details: { row: number; message: string; webMessage?: string }[] };
    expect(details.map((d) => d.row)).toEqual([3]);
    expect(details[0]!.message).toMatch(/借贷方向“X”无法识别.*“列对应”中为“借贷方向”选择/u);
    expect(details[0]!.message).not.toMatch(CLI_WORDS);
    expect(details[0]).not.toHaveProperty('webMessage');
  });

  it('a code missing from the shipped table: the check’s finding sends the user to 导入代码表, no jixiao command', async () => {
    const res = await upload('gap.csv', [
      '日期,凭证号,摘要,功能科目,经济科目,借方金额',
      '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,100.00',
      '2024-01-06,记-2,付印刷费,2079918,30202 印刷费,50.00',
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const check = await demo.officer.inject({ method: 'GET', url: `${URL}/check` });
    expect(check.statusCode, check.body).toBe(200);
    const { findings, flagged } = check.json() as { findings: { rule: string; message: string; evidence: { quote?: string }[] }[]; flagged: { messages: string[] }[] };
    const gap = findings.filter((f) => f.rule === 'ledger.unknown-code' && f.evidence.some((e) => e.quote === '2079918'));
    expect(gap).toHaveLength(1);
    expect(gap[0]!.message).toMatch(/不在所附\d{4}年代码表中.*请管理员在“单位与年度”页的“导入代码表”中导入完整的官方代码表后复查/u);
    for (const text of [...findings.map((f) => f.message), ...flagged.flatMap((e) => e.messages)]) expect(text).not.toMatch(CLI_WORDS);
    expect(JSON.stringify(check.json())).not.toContain('webMessage');
  });
});
