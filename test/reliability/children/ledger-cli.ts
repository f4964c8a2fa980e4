/**
 * Child of the kill -9 test: `jixiao ledger import <file> --department <id> --year 2024` as the CLI runs it
 * (ledgerCommand over withStore + ledgerStoreFor), printing `writing` when the load into the database starts.
 * The same code path as `jixiao ledger import` (src/cli/commands.ts), with a progress stream that says when
 * writing starts — through a pipe the command itself draws no progress.
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
