/** The shell: who is signed in, the menu for their role, and the screen the hash names. */
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, get, post, setCsrfToken, setUnauthorizedHandler } from './api.ts';
import { AuditUpload } from './pages/AuditUpload.tsx';
import { Editor } from './pages/Editor.tsx';
import { Home } from './pages/Home.tsx';
import { Login } from './pages/Login.tsx';
import { Overview } from './pages/Overview.tsx';
import { PublicReports } from './pages/PublicReports.tsx';
import { Users } from './pages/Users.tsx';
import { navigate, useRoute } from './router.ts';
import type { Session } from './types.ts';

const { Header, Content, Footer } = Layout;

export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  const load = useCallback(async () => {
    try {
      const s = await get<Session>('/api/auth/me');
      setCsrfToken(s.csrfToken);
      setSession(s);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setSession(null);
      else setSession(null);
    }
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setSession(null));
    void load();
  }, [load]);

  const page = route[0] ?? 'home';
  if (page === 'public') return <Shell session={session ?? null} onLogout={() => setSession(null)}><PublicReports route={route} /></Shell>;
  if (session === undefined) return <Spin style={{ marginTop: '20vh', width: '100%' }} size="large" />;
  if (session === null) {
    return (
      <Login
        onSignedIn={(s) => {
          setCsrfToken(s.csrfToken);
          setSession(s);
          if (page === 'login') navigate('home');
        }}
      />
    );
  }

  let content: React.ReactNode;
  const role = session.user.role;
  if (page === 'editor' && route[1] && route[2]) content = <Editor id={route[1]} year={Number(route[2])} session={session} tab={route[3]} />;
  else if (page === 'overview') content = <Overview />;
  else if (page === 'check') content = <AuditUpload />;
  else if (page === 'users' && role === 'admin') content = <Users />;
  else if (role === 'reviewer' && page === 'home') content = <Overview />;
  else content = <Home session={session} />;

  return (
    <Shell session={session} onLogout={() => setSession(null)}>
      {content}
    </Shell>
  );
}

function Shell({ session, onLogout, children }: { session: Session | null; onLogout: () => void; children: React.ReactNode }) {
  const route = useRoute();
  const role = session?.user.role;
  const items = [
    ...(session ? [{ key: 'home', label: role === 'reviewer' ? '县域总览' : '首页' }] : []),
    ...(session && role !== 'officer' && role !== 'reviewer' ? [{ key: 'overview', label: '县域总览' }] : []),
    ...(session ? [{ key: 'check', label: '报告体检' }] : []),
    { key: 'public', label: '公开报告' },
    ...(role === 'admin' ? [{ key: 'users', label: '账户管理' }] : []),
  ];
  const logout = async () => {
    try {
      await post('/api/auth/logout');
    } finally {
      onLogout();
      navigate('login');
    }
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#8f1d1d' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          绩效 Jixiao
        </Typography.Title>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[route[0] ?? 'home']}
          items={items}
          onClick={(e) => navigate(e.key)}
          style={{ flex: 1, background: 'transparent', minWidth: 0 }}
        />
        {session ? (
          <Space>
            <Tag color="gold">{session.user.roleLabel}</Tag>
            <span style={{ color: '#fff' }} data-testid="current-user">
              {session.user.displayName}
            </span>
            <Button size="small" onClick={() => void logout()}>
              退出
            </Button>
          </Space>
        ) : (
          <Button size="small" onClick={() => navigate('login')}>
            登录
          </Button>
        )}
      </Header>
      <Content style={{ padding: '20px 32px' }}>{children}</Content>
      <Footer style={{ textAlign: 'center', color: '#888' }}>绩效 Jixiao · 部门整体支出绩效管理 · 金额单位：万元</Footer>
    </Layout>
  );
}
