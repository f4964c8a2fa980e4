import { describe, expect, it } from 'vitest';
import { fen } from '../../core/money.ts';
import { loadDemo } from '../../reference/demo.ts';
import { context, entry } from '../testing/fixtures.ts';
import { threePublic } from './three-public.ts';

describe('ledger.three-public', () => {
  it('flags 三公 spending booked outside the 三公 classes, but not 信访接待 or a 加油站 inspection', () => {
    const hidden = entry({ economicCode: '30201', summary: '接待省厅检查组工作餐' });
    const booked = entry({ economicCode: '30217', summary: '接待省厅检查组工作餐' });
    const petition = entry({ economicCode: '30201', summary: '信访接待室桌椅' });
    const station = entry({ economicCode: '30226', summary: '加油站安全检查专家劳务' });
    const found = threePublic.check([hidden, booked, petition, station], context());
    const perEntry = found.filter((f) => f.evidence[0]?.path?.startsWith('ledger[row'));
    expect(perEntry.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${hidden.row}]`]);
    expect(perEntry[0]!.message).toContain('公务接待费');
  });

  it('compares the sums with the reported final and the budget', () => {
    const dy = loadDemo();
    const reported = {
      ...dy,
      threePublic: {
        total: { final: fen(30_000), budget: fen(20_000) },
        reception: { final: fen(10_000), budget: fen(20_000) },
        overseasTravel: {},
        vehicles: { final: fen(20_000) },
      },
    };
    const entries = [
      entry({ economicCode: '30217', summary: '接待调研组', amount: 10_000 }),
      entry({ economicCode: '30231', summary: '公务用车加油', amount: 15_000 }),
    ];
    const found = threePublic.check(entries, context({ departmentYear: reported }));
    const messages = found.map((f) => `${f.severity}:${f.message}`);
    expect(messages.some((m) => m.startsWith('error:公务用车购置及运行维护费') && m.includes('150.00'))).toBe(true);
    expect(found.find((f) => f.evidence[1]?.path === 'threePublic.total.final')?.difference).toBe(-5_000);
    expect(found.find((f) => f.evidence[1]?.path === 'threePublic.total.budget')?.severity).toBe('warning');
    expect(found.some((f) => f.evidence[1]?.path === 'threePublic.reception.final')).toBe(false);
  });

  it('says so when there is no department-year to compare with', () => {
    const found = threePublic.check([entry()], context());
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('info');
  });
});
