/**
 * The shell: who is signed in, the menu for their role (a drawer on phones), and the screen the hash names.
 * Each screen is its own chunk (loaded when first opened), so the first page downloads little.
 */
import { MenuOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Grid, Layout, Menu, Result, Space, Spin, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ApiError, errorText, get, post, setCsrfToken, setUnauthorizedHandler } from './api.ts';
import { Login } from './pages/Login.tsx';
import { navigate, useRoute } from './router.ts';
import type { Session } from './types.ts';

const Home = lazy(async () => ({ default: (await import('./pages/Home.tsx')).Home }));
const Editor = lazy(async () => ({ default: (await import('./pages/Editor.tsx')).Editor }));
const Overview = lazy(async () => ({ default: (await import('./pages/Overview.tsx')).Overview }));
const AuditUpload = lazy(async () => ({ default: (await import('./pages/AuditUpload.tsx')).AuditUpload }));
const PublicReports = lazy(async () => ({ default: (await import('./pages/PublicReports.tsx')).PublicReports }));
const Users = lazy(async () => ({ default: (await import('./pages/Users.tsx')).Users }));
const Assets = lazy(async () => ({ default: (await import('./pages/Assets.tsx')).Assets }));
const Ledger = lazy(async () => ({ default: (await import('./pages/Ledger.tsx')).Ledger }));
const Departments = lazy(async () => ({ default: (await import('./pages/Departments.tsx')).Departments }));

const { Header, Content, Footer } = Layout;

/** The stocktake phone page sends people here to sign in (`/?next=/stocktake/<id>`), and back afterwards. */
function signInTarget(): string | null {
  const next = new URLSearchParams(window.location.search).get('next');
  return next && /^\/stocktake\/[\w-]+$/.test(next) ? next : null;
}

export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async () => {
    setFailure(null);
    try {
      const s = await get<Session>('/api/auth/me');
      setCsrfToken(s.csrfToken);
      setSession(s);
    } catch (err) {
      // Only "not signed in" leads to the sign-in screen; a server error or no network says so.
      if (err instanceof ApiError && err.status === 401) setSession(null);
      else setFailure(errorText(err));
    }
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setSession(null));
    void load();
  }, [load]);

  const page = route[0] ?? 'home';
  if (page === 'public') {
    return (
      <Shell session={session ?? null} onLogout={() => setSession(null)}>
        <PublicReports route={route} />
      </Shell>
    );
  }
  if (failure) {
    return (
      <Result
        status="warning"
        title="暂时无法连接服务器"
        subTitle={failure}
        extra={
          <Button type="primary" onClick={() => void load()}>
            重试
          </Button>
        }
      />
    );
  }
  if (session === undefined) return <Spin style={{ marginTop: '20vh', width: '100%' }} size="large" />;
  if (session === null) {
    return (
      <Login
        onSignedIn={(s) => {
          setCsrfToken(s.csrfToken);
          const next = signInTarget();
          if (next) {
            window.location.assign(next);
            return;
          }
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
  else if (page === 'assets') content = <Assets session={session} route={route} />;
  else if (page === 'ledger') content = <Ledger session={session} route={route} />;
  else if (page === 'departments') content = <Departments session={session} />;
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
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const [open, setOpen] = useState(false);
  const role = session?.user.role;
  const items = [
    ...(session ? [{ key: 'home', label: role === 'reviewer' ? '县域总览' : '首页' }] : []),
    ...(session && role !== 'officer' && role !== 'reviewer' ? [{ key: 'overview', label: '县域总览' }] : []),
    ...(session ? [{ key: 'departments', label: '单位与年度' }] : []),
    ...(session ? [{ key: 'assets', label: '固定资产' }] : []),
    ...(session ? [{ key: 'ledger', label: '会计明细' }] : []),
    ...(session ? [{ key: 'check', label: '报告体检' }] : []),
    { key: 'public', label: '公开报告' },
    ...(role === 'admin' ? [{ key: 'users', label: '账户管理' }] : []),
  ];
  const logout = async () => {
    try {
      await post('/api/auth/logout');
    } catch {
      // signed out locally even when the server cannot be reached
    } finally {
      onLogout();
      navigate('login');
    }
  };
  const go = (key: string) => {
    setOpen(false);
    navigate(key);
  };
  const user = session ? (
    <Space wrap={false} style={{ flexShrink: 0 }}>
      <Tag color="gold" style={{ marginInlineEnd: 0 }}>
        {session.user.roleLabel}
      </Tag>
      {narrow ? <span style={{ whiteSpace: 'nowrap' }}>{session.user.displayName}</span> : (
        <span style={{ color: '#fff', whiteSpace: 'nowrap' }} data-testid="current-user">
          {session.user.displayName}
        </span>
      )}
      <Button size="small" onClick={() => void logout()}>
        退出
      </Button>
    </Space>
  ) : (
    <Button size="small" onClick={() => navigate('login')}>
      登录
    </Button>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', gap: narrow ? 12 : 24, background: '#14365d', paddingInline: narrow ? 12 : 32 }}>
        {narrow && <Button type="text" aria-label="菜单" data-testid="menu-button" icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />} onClick={() => setOpen(true)} />}
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap', flex: narrow ? 1 : undefined }}>
          绩效 Jixiao
        </Typography.Title>
        {!narrow && (
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={[route[0] ?? 'home']}
            items={items}
            onClick={(e) => go(e.key)}
            style={{ flex: 1, background: 'transparent', minWidth: 0 }}
          />
        )}
        {!narrow && user}
        {narrow && session && (
          <span data-testid="current-user" style={{ color: '#fff', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 140 }}>
            {session.user.displayName}
          </span>
        )}
        {narrow && !session && user}
      </Header>
      {narrow && (
        <Drawer open={open} onClose={() => setOpen(false)} placement="left" width={260} title="绩效 Jixiao" styles={{ body: { padding: 0 } }}>
          <div style={{ padding: 12, borderBottom: '1px solid #f0f0f0' }}>{user}</div>
          <Menu mode="inline" selectedKeys={[route[0] ?? 'home']} items={items} onClick={(e) => go(e.key)} />
        </Drawer>
      )}
      <Content style={{ padding: narrow ? '12px 10px' : '20px 32px', minWidth: 0 }}>
        <Suspense fallback={<Spin size="large" style={{ width: '100%', marginTop: 80 }} />}>{children}</Suspense>
      </Content>
      <Footer style={{ textAlign: 'center', color: '#888', padding: narrow ? '12px' : undefined }}>绩效 Jixiao · 部门整体支出绩效管理 · 金额单位：万元</Footer>
    </Layout>
  );
}

/** A screen's error line, in Chinese, where the screen would be. */
export function ScreenError({ error }: { error: unknown }) {
  return <Alert type="error" showIcon message={errorText(error)} />;
}
