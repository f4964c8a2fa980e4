/**
 * outline — a section the outline template requires is missing, or a section that must say 无 when empty is
 * left blank (templates: data/audit/outline-templates.json, chosen by the title).
 */
import { type Finding, finding } from '../../core/finding.ts';
import { sectionsOf } from '../facts/sections.ts';
import { quoteSpan } from './lib/evidence.ts';
import type { Rule } from './lib/types.ts';

export const outline: Rule = (facts, options) => {
  const title = facts.title.title ?? '';
  const template = options.config.outlineTemplates.find((t) => t.appliesWhenTitleContains.some((w) => title.includes(w)));
  if (!template) {
    options.notChecked.push('outline：标题未对应任何提纲模板（目前只有部门整体支出绩效自评报告），未检查提纲是否完整');
    return [];
  }
  const sections = sectionsOf(facts);
  const present = template.sections.filter((r) => sections.some((s) => r.keywords.some((k) => s.heading.title.includes(k))));
  // With most sections missing the text follows another outline (another region or year) or is an excerpt:
  // listing every section as missing would bury the reader, so say what was not checked instead.
  if (present.length * 2 < template.sections.length) {
    options.notChecked.push(
      `outline：只找到模板“${template.id}”${template.sections.length}个部分中的${present.length}个，报告可能采用其他提纲或为节选，未逐项检查`,
    );
    return [];
  }
  const out: Finding[] = [];
  const titleEvidence = facts.title.titleSpan ? [quoteSpan(facts, facts.title.titleSpan)] : [];
  for (const required of template.sections) {
    const found = sections.find((s) => required.keywords.some((k) => s.heading.title.includes(k)));
    if (!found) {
      out.push(
        finding({
          rule: 'outline',
          severity: 'warning',
          message: `按提纲应有“${required.name}”部分，报告中未找到${required.mustSayNoneWhenEmpty ? '（没有此类支出也应列出并写明“无”）' : ''}`,
          evidence: titleEvidence,
        }),
      );
      continue;
    }
    if (required.mustSayNoneWhenEmpty) {
      const body = facts.text.slice(found.bodyStart, found.end).trim();
      if (body.length === 0) {
        out.push(
          finding({
            rule: 'outline',
            severity: 'warning',
            message: `“${found.heading.marker}${found.heading.title}”下没有内容，没有此类支出应写明“无”`,
            evidence: [quoteSpan(facts, found.heading)],
          }),
        );
      }
    }
  }
  return out;
};
