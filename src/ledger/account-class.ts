/**
 * The economic class a spending account names, for files without an economic-class column: a 会计科目 cell of each
 * row, or the section title of a 明细分类账 printed by 科目 (科目：5001010211 业务活动费用-商品和服务费用-差旅费).
 * One reading for both (data/ledger/classification.json accountClasses.economicInAccount).
 */
import { economicNames } from './economic-names.ts';
import { loadLedgerRuleData } from './rule-data.ts';

/** An account's code in a 科目 path ([7101]行政支出/[710101]财政拨款支出/[7101010130231]公务用车运行维护费): any length. */
const ACCOUNT_CODE = /(?<=^\s*|[[【(（［〔/\\>＞|｜、\s—\-－_])(\d{4,})(?![\dA-Za-z])/g;
/** Codes and their brackets, removed before the name is split into its levels. */
const CODES = /[[【(（［〔]?\s*\d{4,}(?:\.\d+)*\s*[\]】)）］〕]?/gu;
/** What joins the levels of an account's name (业务活动费用-商品和服务费用-差旅费, 行政支出/基本支出/办公费). */
const LEVEL_SEPARATOR = /[\s/\\>＞|｜—–\-－_]+/u;

/**
 * `(text) => code`: the class of an account as written in a cell or a section title, or '' when it names none.
 * First the code's tail (7101010130231 → 30231, when it matches `pattern`); else the last level of the name, when
 * exactly one class of the fiscal year's economic table has that name, or — where none has — that name with one of
 * the `byName.suffixes` endings replaced (其他商品和服务费用 → 其他商品和服务支出).
 */
export function accountEconomicClass(fiscalYear: number): (text: string) => string {
  const rules = loadLedgerRuleData().classification.accountClasses?.economicInAccount;
  const pattern = new RegExp(rules?.pattern ?? '(?!)', 'u');
  const suffixes = rules?.byName?.suffixes ?? [];
  const names = rules?.byName === undefined ? undefined : economicNames(fiscalYear);
  const memo = new Map<string, string>();
  // Two classes of one name (办公设备购置 30902/31002): the preferred of a pair with the same suffix
  // (data/ledger/classification.json economicNameTies), as for an economic cell written by name.
  const ties = loadLedgerRuleData().classification.economicNameTies?.pairs ?? [];
  const tied = (a: string, b: string): string | undefined => {
    for (const [preferred, other] of ties) {
      for (const [x, y] of [[a, b], [b, a]] as const) {
        if (x.startsWith(preferred) && y.startsWith(other) && x.slice(preferred.length) === y.slice(other.length)) return x;
      }
    }
    return undefined;
  };
  const byName = (name: string): string | undefined => {
    if (names === undefined || name === '') return undefined;
    const exact = names.codesNamed(name);
    if (exact.length > 0) return exact.length === 1 ? exact[0] : exact.length === 2 ? tied(exact[0]!, exact[1]!) : undefined;
    for (const [written, table] of suffixes) {
      if (!name.endsWith(written) || name.length === written.length) continue;
      const codes = names.codesNamed(name.slice(0, -written.length) + table);
      if (codes.length === 1) return codes[0];
    }
    return undefined;
  };
  // A code printed by level (7101.01.01.30217): its levels, read as one code whose last level is the 明细科目.
  const separators = [...(rules?.segmentSeparators?.characters ?? '')].map((c) => c.replace(/[-\\\]^]/g, '\\$&')).join('');
  const levelled = separators === '' ? undefined : new RegExp(`(?<![\\d${separators}])(\\d{4,}(?:[${separators}]\\d+)+)(?![\\d${separators}])`, 'gu');
  return (text) => {
    let found = memo.get(text);
    if (found !== undefined) return found;
    // A 科目 path names each level with its code: the last level's code, which begins with the others, is the account.
    let code = /^\s*[[【(（［〔]?(\d+)/.exec(text)?.[1] ?? '';
    for (const m of text.matchAll(ACCOUNT_CODE)) if (m[1]!.length > code.length && m[1]!.startsWith(code)) code = m[1]!;
    // The same with codes printed by level: the levels joined are the account, the last level its 明细科目.
    let lastLevel: string | undefined;
    for (const m of levelled === undefined ? [] : text.matchAll(levelled)) {
      const levels = m[1]!.split(new RegExp(`[${separators}]`, 'u'));
      const joined = levels.join('');
      if (joined.length > code.length && joined.startsWith(code)) {
        code = joined;
        lastLevel = levels.at(-1);
        // The class itself printed as its 类 and 款 levels (7101.01.01.302.17: 302 商品和服务支出, 17 公务接待费).
        const widths = rules?.segmentSeparators?.classLevels;
        const split = widths === undefined || levels.length < widths.length + 1 ? [] : levels.slice(-widths.length);
        if (!pattern.test(lastLevel ?? '') && split.length > 0 && split.every((l, k) => l.length === widths![k]) && pattern.test(split.join(''))) {
          lastLevel = split.join('');
        }
      }
    }
    const tail = lastLevel ?? (rules && code.length > rules.length ? code.slice(-rules.length) : '');
    if (pattern.test(tail)) {
      found = tail;
    } else {
      const last = text.normalize('NFKC').replace(levelled ?? /(?!)/gu, ' ').replace(CODES, ' ').split(LEVEL_SEPARATOR).filter((l) => l !== '').at(-1) ?? '';
      found = byName(last) ?? '';
    }
    memo.set(text, found);
    return found;
  };
}
