/**
 * Departments and their years: every department the user sees with its years; start next year's record from
 * the latest one (department, staffing, duties and projects carried over; budget phases empty); reviewers and
 * admins create a department with its first year.
 */
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, api, errorText, post } from '../api.ts';
import { type DepartmentOption, useDepartments } from '../components/department-picker.tsx';
import { navigate } from '../router.ts';
import type { Session } from '../types.ts';

const KIND_OPTIONS = [
  { value: 'administrative', label: '行政单位' },
  { value: 'civil-service-managed', label: '参照公务员法管理事业单位' },
  { value: 'public-institution', label: '事业单位' },
];

interface Created {
  id: string;
  fiscalYear: number;
  departmentName: string;
}

/** The server names the bad field in `details[].path`; the form shows the message beside that field. */
function fieldErrors(err: unknown): { name: string; errors: string[] }[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return [];
  return (err.details as { path?: string; message?: string }[])
    .filter((d) => typeof d.path === 'string' && ['name', 'kind', 'fiscalYear', 'regionCode', 'province'].includes(d.path))
    .map((d) => ({ name: d.path as string, errors: [err.message] }));
}

export function Departments({ session }: { session: Session }) {
  const { message } = App.useApp();
  const { departments, error, reload } = useDepartments();
  const [form] = Form.useForm();
  const [creating, setCreating] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const mayCreate = session.capabilities.includes('department.create');
  const mayStartNext = session.capabilities.includes('department-year.next');
  const regions = [...new Set((departments ?? []).map((d) => d.id.split('.')[0]!))];
  const ownRegion = session.user.regionCode;

  const startNext = async (d: DepartmentOption) => {
    const latest = d.years[0]!;
    try {
      const created = await post<Created>(`/api/departments/${encodeURIComponent(d.id)}/years/${latest}/next`);
      message.success(`已开始${created.departmentName}${created.fiscalYear}年度`);
      reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const create = async (values: { name: string; kind: string; supervisor?: string; fiscalYear: number; regionCode?: string }) => {
    setCreating(true);
    setFormError(null);
    try {
      const created = await post<Created>('/api/departments', { ...values, regionCode: ownRegion ?? values.regionCode });
      message.success(`已新建${created.departmentName}${created.fiscalYear}年度`);
      form.resetFields();
      reload();
    } catch (err) {
      const fields = fieldErrors(err);
      if (fields.length > 0) form.setFields(fields);
      else setFormError(errorText(err));
    } finally {
      setCreating(false);
    }
  };

  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        单位与年度
      </Typography.Title>
      <Card title="单位" size="small">
        <Table<DepartmentOption>
          size="small"
          rowKey="id"
          loading={!departments}
          dataSource={departments ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          data-testid="departments-table"
          columns={[
            { title: '单位名称', dataIndex: 'name', key: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
            {
              title: '年度',
              key: 'years',
              render: (_, d) => (
                <Space wrap size={4}>
                  {d.years.map((y) => (
                    <Tag key={y} style={{ cursor: 'pointer' }} onClick={() => navigate('editor', d.id, y, 'basic')}>
                      {y}年
                    </Tag>
                  ))}
                </Space>
              ),
            },
            ...(mayStartNext
              ? [
                {
                  title: '操作',
                  key: 'next',
                  render: (_: unknown, d: DepartmentOption) => (
                    <Popconfirm
                      title={`开始${d.years[0]! + 1}年度？`}
                      description="沿用单位信息、人员编制、职能和项目；预算、决算各阶段金额为空。"
                      okText="开始"
                      cancelText="取消"
                      onConfirm={() => void startNext(d)}
                    >
                      <Button size="small" data-testid={`next-year-${d.name}`}>
                        开始{d.years[0]! + 1}年度
                      </Button>
                    </Popconfirm>
                  ),
                },
                ]
              : []),
          ]}
        />
      </Card>
      {mayCreate && (
        <Card title="新建单位" size="small" style={{ maxWidth: 640 }}>
          {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" onFinish={(v) => void create(v)} initialValues={{ kind: 'administrative', fiscalYear: new Date().getFullYear() }}>
            {!ownRegion && (
              <Form.Item name="regionCode" label="地区" rules={[{ required: true, message: '请选择地区' }]}>
                <Select options={regions.map((r) => ({ value: r, label: `行政区划 ${r}` }))} placeholder="选择地区" />
              </Form.Item>
            )}
            <Form.Item name="name" label="单位名称" rules={[{ required: true, min: 2, message: '请填写单位名称（至少两个字）' }]}>
              <Input data-testid="new-department-name" placeholder="如：沅陵县文化旅游广电体育局" />
            </Form.Item>
            <Form.Item name="kind" label="单位性质" rules={[{ required: true, message: '请选择单位性质' }]}>
              <Select options={KIND_OPTIONS} />
            </Form.Item>
            <Form.Item name="supervisor" label="主管部门（可不填）">
              <Input />
            </Form.Item>
            <Form.Item name="fiscalYear" label="首个年度" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={creating} data-testid="create-department">
              新建
            </Button>
          </Form>
        </Card>
      )}
      {session.capabilities.includes('code-table.import') && <CodeTableImport />}
    </Space>
  );
}

const CODE_TABLE_KINDS = [
  { value: 'function', label: '支出功能分类科目' },
  { value: 'economic', label: '支出经济分类科目' },
  { value: 'revenue-source', label: '收入来源' },
  { value: 'asset-class', label: '固定资产分类与代码' },
];

interface CodeTablePreview {
  preview: boolean;
  count: number;
  sample: { code: string; name: string; level: number }[];
}

/** 导入代码表 (admins): the official table for a year, previewed (nothing written) before it is imported. */
function CodeTableImport() {
  const { message } = App.useApp();
  const [kind, setKind] = useState('function');
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CodeTablePreview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (f: File, dryRun: boolean) => {
    if (!year) return;
    setBusy(true);
    setFailure(null);
    try {
      const r = await api<CodeTablePreview>(`/api/code-tables/${kind}/${year}${dryRun ? '?preview=1' : ''}`, { method: 'POST', raw: f });
      setPreview(r.data);
      if (!dryRun) {
        message.success(`已导入${year}年${CODE_TABLE_KINDS.find((k) => k.value === kind)?.label ?? ''} ${r.data.count} 个代码`);
        setFile(null);
        setPreview(null);
      }
    } catch (err) {
      setPreview(null);
      setFailure(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const choose = (f: File) => {
    setFile(f);
    void send(f, true);
  };
  return (
    <Card title="导入代码表" size="small" style={{ maxWidth: 800 }} data-testid="code-table-import">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        导入财政部门发布的完整代码表（CSV 或 Excel，表头须有“代码”“名称”列，可有“级次”“上级代码”）。导入后本系统按年度使用，优先于随系统提供的代码表。
      </Typography.Paragraph>
      <Space wrap>
        <Select style={{ width: 200 }} value={kind} onChange={(v: string) => { setKind(v); setPreview(null); }} options={CODE_TABLE_KINDS} data-testid="code-table-kind" />
        <InputNumber min={2000} max={2100} precision={0} value={year} onChange={(v) => { setYear(v); setPreview(null); }} style={{ width: 110 }} aria-label="年度" />
        <span>年度</span>
        <Upload accept=".csv,.xlsx,.xls,.xml" showUploadList={false} beforeUpload={(f) => (choose(f), false)}>
          <Button data-testid="code-table-choose">选择文件</Button>
        </Upload>
        {file && <Typography.Text>{file.name}</Typography.Text>}
        <Button type="primary" disabled={!file || !preview} loading={busy} onClick={() => file && void send(file, false)} data-testid="code-table-import-button">
          导入
        </Button>
      </Space>
      {failure && <Alert style={{ marginTop: 12 }} type="error" showIcon message="无法导入" description={failure} data-testid="code-table-error" />}
      {preview && (
        <div style={{ marginTop: 12 }} data-testid="code-table-preview">
          <Typography.Text>
            预览（尚未导入）：共 {preview.count} 个代码{preview.count > preview.sample.length ? `，以下为前 ${preview.sample.length} 个` : ''}
          </Typography.Text>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={preview.sample}
            columns={[
              { title: '代码', dataIndex: 'code', key: 'c', width: 140 },
              { title: '名称', dataIndex: 'name', key: 'n' },
              { title: '级次', dataIndex: 'level', key: 'l', width: 80 },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
