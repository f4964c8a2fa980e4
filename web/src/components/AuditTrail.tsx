/** The audit trail (留痕) of a department-year: who changed what, when, old → new. */
import { Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText, get } from '../api.ts';
import { exactText } from '../lib/money-input.ts';
import { isAmountPath, pathLabel, SECTIONS } from '../paths.ts';
import { ACTION_LABEL, type AuditEntry, STATUS_LABEL } from '../types.ts';

/** A stored value as a user reads it (amounts in 万元 exactly as stored, lists by count, records by name). */
export function show(path: string, value: unknown): string {
  if (value === null || value === undefined) return '（空）';
  // exactly as stored: a rounded old value would misstate what was there (0.0028万元 is not 0.00万元)
  if (typeof value === 'number' && isAmountPath(path)) return `${exactText(value)}万元`;
  if (path === 'status' && typeof value === 'string') return STATUS_LABEL[value] ?? value;
  if (path === 'review.comments' && Array.isArray(value)) {
    return (value as { path?: string; text?: string }[]).map((c) => `${c.path ? `【${pathLabel(c.path)}】` : ''}${c.text ?? ''}`).join('；');
  }
  if (Array.isArray(value)) return `${value.length} 项`;
  if (typeof value === 'object') {
    const named = (value as { name?: unknown; title?: unknown }).name ?? (value as { title?: unknown }).title;
    return typeof named === 'string' ? named : '（一组内容）';
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
        <Select
          allowClear
          placeholder="全部字段"
          style={{ width: 220 }}
          value={path || undefined}
          onChange={(v: string | undefined) => setPath(v ?? '')}
          options={[...new Set(SECTIONS.flatMap((s) => [...s.roots]))].map((root) => ({ value: root, label: pathLabel(root) }))}
        />
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
          { title: '操作', key: 'action', width: 90, render: (_, r) => (r.first ? <Tag>{ACTION_LABEL[r.entry.action] ?? '其他操作'}</Tag> : '') },
          { title: '版本', key: 'v', width: 60, render: (_, r) => (r.first ? r.entry.version : '') },
          { title: '字段', key: 'path', render: (_, r) => (r.change.path ? <span>{pathLabel(r.change.path)}</span> : '—') },
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
