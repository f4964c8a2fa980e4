/**
 * Fixed assets (固定资产) on the existing API: the register (search, filter by class, location and status),
 * import (every bad cell named; nothing is written unless every row is good), export and label sheets,
 * stocktakes (open; live list of seen and unseen; the phone page's link and QR code; close with an approver;
 * reconciliation; apply to the register), the idle list and disposals.
 */
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Form, Input, InputNumber, Popconfirm, Select, Space, Statistic, Table, Tabs, Tag, Timeline, Typography, Upload } from 'antd';
import QRCode from 'qrcode';
import { useCallback, useEffect, useMemo, useState } from 'react';
import assetConfig from '../../../data/assets/config.json';
import { formatAmount } from '../../../src/core/money.ts';
import { ApiError, api, errorText, get, post } from '../api.ts';
import { DepartmentSelect, ownDepartment, useDepartments } from '../components/department-picker.tsx';
import { downloadFile } from '../lib/download.ts';
import { displayText } from '../lib/money-input.ts';
import { navigate } from '../router.ts';
import type { Session } from '../types.ts';

interface Asset {
  assetNumber: string;
  name: string;
  classCode: string;
  specification: string;
  quantity: number;
  originalValue: number;
  acquiredOn: string;
  fundingSource: string;
  location: string;
  custodian: string;
  departmentUnit: string;
  status: string;
  statusSince: string;
  labelCode: string;
  /** The stored card's version: an edit sends it (If-Match), so a card changed meanwhile is not overwritten. */
  version?: number;
}

interface StocktakeSummary {
  id: string;
  fiscalYear: number;
  title: string;
  state: 'open' | 'closed';
  openedBy: string;
  openedAt: string;
  approvedBy?: string;
  expectedCount: number;
  confirmedCount: number;
}

interface Difference {
  kind: string;
  assetNumber: string;
  name: string;
  originalValue?: number;
  book?: string;
  /** `book` is the register's own status word, not recognised (shown as it stands, marked). */
  bookUnmapped?: true;
  seen?: string;
  action: string;
}

interface Stocktake extends Omit<StocktakeSummary, 'expectedCount' | 'confirmedCount'> {
  expected: Pick<Asset, 'assetNumber' | 'name' | 'classCode' | 'originalValue' | 'location' | 'custodian' | 'status'>[];
  confirmations: { assetNumber: string; seenLocation: string; condition: string; confirmedBy: string; confirmedAt: string; name?: string }[];
  reconciliation?: {
    expectedCount: number;
    foundCount: number;
    matchedCount: number;
    differences: Difference[];
    expectedValue: number;
    foundValue: number;
    missingValue: number;
    bookEqualsPhysical: boolean;
  };
}

interface ImportError {
  row: number;
  column: string;
  value: string;
  message: string;
}

interface ImportPlan {
  findings: { message: string }[];
  added: number;
  addedItems: { assetNumber: string; name: string; classCode: string; originalValue: number; acquiredOn: string; location: string; custodian: string }[];
  updated: { assetNumber: string; name: string; changes: { field: string; label: string; before: string; after: string }[] }[];
  unchanged: number;
  absent: { assetNumber: string; name: string }[];
  skippedNote?: string;
  extraColumns?: string[];
}

interface Disposal {
  id: string;
  assetNumber: string;
  kind: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  state: 'pending' | 'approved' | 'rejected';
  decidedBy?: string;
}

const STATUS_LABEL: Record<string, string> = Object.fromEntries(assetConfig.statuses.map((s) => [s.code, s.label]));
const DISPOSAL_LABEL: Record<string, string> = Object.fromEntries(assetConfig.disposalKinds.map((k) => [k.code, k.label]));
const DISPOSAL_STATE: Record<string, string> = { pending: '待审批', approved: '已批准', rejected: '已驳回' };
const DIFFERENCE_LABEL: Record<string, string> = {
  missing: '盘亏',
  surplus: '盘盈',
  moved: '地点不符',
  'condition-changed': '状况变化',
  'label-mismatch': '标签不符',
  'out-of-scope': '不在范围',
  'unknown-number': '待核编号',
};

