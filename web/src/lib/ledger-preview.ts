/**
 * The ledger import's preview in the browser: the first rows of a CSV (UTF-8 or GBK, as accounting software
 * exports), its header row (the first row that looks like one), and the column each field is guessed to come
 * from, by the same header synonyms the server uses (data/ledger/header-synonyms.json).
 */

export const LEDGER_FIELD_LABEL: Record<string, string> = {
  date: '日期',
  voucher: '凭证号',
  summary: '摘要',
  amount: '金额',
  debit: '借方金额',
  credit: '贷方金额',
  functionCode: '功能科目',
  economicCode: '经济科目',
  nature: '支出类型',
  projectName: '项目名称',
  payee: '收款人',
};

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** One CSV line into cells (quotes, doubled quotes). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

const normalise = (h: string) => h.normalize('NFKC').replace(/\s/g, '').replace(/[（(][^)）]*[)）]$/, '');

/** The header is the first of the first lines with at least three non-empty cells. */
export function previewRows(bytes: Uint8Array, count = 8): { header: string[]; rows: string[][]; headerRow: number } {
  const lines = decodeText(bytes).split(/\r?\n/).slice(0, 40);
  const headerIndex = Math.max(0, lines.findIndex((l) => splitCsvLine(l).filter(Boolean).length >= 3));
  const header = splitCsvLine(lines[headerIndex] ?? '');
  const rows = lines
    .slice(headerIndex + 1)
    .filter((l) => l.trim() !== '')
    .slice(0, count)
    .map(splitCsvLine);
  return { header, rows, headerRow: headerIndex + 1 };
}

export function guessMapping(header: readonly string[], synonyms: Record<string, readonly string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of Object.keys(LEDGER_FIELD_LABEL)) {
    const names = (synonyms[field] ?? []).map(normalise);
    const hit = header.find((h) => h && names.includes(normalise(h)));
    if (hit) out[field] = hit;
  }
  return out;
}
