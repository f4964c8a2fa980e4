/**
 * ledger.three-public: a machine's fuel (a word ending in 机 right before a fuel word) is no 公务用车 running cost
 * (data/ledger/three-public.json vehicleOperation.machineFuel). After held-out 55 spent as dev-u8pzcx (2026-12-07, l55): a
 * lawn trimmer's petrol bought at a fuel station under 其他商品和服务支出 was counted as the official car's fuel. Stated
 * here in other machines' words; a driver's or an engine's fuel, and a plated car's, stay the car's.
 */
import { describe, expect, it } from 'vitest';
import { threePublicTotals } from './three-public.ts';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums } from '../testing/three-public-sums.ts';

const station = '中国石化某某城北加油站';

describe('ledger.three-public: a machine’s fuel', () => {
  it('is not the car’s: a hedge trimmer’s, a leaf blower’s or a sprayer’s petrol at a fuel station', () => {
    expect(oneEntrySums('30299', '办公区绿篱机加油', station).vehicleOperation).toBe(0);
    expect(oneEntrySums('30299', '院坝吹叶机汽油', station).vehicleOperation).toBe(0);
    expect(oneEntrySums('30218', '防疫消杀背负式喷粉机混合油', station).vehicleOperation).toBe(0);
  });

  it('a driver’s or an engine’s fuel, a plated car’s and plain fuel at a station stay the car’s', () => {
    expect(oneEntrySums('30299', '驾驶员司机加油', station).vehicleOperation).toBe(1000);
    expect(oneEntrySums('30299', '单位小车发动机机油更换', '某某汽车维修中心').vehicleOperation).toBe(1000);
    expect(oneEntrySums('30299', '赣D·3N509绿篱机加油', station).vehicleOperation).toBe(1000);
    expect(oneEntrySums('30299', '办公区汽油', station).vehicleOperation).toBe(1000);
  });

  it('is what keeps it out: without machineFuel the trimmer’s petrol counts as the car’s', () => {
    const ctx = context();
    const { machineFuel: _m, ...vehicleOperation } = ctx.rules.threePublic.categories.vehicleOperation;
    const rules = { ...ctx.rules, threePublic: { ...ctx.rules.threePublic, categories: { ...ctx.rules.threePublic.categories, vehicleOperation } } };
    const e = entry({ economicCode: '30299', summary: '办公区绿篱机加油', payee: station, amount: 1000 });
    expect(threePublicTotals([e], { ...ctx, rules }).totals.hidden.vehicleOperation).toBe(1000);
    expect(threePublicTotals([e], ctx).totals.hidden.vehicleOperation).toBe(0);
  });
});