/** 原值 in 元 with two decimals: asset cards are kept to the 分. */
const yuanText = (fen: number | undefined) => (fen === undefined ? '' : formatAmount(fen, { unit: '元', decimals: 2, grouping: true, withUnit: false }));
const money = (fen: number | undefined) => (fen === undefined ? '' : `${displayText(fen, 2)}万元`);

export function Assets({ session, route }: { session: Session; route: string[] }) {
  const own = ownDepartment(session);
  const { departments, error } = useDepartments();
  const id = own ?? route[1] ?? departments?.[0]?.id;
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          固定资产
        </Typography.Title>
        {!own && departments && <DepartmentSelect departments={departments} value={id} onChange={(d) => navigate('assets', d, route[2] ?? 'register')} />}
      </Space>
      {id ? <AssetTabs id={id} tab={route[2] ?? 'register'} user={session.user.username} capabilities={session.capabilities} onTab={(t) => navigate('assets', id, t)} /> : <Empty description="没有可管理的单位" />}
    </Space>
  );
}

/** The department's side keeps the register, its 主管部门 decides disposals, the others read (the server's rule table). */
function AssetTabs({ id, tab, user, capabilities, onTab }: { id: string; tab: string; user: string; capabilities: readonly string[]; onTab: (t: string) => void }) {
  const writes = capabilities.includes('asset.write');
  const decides = capabilities.includes('disposal.decide');
  const [refresh, setRefresh] = useState(0);
  const changed = () => setRefresh((r) => r + 1);
  return (
    <Tabs
      activeKey={tab}
      onChange={onTab}
      items={[
        { key: 'register', label: '资产台账', children: <Register id={id} refresh={refresh} writes={writes} onChanged={changed} /> },
        { key: 'import', label: '导入与导出', children: <ImportExport id={id} writes={writes} onImported={changed} /> },
        { key: 'stocktake', label: '盘点', children: <Stocktakes id={id} user={user} writes={writes} onApplied={changed} /> },
        { key: 'idle', label: '闲置资产', children: <Idle id={id} refresh={refresh} /> },
        { key: 'disposals', label: '处置', children: <Disposals id={id} writes={writes} decides={decides} onChanged={changed} /> },
      ]}
    />
  );
}

const base = (id: string) => `/api/departments/${encodeURIComponent(id)}`;

