/**
 * A self-contained HTML view: the normalised text with each finding's evidence highlighted (<mark> with the
 * message as title), and the list of findings linking to the marks.
 */
import { SEVERITY_LABEL } from '../../core/finding.ts';
import type { AuditReport } from '../audit-text.ts';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

interface Mark {
  start: number;
  end: number;
  finding: number;
}

export function renderHtml(report: AuditReport): string {
  const text = report.text;
  const marks: Mark[] = [];
  report.findings.forEach((f, i) => {
    for (const e of f.evidence) {
      if (e.start === undefined || e.end === undefined || e.end <= e.start || e.end > text.length) continue;
      marks.push({ start: e.start, end: e.end, finding: i });
    }
  });
  // Overlapping marks are cut into non-overlapping pieces at every boundary.
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let body = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering = marks.filter((m) => m.start <= a && b <= m.end);
    const chunk = esc(text.slice(a, b));
    if (covering.length === 0) {
      body += chunk;
      continue;
    }
    const fs = [...new Set(covering.map((m) => m.finding))];
    const worst = fs.map((k) => report.findings[k]!.severity).sort()[0] ?? 'info';
    const title = fs.map((k) => `[${report.findings[k]!.rule}] ${report.findings[k]!.message}`).join('\n');
    body += `<mark class="${worst}" id="m${fs[0]}-${a}" data-findings="${fs.join(' ')}" title="${esc(title)}">${chunk}</mark>`;
  }
  const items = report.findings
    .map((f, i) => {
      const first = f.evidence.find((e) => e.start !== undefined);
      const anchor = first ? `#m${i}-${first.start}` : '';
      const where = f.evidence
        .map((e) => (e.line !== undefined ? `第${e.line}行` : ''))
        .filter(Boolean)
        .join('，');
      return `<li class="${f.severity}"><a href="${anchor}">${SEVERITY_LABEL[f.severity]}</a> <code>${esc(f.rule)}</code> ${esc(f.message)}${f.calculation ? `<br><span class="calc">${esc(f.calculation)}</span>` : ''}${where ? ` <small>${where}</small>` : ''}</li>`;
    })
    .join('\n');
  const notChecked = report.notChecked.map((n) => `<li>${esc(n)}</li>`).join('');
  const { errors, warnings, infos } = report.summary;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>体检 ${esc(report.file)}</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;display:flex;gap:1rem}
#text{white-space:pre-wrap;line-height:1.7;padding:1rem;flex:3;max-width:60rem}
#list{flex:2;padding:1rem;border-left:1px solid #ddd;max-height:100vh;overflow:auto;position:sticky;top:0}
mark.error{background:#fcc}mark.warning{background:#fe9}mark.info{background:#cdf}
li{margin:.4rem 0}li.error a{color:#b00}li.warning a{color:#a60}li.info a{color:#06a}.calc{font-family:monospace;color:#555}
</style></head><body>
<div id="text">${body}</div>
<div id="list"><h2>体检结果</h2><p>${esc(report.department ?? '')} ${report.fiscalYear ?? ''} · 错误 ${errors} · 警告 ${warnings} · 提示 ${infos}</p>
<ol>${items}</ol>${notChecked ? `<h3>未检查</h3><ul>${notChecked}</ul>` : ''}</div>
</body></html>
`;
}
