/**
 * Loads the classification code tables from the data folders: the user's imported tables in
 * `<JIXIAO_DATA>/codes/` take precedence over the ones shipped in `data/codes/`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type CodeFormats,
  chooseVersion,
  type CodeTable,
  type CodeTableKind,
  type CodeEntry,
  type CodeTables,
  codeTableFromRecords,
  parseCodeTableCsv,
} from '../core/codes.ts';
import { readTableFile, type SheetReader } from './table-file.ts';
import { dataDir, repoPath } from './paths.ts';

interface IndexEntry {
  kind: CodeTableKind;
  year: number;
  file: string;
  complete: boolean;
  completeUnder?: string[];
}

const shippedDir = repoPath('data/codes');

let shipped: IndexEntry[] | undefined;

/** The shipped index never changes while the process runs: read it once. */
function shippedIndex(): IndexEntry[] {
  shipped ??= (JSON.parse(readFileSync(path.join(shippedDir, 'index.json'), 'utf8')) as { tables: IndexEntry[] }).tables;
  return shipped;
}

function userDir(): string {
  return path.join(dataDir(), 'codes');
}

/** Imported tables are named `<kind>_<year>.csv` in the user's codes folder. */
function userIndex(): IndexEntry[] {
  const dir = userDir();
  if (!existsSync(dir)) return [];
  const out: IndexEntry[] = [];
  for (const file of readdirSync(dir)) {
    const m = /^(function|economic|revenue-source|asset-class)_(\d{4})\.csv$/.exec(file);
    if (m) out.push({ kind: m[1] as CodeTableKind, year: Number(m[2]), file, complete: true });
  }
  return out;
}

const cache = new Map<string, CodeTable>();

/**
 * The table for a kind and fiscal year: the best year among the user's and the shipped tables (same year, else
 * the newest older, else the oldest newer); at the same year the user's import wins.
 */
export function loadCodeTable(kind: CodeTableKind, fiscalYear: number): CodeTable | undefined {
  const candidates = [
    ...userIndex()
      .filter((e) => e.kind === kind)
      .map((e) => ({ ...e, dir: userDir(), user: true })),
    ...shippedIndex()
      .filter((e) => e.kind === kind)
      .map((e) => ({ ...e, dir: shippedDir, user: false })),
  ];
  const year = chooseVersion(
    candidates.map((e) => e.year),
    fiscalYear,
  );
  const entry = candidates.find((e) => e.year === year);
  if (!entry) return undefined;
  const file = path.join(entry.dir, entry.file);
  let table = cache.get(file);
  if (!table) {
    table = parseCodeTableCsv(readFileSync(file, 'utf8'), {
      kind,
      year: entry.year,
      complete: entry.complete,
      ...(entry.completeUnder ? { completeUnder: entry.completeUnder } : {}),
      source: entry.user ? `用户导入 ${entry.file}` : `data/codes/${entry.file}`,
    });
    cache.set(file, table);
  }
  return table;
}

export function loadCodeFormats(): CodeFormats {
  const parsed = JSON.parse(readFileSync(path.join(shippedDir, 'index.json'), 'utf8')) as {
    formats: { function: string; economic: string };
  };
  return { function: new RegExp(parsed.formats.function), economic: new RegExp(parsed.formats.economic) };
}

export function loadCodeTables(fiscalYear: number): CodeTables {
  return {
    function: loadCodeTable('function', fiscalYear),
    economic: loadCodeTable('economic', fiscalYear),
    revenueSource: loadCodeTable('revenue-source', fiscalYear),
  };
}

/** A table as it is saved in the user's codes folder: `code,name,level,parent`, one code a line. */
export function storedCodeTableCsv(table: CodeTable): string {
  const quote = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['code,name,level,parent'];
  for (const e of table.entries.values()) lines.push([e.code, quote(e.name), String(e.level), e.parent ?? ''].join(','));
  return `${lines.join('\n')}\n`;
}

/** A checked table file as the server's parse worker returns it: plain data (a string, numbers, a short sample). */
export interface CheckedCodeTable {
  readonly count: number;
  /** The first 20 codes, for a preview. */
  readonly sample: readonly Pick<CodeEntry, 'code' | 'name' | 'level'>[];
  /** The table in its saved form (`storedCodeTableCsv`), written as is by `saveCheckedCodeTable`. */
  readonly stored: string;
}

/**
 * Read and check an uploaded table file (CSV in any encoding, .xlsx, .xls, HTML table) once: errors name the
 * line (CodeTableError) or the unreadable file (InputError). The server runs this in its parse worker.
 */
export async function checkCodeTableFile(
  bytes: Uint8Array,
  meta: { kind: CodeTableKind; year: number; source: string },
  readSheet?: SheetReader,
): Promise<CheckedCodeTable> {
  // Split once, by the reader of every table file, and checked row by row (it was split, written back to CSV text
  // and parsed again: twice the work on a 16 MB table).
  const { rows } = await readTableFile(bytes, meta.source, readSheet);
  const records = (function* () {
    for (let i = 0; i < rows.count; i++) yield { line: rows.line(i), cells: rows.row(i) };
  })();
  const table = codeTableFromRecords(records, { ...meta, complete: true });
  const sample = [...table.entries.values()].slice(0, 20).map((e) => ({ code: e.code, name: e.name, level: e.level }));
  return { count: table.entries.size, sample, stored: storedCodeTableCsv(table) };
}

/** Save a checked table as the user's table for its kind and year, and forget every table read so far. */
export function saveCheckedCodeTable(kind: CodeTableKind, year: number, checked: CheckedCodeTable): number {
  mkdirSync(userDir(), { recursive: true });
  writeFileSync(path.join(userDir(), `${kind}_${year}.csv`), checked.stored);
  cache.clear();
  return checked.count;
}

/**
 * Import a fuller official table from CSV: validated first (errors name the line), then saved as the user's
 * table for that kind and year. Returns the number of codes.
 */
export function importCodeTable(kind: CodeTableKind, year: number, csvText: string, sourceName: string): number {
  const table = parseCodeTableCsv(csvText, { kind, year, complete: true, source: sourceName });
  return saveCheckedCodeTable(kind, year, { count: table.entries.size, sample: [], stored: storedCodeTableCsv(table) });
}
