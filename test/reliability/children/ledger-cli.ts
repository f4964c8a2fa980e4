/**
 * Child of the kill -9 test: `jixiao ledger import <file> --department <id> --year 2024` as the CLI runs it
 * (ledgerCommand over withStore + ledgerStoreFor), printing `writing` when the load into the database starts.
 * Used while `ledger` is not yet a command of bin/jixiao.js; the same code path the command will take.
 * Usage: node --import tsx ledger-cli.ts <file> <department-id>
 */
import { withStore } from '../../../src/cli/store-access.ts';
import { ledgerCommand } from '../../../src/ledger/index.ts';
import { ledgerStoreFor } from '../../../src/store/ledger-repository.ts';
import { say } from './open-target.ts';

const [file = '', id = ''] = process.argv.slice(2);
let announced = false;
const code = await ledgerCommand(['import', file, '--department', id, '--year', '2024'], {
  withLedgerStore: (fn) => withStore((store) => fn(ledgerStoreFor(store))),
  progress: {
    isTTY: true,
    write: (text: string) => {
      if (!announced && text.includes('写入')) {
        announced = true;
        say('writing');
      }
    },
  },
});
say(`exit ${code}`);
process.exitCode = code;
