/** The audit trail (留痕) of a department-year: who changed what, when, old → new. */
import { Input, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText, get } from '../api.ts';
import { wan } from '../money.ts';
import { isAmountPath, pathLabel } from '../paths.ts';
import { ACTION_LABEL, type AuditEntry, STATUS_LABEL } from '../types.ts';

function show(path: string, value: unknown): string {
  if (value === null || value === undefined) return '（空）';
  if (typeof value === 'number' && isAmountPath(path)) return `${wan(value)}万元`;
  if (path === 'status' && typeof value === 'string') return STATUS_LABEL[value] ?? value;
  if (path === 'review.comments' && Array.isArray(value)) {
    return (value as { path?: string; text?: string }[]).map((c) => `${c.path ? `【${pathLabel(c.path)}】` : ''}${c.text ?? ''}`).join('；');
  }
  if (typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  }
  return String(value);
}

export function AuditTrail({ id, year, refreshKey }: { id: string; year: number; refreshKey: number }) {
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey asks for a fresh trail after a save
  useEffect(() => {
    const q = path ? `?path=${encodeURIComponent(path)}` : '';
    get<{ items: AuditEntry[] }>(`/api/departments/${encodeURIComponent(id)}/years/${year}/audit-trail${q}`)
      .then((r) => {
        setItems(r.items);
        setError(null);
      })
      .catch((e: unknown) => setError(errorText(e)));
  }, [id, year, path, refreshKey]);
  const rows = items.flatMap((e) =>
    (e.changes.length > 0 ? e.changes : [{ path: '', old: null, new: null }]).map((c, i) => ({ key: `${e.id}-${i}`, entry: e, change: c, first: i === 0 })),
  );
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>按字段筛选：</Typography.Text>
        <Input.Search allowClear placeholder="如 staffing 或 revenue.bySource[0]" onSearch={setPath} style={{ width: 320 }} />
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Space>
      <Table
        size="small"
        data-testid="audit-trail"
        rowKey="key"
        dataSource={rows}
        pagination={{ pageSize: 15 }}
        columns={[
          { title: '时间', key: 'at', width: 170, render: (_, r) => (r.first ? new Date(r.entry.at).toLocaleString('zh-CN', { hour12: false }) : '') },
          { title: '操作人', key: 'who', width: 200, render: (_, r) => (r.first ? r.entry.actor.name : '') },
          { title: '操作', key: 'action', width: 90, render: (_, r) => (r.first ? <Tag>{ACTION_LABEL[r.entry.action] ?? r.entry.action}</Tag> : '') },
          { title: '版本', key: 'v', width: 60, render: (_, r) => (r.first ? r.entry.version : '') },
          { title: '字段', key: 'path', render: (_, r) => (r.change.path ? <span title={r.change.path}>{pathLabel(r.change.path)}</span> : '—') },
          {
            title: '原值 → 新值',
            key: 'change',
            render: (_, r) =>
              r.change.path ? (
                <span>
                  <Typography.Text delete type="secondary">{show(r.change.path, r.change.old)}</Typography.Text> → <Typography.Text strong>{show(r.change.path, r.change.new)}</Typography.Text>
                </span>
              ) : (
                <Typography.Text type="secondary">{r.entry.action === 'create' ? '新建记录' : '无字段变化'}</Typography.Text>
              ),
          },
        ]}
      />
    </>
  );
}
