/** `/`: a plain Chinese page listing the department-years and the API, until the web application lands. */
import type { FastifyInstance } from 'fastify';
import { formatAmount } from '../../core/money.ts';
import { listDepartmentYears } from '../../store/index.ts';
import type { AppDeps } from '../app.ts';
import { scopeOf } from '../context.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function homeRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/', async (request, reply) => {
    const rows = await listDepartmentYears(deps.store.db, scopeOf(request));
    const items = rows
      .map((r) => {
        const id = `${r.regionCode}.${r.departmentCode}`;
        const base = `/api/departments/${encodeURIComponent(id)}/years/${r.fiscalYear}`;
        const spent = r.totalFinal === null || r.totalFinal === undefined ? '—' : formatAmount(r.totalFinal);
        return `<tr><td>${escapeHtml(r.departmentName)}</td><td>${r.fiscalYear}</td><td>${escapeHtml(r.status)}</td><td>${spent}</td>
<td><a href="${base}">数据</a> · <a href="${base}/validation">校验结果</a></td></tr>`;
      })
      .join('\n');
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效 Jixiao</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.4rem .8rem}th{background:#f4f4f4}</style></head>
<body><h1>绩效 Jixiao — 部门整体支出绩效管理</h1>
<p>数据库：${deps.store.engine === 'pglite' ? '嵌入式（PGlite）' : 'PostgreSQL'} · 版本 ${escapeHtml(deps.version)} · <a href="/api/health">健康检查</a></p>
<table><thead><tr><th>单位</th><th>年度</th><th>状态</th><th>决算支出</th><th>接口</th></tr></thead><tbody>
${items || '<tr><td colspan="5">暂无数据</td></tr>'}
</tbody></table></body></html>`;
  });
}
