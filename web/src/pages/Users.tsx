/**
 * Accounts (admins): list; create and edit with pickers for the region and the department (by name, never by
 * code); disable / enable; reset a password (shown once) which also unlocks the account.
 */
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, errorText, get, post } from '../api.ts';
import { type DepartmentOption, useDepartments } from '../components/department-picker.tsx';

interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: string;
  roleLabel: string;
  regionCode: string | null;
  departmentCode: string | null;
  scopeDepartmentCodes: string[];
  locked: boolean;
  disabled?: boolean;
  /** The account's version: an edit sends it (If-Match), so an account changed meanwhile is not overwritten. */
  version?: number;
}

interface AccountForm {
  username?: string;
  displayName: string;
  role: string;
  regionCode?: string | null;
  departmentCode?: string | null;
  scopeDepartmentCodes?: string[];
}

const ROLE_OPTIONS = [
  { value: 'officer', label: '单位填报' },
  { value: 'supervisor', label: '主管部门' },
  { value: 'reviewer', label: '财政审核' },
  { value: 'admin', label: '系统管理员' },
];

/** The server names the bad field in `details[].path`: show its message beside that field. */
function showFieldErrors(form: ReturnType<typeof Form.useForm<AccountForm>>[0], err: unknown): boolean {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return false;
  const fields = (err.details as { path?: string }[])
    .filter((d) => typeof d.path === 'string' && ['username', 'displayName', 'role', 'regionCode', 'departmentCode'].includes(d.path))
    .map((d) => ({ name: d.path as keyof AccountForm, errors: [err.message] }));
  form.setFields(fields);
  return fields.length > 0;
}

function AccountFields({ departments, creating }: { departments: DepartmentOption[]; creating: boolean }) {
  const form = Form.useFormInstance<AccountForm>();
  const role = Form.useWatch('role', form);
  const region = Form.useWatch('regionCode', form);
  const regions = [...new Set(departments.map((d) => d.id.split('.')[0]!))];
  const inRegion = departments.filter((d) => !region || d.id.startsWith(`${region}.`));
  const deptOptions = inRegion.map((d) => ({ value: d.id.split('.')[1]!, label: d.name }));
  return (
    <>
      {creating && (
        <Form.Item name="username" label="用户名（登录用）" rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{2,40}$/, message: '用户名为2–40位字母、数字或 . _ -' }]}>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="role" label="角色" rules={[{ required: true }]}>
        <Select options={ROLE_OPTIONS} />
      </Form.Item>
      <Form.Item name="regionCode" label="地区" rules={[{ required: role !== 'admin', message: '请选择地区' }]}>
        <Select allowClear placeholder={role === 'admin' ? '全部地区' : '选择地区'} options={regions.map((r) => ({ value: r, label: `行政区划 ${r}` }))} />
      </Form.Item>
      {(role === 'officer' || role === 'supervisor') && (
        <Form.Item name="departmentCode" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select showSearch optionFilterProp="label" placeholder="选择单位" options={deptOptions} />
        </Form.Item>
      )}
      {role === 'supervisor' && (
        <Form.Item name="scopeDepartmentCodes" label="下属单位">
          <Select mode="multiple" optionFilterProp="label" placeholder="选择下属单位" options={deptOptions} />
        </Form.Item>
      )}
    </>
  );
}