function useLoad<T>(url: string | null, deps: unknown[] = []): { data: T | null; error: unknown; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload on the given deps
  useEffect(() => {
    if (!url) return;
    let live = true;
    get<T>(url)
      .then((d) => live && (setData(d), setError(null)))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [url, tick, ...deps]);
  return { data, error, reload: useCallback(() => setTick((t) => t + 1), []) };
}

function Register({ id, refresh, writes, onChanged }: { id: string; refresh: number; writes: boolean; onChanged: () => void }) {
  const [open, setOpen] = useState<Asset | null>(null);
  const { data, error } = useLoad<{ items: Asset[] }>(`${base(id)}/assets?includeDisposed=true`, [refresh]);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  const [location, setLocation] = useState<string | undefined>();
  const [classCode, setClassCode] = useState<string | undefined>();
  const items = data?.items ?? [];
  const shown = useMemo(
    () =>
      items.filter(
        (a) =>
          (!search || [a.assetNumber, a.name, a.custodian, a.specification, a.departmentUnit].some((v) => v.includes(search))) &&
          (!status || a.status === status) &&
          (!location || a.location === location) &&
          (!classCode || a.classCode.startsWith(classCode)),
      ),
    [items, search, status, location, classCode],
  );
  const total = shown.reduce((t, a) => t + a.originalValue, 0);
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  const distinct = (f: (a: Asset) => string) => [...new Set(items.map(f).filter(Boolean))].sort();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search allowClear placeholder="搜索编号、名称、使用人" style={{ width: 240 }} onSearch={setSearch} onChange={(e) => setSearch(e.target.value)} data-testid="asset-search" />
        <Select allowClear placeholder="状态" style={{ width: 120 }} value={status} onChange={setStatus} options={distinct((a) => a.status).map((s) => ({ value: s, label: STATUS_LABEL[s] ?? s }))} />
        <Select allowClear placeholder="存放地点" style={{ width: 160 }} value={location} onChange={setLocation} options={distinct((a) => a.location).map((l) => ({ value: l, label: l }))} />
        <Select allowClear placeholder="资产分类" style={{ width: 160 }} value={classCode} onChange={setClassCode} options={distinct((a) => a.classCode.slice(0, 5)).map((c) => ({ value: c, label: `分类 ${c}` }))} />
      </Space>
      <Typography.Text type="secondary" data-testid="register-count">
        共 {shown.length} 项，原值合计 {money(total)}
      </Typography.Text>
      <Table<Asset>
        size="small"
        rowKey="assetNumber"
        loading={!data}
        dataSource={shown}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="asset-table"
        onRow={(a) => ({ onClick: () => setOpen(a), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: '资产编号',
            dataIndex: 'assetNumber',
            key: 'n',
            sorter: (a, b) => a.assetNumber.localeCompare(b.assetNumber),
            render: (n: string) => <Typography.Link data-testid={`asset-${n}`}>{n}</Typography.Link>,
          },
          { title: '名称', dataIndex: 'name', key: 'name' },
          { title: '分类代码', dataIndex: 'classCode', key: 'c' },
          { title: '原值（元）', key: 'v', align: 'right', sorter: (a, b) => a.originalValue - b.originalValue, render: (_, a) => yuanText(a.originalValue) },
          { title: '取得日期', dataIndex: 'acquiredOn', key: 'd', sorter: (a, b) => a.acquiredOn.localeCompare(b.acquiredOn) },
          { title: '存放地点', dataIndex: 'location', key: 'l' },
          { title: '使用人', dataIndex: 'custodian', key: 'u' },
          { title: '状态', key: 's', render: (_, a) => <Tag>{STATUS_LABEL[a.status] ?? a.status}</Tag> },
        ]}
      />
      {open && (
        <AssetCard
          id={id}
          asset={open}
          writes={writes && open.status !== 'disposed'}
          onClose={() => setOpen(null)}
          onSaved={(a) => {
            setOpen(a);
            onChanged();
          }}
        />
      )}
    </Space>
  );
}

interface HistoryItem {
  id: string;
  at: string;
  actor: string;
  action: string;
  changes: { field: string; label: string; old: string; new: string }[];
}

/** A value of the history as a user reads it: a status by its label, nothing as （空）. */
const statusText = (field: string, value: string) => (value === '' ? '（空）' : field === 'status' ? (STATUS_LABEL[value] ?? value) : value);

const EDITABLE: { field: keyof Asset; label: string }[] = [
  { field: 'name', label: '资产名称' },
  { field: 'specification', label: '规格型号' },
  { field: 'location', label: '存放地点' },
  { field: 'custodian', label: '使用人' },
  { field: 'departmentUnit', label: '使用部门' },
  { field: 'fundingSource', label: '资金来源' },
];

