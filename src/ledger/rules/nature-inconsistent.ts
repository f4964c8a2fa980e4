/**
 * ledger.nature-inconsistent — an entry's basic/project flag disagrees with its other fields: a project entry
 * naming no project; a basic entry charged to a project, or carrying an economic class basic expenditure does
 * not carry (基本建设, 对企业补助: data/ledger/classification.json); a project entry on a function item of basic
 * running costs (`runningFunctionItems`: 行政运行, and a 事业单位's 事业运行) — named so by the code table, or, for a
 * code the table lacks (the shipped table is a fragment), by the name the ledger writes beside the code
 * (2220101/行政运行). Where neither names the item, nothing is said: the 项 01 of a 款 is not always 行政运行
 * (20805 01 行政单位离退休, 21103 01 大气). A basic entry under a 预算管理一体化 人员类 or 公用经费 project carries
 * that project's code rightly: a project named so (`basicProjectWords`) or, by inference, shaped so (basic-projects.ts).
 * Inference too: such a project's entry of a non-pay class on a business function item, while the project's other
 * entries are on 行政运行, is a project's work booked as basic spending (`basicProjectShape.strayMinPercent`).
 * A 支出类型 cell that contradicts the spending account's 明细科目 (项目支出 on 7201010101 …—基本支出; the importer keeps
 * the account's nature only then: LedgerEntry.accountNature) is reported as such, before any other test.
 * Inference as well (`projectOnlyFunctionItems`): an entry read as basic only because it names no project (no 支出类型
 * stated) on a function item that is no running item and that the ledger's other entries use for projects only
 * (县道桥梁定期检测 on 2140106 公路养护, whose 27 other entries are all project entries), unless of a staff-pay class.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { basicProjectTest, functionNameOf, runningFunctionTest, strayBasicEntries, unprojectedOnProjectItems } from '../basic-projects.ts';
import { type LedgerCheckContext, type LedgerRule, prefixMatcher } from '../check-context.ts';
import { entryPath, type LedgerEntry, NATURE_LABEL, projectKeyOf } from '../entry.ts';
import { withEvidence } from '../evidence-strength.ts';
import { formatYuan } from '../format-money.ts';
import { reversedInFull, standsAsSpending } from '../reversals.ts';

export const natureInconsistent: LedgerRule = {
  id: 'ledger.nature-inconsistent',
  title: '支出类型与科目、项目不一致',
  check(entries, context) {
    const notForBasic = prefixMatcher(context.rules.classification.basicDisallowedEconomic.codes);
    // 预算管理一体化 books basic spending under 人员类/公用经费 projects, with their codes: named so, or (inference,
    // basic-projects.ts) a project whose entries in this ledger have the shape of a basic one.
    const isBasicProject = basicProjectTest(entries, context);
    // 行政运行, 事业运行 (data): by the code table's name, or the ledger's own for a code the table lacks.
    const running = runningFunctionTest(context);
    // Inference too: a basic project's entry on a business item while the project's others are on 行政运行.
    const strays = strayBasicEntries(entries, context, isBasicProject);
    // No project, no stated nature, on a function item this ledger uses for projects (inference: `projectOnlyFunctionItems`).
    const unprojected = unprojectedOnProjectItems(entries, context);
    const economicName = (code: string) => context.codeTables.economic?.entries.get(code)?.name ?? '';
    const out: Finding[] = [];
    const flag = (entry: LedgerEntry, severity: 'error' | 'warning', zh: string, en: string) =>
      out.push(
        // Two columns of the entry contradict each other: a fact of the books, like a code's shape.
        withEvidence(
          finding({
            rule: this.id,
            severity,
            message: `第${entry.row}行：${zh}，金额 ${formatYuan(entry.amount)} / ${en}`,
            evidence: [{ path: entryPath(entry), line: entry.row, quote: entry.summary, value: entry.amount }],
          }),
          'column',
        ),
      );
    // A refund or red-ink reversal is judged through what it reverses; an entry the unit reversed in full stands no more (reversals.ts).
    const reversed = reversedInFull(entries);
    const namedProject = projectNamedInSummary(entries, context, isBasicProject);
    for (const entry of entries) {
      if (!standsAsSpending(entry, reversed)) continue;
      // The 支出类型 cell and the account's 明细科目 (基本支出/项目支出) state opposite natures: which is right, the file
      // does not say, so the other tests (which read the cell) are not run on it.
      if (entry.accountNature !== undefined && entry.accountNature !== entry.nature) {
        flag(
          entry,
          'warning',
          `支出类型写的是${NATURE_LABEL[entry.nature]}，会计科目却是${NATURE_LABEL[entry.accountNature]}明细科目`,
          `the nature column says ${entry.nature}, the account's sub-account says ${entry.accountNature}`,
        );
        continue;
      }
      if (entry.nature === 'project') {
        if (!projectKeyOf(entry)) {
          flag(entry, 'error', '项目支出未填写项目编码或名称', 'project expenditure names no project');
        } else {
          const item = running(entry);
          if (item) flag(entry, 'warning', `项目支出记在功能科目 ${entry.functionCode} ${item}（基本支出科目）`, `project entry on a ${item} function item`);
        }
      } else {
        const cls = notForBasic(entry.economicCode);
        if (cls) {
          flag(entry, 'warning', `基本支出使用了经济分类 ${entry.economicCode} ${economicName(entry.economicCode)}（基本支出一般不列此类）`, 'basic expenditure with a capital or subsidy class');
        } else if (strays.has(entry)) {
          const item = functionNameOf(entry, context);
          flag(
            entry,
            'warning',
            `基本支出项目“${entry.projectName ?? entry.projectCode}”的分录记在功能科目 ${entry.functionCode}${item ? ` ${item}` : ''}，该项目其余分录几乎都在行政运行等基本支出科目（像是项目支出记在基本支出项目下）`,
            'a basic project entry on a business function item, its other entries on running items',
          );
        } else if (unprojected.has(entry)) {
          const item = functionNameOf(entry, context);
          const { project, all } = unprojected.get(entry)!;
          flag(
            entry,
            'warning',
            `未填项目、也未注明支出类型的分录（按基本支出读）记在功能科目 ${entry.functionCode}${item ? ` ${item}` : ''}，本账该科目 ${all} 笔中 ${project} 笔是项目支出（像是项目支出漏填项目，或基本支出记错功能科目）`,
            'an entry with no project and no stated nature on a function item the ledger uses for projects only',
          );
        } else if (namedProject.has(entry)) {
          flag(
            entry,
            'warning',
            `基本支出未填项目，摘要却写明了项目“${namedProject.get(entry)}”的名称（像是该项目的支出记为基本支出）`,
            'a basic entry with no project whose description writes a project’s whole name',
          );
        } else if ((entry.projectCode || entry.projectName) && !isBasicProject(entry)) {
          // Exports with the project's name only (no code column) name it the same way.
          const named = entry.projectCode ? `项目编码 ${entry.projectCode}` : `项目“${entry.projectName}”`;
          flag(entry, 'warning', `基本支出却填写了${named}`, 'basic expenditure carries a project');
        }
      }
    }
    return out;
  },
};

/**
 * Basic entries with no project whose 摘要 writes the whole name of a project the ledger's project entries carry
 * (classification.projectNamedInBasic), each with that name; none for basic (人员类/公用经费) projects, the excepted
 * classes, or names shorter than the minimum.
 */
