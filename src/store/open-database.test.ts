import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase, resolveTarget } from './index.ts';

describe('resolveTarget', () => {
  const url = 'postgres://u@h/db';
  it('uses DATABASE_URL when set, else PGlite in JIXIAO_DATA or ./.jixiao-data', () => {
    expect(resolveTarget({ env: { DATABASE_URL: url } })).toStrictEqual({ engine: 'postgres', url });
    expect(resolveTarget({ env: { JIXIAO_DATA: '/data/x' } })).toStrictEqual({ engine: 'pglite', dataDir: '/data/x' });
    expect(resolveTarget({ env: {} })).toStrictEqual({ engine: 'pglite', dataDir: './.jixiao-data' });
    expect(resolveTarget({ env: { DATABASE_URL: '' } })).toStrictEqual({ engine: 'pglite', dataDir: './.jixiao-data' });
  });

  it('lets explicit options win over the environment', () => {
    expect(resolveTarget({ dataDir: 'memory://', env: { DATABASE_URL: url } })).toStrictEqual({
      engine: 'pglite',
      dataDir: 'memory://',
    });
    expect(resolveTarget({ url, env: { JIXIAO_DATA: '/d' } })).toStrictEqual({ engine: 'postgres', url });
    expect(resolveTarget({ engine: 'pglite', env: { DATABASE_URL: url } })).toStrictEqual({
      engine: 'pglite',
      dataDir: './.jixiao-data',
    });
    expect(resolveTarget({ engine: 'postgres', dataDir: 'x', env: { DATABASE_URL: url } })).toStrictEqual({
      engine: 'postgres',
      url,
    });
  });

  it('refuses PostgreSQL without a URL', () => {
    expect(() => resolveTarget({ engine: 'postgres', env: {} })).toThrow(/未设置 DATABASE_URL/);
  });
});

describe('openDatabase errors', () => {
  it('explains an unusable data folder without a stack trace', async () => {
    const error = await openDatabase({ dataDir: '/dev/null/jixiao', log: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toMatch(/^无法使用数据目录 .*cannot use the data folder/);
  });

  it('explains an unreachable server', async () => {
    const error = await openDatabase({ url: 'postgres://nobody@127.0.0.1:1/none' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toMatch(/^无法连接 PostgreSQL.*cannot connect to PostgreSQL/);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(openDatabase({ url: 'postgres://u@127.0.0.1:1/x', schema: 'a; drop' })).rejects.toThrow(
      /模式名不合法/,
    );
  });
});
