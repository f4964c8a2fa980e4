/**
 * Test support: a base's function, economic, project and payee columns printed as 辅助核算 — in one cell of
 * label:value pairs (each label set, notation and separator), or on sub-rows under each entry line.
 */
import type { LedgerField } from '../../entry.ts';
import { insertColumn, isDataRow, removeColumns } from './rows.ts';
import { type Base, type Table, type TableVariant, tableVariant } from './table.ts';

export const AUX_KEYS: Record<string, Partial<Record<LedgerField, string>> & { extra?: [string, string] }> = {
  A: { functionCode: '功能分类', economicCode: '经济分类', projectName: '项目', payee: '往来单位' },
  B: { functionCode: '功能科目', economicCode: '经济科目', projectName: '项目名称', payee: '对方单位' },
  C: { functionCode: '支出功能分类', economicCode: '部门经济分类', projectName: '预算项目', payee: '客商' },
  D: { functionCode: '支出功能分类科目', economicCode: '部门预算支出经济分类', projectName: '项目', payee: '往来单位', extra: ['部门', '办公室'] },
  E: { functionCode: '功能分类科目', economicCode: '经济分类科目', projectName: '项目', payee: '供应商', extra: ['科室', '综合股'] },
};
export const AUX_NOTATIONS: Record<string, (k: string, v: string) => string> = {
  'k:v': (k, v) => `${k}:${v}`,
  'k：v': (k, v) => `${k}：${v}`,
  'k=v': (k, v) => `${k}=${v}`,
  '【k:v】': (k, v) => `【${k}:${v}】`,
  '[k:v]': (k, v) => `[${k}:${v}]`,
  '[k]v': (k, v) => `[${k}]${v}`,
  'k/v': (k, v) => `${k}/${v}`,
  // Labels in other bracket pairs (一体化 单位会计核算 prints 【项目】…【功能科目】…), or inside with the value.
  '【k】v': (k, v) => `【${k}】${v}`,
  '〔k〕v': (k, v) => `〔${k}〕${v}`,
  '｛k｝v': (k, v) => `｛${k}｝${v}`,
  '{k}v': (k, v) => `{${k}}${v}`,
  '【 k 】v': (k, v) => `【 ${k} 】${v}`,
  '〔k：v〕': (k, v) => `〔${k}：${v}〕`,
};
export const AUX_SEPARATORS: Record<string, string> = { ';': ';', '；': '；', ',': ',', '，': '，', '/': '/', '|': '|', space: ' ', newline: '\n', none: '' };

export function auxVariants(b: Base, pick?: string): TableVariant[] {
  const out: TableVariant[] = [];
  const fields = (['functionCode', 'economicCode', 'projectName', 'payee'] as const).filter((f) => b.columns[f] !== undefined);
  const cols = fields.map((f) => b.columns[f]!);
  const at = Math.min(...cols);
  for (const [setName, keys] of Object.entries(AUX_KEYS)) {
    for (const [notation, pair] of Object.entries(AUX_NOTATIONS)) {
      for (const [sepName, sep] of Object.entries(AUX_SEPARATORS)) {
        // Without a separator only bracketed pairs can be told apart.
        if (sep === '' && !/^[【[〔｛{]/u.test(notation)) continue;
        if (pick !== undefined && pick !== `${setName} ${notation} sep=${sepName}`) continue;
        const cell = (r: number) => {
          const row = b.rows[r]!;
          const parts: string[] = [];
          if (keys.extra) parts.push(pair(keys.extra[0], keys.extra[1]));
          for (const f of fields) {
            const v = (row[b.columns[f]!] ?? '').trim();
            if (v !== '') parts.push(pair(keys[f]!, v));
          }
          return parts.join(sep);
        };
        const rows = removeColumns(insertColumn(b, b.rows, at, '辅助核算', cell), cols.map((c) => (c >= at ? c + 1 : c)));
        out.push(tableVariant('aux', `${setName} ${notation} sep=${sepName}`, rows));
      }
    }
  }
  return out;
}

/**
 * The same entries with their 辅助核算 printed ON SUB-ROWS under each entry line (a GRP 账簿 printed with 显示辅助核算):
 * the function, economic, project and payee columns removed, each entry line followed by rows that carry only one cell —
 * the 摘要's, or the 会计科目's where the base has one — with `label：value` items (the label sets of AUX_KEYS), one or two
 * items per row, ： or :, indented with full-width spaces, half-width spaces or not at all.
 */
export function subrowVariants(b: Base): TableVariant[] {
  const out: TableVariant[] = [];
  const fields = (['functionCode', 'economicCode', 'projectName', 'payee'] as const).filter((f) => b.columns[f] !== undefined);
  if (fields.length < 2 || b.columns.summary === undefined) return out;
  const cols = fields.map((f) => b.columns[f]!);
  const after = (c: number) => c - cols.filter((x) => x < c).length;
  const wheres: Record<string, number> = { 摘要: after(b.columns.summary) };
  if (b.columns.account !== undefined && !cols.includes(b.columns.account)) wheres['科目'] = after(b.columns.account);
  const indents: Record<string, string> = { 全角: '　　', 半角: '    ', 无: '' };
  for (const [setName, keys] of Object.entries(AUX_KEYS)) {
    for (const colon of ['：', ':']) {
      for (const [indentName, indent] of Object.entries(indents)) {
        for (const per of [1, 2]) {
          for (const [where, at] of Object.entries(wheres)) {
            // Every combination for one label set; the others in the commonest notation.
            if (setName !== 'A' && (colon !== '：' || indentName !== '全角' || per !== 1 || where !== '摘要')) continue;
            const rows: Table = [];
            b.rows.forEach((row, r) => {
              const kept = row.filter((_, i) => !cols.includes(i));
              rows.push(kept);
              if (!isDataRow(b, r)) return;
              const items: string[] = [];
              if (keys.extra) items.push(`${keys.extra[0]}${colon}${keys.extra[1]}`);
              for (const f of fields) {
                const v = (row[b.columns[f]!] ?? '').trim();
                if (v !== '') items.push(`${keys[f]!}${colon}${v}`);
              }
              for (let i = 0; i < items.length; i += per) {
                const sub = Array<string>(Math.max(kept.length, at + 1)).fill('');
                sub[at] = indent + items.slice(i, i + per).join('　');
                rows.push(sub);
              }
            });
            out.push(tableVariant('subrows', `${setName} ${colon} indent=${indentName} per=${per} in=${where}`, rows));
          }
        }
      }
    }
  }
  return out;
}

