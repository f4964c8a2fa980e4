/**
 * 历史版本: every saved version of the year (who saved it, when) and every status change (报送, 退回 …, which
 * makes a version without new data), and a comparison of the current data with
 * version N, or with last year's data, field by field with Chinese labels (GET …/versions, …/compare).
 */
import { Alert, Button, Empty, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, errorText, get } from '../api.ts';
import { ACTION_LABEL } from '../types.ts';
import { pathLabel } from '../paths.ts';
import { show } from './AuditTrail.tsx';

interface VersionInfo {
  version: number;
  savedAt: string;
  actor: { userId: number | null; name: string } | null;
}

/** A workflow action: it made a version of its own, with the document of the version before it. */
interface StatusChange {
  version: number;
  at: string;
  actor: { userId: number | null; name: string };
  action: string;
  fromLabel: string;
  toLabel: string;
}

/** One line of the history: a saved document, or a status change. */
interface HistoryRow {
  version: number;
  at: string;
  who: string;
  saved: boolean;
  status?: string;
}

interface Change {
  path: string;
  old: unknown;
  new: unknown;
  label?: string;
}

interface Comparison {
  from: { fiscalYear: number; version: number };
  to: { fiscalYear: number; version: number };
  changes: Change[];
}

/** A compared value: long texts (a duty, a narrative) folded to three lines, 展开 to read them whole. */
function Value({ path, value }: { path: string; value: unknown }) {
  return (
    <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>
      {show(path, value)}
    </Typography.Paragraph>
  );
}

const when = (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false });

export function VersionsPanel({ id, year, refreshKey }: { id: string; year: number; refreshKey: number }) {
  const base = `/api/departments/${encodeURIComponent(id)}/years/${year}`;
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [statusChanges, setStatusChanges] = useState<StatusChange[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [against, setAgainst] = useState<number | 'last-year' | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [compareError, setCompareError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey asks for the list again after a save
  useEffect(() => {
    get<{ items: VersionInfo[]; statusChanges?: StatusChange[] }>(`${base}/versions`)
      .then((r) => {
        setVersions(r.items);
        setStatusChanges(r.statusChanges ?? []);
        setError(null);
      })
      .catch((e: unknown) => setError(errorText(e)));
  }, [base, refreshKey]);

  const compare = async (withWhat: number | 'last-year') => {
    setAgainst(withWhat);
    setLoading(true);
    try {
      setComparison(await get<Comparison>(`${base}/compare?with=${withWhat}`));
      setCompareError(null);
    } catch (err) {
      setComparison(null);
      setCompareError(err instanceof ApiError && err.status === 404 && withWhat === 'last-year' ? `没有${year - 1}年度的数据，无法与上年比较` : errorText(err));
    } finally {
      setLoading(false);
    }
  };

  if (error) return <Alert type="error" showIcon message="无法读取历史版本" description={error} />;
  const latest = versions?.at(-1)?.version;
  const rows: HistoryRow[] = [
    ...(versions ?? []).map((v) => ({ version: v.version, at: v.savedAt, who: v.actor?.name ?? '系统（导入或初始化）', saved: true })),
    ...statusChanges.map((c) => ({ version: c.version, at: c.at, who: c.actor.name, saved: false, status: `${ACTION_LABEL[c.action] ?? c.action}：${c.fromLabel} → ${c.toLabel}` })),
  ].sort((a, b) => a.version - b.version);
  const fromText = comparison
    ? comparison.from.fiscalYear !== comparison.to.fiscalYear
      ? `${comparison.from.fiscalYear}年度（当前数据）`
      : `第 ${comparison.from.version} 版`
    : '';

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="versions-panel">
      <Table<HistoryRow>
        size="small"
        rowKey="version"
        data-testid="versions-table"
        dataSource={rows}
        loading={versions === null}
        pagination={{ pageSize: 10 }}
        locale={{ emptyText: <Empty description="尚无保存的版本" /> }}
        columns={[
          { title: '版本', dataIndex: 'version', width: 70, render: (v: number, r) => `第 ${v} 版${r.saved && v === latest ? '（最新保存）' : ''}` },
          {
            title: '内容',
            key: 'what',
            render: (_, r) => (r.saved ? '保存数据' : <span data-testid={`status-change-${r.version}`}>状态变更（{r.status}），数据同上一版</span>),
          },
          { title: '时间', dataIndex: 'at', width: 180, render: when },
          { title: '操作人', key: 'who', render: (_, r) => r.who },
          {
            title: '',
            key: 'compare',
            width: 140,
            render: (_, v) =>
              !v.saved || v.version === latest ? null : (
                <Button size="small" onClick={() => void compare(v.version)} data-testid={`compare-${v.version}`}>
                  与当前数据比较
                </Button>
              ),
          },
        ]}
      />
      <Space wrap>
        <span>当前数据与</span>
        <Select
          style={{ width: 160 }}
          placeholder="选择版本"
          value={typeof against === 'number' ? against : undefined}
          data-testid="compare-version"
          options={(versions ?? []).filter((v) => v.version !== latest).map((v) => ({ value: v.version, label: `第 ${v.version} 版` }))}
          onChange={(v: number) => void compare(v)}
        />
        <span>比较，或</span>
        <Button onClick={() => void compare('last-year')} type={against === 'last-year' ? 'primary' : 'default'} data-testid="compare-last-year">
          与{year - 1}年度比较
        </Button>
      </Space>
      {compareError && <Alert type="warning" showIcon message={compareError} data-testid="compare-error" />}
      {comparison && (
        <div data-testid="comparison">
          <Typography.Paragraph>
            {fromText} → 当前数据（第 {comparison.to.version} 版）：共 <b data-testid="change-count">{comparison.changes.length}</b> 处不同
          </Typography.Paragraph>
          <Table<Change>
            size="small"
            rowKey="path"
            loading={loading}
            dataSource={comparison.changes}
            pagination={{ pageSize: 20 }}
            tableLayout="fixed"
            locale={{ emptyText: <Empty description="没有不同" /> }}
            columns={[
              { title: '字段', key: 'path', width: '30%', render: (_, c) => pathLabel(c.path) },
              { title: against === 'last-year' ? '上年' : `第 ${comparison.from.version} 版`, key: 'old', render: (_, c) => <Value path={c.path} value={c.old} /> },
              { title: '当前', key: 'new', render: (_, c) => <Value path={c.path} value={c.new} /> },
            ]}
          />
        </div>
      )}
    </Space>
  );
}
