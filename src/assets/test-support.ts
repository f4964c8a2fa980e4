/**
 * Generated ledgers for tests: a deterministic department register of any size, written as ledger rows the
 * import reads (so the end-to-end tests go through the real import).
 */
import { LEDGER_COLUMNS } from './ledger-columns.ts';

const KINDS = [
  { classCode: 'A02010105', name: '台式计算机', value: 485000 },
  { classCode: 'A02010108', name: '便携式计算机', value: 569900 },
  { classCode: 'A02020400', name: '多功能一体机', value: 1260000 },
  { classCode: 'A02020200', name: '投影仪', value: 320000 },
  { classCode: 'A02010201', name: '路由器', value: 129900 },
  { classCode: 'A05010200', name: '办公桌', value: 180000 },
  { classCode: 'A05010500', name: '文件柜', value: 120000 },
] as const;

export const TEST_LOCATIONS = ['办公室201', '办公室202', '办公室203', '会议室', '机房', '档案室', '文印室', '财务室'];

export interface GeneratedAsset {
  readonly assetNumber: string;
  readonly name: string;
  readonly classCode: string;
  readonly valueFen: number;
  readonly location: string;
  readonly status: '在用' | '闲置';
}

/** `count` assets ZC-00001…; every 10th is idle since 2024-01-01, the rest in use; labels match. */
export function generateAssets(count: number): GeneratedAsset[] {
  const out: GeneratedAsset[] = [];
  for (let i = 1; i <= count; i++) {
    const kind = KINDS[i % KINDS.length]!;
    out.push({
      assetNumber: `ZC-${String(i).padStart(5, '0')}`,
      name: kind.name,
      classCode: kind.classCode,
      valueFen: kind.value + (i % 13) * 100,
      location: TEST_LOCATIONS[i % TEST_LOCATIONS.length]!,
      status: i % 10 === 0 ? '闲置' : '在用',
    });
  }
  return out;
}

/** Ledger rows (header first) in the import's columns. */
export function generateLedgerRows(assets: readonly GeneratedAsset[]): string[][] {
  const header = LEDGER_COLUMNS.map((c) => c.header);
  const rows: string[][] = [header];
  for (const a of assets) {
    const byField: Record<string, string> = {
      assetNumber: a.assetNumber,
      name: a.name,
      classCode: a.classCode,
      specification: '',
      quantity: '1',
      originalValue: `${Math.floor(a.valueFen / 100)}.${String(a.valueFen % 100).padStart(2, '0')}`,
      acquiredOn: '2022-03-01',
      fundingSource: '财政拨款',
      location: a.location,
      custodian: '张伟',
      departmentUnit: '办公室',
      status: a.status,
      statusSince: a.status === '闲置' ? '2024-01-01' : '2022-03-01',
      labelCode: a.assetNumber,
    };
    rows.push(LEDGER_COLUMNS.map((c) => byField[c.field] ?? ''));
  }
  return rows;
}
