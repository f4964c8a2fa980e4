/**
 * Child of the kill -9 test: replace one department-year's ledger with `count` synthetic entries in one import,
 * printing `progress <done>` as the load goes, then `done <inserted>`. The parent kills it mid-load.
 * Usage: node --import tsx ledger-import.ts <department-code> <count> [copy|unnest]
 */
import { replaceLedgerEntries, type StoredLedgerEntry } from '../../../src/store/ledger-repository.ts';
import { openFromEnv, say } from './open-target.ts';

const [code = 'rel-ledger', countText = '1000', method] = process.argv.slice(2);
const count = Number(countText);
const opened = await openFromEnv();
const entries: StoredLedgerEntry[] = Array.from({ length: count }, (_, i) => ({
  entryNo: i + 1,
  row: i + 2,
  date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  voucher: `记-${count}-${i}`,
  summary: `第${count}批 支付办公费 ${i}`,
  amount: 100 + (i % 1000),
  functionCode: '2011301',
  economicCode: '30201',
  nature: 'basic',
}));
say('ready');
let last = 0;
const result = await replaceLedgerEntries(
  opened,
  { regionCode: '431222', departmentCode: code },
  2024,
  entries,
  { source: `batch-${count}.csv`, format: 'csv' },
  {
    ...(method === 'copy' || method === 'unnest' ? { method } : {}),
    onProgress: (done) => {
      if (done - last >= 5000 || done === count) {
        last = done;
        say(`progress ${done}`);
      }
    },
  },
);
await opened.checkpoint();
await opened.close();
say(`done ${result.inserted}`);
