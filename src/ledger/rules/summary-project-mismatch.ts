/**
 * ledger.summary-project-mismatch — a project entry whose 摘要 shares nothing with the project's name, goal,
 * indicators or configured keywords (the seed report: 摘要 that do not say what the project's money bought).
 * Findings are ranked: the lower the score (0 = not one word or character pair in common), the less likely
 * the entry belongs to the project; ties go to the larger amount.
 */
import type { Project } from '../../core/department-year.ts';
import { type Finding, finding } from '../../core/finding.ts';
import type { LedgerRule } from '../check-context.ts';
import { entryPath, type LedgerEntry, projectKeyOf } from '../entry.ts';
import { buildProjectProfile, type ProjectProfile, projectTexts, scoreSummary } from '../project-keywords.ts';
import { formatYuan } from '../format-money.ts';

export const summaryProjectMismatch: LedgerRule = {
  id: 'ledger.summary-project-mismatch',
  title: '项目支出摘要与项目不符',
  check(entries, context) {
    const rules = context.rules.projectMatch;
    const stop = new Set(rules.stopwords);
    const projects = context.departmentYear?.projects ?? [];
    const byKey = new Map<string, Project>();
    for (const p of projects) {
      if (p.code) byKey.set(p.code, p);
      byKey.set(p.name, p);
    }
    const profiles = new Map<string, ProjectProfile>();
    const profileOf = (entry: LedgerEntry, key: string): ProjectProfile => {
      let profile = profiles.get(key);
      if (profile) return profile;
      const project = (entry.projectCode && byKey.get(entry.projectCode)) || (entry.projectName && byKey.get(entry.projectName)) || undefined;
      const name = project?.name ?? entry.projectName ?? key;
      const extra = [
        ...(rules.projectKeywords.byProject[key] ?? []),
        ...(context.projectKeywords?.[key] ?? []),
        ...(project && project.name !== key ? (context.projectKeywords?.[project.name] ?? []) : []),
      ];
      const texts = projectTexts(project, name);
      if (entry.projectName && !texts.includes(entry.projectName)) texts.push(entry.projectName);
      profile = buildProjectProfile(key, name, texts, extra, rules, context.segment);
      profiles.set(key, profile);
      return profile;
    };
    const flagged: { entry: LedgerEntry; profile: ProjectProfile; score: number }[] = [];
    // Most ledgers repeat the same 摘要 many times: score each (project, 摘要) pair once.
    const memo = new Map<string, number>();
    for (const entry of entries) {
      if (entry.nature !== 'project') continue;
      const key = projectKeyOf(entry);
      if (!key) continue;
      const profile = profileOf(entry, key);
      const memoKey = `${key}\u0000${entry.summary}`;
      let score = memo.get(memoKey);
      if (score === undefined) {
        score = scoreSummary(entry.summary, profile, rules, stop).score;
        memo.set(memoKey, score);
      }
      if (score < rules.flagBelowScore) flagged.push({ entry, profile, score });
    }
    flagged.sort((a, b) => a.score - b.score || Math.abs(b.entry.amount) - Math.abs(a.entry.amount));
    return flagged.map(({ entry, profile, score }, rank): Finding =>
      finding({
        rule: this.id,
        severity: 'warning',
        message:
          `第${entry.row}行：摘要“${entry.summary}”与项目“${profile.name}”的名称、内容和指标没有共同的词` +
          `（相似度 ${score.toFixed(2)}，排序 ${rank + 1}），金额 ${formatYuan(entry.amount)} / description shares nothing with the project`,
        evidence: [
          { path: entryPath(entry), line: entry.row, quote: entry.summary, value: entry.amount },
          { path: `projects[${profile.key}]`, quote: profile.keywords.slice(0, 12).join('、') },
        ],
        calculation: `相似度 = ${score.toFixed(3)}（关键词 ${profile.keywords.length} 个，均未出现在摘要中）`,
      }),
    );
  },
};