/** One card: its fields, an edit form for the department's side, and its edit history (who, when, old → new). */
function AssetCard({ id, asset, writes, onClose, onSaved }: { id: string; asset: Asset; writes: boolean; onClose: () => void; onSaved: (a: Asset) => void }) {
  const { message } = App.useApp();
  const url = `${base(id)}/assets/${encodeURIComponent(asset.assetNumber)}`;
  const history = useLoad<{ items: HistoryItem[] }>(`${url}/history`, [asset]);
  const [form] = Form.useForm<Record<string, string>>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const values = await form.validateFields();
    const patch = Object.fromEntries(Object.entries(values).filter(([k, v]) => (v ?? '') !== String(asset[k as keyof Asset] ?? '')));
    if (Object.keys(patch).length === 0) {
      message.info('没有修改');
      return;
    }
    setSaving(true);
    try {
      const r = await api<Asset>(url, { method: 'PATCH', body: patch, ifMatch: asset.version });
      message.success('资产卡片已保存');
      setError(null);
      onSaved(r.data);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version-conflict') {
        // changed by someone else since this card was opened: show the card as it now is, and say so
        setError('该资产卡片在您打开后已被他人修改，未保存。已载入最新内容，请核对后重新修改并保存。');
        const latest = await api<Asset>(url).catch(() => null);
        if (latest) onSaved(latest.data);
      } else setError(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer open title={`${asset.assetNumber} ${asset.name}`} onClose={onClose} width={Math.min(560, window.innerWidth)} data-testid="asset-card">
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="分类代码">{asset.classCode}</Descriptions.Item>
        <Descriptions.Item label="原值（元）">{yuanText(asset.originalValue)}</Descriptions.Item>
        <Descriptions.Item label="取得日期">{asset.acquiredOn}</Descriptions.Item>
        <Descriptions.Item label="状态">
          {STATUS_LABEL[asset.status] ?? asset.status}（自 {asset.statusSince}）
        </Descriptions.Item>
      </Descriptions>
      {writes ? (
        <Form form={form} layout="vertical" initialValues={Object.fromEntries(EDITABLE.map((e) => [e.field, String(asset[e.field] ?? '')]))} key={JSON.stringify(asset)}>
          {EDITABLE.map((e) => (
            <Form.Item key={e.field} name={e.field} label={e.label} rules={e.field === 'name' ? [{ required: true, message: '资产名称不能为空' }] : []} style={{ marginBottom: 8 }}>
              <Input data-testid={`asset-edit-${e.field}`} />
            </Form.Item>
          ))}
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} />}
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="asset-save">
            保存修改
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            原值、分类和取得日期以财务账为准，请通过导入台账更正；报废、出售等须走处置审批。
          </Typography.Paragraph>
        </Form>
      ) : (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          {EDITABLE.map((e) => (
            <Descriptions.Item key={e.field} label={e.label}>
              {String(asset[e.field] ?? '')}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        修改记录
      </Typography.Title>
      {history.error ? (
        <Alert type="error" showIcon message={errorText(history.error)} />
      ) : history.data && history.data.items.length === 0 ? (
        <Empty description="尚无修改记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          data-testid="asset-history"
          items={(history.data?.items ?? []).map((h) => ({
            children: (
              <div>
                <Typography.Text strong>{h.action === 'asset-import' ? '导入台账' : '修改卡片'}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {h.actor} · {new Date(h.at).toLocaleString('zh-CN', { hour12: false })}
                </Typography.Text>
                {h.changes.map((c) => (
                  <div key={c.field} style={{ fontSize: 13 }}>
                    {c.label}：<Typography.Text delete type="secondary">{statusText(c.field, c.old)}</Typography.Text> → {statusText(c.field, c.new)}
                  </div>
                ))}
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}

function ImportExport({ id, writes, onImported }: { id: string; writes: boolean; onImported: () => void }) {
  const { message } = App.useApp();
  const [errors, setErrors] = useState<ImportError[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const sizes = useLoad<{ default: string; items: { id: string; name: string }[] }>(`${base(id)}/assets/label-sizes`);
  const [size, setSize] = useState<string | undefined>();
  const [file, setFile] = useState<File | null>(null);
  const fetchFile = (url: string) => {
    downloadFile(url).catch((err: unknown) => message.error(errorText(err)));
  };
  const [preview, setPreview] = useState<ImportPlan | null>(null);
  const [checking, setChecking] = useState(false);
  // Every file, CSV or Excel, is read by the server as the import would read it, with nothing written: the
  // preview shows the cards it would create and change, or every bad cell.
  const choose = async (f: File) => {
    setFile(f);
    setErrors(null);
    setFailure(null);
    setDone(null);
    setPreview(null);
    setChecking(true);
    try {
      setPreview((await api<ImportPlan>(`${base(id)}/assets/import?preview=1`, { method: 'POST', raw: f })).data);
    } catch (err) {
      if (err instanceof ApiError && Array.isArray(err.details)) {
        setFailure(err.message);
        setErrors(err.details as ImportError[]);
      } else setFailure(errorText(err));
    } finally {
      setChecking(false);
    }
  };
  const upload = async () => {
    if (!file) return;
    setErrors(null);
    setFailure(null);
    setDone(null);
    try {
      const r = await api<{ written: number; findings: { message: string }[] }>(`${base(id)}/assets/import`, { method: 'POST', raw: file });
      setDone(`已导入 ${r.data.written} 项资产${r.data.findings.length ? `，另有 ${r.data.findings.length} 条提示` : ''}`);
      message.success('资产台账已导入');
      setFile(null);
      setPreview(null);
      onImported();
    } catch (err) {
      if (err instanceof ApiError && Array.isArray(err.details)) {
        setFailure(err.message);
        setErrors(err.details as ImportError[]);
      } else setFailure(errorText(err));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {writes && (
      <Card size="small" title="导入资产台账（Excel 或 CSV）">
        <Typography.Paragraph type="secondary">表头可用“资产编号、资产名称、分类代码、原值（元）、取得日期、存放地点、使用人、状态”等；任何一处错误都不会导入，请按下表逐处修改后重新上传。</Typography.Paragraph>
        <Space wrap>
          <Upload accept=".xlsx,.xls,.et,.xml,.csv,.txt" showUploadList={false} beforeUpload={(f) => (void choose(f), false)}>
            <Button data-testid="asset-choose">选择文件</Button>
          </Upload>
          {file && <Typography.Text>{file.name}</Typography.Text>}
          <Button type="primary" disabled={!file || !preview} loading={checking} onClick={() => void upload()} data-testid="asset-import">
            导入
          </Button>
        </Space>
        {preview && <ImportPreview plan={preview} />}
        {done && <Alert style={{ marginTop: 12 }} type="success" showIcon message={done} data-testid="asset-import-done" />}
        {failure && <Alert style={{ marginTop: 12 }} type="error" showIcon message={failure} />}
        {errors && (
          <Table<ImportError>
            style={{ marginTop: 12 }}
            size="small"
            rowKey={(e) => `${e.row}|${e.column}|${e.message}`}
            dataSource={errors}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="asset-import-errors"
            columns={[
              { title: '行', dataIndex: 'row', key: 'r', width: 60 },
              { title: '列', dataIndex: 'column', key: 'c' },
              { title: '内容', dataIndex: 'value', key: 'v' },
              { title: '问题', key: 'm', render: (_, e) => e.message.split(' / ')[0] },
            ]}
          />
        )}
      </Card>
      )}
      <Card size="small" title="导出与标签">
        <Space wrap>
          <Button onClick={() => fetchFile(`${base(id)}/assets/export?format=xlsx`)}>导出 Excel</Button>
          <Button onClick={() => fetchFile(`${base(id)}/assets/export?format=csv`)}>导出 CSV</Button>
          <Select style={{ width: 280 }} placeholder="标签规格" value={size ?? sizes.data?.default} onChange={setSize} options={sizes.data?.items.map((s) => ({ value: s.id, label: s.name }))} />
          <Button onClick={() => fetchFile(`${base(id)}/assets/labels.pdf${size ? `?size=${encodeURIComponent(size)}` : ''}`)}>
            打印标签（PDF）
          </Button>
        </Space>
      </Card>
    </Space>
  );
}

/** What an import would do, before anything is written: new cards, changed cards, cards missing from the file. */
function ImportPreview({ plan }: { plan: ImportPlan }) {
  return (
    <div style={{ marginTop: 12 }} data-testid="asset-preview">
      <Alert
        type={plan.added + plan.updated.length > 0 ? 'info' : 'warning'}
        showIcon
        message={`预览（尚未导入）：将新增 ${plan.added} 项、更新 ${plan.updated.length} 项，${plan.unchanged} 项不变${plan.absent.length ? `；账中另有 ${plan.absent.length} 项不在文件中（不会删除，请核实）` : ''}`}
        description={plan.findings.length > 0 ? plan.findings.map((f) => <div key={f.message}>{f.message.split(' / ')[0]}</div>) : undefined}
      />
      {plan.addedItems.length > 0 && (
        <Table
          style={{ marginTop: 8 }}
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          rowKey="assetNumber"
          dataSource={plan.addedItems}
          title={() => `新增的资产${plan.added > plan.addedItems.length ? `（前 ${plan.addedItems.length} 项）` : ''}`}
          columns={[
            { title: '资产编号', dataIndex: 'assetNumber', key: 'n' },
            { title: '名称', dataIndex: 'name', key: 'name' },
            { title: '分类代码', dataIndex: 'classCode', key: 'c' },
            { title: '原值（元）', key: 'v', align: 'right', render: (_, a) => yuanText(a.originalValue) },
            { title: '取得日期', dataIndex: 'acquiredOn', key: 'd' },
            { title: '存放地点', dataIndex: 'location', key: 'l' },
            { title: '使用人', dataIndex: 'custodian', key: 'u' },
          ]}
        />
      )}
      {plan.updated.length > 0 && (
        <Table
          style={{ marginTop: 8 }}
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          rowKey="assetNumber"
          dataSource={plan.updated}
          title={() => '将更新的资产'}
          data-testid="asset-preview-updated"
          columns={[
            { title: '资产编号', dataIndex: 'assetNumber', key: 'n' },
            { title: '名称', dataIndex: 'name', key: 'name' },
            {
              title: '变化',
              key: 'c',
              render: (_, u) => u.changes.map((c) => <div key={c.field}>{c.label}：{statusText(c.field, c.before)} → {statusText(c.field, c.after)}</div>),
            },
          ]}
        />
      )}
    </div>
  );
}

function Stocktakes({ id, user, writes, onApplied }: { id: string; user: string; writes: boolean; onApplied: () => void }) {
  const { message } = App.useApp();
  const list = useLoad<{ items: StocktakeSummary[] }>(`${base(id)}/stocktakes`);
  const [selected, setSelected] = useState<string | null>(null);
  const open = async (values: { title?: string; fiscalYear: number }) => {
    try {
      const r = await post<{ id: string }>(`${base(id)}/stocktakes`, values);
      message.success('盘点已开始');
      list.reload();
      setSelected(r.id);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const current = selected ?? list.data?.items.find((s) => s.state === 'open')?.id ?? list.data?.items[0]?.id ?? null;
  if (list.error) return <Alert type="error" showIcon message={errorText(list.error)} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {writes && (
      <Card size="small" title="开始新的盘点">
        <Form layout="inline" onFinish={(v) => void open(v)} initialValues={{ fiscalYear: new Date().getFullYear() }}>
          <Form.Item name="title" label="名称">
            <Input placeholder="如：年终全面盘点" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="fiscalYear" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="open-stocktake">
            开始盘点
          </Button>
        </Form>
      </Card>
      )}
      {list.data && list.data.items.length > 0 && (
        <Select
          style={{ minWidth: 280, maxWidth: '100%' }}
          value={current ?? undefined}
          onChange={setSelected}
          options={list.data.items.map((s) => ({ value: s.id, label: `${s.title}（${s.state === 'open' ? '进行中' : '已结束'}，应盘 ${s.expectedCount} 项）` }))}
        />
      )}
      {current && (
        <StocktakeView
          key={current}
          id={id}
          sid={current}
          user={user}
          writes={writes}
          onChanged={() => {
            list.reload();
            onApplied();
          }}
        />
      )}
    </Space>
  );
}

function StocktakeView({ id, sid, user, writes, onChanged }: { id: string; sid: string; user: string; writes: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const url = `${base(id)}/stocktakes/${encodeURIComponent(sid)}`;
  const { data, error, reload } = useLoad<Stocktake>(url);
  const [qr, setQr] = useState<string | null>(null);
  const phoneLink = `${window.location.origin}/stocktake/${encodeURIComponent(sid)}`;
  useEffect(() => {
    void QRCode.toDataURL(phoneLink, { margin: 1, width: 160 }).then(setQr);
  }, [phoneLink]);
  // The live list: counters confirm from their phones meanwhile.
  useEffect(() => {
    if (data?.state !== 'open') return;
    const t = window.setInterval(reload, 3000);
    return () => window.clearInterval(t);
  }, [data?.state, reload]);
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  if (!data) return null;
  const seen = new Map(data.confirmations.map((c) => [c.assetNumber, c]));
  const rows = data.expected.map((a) => ({ ...a, seen: seen.get(a.assetNumber) }));
  const seenCount = rows.filter((r) => r.seen).length;
  const act = async (what: 'close' | 'apply') => {
    try {
      const r = await post<{ updated?: number }>(`${url}/${what}`);
      message.success(what === 'close' ? '盘点已结束，已生成盘点差异表' : `已按盘点结果更新 ${r.updated ?? 0} 项资产`);
      reload();
      onChanged();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const rec = data.reconciliation;
  const isOpener = data.openedBy === user;
  return (
    <Card size="small" title={`${data.title}（${data.state === 'open' ? '进行中' : '已结束'}）`} data-testid="stocktake-view">
      <Space wrap align="start" size="large" style={{ marginBottom: 12 }}>
        <Statistic title="已盘到" value={seenCount} suffix={`/ ${rows.length}`} />
        <Statistic title="未盘到" value={rows.length - seenCount} />
        {data.state === 'open' && (
          <Space direction="vertical" size={4}>
            <Typography.Text>用手机扫码或打开链接盘点：</Typography.Text>
            {qr && <img src={qr} alt="手机盘点二维码" width={120} height={120} />}
            <Typography.Link href={phoneLink} target="_blank" data-testid="phone-link" copyable={{ text: phoneLink }}>
              手机盘点页面
            </Typography.Link>
          </Space>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        {writes && data.state === 'open' && (
          <Popconfirm title="结束盘点？" description="结束后不能再确认资产；您将作为审批人签字。" okText="结束" cancelText="取消" onConfirm={() => void act('close')} disabled={isOpener}>
            <Button type="primary" data-testid="close-stocktake" disabled={isOpener}>
              结束盘点并审批
            </Button>
          </Popconfirm>
        )}
        {writes && data.state === 'open' && isOpener && <Typography.Text type="secondary">盘点须由发起人以外的人员审批结束。</Typography.Text>}
        {writes && data.state === 'closed' && rec && (
          <Popconfirm title="按盘点结果更新资产台账？" okText="更新" cancelText="取消" onConfirm={() => void act('apply')}>
            <Button data-testid="apply-stocktake">按盘点结果更新台账</Button>
          </Popconfirm>
        )}
      </Space>
      {rec && (
        <div data-testid="reconciliation">
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 3 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="账面数量">{rec.expectedCount}</Descriptions.Item>
            <Descriptions.Item label="盘到数量">{rec.foundCount}</Descriptions.Item>
            <Descriptions.Item label="账实完全相符">{rec.matchedCount}</Descriptions.Item>
            <Descriptions.Item label="账面原值">{money(rec.expectedValue)}</Descriptions.Item>
            <Descriptions.Item label="盘到原值">{money(rec.foundValue)}</Descriptions.Item>
            <Descriptions.Item label="盘亏原值">{money(rec.missingValue)}</Descriptions.Item>
            <Descriptions.Item label="结论">{rec.bookEqualsPhysical ? <Tag color="green">账实相符</Tag> : <Tag color="orange">账实不符</Tag>}</Descriptions.Item>
          </Descriptions>
          <Table<Difference>
            size="small"
            rowKey={(d) => `${d.kind}|${d.assetNumber}`}
            dataSource={rec.differences}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '差异', key: 'k', render: (_, d) => <Tag>{DIFFERENCE_LABEL[d.kind] ?? '其他'}</Tag> },
              { title: '资产编号', dataIndex: 'assetNumber', key: 'n' },
              { title: '名称', dataIndex: 'name', key: 'name' },
              { title: '账面', key: 'b', render: (_, d) => (d.book ? (d.bookUnmapped ? `${d.book}（未识别）` : (STATUS_LABEL[d.book] ?? d.book)) : '') },
              { title: '实地', key: 's', render: (_, d) => (d.seen ? (STATUS_LABEL[d.seen] ?? d.seen) : '') },
              { title: '处理建议', dataIndex: 'action', key: 'a' },
            ]}
          />
        </div>
      )}
      {!rec && (
        <Table
          size="small"
          rowKey="assetNumber"
          dataSource={rows}
          pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          data-testid="stocktake-list"
          columns={[
            { title: '', key: 'seen', render: (_, r) => (r.seen ? <Tag color="green">已盘到</Tag> : <Tag>未盘到</Tag>), filters: [{ text: '已盘到', value: 'y' }, { text: '未盘到', value: 'n' }], onFilter: (v, r) => (v === 'y') === !!r.seen },
            { title: '资产编号', dataIndex: 'assetNumber', key: 'n' },
            { title: '名称', dataIndex: 'name', key: 'name' },
            { title: '账面地点', dataIndex: 'location', key: 'l' },
            { title: '实地地点', key: 'sl', render: (_, r) => r.seen?.seenLocation ?? '' },
            { title: '盘点人', key: 'by', render: (_, r) => r.seen?.confirmedBy ?? '' },
          ]}
        />
      )}
    </Card>
  );
}

function Idle({ id, refresh }: { id: string; refresh: number }) {
  const { data, error } = useLoad<{ idleDays: number; items: { asset: Asset; idleDays: number }[] }>(`${base(id)}/assets/idle`, [refresh]);
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">闲置超过 {data?.idleDays ?? '…'} 天的资产，可共享共用或调剂使用。</Typography.Text>
      <Table
        size="small"
        rowKey={(r) => r.asset.assetNumber}
        loading={!data}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '资产编号', key: 'n', render: (_, r) => r.asset.assetNumber },
          { title: '名称', key: 'name', render: (_, r) => r.asset.name },
          { title: '原值（元）', key: 'v', align: 'right', render: (_, r) => yuanText(r.asset.originalValue) },
          { title: '存放地点', key: 'l', render: (_, r) => r.asset.location },
          { title: '闲置天数', dataIndex: 'idleDays', key: 'd', sorter: (a, b) => a.idleDays - b.idleDays },
        ]}
      />
    </Space>
  );
}

function Disposals({ id, writes, decides, onChanged }: { id: string; writes: boolean; decides: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const { data, error, reload } = useLoad<{ items: Disposal[] }>(`${base(id)}/assets/disposals`);
  const [form] = Form.useForm();
  const request = async (values: { assetNumber: string; kind: string; reason: string }) => {
    try {
      await post(`${base(id)}/assets/disposals`, values);
      message.success('处置申请已提交');
      form.resetFields();
      reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const decide = async (d: Disposal, approve: boolean) => {
    try {
      await post(`${base(id)}/assets/disposals/${encodeURIComponent(d.id)}/decision`, { approve });
      message.success(approve ? '已批准' : '已驳回');
      reload();
      onChanged();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {writes && (
      <Card size="small" title="申请处置">
        <Form form={form} layout="inline" onFinish={(v) => void request(v)} initialValues={{ kind: 'scrap' }}>
          <Form.Item name="assetNumber" label="资产编号" rules={[{ required: true, message: '请填写资产编号' }]}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="kind" label="方式">
            <Select style={{ width: 100 }} options={assetConfig.disposalKinds.map((k) => ({ value: k.code, label: k.label }))} />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true, min: 2, message: '请填写处置理由' }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Button htmlType="submit">提交申请</Button>
        </Form>
      </Card>
      )}
      <Table<Disposal>
        size="small"
        rowKey="id"
        loading={!data}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '资产编号', dataIndex: 'assetNumber', key: 'n' },
          { title: '方式', key: 'k', render: (_, d) => DISPOSAL_LABEL[d.kind] ?? d.kind },
          { title: '理由', dataIndex: 'reason', key: 'r' },
          { title: '申请人', dataIndex: 'requestedBy', key: 'by' },
          { title: '状态', key: 's', render: (_, d) => <Tag>{DISPOSAL_STATE[d.state]}</Tag> },
          {
            title: '审批',
            key: 'a',
            render: (_, d) =>
              d.state === 'pending' && decides ? (
                <Space>
                  <Button size="small" onClick={() => void decide(d, true)}>
                    批准
                  </Button>
                  <Button size="small" danger onClick={() => void decide(d, false)}>
                    驳回
                  </Button>
                </Space>
              ) : (
                (d.decidedBy ?? (d.state === 'pending' ? '待主管部门或管理员审批' : ''))
              ),
          },
        ]}
      />
    </Space>
  );
}
