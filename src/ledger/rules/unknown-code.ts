/**
 * ledger.unknown-code — function or economic codes that are not in the year's code tables. A code of the
 * wrong shape, or missing from a complete table (or from a class the table lists whole: `completeUnder`), is an error per entry; well-formed codes missing from a
 * table known to be incomplete are ONE summary line per code (info, no entry flagged): the table's gap is not the
 * ledger's fault, and it must never fill the top of the findings. So are classes the export writes by a name the
 * table does not settle (entry.ts namedClass: imported under the name as written), one line per name.
 *
 * A well-formed code the ledger itself shows to have lower levels — another entry of the same ledger carries a
 * code that starts with it (21401 beside 2140101, 2140106) — is a 类 or 款, not the 项 (function) or 款 (economic)
 * that spending is booked to (《政府收支分类科目》: 支出功能分类 类/款/项, 部门预算支出经济分类 类/款; 部门决算
 * reports every expenditure at 项/款 level): an error per entry, whether or not the table lists the code. Without a
 * lower code in the ledger nothing is said of the code's level (a ledger that books every entry to 款 is read as
 * it is, and the table is incomplete).
 *
 * A well-formed function code missing from an incomplete table whose NAME the export leaves blank is judged
 * anyway: finance software prints each function code's name from its own 科目表 beside the code, so a blank name
 * where every other function code of the same file is named says the software does not know the code either.
 * Precondition (`namelessCodes`): the file writes function names (at least 2 other function codes, every row of
 * them named), and every row of this code has an empty name. Without a name column nothing changes.
 *
 * So is one whose written name is its 款's catch-all item (其他社会福利支出 beside 2081097): that item is numbered 99
 * in every 款 of the classification (otherItemCode), so the code contradicts its own name.
 */
import { CODE_TABLE_LABEL, type CodeTable, listsWhole } from '../../core/codes.ts';
import { type Finding, finding } from '../../core/finding.ts';
import type { LedgerRule } from '../check-context.ts';
import { entryPath, isNamedClass, type LedgerEntry, NO_FUNCTION } from '../entry.ts';
import { formatYuan } from '../format-money.ts';
import { withEvidence } from '../evidence-strength.ts';

type Kind = 'function' | 'economic';
const FIELD: Record<Kind, 'functionCode' | 'economicCode'> = { function: 'functionCode', economic: 'economicCode' };

