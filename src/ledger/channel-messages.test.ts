/**
 * The ledger's messages that say what to do next, for each channel (core/channel-message.ts): the command line
 * keeps its command and flag (--mapping, jixiao codes import); the web app's text names none and says what to do
 * in the web app instead.
 */
import { describe, expect, it } from 'vitest';
import type { CodeTable } from '../core/codes.ts';
import { checkLedger, ledgerReportForWeb } from './check-ledger.ts';
import { MappingError } from './column-mapping.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { context, entry } from './testing/fixtures.ts';

const CLI_WORDS = /--[a-z]|jixiao /u;
const utf8 = (lines: readonly string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

describe('a file missing a required column', () => {
  it('tells the command line to give --mapping, and the web app to choose the column under 列对应 or rename the header', async () => {
    const err = await readLedgerFile(utf8(['日期,凭证号,摘要,功能科目,借方金额', '2024-01-05,记-1,购办公用品,2070109 群众文化,100.00']), 'a.csv', { fiscalYear: 2024 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MappingError);
    const { message, webMessage } = err as MappingError;
    expect(message).toMatch(/^找不到必需的列：经济科目\(economicCode\).* \/ required columns missing \(economicCode\); give --mapping '\{"economicCode":"列名"\}'$/u);
    expect(webMessage).toMatch(/^找不到必需的列：经济科目\(economicCode\).*；CSV 文件可在导入页的“列对应”中为“经济科目”选择列，其他文件请把表头改为“经济科目”后重新导入 \/ /u);
    expect(webMessage).not.toMatch(CLI_WORDS);
  });
});

describe('a 平 in the direction column', () => {
  it('names --mapping on the command line and only the export to make on the web', async () => {
    const r = await readLedgerFile(
      utf8([
        '日期,凭证号,摘要,功能科目,经济科目,金额,方向,余额',
        '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,1280.50,借,1280.50',
        '2024-01-09,记-2,退回多付款,2070109 群众文化,30201 办公费,-1280.50,平,0.00',
      ]),
      'p.csv',
      { fiscalYear: 2024 },
    );
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toContain('请用 --mapping 指定发生额的借贷方向列');
    expect(r.errors[0]!.webMessage).toMatch(/^借贷方向列写“平”，是余额的方向.*请导出带借方、贷方金额列的明细账后重新导入 \/ /u);
    expect(r.errors[0]!.webMessage).not.toMatch(CLI_WORDS);
  });
});

describe('a code missing from an incomplete code table', () => {
  const base = context();
  const table = base.codeTables.function!;
  const incomplete: CodeTable = { ...table, complete: false, completeUnder: [] };
  const missing = '2079918';

  it('tells the command line to run jixiao codes import, and the web app to ask an administrator for 导入代码表', () => {
    expect(table.entries.has(missing)).toBe(false);
    const report = checkLedger([entry({ functionCode: missing })], context({ codeTables: { ...base.codeTables, function: incomplete } }));
    const gap = report.findings.find((f) => f.rule === 'ledger.unknown-code' && f.evidence.some((e) => e.quote === missing));
    expect(gap?.message).toMatch(/不在所附\d{4}年代码表中.*可用 jixiao codes import 导入完整的官方代码表后复查 \/ /u);
    expect(gap?.webMessage).toMatch(/不在所附\d{4}年代码表中.*可请管理员在“单位与年度”页的“导入代码表”中导入完整的官方代码表后复查 \/ /u);
    expect(gap?.webMessage).not.toMatch(CLI_WORDS);

    const web = ledgerReportForWeb(report);
    const shown = web.findings.find((f) => f.evidence.some((e) => e.quote === missing));
    expect(shown?.message).toBe(gap?.webMessage);
    expect(shown).not.toHaveProperty('webMessage');
    for (const f of web.findings) expect(f.message).not.toMatch(CLI_WORDS);
  });
});
