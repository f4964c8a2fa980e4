/**
 * A self-contained HTML view: the normalised text with each finding's evidence highlighted (<mark> with the
 * message as title), and the list of findings linking to the marks.
 */
import { SEVERITY_LABEL, SEVERITY_ORDER } from '../../core/finding.ts';
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
  // Overlapping marks are cut into non-overlapping pieces at every boundary, sweeping once over the
  // boundaries with the set of marks open at each point.
  const events = new Map<number, { open: number[]; close: number[] }>();
  const at = (k: number) => {
    let e = events.get(k);
    if (!e) {
      e = { open: [], close: [] };
      events.set(k, e);
    }
    return e;
  };
  marks.forEach((m, i) => {
    at(m.start).open.push(i);
    at(m.end).close.push(i);
  });
  at(0);
  at(text.length);
  const points = [...events.keys()].sort((a, b) => a - b);
  const active = new Map<number, number>();
  let body = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const e = events.get(a)!;
    for (const k of e.close) {
      const f = marks[k]!.finding;
      const n = (active.get(f) ?? 0) - 1;
      if (n <= 0) active.delete(f);
      else active.set(f, n);
    }
    for (const k of e.open) {
      const f = marks[k]!.finding;
      active.set(f, (active.get(f) ?? 0) + 1);
    }
    // One anchor per mark that opens here, so every finding in the list can link to its evidence.
    for (const k of e.open) body += `<a id="m${marks[k]!.finding}-${a}"></a>`;
    const chunk = esc(text.slice(a, b));
    if (active.size === 0) {
      body += chunk;
      continue;
    }
    const fs = [...active.keys()].sort((x, y) => x - y).slice(0, 5);
    // The most severe of the findings marked here (by SEVERITY_ORDER: a 警告 over a 提示, not alphabetically).
    const worst = fs.map((k) => report.findings[k]!.severity).sort((x, y) => SEVERITY_ORDER[x] - SEVERITY_ORDER[y])[0] ?? 'info';
    const title = fs.map((k) => `[${report.findings[k]!.rule}] ${report.findings[k]!.message}`).join('\n');
    body += `<mark class="${worst}" data-findings="${fs.join(' ')}" title="${esc(title)}">${chunk}</mark>`;
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
