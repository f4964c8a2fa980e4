/**
 * outline — a section the outline template requires is missing, or a section that must say 无 when empty is
 * left blank (templates: data/audit/outline-templates.json, chosen by the title: the 部门整体支出绩效自评报告,
 * the 部门决算 with its nine tables). A part title (第二部分 …) or a table title counts as a section.
 */
import { type Finding, finding } from '../../core/finding.ts';
import type { OutlineSection } from '../config.ts';
import { sectionsOf } from '../facts/sections.ts';
import { quoteSpan } from './lib/evidence.ts';
import type { Rule } from './lib/types.ts';

const PART = /^第[一二三四五六七八九十]+部分/;

function matches(title: string, required: OutlineSection): boolean {
  return required.keywords.some((k) => title.includes(k)) && !(required.exclude ?? []).some((w) => title.includes(w));
}

/**
 * The titles tables stand under, numbered or not (收入决算表 above 公开02表 单位：元): a publisher that does not number
 * its tables still has them. A title is the nearest short line above the table that is no unit caption.
 */
function tableTitles(facts: Parameters<Rule>[0]): string[] {
  const out: string[] = [];
  for (const t of facts.tables) {
    let end = t.start - 1;
    for (let guard = 0; guard < 3 && end > 0; guard++) {
      const from = facts.text.lastIndexOf('\n', end - 1) + 1;
      const line = facts.text.slice(from, end).replace(/\s+/g, '');
      end = from - 1;
      if (line === '' || /单位[:：]|^公开\d+表$/.test(line)) continue;
      if (line.length <= 40 && line.endsWith('表')) out.push(line);
      break;
    }
  }
  // A table title standing alone (表八 政府性基金预算财政拨款收入支出决算表, then 本部门没有…本表为空): the table is
  // stated, even without a table under it.
  facts.paragraphs.forEach((p, i) => {
    if (p.end - p.start > 60) return;
    const line = facts.text.slice(p.start, p.end).replace(/\s+/g, '');
    // The sentence saying so comes next, or under the table's unit line and the short lines of its header and
    // empty 合计 row (at most seven lines down, up to the first long line or the next title).
    const next: string[] = [];
    for (const n of facts.paragraphs.slice(i + 1, i + 8)) {
      const text = facts.text.slice(n.start, Math.min(n.end, n.start + 80));
      if (/决算表$/.test(text.replace(/\s+/g, ''))) break;
      next.push(text);
      if (n.end - n.start > 40) break;
    }
    const says = next.join('\n');
    if (line.length <= 40 && /决算表$/.test(line) && /无|没有|为空|空表|不涉及/.test(says)) out.push(line);
  });
  return out;
}

export const outline: Rule = (facts, options) => {
  const title = facts.title.title ?? '';
  const template = options.config.outlineTemplates.find(
    (t) => t.appliesWhenTitleContains.some((w) => title.includes(w)) && !(t.notWhenTitleContains ?? []).some((w) => title.includes(w)),
  );
  if (!template) {
    options.notChecked.push('outline：标题未对应任何提纲模板（部门整体支出绩效自评报告、部门决算），未检查提纲是否完整');
    return [];
  }
  const sections = sectionsOf(facts);
  // Part titles (第二部分 2024年度部门决算表) are no numbered headings, but they are the outline too.
  const partTitles = facts.paragraphs
    .map((p) => facts.text.slice(p.start, Math.min(p.end, p.start + 60)).replace(/\s+/g, ''))
    .filter((line) => PART.test(line));
  // An entry whose number was lost in the copy (、政府性基金预算财政拨款收入支出决算表) still names its section.
  const unnumbered = facts.paragraphs
    .map((p) => facts.text.slice(p.start, Math.min(p.end, p.start + 61)).replace(/\s+/g, ''))
    .filter((line) => line.startsWith('、') && line.length <= 60 && !line.includes('。'))
    .map((line) => line.slice(1));
  const titles = [...sections.map((s) => s.heading.title.replace(/\s+/g, '')), ...partTitles, ...unnumbered, ...tableTitles(facts)];
  const present = template.sections.filter((r) => titles.some((t) => matches(t, r)));
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
  // Severity by evidence: a section is surely missing only when the text goes on past the place it belongs (a
  // later section of the template is present); missing at the end, the text may have been cut there (a page, an
  // excerpt), so it is a 提示 (info).
  const presentAt = template.sections.map((r) => present.includes(r));
  template.sections.forEach((required, i) => {
    if (!presentAt[i]) {
      const later = presentAt.slice(i + 1).some(Boolean);
      out.push(
        finding({
          rule: 'outline',
          severity: later && !required.notInEveryVersion ? 'warning' : 'info',
          message: `按提纲应有“${required.name}”部分，报告中未找到${required.mustSayNoneWhenEmpty ? '（没有此类支出也应列出并写明“无”）' : ''}${later ? '' : '（文本可能在此之前截止）'}`,
          evidence: titleEvidence,
        }),
      );
      return;
    }
    const found = sections.find((s) => matches(s.heading.title, required));
    if (found && required.mustSayNoneWhenEmpty) {
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
  });
  return out;
};