export function projectNamedInSummary(
  entries: readonly LedgerEntry[],
  context: LedgerCheckContext,
  isBasicProject: (entry: LedgerEntry) => boolean,
): Map<LedgerEntry, string> {
  const out = new Map<LedgerEntry, string>();
  const rule = context.rules.classification.projectNamedInBasic;
  if (!rule) return out;
  const except = prefixMatcher(rule.exceptEconomic);
  const plain = (s: string) => s.replace(/[\s《》“”"'‘’「」]/gu, '');
  // The name right before a section's suffix at each of its places (旅游市场监管科打印纸: `sectionSuffixes`) names the
  // unit's own section, whose office supplies are basic spending, not the project.
  const suffixes = rule.sectionSuffixes ?? [];
  const namesSection = (summary: string, name: string): boolean => {
    if (suffixes.length === 0) return false;
    for (let at = summary.indexOf(name); at >= 0; at = summary.indexOf(name, at + 1)) {
      if (!suffixes.some((x) => summary.startsWith(x, at + name.length))) return false;
    }
    return true;
  };
  const names = new Map<string, string>();
  for (const e of entries) {
    if (e.nature !== 'project' || !e.projectName || isBasicProject(e)) continue;
    const name = plain(e.projectName.replace(/^[A-Za-z0-9\-_]+\s*/u, ''));
    if ([...name].length >= rule.minNameLength) names.set(name, e.projectName);
  }
  if (names.size === 0) return out;
  for (const e of entries) {
    if (e.nature !== 'basic' || projectKeyOf(e) || except(e.economicCode) !== undefined) continue;
    const summary = plain(e.summary);
    for (const [name, written] of names) {
      if (summary.includes(name) && !namesSection(summary, name)) {
        out.set(e, written);
        break;
      }
    }
  }
  return out;
}