export const unknownCode: LedgerRule = {
  id: 'ledger.unknown-code',
  title: '科目编码不在当年代码表中',
  check(entries, context) {
    const out: Finding[] = [];
    // What the table does not settle, by kind: codes it lacks and names the file writes without a code.
    const gaps: { kind: Kind; label: string; year?: number; missing: Map<string, LedgerEntry[]> }[] = [];
    for (const kind of ['function', 'economic'] as const) {
      const table: CodeTable | undefined = context.codeTables[kind];
      const format = context.codeFormats[kind];
      const label = CODE_TABLE_LABEL[kind];
      const missing = new Map<string, LedgerEntry[]>();
      const keep = (code: string, entry: LedgerEntry) => {
        const list = missing.get(code) ?? [];
        list.push(entry);
        missing.set(code, list);
      };
      const lower = lowerCodes(entries.map((e) => e[FIELD[kind]]));
      const nameless = kind === 'function' ? namelessCodes(entries) : new Set<string>();
      const sameNamed = kind === 'function' && table ? sameNamedCodes(entries, table) : new Map<string, { code: string; why: string }>();
      // A 项 number no 款 uses (classification.json functionItemNumbers: 60–98), on a 7-digit function code.
      const items = context.rules.classification.functionItemNumbers;
      const unusedItem = (code: string): boolean => {
        if (!items || !/^\d{7}$/u.test(code)) return false;
        const n = Number(code.slice(5));
        return n >= items.unusedFrom && n <= items.unusedTo;
      };
      for (const entry of entries) {
        const code = entry[FIELD[kind]];
        // A file without a function column (a 多栏账 by economic class): the import has said so; no code to judge.
        if (kind === 'function' && code === NO_FUNCTION) continue;
        if (isNamedClass(code)) {
          keep(code, entry);
        } else if (format && !format.test(code)) {
          out.push(perEntry(this.id, entry, `“${code}”不是有效的${label}编码 / not a valid ${kind} code`));
        } else if (lower.has(code)) {
          const below = lower.get(code)!;
          const level = kind === 'function' ? (code.length === 3 ? '类' : '款') : '类';
          const leaf = kind === 'function' ? '项' : '款';
          out.push(
            perEntry(
              this.id,
              entry,
              `${label}“${code}”是${level}级编码（本账其他分录记到其下级 ${below.slice(0, 3).join('、')}${below.length > 3 ? ' 等' : ''}），支出应记到${leaf}级科目 / a ${kind} code above the level spending is booked to`,
            ),
          );
        } else if (table && !table.entries.has(code)) {
          if (listsWhole(table, code)) {
            out.push(perEntry(this.id, entry, `${label}“${code}”不在${table.year}年代码表中 / unknown ${kind} code`));
          } else if (kind === 'function' && otherItemCode(code, entry.functionName, table) !== undefined) {
            const expected = otherItemCode(code, entry.functionName, table)!;
            out.push(
              perEntry(
                this.id,
                entry,
                `${label}“${code}”不在所附${table.year}年代码表中，导出文件写的名称“${entry.functionName!.trim()}”是款“${code.slice(0, 5)} ${table.entries.get(code.slice(0, 5))!.name}”的“其他”项，其编码应为 ${expected} / a function code whose own name is its 款's catch-all item, which is numbered 99`,
              ),
            );
          } else if (kind === 'function' && sameNamed.has(code)) {
            const other = sameNamed.get(code)!;
            out.push(
              perEntry(
                this.id,
                entry,
                `${label}“${code}”不在所附${table.year}年代码表中，导出文件写的名称“${entry.functionName!.trim()}”是同一款下“${other.code}”的名称（${other.why}），同一款内各项名称不重复，此编码应有误 / a function code whose own name is that of another item of its 款`,
              ),
            );
          } else if (kind === 'function' && unusedItem(code)) {
            out.push(
              perEntry(
                this.id,
                entry,
                `${label}“${code}”的项号 ${code.slice(5)} 不在任何款的编号之内（项自 01 起顺编，50 为事业运行、99 为其他，均不到 ${items!.unusedFrom}），此编码应有误 / a function item number no 款 of the classification uses`,
              ),
            );
          } else if (nameless.has(code)) {
            out.push(
              perEntry(
                this.id,
                entry,
                `${label}“${code}”不在所附${table.year}年代码表中，导出文件也未给出其名称（本账其他功能科目均有名称），财务软件的科目表中似无此编码 / a function code the export leaves unnamed while naming all others`,
              ),
            );
          } else {
            keep(code, entry);
          }
        }
      }
      if (missing.size > 0) gaps.push({ kind, label, ...(table ? { year: table.year } : {}), missing });
    }
    // ONE line per missing code or name (info, no entry flagged): the table's gap is not the ledger's fault.
    for (const g of gaps) {
      const table = g.year === undefined ? '代码表' : `所附${g.year}年代码表`;
      for (const [code, list] of [...g.missing].sort(([a], [b]) => a.localeCompare(b))) {
        const amount = list.reduce((t, e) => t + e.amount, 0);
        const rows = `${list.length} 笔，${formatYuan(amount)}，首笔第${Math.min(...list.map((e) => e.row))}行`;
        out.push(
          finding({
            rule: this.id,
            severity: 'info',
            ...codeGapMessages(
              isNamedClass(code)
                ? `${g.label}只写了名称“${code}”（${rows}），${table}中没有唯一与之相符的科目，按所写名称导入，未据此判断对错`
                : `${g.label}“${code}”不在${table}中（${rows}）。所附代码表不完整，未据此判断对错`,
              isNamedClass(code) ? 'reimport' : 'recheck',
              isNamedClass(code)
                ? ` / a ${g.kind} class written by a name the incomplete table does not settle: imported under that name (not judged)`
                : ` / a code missing from the incomplete shipped table (not judged)`,
            ),
            evidence: [{ path: `codeTables.${g.kind}`, quote: code }],
          }),
        );
      }
    }
    return out;
  },
};

/**
 * A code-table gap's message for each channel: the command line imports the official table with `jixiao codes
 * import`, the web app on the 单位与年度 page's 导入代码表 card (administrators only). `then` is what follows the
 * import: importing the ledger again (a class written by name) or checking again.
 */
function codeGapMessages(zh: string, then: 'reimport' | 'recheck', en: string): { message: string; webMessage: string } {
  const after = then === 'reimport' ? '重新导入' : '复查';
  return {
    message: `${zh}；可用 jixiao codes import 导入完整的官方代码表后${after}${en}`,
    webMessage: `${zh}；可请管理员在“单位与年度”页的“导入代码表”中导入完整的官方代码表后${after}${en}`,
  };
}

/**
 * The codes of a ledger that another of its codes extends (21401 when 2140101 is there too), each with the lower
 * codes found (sorted): the ledger itself shows they are not the lowest level.
 */
function lowerCodes(codes: readonly string[]): Map<string, string[]> {
  const distinct = [...new Set(codes.filter((c) => /^\d+$/.test(c)))].sort();
  const out = new Map<string, string[]>();
  for (const code of distinct) {
    const below = distinct.filter((c) => c.length > code.length && c.startsWith(code));
    if (below.length > 0) out.set(code, below);
  }
  return out;
}

