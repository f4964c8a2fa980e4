/**
 * Test support: a base's function and economic classes written as other exports write them — code and name in
 * every notation (30201 办公费, [30201]办公费, 办公费(30201), the code or the name alone …), or code and name in two columns.
 */
import { codeAndName } from './rows.ts';
import { type Base, clone, type TableVariant, tableVariant } from './table.ts';

const NOTATIONS: Record<string, (code: string, name: string) => string> = {
  'code name': (c, n) => `${c} ${n}`,
  'code-name': (c, n) => `${c}-${n}`,
  'code－name': (c, n) => `${c}－${n}`,
  'code_name': (c, n) => `${c}_${n}`,
  'code:name': (c, n) => `${c}:${n}`,
  'code　name': (c, n) => `${c}　${n}`,
  '[code]name': (c, n) => `[${c}]${n}`,
  '【code】name': (c, n) => `【${c}】${n}`,
  '(code)name': (c, n) => `(${c})${n}`,
  '[code] name': (c, n) => `[${c}] ${n}`,
  'code/name': (c, n) => `${c}/${n}`,
  codename: (c, n) => `${c}${n}`,
  'name(code)': (c, n) => `${n}(${c})`,
  'name[code]': (c, n) => `${n}[${c}]`,
  'code only': (c) => c,
  'name only': (_, n) => n,
};

export function codeVariants(b: Base): TableVariant[] {
  const out: TableVariant[] = [];
  for (const [kind, field] of [['function', 'functionCode'], ['economic', 'economicCode']] as const) {
    const c = b.columns[field];
    if (c === undefined) continue;
    for (const [name, write] of Object.entries(NOTATIONS)) {
      const rows = clone(b.rows);
      for (let r = b.headerRow + 1; r < rows.length; r++) {
        const parsed = codeAndName(kind, rows[r]![c] ?? '');
        if (parsed && parsed.name !== '') rows[r]![c] = write(parsed.code, parsed.name);
      }
      out.push(tableVariant('code', `${kind}:${name}`, rows));
    }
  }
  // 功能分类编码 + 功能分类名称 (and the economic class) in two columns.
  for (const [kind, field, words] of [
    ['function', 'functionCode', [['功能分类编码', '功能分类名称'], ['功能科目编码', '功能科目名称'], ['支出功能分类科目编码', '支出功能分类科目名称'], ['功能分类代码', '功能分类名称']]],
    ['economic', 'economicCode', [['经济分类编码', '经济分类名称'], ['部门经济分类编码', '部门经济分类名称'], ['经济科目编码', '经济科目名称'], ['经济分类代码', '经济分类名称']]],
  ] as const) {
    const c = b.columns[field];
    if (c === undefined) continue;
    for (const [codeHeader, nameHeader] of words) {
      const rows = b.rows.map((row, r) => {
        const out = [...row];
        while (out.length <= c) out.push('');
        const parsed = r > b.headerRow ? codeAndName(kind, row[c] ?? '') : undefined;
        const [code, name] = r === b.headerRow ? [codeHeader, nameHeader] : parsed ? [parsed.code, parsed.name] : [row[c] ?? '', ''];
        out.splice(c, 1, code, name);
        return out;
      });
      out.push(tableVariant('code', `split:${codeHeader}+${nameHeader}`, rows));
    }
  }
  return out;
}

