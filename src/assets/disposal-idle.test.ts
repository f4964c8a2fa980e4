import { describe, expect, it } from 'vitest';
import { fen } from '../core/money.ts';
import {
  applyDisposal,
  checkRegister,
  decideDisposal,
  idleForReallocation,
  loadAssetConfig,
  parseAssetConfig,
  requestDisposal,
  statedThresholdFinding,
  thresholdFor,
} from './index.ts';
import type { Asset } from './types.ts';

const config = loadAssetConfig();
const card: Asset = {
  assetNumber: 'A1',
  name: '投影仪',
  classCode: 'A02020200',
  specification: '',
  quantity: 1,
  originalValue: fen(320000),
  acquiredOn: '2021-09-01',
  fundingSource: '',
  location: '会议室',
  custodian: '',
  departmentUnit: '',
  status: 'idle',
  statusSince: '2026-01-01',
  labelCode: 'A1',
};

describe('idle assets', () => {
  it('are listed for reallocation only after the configured period', () => {
    expect(config.idleDays).toBe(180);
    expect(idleForReallocation([card], '2026-06-30', config)).toEqual([]);
    expect(idleForReallocation([card], '2026-07-01', config).map((x) => x.idleDays)).toEqual([181]);
    expect(idleForReallocation([{ ...card, status: 'in-use' }], '2027-01-01', config)).toEqual([]);
  });
});

describe('disposal', () => {
  const req = { id: 'CZ1', assetNumber: 'A1', kind: 'scrap' as const, reason: '损坏无法修复', requestedBy: '王', requestedAt: '2026-11-01T00:00:00Z' };

  it('goes through an approval by someone other than the requester', () => {
    const pending = requestDisposal(card, [], req);
    expect(pending.state).toBe('pending');
    expect(applyDisposal(card, pending), 'a pending request changes nothing').toBe(card);
    expect(() => decideDisposal(pending, { approve: true, decidedBy: '王', decidedAt: '2026-11-02T00:00:00Z' })).toThrow(/申请人/);
    const approved = decideDisposal(pending, { approve: true, decidedBy: '李', decidedAt: '2026-11-02T00:00:00Z' });
    expect(applyDisposal(card, approved)).toMatchObject({ status: 'disposed', statusSince: '2026-11-02' });
    const rejected = decideDisposal(pending, { approve: false, decidedBy: '李', decidedAt: '2026-11-02T00:00:00Z' });
    expect(applyDisposal(card, rejected)).toBe(card);
  });

  it('refuses a missing reason, a second pending request and a disposed asset', () => {
    expect(() => requestDisposal(card, [], { ...req, reason: ' ' })).toThrow(/理由/);
    const pending = requestDisposal(card, [], req);
    expect(() => requestDisposal(card, [pending], { ...req, id: 'CZ2' })).toThrow(/待审批/);
    expect(() => requestDisposal({ ...card, status: 'disposed' }, [], req)).toThrow(/已处置/);
    expect(() => requestDisposal(undefined, [], req)).toThrow(/不在资产账/);
  });
});

describe('the stated threshold', () => {
  it('warns when a department capitalises from 1500元 while the rules say 1000元 (the seed report)', () => {
    const f = statedThresholdFinding(150000, config);
    expect(f?.rule).toBe('asset-stated-threshold');
    expect(f?.message).toMatch(/^单位所述固定资产标准1500\.00元与现行标准1000\.00元不一致：价值在1000\.00元至1500\.00元之间的资产可能未作为固定资产入账/);
    expect(f?.message).toContain('行政单位财务规则');
    expect(f?.difference).toBe(50000);
    expect(statedThresholdFinding(100000, config)).toBeUndefined();
    expect(statedThresholdFinding(undefined, config)).toBeUndefined();
  });
});

describe('a card entered at the nominal value (名义金额)', () => {
  it('gets a 提示 that it was entered at 1元, not the below-threshold warning; 1.01元 and a 1元 item among several are still warned', () => {
    const land: Asset = { ...card, assetNumber: 'TD1', name: '划拨土地', classCode: 'A01010100', originalValue: fen(100), quantity: 1, unit: '平方米', status: 'in-use', labelCode: 'TD1' };
    const [nominal] = checkRegister([land], config);
    expect(nominal).toMatchObject({ rule: 'asset-below-threshold', severity: 'info' });
    expect(nominal?.message).toContain('名义金额1.00元');
    expect(checkRegister([{ ...land, originalValue: fen(101) }], config)[0]).toMatchObject({ rule: 'asset-below-threshold', severity: 'warning' });
    // 1元 in all for ten chairs is no nominal entry of one asset: 0.10元 each is below the standard
    expect(checkRegister([{ ...land, name: '椅子', unit: '把', quantity: 10 }], config)[0]).toMatchObject({ severity: 'warning' });
  });
});

describe('asset config', () => {
  it('ships the 1000元 threshold with its source, and a class override wins by longest prefix', () => {
    expect(config.thresholdFen).toBe(100000);
    expect(config.thresholdSource).toContain('1000元');
    const raw = {
      version: 1,
      capitalisation: {
        defaultThresholdFen: 100000,
        source: 'x',
        classOverrides: [
          { classPrefix: 'A02', thresholdFen: 150000 },
          { classPrefix: 'A0201', thresholdFen: 120000 },
        ],
      },
      idle: { reallocateAfterDays: 90 },
      statuses: config.activeStatuses.size === 4 ? shippedStatuses() : [],
      disposalKinds: [{ code: 'scrap', label: '报废' }],
      labelSizes: config.labelSizes,
      defaultLabelSize: config.defaultLabelSize,
    };
    const custom = parseAssetConfig(raw);
    expect(thresholdFor(custom, 'A02010105')).toBe(120000);
    expect(thresholdFor(custom, 'A02020200')).toBe(150000);
    expect(thresholdFor(custom, 'A05010200')).toBe(100000);
    expect(() => parseAssetConfig({ ...raw, idle: { reallocateAfterDays: -1 } })).toThrow(/资产配置有误/);
  });
});

function shippedStatuses() {
  return (['in-use', 'idle', 'pending-scrap', 'damaged', 'disposed'] as const).map((code) => ({
    code,
    label: config.statusLabel[code],
    active: config.activeStatuses.has(code),
    inUse: config.inUseStatuses.has(code),
  }));
}
