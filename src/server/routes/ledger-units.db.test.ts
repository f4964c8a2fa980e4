/**
 * A township 财政所's 代理记账 export holding several units' books, uploaded over HTTP: with no unit chosen the
 * import answers 400 `ledger-unit-required` with the units found (code, name, lines) and a message that names no
 * command-line option; `?unit=<code>` imports that unit only and says so; a unit the file does not hold answers 400
 * `ledger-unit-unknown`. Nothing is written by a refused upload.
 */
import { expect, it } from 'vitest';
import { forEachEngine } from '../../store/testing.ts';
import { demoOfficerWithDepartmentYear } from '../auth/testing.ts';
import { MULTI_UNIT_EXPORT_LINES } from '../../ledger/testing/multi-unit-export.ts';

const URL = '/api/departments/431222.yuanling-commerce/years/2024/ledger';
const CSV = MULTI_UNIT_EXPORT_LINES.join('\n');

interface UnitAnswer {
  code: string;
  message: string;
  details: { problem: string; units: { code?: string; name?: string; rows: number }[]; named?: string };
}

forEachEngine('ledger upload of a multi-unit export', (ctx) => {
  const demo = demoOfficerWithDepartmentYear(ctx);

  const upload = (query: string) => demo.officer.inject({ method: 'POST', url: `${URL}?source=dljz.csv${query}`, payload: Buffer.from(CSV, 'utf8'), headers: { 'content-type': 'text/csv' } });
  const stored = async () => {
    const check = await demo.officer.inject({ method: 'GET', url: `${URL}/check?limit=0` });
    return check.statusCode === 200 ? (check.json() as { entries: number }).entries : 0;
  };

  it('answers 400 with the units found and a message for choosing, none named by a command-line option; nothing imported', async () => {
    const res = await upload('');
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json() as UnitAnswer;
    expect(body.code).toBe('ledger-unit-required');
    expect(body.details).toEqual({
      problem: 'several-units',
      units: [
        { code: '001001', name: '桃林镇人民政府', rows: 2 },
        { code: '001002', name: '社会事务综合服务中心', rows: 1 },
        { code: '001003', name: '农业综合服务中心', rows: 2 },
      ],
    });
    expect(body.message).toMatch(/文件含 3 个单位的分录.*请选择要导入的单位.* \/ the file holds the entries of 3 units/u);
    expect(body.message).not.toContain('--unit');
    expect(await stored()).toBe(0);
  });

  it('imports only the unit chosen with ?unit=<code>, and says which unit in the result', async () => {
    const res = await upload('&unit=001003');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { entries: number; total: number; unit: { chosen: { code: string; name: string }; by: string }; unitNote: string };
    expect(body).toMatchObject({ entries: 2, total: 66_278 + 11_127, unit: { chosen: { code: '001003', name: '农业综合服务中心' }, by: 'option' } });
    expect(body.unitNote).toMatch(/^多单位导出（3 个单位）：导入 001003 农业综合服务中心（由用户指定）；其他 2 个单位/u);
    expect(body.unitNote).not.toContain('--unit');
    expect(await stored()).toBe(2);
  });

  it('answers 400 ledger-unit-unknown for a unit the file does not hold, listing its units; the stored ledger kept', async () => {
    const res = await upload(`&unit=${encodeURIComponent('桃林镇卫生院')}`);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json() as UnitAnswer;
    expect(body.code).toBe('ledger-unit-unknown');
    expect(body.details.named).toBe('桃林镇卫生院');
    expect(body.details.units.map((u) => u.code)).toEqual(['001001', '001002', '001003']);
    expect(body.message).toMatch(/所选单位“桃林镇卫生院”不是文件中的单位/u);
    expect(await stored()).toBe(2);
  });
});
