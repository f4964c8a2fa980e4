/** Accounts (admins): list, create (a generated password is shown once), reset a password / unlock. */
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorText, get, post } from '../api.ts';

interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: string;
  roleLabel: string;
  regionCode: string | null;
  departmentCode: string | null;
  locked: boolean;
}

const ROLE_OPTIONS = [
  { value: 'officer', label: '单位填报' },
  { value: 'supervisor', label: '主管部门' },
  { value: 'reviewer', label: '财政审核' },
  { value: 'admin', label: '系统管理员' },
];

export function Users() {
  const { modal, message } = App.useApp();
  const [items, setItems] = useState<UserRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    get<{ items: UserRow[] }>('/api/users')
      .then((r) => setItems(r.items))
      .catch((e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(load, [load]);
  const showPassword = (username: string, password: string) =>
    modal.info({ title: `账户 ${username} 的密码`, content: <Typography.Paragraph copyable={{ text: password }}><code>{password}</code>（只显示这一次）</Typography.Paragraph> });
  const create = async (v: { username: string; displayName: string; role: string; regionCode?: string; departmentCode?: string; scope?: string }) => {
    try {
      const r = await post<{ password?: string }>('/api/users', {
        username: v.username,
        displayName: v.displayName,
        role: v.role,
        regionCode: v.regionCode || null,
        departmentCode: v.departmentCode || null,
        scopeDepartmentCodes: (v.scope ?? '').split(/[,，\s]+/).filter(Boolean),
      });
      if (r.password) showPassword(v.username, r.password);
      load();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <>
      <Typography.Title level={3}>账户管理</Typography.Title>
      {error && <Alert type="error" message={error} />}
      <Table
        rowKey="id"
        dataSource={items}
        size="small"
        columns={[
          { title: '用户名', dataIndex: 'username', key: 'u', sorter: (a, b) => a.username.localeCompare(b.username) },
          { title: '姓名', dataIndex: 'displayName', key: 'd' },
          { title: '角色', dataIndex: 'roleLabel', key: 'r' },
          { title: '地区', dataIndex: 'regionCode', key: 'g', render: (v: string | null) => v ?? '全部' },
          { title: '单位', dataIndex: 'departmentCode', key: 'p', render: (v: string | null) => v ?? '—' },
          { title: '状态', key: 's', render: (_, r) => (r.locked ? <Tag color="red">已锁定</Tag> : <Tag color="green">正常</Tag>) },
          {
            title: '',
            key: 'a',
            render: (_, r) => (
              <Button size="small" onClick={async () => {
                try {
                  const res = await post<{ password: string }>(`/api/users/${r.id}/reset-password`);
                  showPassword(r.username, res.password);
                  load();
                } catch (err) {
                  message.error(errorText(err));
                }
              }}>
                重置密码并解锁
              </Button>
            ),
          },
        ]}
      />
      <Card title="新建账户" size="small" style={{ marginTop: 16, maxWidth: 720 }}>
        <Form layout="inline" onFinish={(v) => void create(v)}>
          <Space wrap>
            <Form.Item name="username" rules={[{ required: true, message: '用户名' }]}><Input placeholder="用户名" /></Form.Item>
            <Form.Item name="displayName" rules={[{ required: true, message: '姓名' }]}><Input placeholder="姓名" /></Form.Item>
            <Form.Item name="role" initialValue="officer"><Select options={ROLE_OPTIONS} style={{ width: 130 }} /></Form.Item>
            <Form.Item name="regionCode"><Input placeholder="地区代码（6位）" /></Form.Item>
            <Form.Item name="departmentCode"><Input placeholder="单位代码" /></Form.Item>
            <Form.Item name="scope"><Input placeholder="下属单位代码（主管部门，逗号分隔）" style={{ width: 260 }} /></Form.Item>
            <Button type="primary" htmlType="submit">创建</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