export function Users() {
  const { modal, message } = App.useApp();
  const { departments } = useDepartments();
  const [items, setItems] = useState<UserRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [createForm] = Form.useForm<AccountForm>();
  const [editForm] = Form.useForm<AccountForm>();
  const load = useCallback(() => {
    get<{ items: UserRow[] }>('/api/users')
      .then((r) => setItems(r.items))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(load, [load]);
  const deptName = (region: string | null, code: string | null) =>
    code ? (departments?.find((d) => d.id === `${region}.${code}`)?.name ?? '（未建年度数据的单位）') : '—';
  const showPassword = (username: string, password: string) =>
    modal.info({ title: `账户 ${username} 的新密码`, content: <Typography.Paragraph copyable={{ text: password }}><code>{password}</code>（只显示这一次）</Typography.Paragraph> });
  const payload = (v: AccountForm) => ({
    displayName: v.displayName,
    role: v.role,
    regionCode: v.regionCode || null,
    departmentCode: v.role === 'officer' || v.role === 'supervisor' ? v.departmentCode || null : null,
    scopeDepartmentCodes: v.role === 'supervisor' ? (v.scopeDepartmentCodes ?? []) : [],
  });
  const create = async (v: AccountForm) => {
    try {
      const r = await post<{ password?: string }>('/api/users', { username: v.username, ...payload(v) });
      if (r.password) showPassword(v.username ?? '', r.password);
      createForm.resetFields();
      load();
    } catch (err) {
      if (!showFieldErrors(createForm, err)) message.error(errorText(err));
    }
  };
  const save = async (v: AccountForm) => {
    if (!editing) return;
    try {
      await api(`/api/users/${editing.id}`, { method: 'PATCH', body: payload(v), ifMatch: editing.version });
      message.success('已保存');
      setEditing(null);
      load();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version-conflict') {
        message.error('该账户在您打开后已被修改，未保存；已载入最新的账户列表，请重新打开再修改。');
        setEditing(null);
        load();
      } else if (!showFieldErrors(editForm, err)) message.error(errorText(err));
    }
  };
  const setDisabled = async (r: UserRow, disabled: boolean) => {
    try {
      await api(`/api/users/${r.id}`, { method: 'PATCH', body: { disabled }, ifMatch: r.version });
      message.success(disabled ? `已停用 ${r.displayName}` : `已启用 ${r.displayName}`);
      load();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version-conflict') {
        message.error(`账户 ${r.displayName} 在您打开后已被修改，未${disabled ? '停用' : '启用'}；已载入最新的账户列表，请核对后再操作。`);
        load();
      } else message.error(errorText(err));
    }
  };
  const resetPassword = async (r: UserRow) => {
    try {
      const res = await post<{ password: string }>(`/api/users/${r.id}/reset-password`);
      showPassword(r.username, res.password);
      load();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <>
      <Typography.Title level={3}>账户管理</Typography.Title>
      {error && <Alert type="error" message={error} />}
      <Table<UserRow>
        rowKey="id"
        dataSource={items}
        size="small"
        scroll={{ x: 'max-content' }}
        data-testid="users-table"
        columns={[
          { title: '用户名', dataIndex: 'username', key: 'u', sorter: (a, b) => a.username.localeCompare(b.username) },
          { title: '姓名', dataIndex: 'displayName', key: 'd' },
          { title: '角色', dataIndex: 'roleLabel', key: 'r' },
          { title: '地区', dataIndex: 'regionCode', key: 'g', render: (v: string | null) => v ?? '全部' },
          { title: '单位', key: 'p', render: (_, r) => deptName(r.regionCode, r.departmentCode) },
          {
            title: '状态',
            key: 's',
            render: (_, r) => (r.disabled ? <Tag>已停用</Tag> : r.locked ? <Tag color="orange">已锁定</Tag> : <Tag color="green">正常</Tag>),
          },
          {
            title: '操作',
            key: 'a',
            render: (_, r) => (
              <Space wrap size={4}>
                <Button
                  size="small"
                  data-testid={`edit-user-${r.username}`}
                  onClick={() => {
                    setEditing(r);
                    editForm.setFieldsValue({ displayName: r.displayName, role: r.role, regionCode: r.regionCode, departmentCode: r.departmentCode, scopeDepartmentCodes: r.scopeDepartmentCodes });
                  }}
                >
                  编辑
                </Button>
                <Button size="small" onClick={() => void setDisabled(r, !r.disabled)} data-testid={`toggle-user-${r.username}`}>
                  {r.disabled ? '启用' : '停用'}
                </Button>
                <Button size="small" onClick={() => void resetPassword(r)}>
                  重置密码并解锁
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Card title="新建账户" size="small" style={{ marginTop: 16, maxWidth: 560 }}>
        <Form form={createForm} layout="vertical" onFinish={(v) => void create(v)} initialValues={{ role: 'officer' }}>
          <AccountFields departments={departments ?? []} creating />
          <Button type="primary" htmlType="submit" data-testid="create-user">
            创建
          </Button>
        </Form>
      </Card>
      <Modal open={editing !== null} title={`编辑账户 ${editing?.username ?? ''}`} okText="保存" cancelText="取消" onCancel={() => setEditing(null)} onOk={() => editForm.submit()} forceRender>
        <Form form={editForm} layout="vertical" onFinish={(v) => void save(v)}>
          <AccountFields departments={departments ?? []} creating={false} />
        </Form>
      </Modal>
    </>
  );
}
