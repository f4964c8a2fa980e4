/**
 * Child of the .xlsx zip-bomb test: read the file with the spreadsheet reader every importer uses, print one
 * JSON line `{ outcome, ms, peakRssMb }` (outcome: rows, refused with the error's message, or crashed).
 * Usage: node --import tsx read-xlsx.ts <file>
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../../../src/core/input-error.ts';
import { readXlsx } from '../../../src/reference/spreadsheet.ts';

const file = process.argv[2] ?? '';
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const started = performance.now();
let outcome: string;
try {
  const sheet = await readXlsx(await readFile(file), 'bomb.xlsx');
  outcome = `read ${sheet.rows.length} rows`;
} catch (err) {
  outcome = err instanceof InputError ? `refused: ${err.message}` : `crashed: ${(err as Error).name}: ${(err as Error).message}`;
}
clearInterval(timer);
process.stdout.write(`${JSON.stringify({ outcome, ms: Math.round(performance.now() - started), peakRssMb: Math.round(peak / 1048576) })}\n`);