/**
 * The code a function 项 must have when the export's name for it is its 款's catch-all item: 《政府收支分类科目》 names
 * that item 其他 + the 款's name (其他社会福利支出 under 20810 社会福利, 其他民政管理事务支出 under 20802 民政管理事务) and
 * numbers it 99 in every 款 (all 17 such items of the shipped table end in 99). Returns the 99 code when `code` is a 项
 * of a 款 the table names, its name is that 款's 其他 item and the code does not end in 99; otherwise nothing. Only
 * for a code the table lacks: what the table lists is judged by the table. An item named 其他 + something else
 * (其他城市生活救助 under 20825 其他生活救助) is no catch-all of its 款 and is not judged.
 */
function otherItemCode(code: string, name: string | undefined, table: CodeTable): string | undefined {
  if (name === undefined || code.length !== 7 || code.endsWith('99')) return undefined;
  const written = name.replace(/\s/gu, '');
  if (!written.startsWith('其他')) return undefined;
  const parent = table.entries.get(code.slice(0, 5))?.name.replace(/\s/gu, '');
  if (parent === undefined) return undefined;
  const base = parent.replace(/支出$/u, '');
  const rest = written.slice(2);
  return rest === base || rest === `${base}支出` ? `${code.slice(0, 5)}99` : undefined;
}

/**
 * Function codes the table lacks whose written name is the name of another 项 of the same 款: 《政府收支分类科目》 names
 * each 项 of a 款 differently, so one name under two codes of one 款 says one code is mis-keyed. The other code is
 * the right one when the table lists it under that name (2050302 中等职业教育 beside 2050309 中等职业教育), or when the
 * table lacks both and the ledger writes the name beside it in more entries (2030603 人民防空 in many, 2030631 人民防空
 * once). Only where the name belongs to exactly these two of the ledger's codes of the 款 (an export writing the 款's
 * name beside every item names no item), and never for a code the table lists.
 */
export function sameNamedCodes(entries: readonly LedgerEntry[], table: CodeTable): Map<string, { code: string; why: string }> {
  const norm = (n: string | undefined) => (n ?? '').replace(/\s/gu, '');
  const rows = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const name = norm(e.functionName);
    if (!/^\d{7}$/u.test(e.functionCode) || name === '') continue;
    const byCode = rows.get(name) ?? new Map<string, number>();
    rows.set(name, byCode);
    byCode.set(e.functionCode, (byCode.get(e.functionCode) ?? 0) + 1);
  }
  const out = new Map<string, { code: string; why: string }>();
  for (const [name, byCode] of rows) {
    for (const [code, n] of byCode) {
      if (table.entries.has(code)) continue;
      const kuan = code.slice(0, 5);
      const listed = [...table.entries.values()].find((t) => t.code.length === 7 && t.code !== code && t.code.startsWith(kuan) && norm(t.name) === name);
      if (listed) {
        out.set(code, { code: listed.code, why: `所附${table.year}年代码表` });
        continue;
      }
      const peers = [...byCode].filter(([c]) => c !== code && c.startsWith(kuan));
      if (peers.length !== 1) continue;
      const [peer, m] = peers[0]!;
      if (table.entries.has(peer) || m > n) out.set(code, { code: peer, why: table.entries.has(peer) ? `所附${table.year}年代码表` : `本账 ${m} 笔分录，本编码 ${n} 笔` });
    }
  }
  return out;
}

/**
 * Function codes whose every row has an empty name while the file names every row of at least two other function
 * codes: the export's own name column shows the software does not know them. Empty when the file writes no names.
 */
function namelessCodes(entries: readonly LedgerEntry[]): Set<string> {
  const named = new Map<string, { named: number; blank: number }>();
  for (const e of entries) {
    if (!/^\d+$/.test(e.functionCode)) continue;
    const n = named.get(e.functionCode) ?? { named: 0, blank: 0 };
    if ((e.functionName ?? '').trim()) n.named += 1;
    else n.blank += 1;
    named.set(e.functionCode, n);
  }
  const fullyNamed = [...named.values()].filter((n) => n.blank === 0).length;
  const blank = [...named].filter(([, n]) => n.named === 0).map(([code]) => code);
  const partial = [...named.values()].some((n) => n.named > 0 && n.blank > 0);
  if (fullyNamed < 2 || partial || blank.length >= fullyNamed) return new Set();
  return new Set(blank);
}

function perEntry(rule: string, entry: LedgerEntry, what: string): Finding {
  return withEvidence(finding({
    rule,
    severity: 'error',
    message: `第${entry.row}行：${what}`,
    evidence: [{ path: entryPath(entry), line: entry.row, quote: entry.summary, value: entry.amount }],
  }), 'code-shape');
}
