/**
 * What must never be on a user's screen: data paths (`goals[0].indicators[0].weight`), field identifiers
 * (`adjustedBudget`), rule ids and code names (`sum-mismatch`, `yuanling-commerce`), English sentences (the
 * English half of an API message), raw JSON. `allowed` lists words a user legitimately reads, such as the
 * user names people sign in with. The e2e harness runs this over the rendered text of every screenshot, plus the
 * placeholders and tooltips (title) a user reads on that screen.
 */
const PATTERNS: readonly { what: string; re: RegExp }[] = [
  { what: '数据路径', re: /\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d*\])+/g },
  { what: '字段标识符', re: /\b[a-z]+[A-Z][A-Za-z]*\b/g },
  { what: '规则编号或代码名', re: /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g },
  // template and indicator ids: budget_adjustment_rate, hunan_2021_department
  { what: '模板或指标编号', re: /\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b/g },
  { what: '英文句子', re: /\b[A-Za-z]{2,}(?:[ ,:'’]+[A-Za-z]{2,}){2,}/g },
  { what: 'JSON', re: /\{\s*"[A-Za-z]+"\s*:/g },
];

/** File names (报告.docx) and a few words that are product or format names, not internal names. */
const FILE_NAME = /^[^\s]*\.(docx|xlsx|xls|pdf|csv|txt|html|png)$/i;

/** A file name the user chose (ledger-bad.csv) is theirs, shown as they named it. */
const FILE_NAMES = /[^\s，。、：；（）()“”]+\.(?:docx|xlsx|xls|pdf|csv|txt|html|md)\b/gi;

export function internalTextProblems(text: string, allowed: readonly string[] = []): string[] {
  const problems: string[] = [];
  const shown = text.replace(FILE_NAMES, ' ');
  for (const { what, re } of PATTERNS) {
    for (const m of shown.matchAll(re)) {
      const hit = m[0];
      if (allowed.includes(hit) || FILE_NAME.test(hit)) continue;
      // a date or a decimal such as 2024-01-01 or 1-2 is not a code name
      if (/^[\d-]+$/.test(hit)) continue;
      problems.push(`${what}：${hit}`);
    }
  }
  return [...new Set(problems)];
}
