/**
 * Helpers of the reliability suite: spawn `node bin/jixiao.js …` with its own data folder (or PostgreSQL schema)
 * and port, talk to it over 127.0.0.1, kill it with SIGKILL; deterministic department-year bodies per version;
 * and the check that every stored department-year is whole — exactly the body that produced its version.
 * Not a test file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parseDepartmentYear, validateDepartmentYear } from '../../src/app/department-year-service.ts';
import type { DepartmentYear } from '../../src/core/department-year.ts';
import { DEMO_FILE } from '../../src/reference/demo.ts';
import { repoPath } from '../../src/reference/paths.ts';
import { getDepartmentYear } from '../../src/store/index.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/database.ts';

export const REPO = repoPath('.');
export const CLI = repoPath('bin/jixiao.js');
export const REGION = '431222';
export const ADMIN_PASSWORD = 'reliability-admin-7';
export const YEAR = 2024;

/** The PostgreSQL URL for tests, or undefined (PostgreSQL variants skipped). */
export const PG_URL = process.env.DATABASE_URL || undefined;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Where a spawned process keeps its data: an embedded folder, or a throw-away PostgreSQL schema. */
export interface EngineTarget {
  readonly engine: 'pglite' | 'postgres';
  /** Environment for the child: JIXIAO_DATA or DATABASE_URL (with search_path set to the schema). */
  readonly env: Record<string, string>;
  readonly dataDir?: string;
  readonly schema?: string;
  readonly url?: string;
  dispose(): Promise<void>;
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** `postgres://…/test` → the same database with `search_path` set to `schema` for every connection. */
export function urlWithSchema(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

export async function newTarget(engine: 'pglite' | 'postgres'): Promise<EngineTarget> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jixiao-rel-'));
    return {
      engine,
      dataDir,
      env: { JIXIAO_DATA: dataDir, DATABASE_URL: '' },
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (!PG_URL) throw new Error('DATABASE_URL not set');
  const schema = `jixiao_rel_${randomBytes(5).toString('hex')}`;
  await adminQuery(PG_URL, `create schema ${schema}`);
  const url = urlWithSchema(PG_URL, schema);
  return {
    engine,
    schema,
    url,
    env: { DATABASE_URL: url, JIXIAO_DATA: '' },
    dispose: () => adminQuery(PG_URL, `drop schema if exists ${schema} cascade`),
  };
}

/** The environment of every spawned jixiao: no inherited database settings, known passwords. */
export function childEnv(target: EngineTarget, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD, JIXIAO_DEMO_PASSWORD: ADMIN_PASSWORD, ...target.env, ...extra };
  for (const key of ['DATABASE_URL', 'JIXIAO_DATA']) if (env[key] === '') delete env[key];
  delete env.JIXIAO_REGION;
  return env;
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `node bin/jixiao.js args…` to the end (bounded by `timeoutMs`, then SIGKILL). */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface ServerProcess {
  readonly base: string;
  readonly child: ChildProcess;
  output(): string;
  /** SIGKILL, then wait until the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (clean shutdown), SIGKILL after 15 s. */
  stop(): Promise<void>;
}

/** Every process this suite spawned and has not seen exit: killed in afterAll even when a test fails. */
export const liveChildren = new Set<ChildProcess>();

export function killAllChildren(): void {
  for (const child of liveChildren) child.kill('SIGKILL');
  liveChildren.clear();
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Start `jixiao serve` and wait until /api/health answers (bounded). */
export async function startServer(target: EngineTarget, timeoutMs = 180_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'serve'], {
    cwd: REPO,
    // The suite talks to the API only: building the web app in a fresh clone would only slow each start.
    env: childEnv(target, { PORT: String(port), HOST: '127.0.0.1', JIXIAO_SKIP_WEB_BUILD: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  let output = '';
  child.stdout?.on('data', (b: Buffer) => {
    output += b.toString();
  });
  child.stderr?.on('data', (b: Buffer) => {
    output += b.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`jixiao serve exited with ${child.exitCode}:\n${output}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`jixiao serve did not answer within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    child,
    output: () => output,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}

/** A signed-in HTTP client of a spawned server. */
export class Client {
  private constructor(
    readonly base: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async signIn(base: string, username = 'admin', password = ADMIN_PASSWORD): Promise<Client> {
    const r = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
    const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await r.json()) as { csrfToken: string };
    return new Client(base, cookie, csrfToken);
  }

  /**
   * A client that may edit the given departments of `region`: an admin writes no department data (issue 17), so
   * the admin creates (once) a supervisor of them, and this signs in as that supervisor.
   */
  static async editor(base: string, region: string, codes: readonly string[]): Promise<Client> {
    const admin = await Client.signIn(base);
    const username = 'rel-editor';
    const password = 'reliability-editor-pass-7';
    const r = await admin.request('POST', '/api/users', {
      username,
      displayName: '可靠性测试编辑',
      role: 'supervisor',
      regionCode: region,
      departmentCode: codes[0],
      scopeDepartmentCodes: codes.slice(1),
      password,
    });
    if (r.status !== 201 && r.status !== 409) throw new Error(`creating the editor: ${r.status} ${JSON.stringify(r.json)}`);
    return Client.signIn(base, username, password);
  }

  /**
   * A raw body (an uploaded file) with its content type; the answer as text. Sent on a connection of its own,
   * never an idle one from fetch's pool: the server closes a connection idle for its keep-alive timeout (72 s),
   * and a test that has just built a 16 MB file synchronously (its event loop blocked for seconds) has not yet
   * seen that close, so fetch would write the upload into a closed connection (`write EPIPE`) — and fetch does
   * not retry a POST. A fresh connection leaves only the server's own answers (or its own resets) to observe.
   */
  async raw(method: string, url: string, body: Uint8Array, type: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      let answered = false;
      const req = httpRequest(
        `${this.base}${url}`,
        {
          method,
          agent: false,
          headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, 'content-type': type, 'content-length': String(body.byteLength), connection: 'close', ...headers },
        },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      // A server that answers early (a refusal before the whole body is read) may close while the rest is still
      // being sent: the answer, once it has begun, is what counts; before it, the error is the result.
      req.on('error', (err) => {
        if (!answered) reject(err);
      });
      req.end(body);
    });
  }

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
    const r = await fetch(`${this.base}${url}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await r.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      // not JSON
    }
    return { status: r.status, json };
  }
}

const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;

type Goal = { title: string; description?: string; indicators: Record<string, unknown>[] };

/**
 * The body a client sends to produce `version` of department `code`: every version differs in scalar fields
 * and in how many child rows it has (goals and indicators), so a save cut in half cannot look like a whole one.
 */
export function bodyForVersion(code: string, version: number): Record<string, unknown> {
  const body = structuredClone(demoRaw) as {
    department: Record<string, unknown>;
    region: Record<string, unknown>;
    staffing: Record<string, unknown>;
    goals: Goal[];
  };
  body.department = { ...body.department, code, name: `${code} 可靠性测试单位`, duties: `第${version}版职责：${'贯彻落实'.repeat(version % 13)}` };
  body.region = { ...body.region, code: REGION };
  body.staffing = { ...body.staffing, retirees: version % 97 };
  const base = body.goals;
  const copies = 3 + (version % 5);
  body.goals = Array.from({ length: copies }, (_, c) =>
    base.map((g) => ({
      ...g,
      title: `${g.title}·第${version}版${c}`,
      indicators: g.indicators.map((ind) => ({ ...ind, name: `${String(ind.name)}（v${version}-${c}）` })),
    })),
  ).flat();
  return body as unknown as Record<string, unknown>;
}

/** Stable JSON: keys sorted, so two equal records print the same. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export interface Expectation {
  readonly code: string;
  /** Highest version the server acknowledged (200/201). */
  readonly acknowledged: number;
  /** Highest version a request was sent for (it may have committed without its answer arriving). */
  readonly sent: number;
}

/**
 * Problems with the stored department-years after a crash: each must exist at a version between the last
 * acknowledged and the last sent, be exactly the body of that version (no row more, no row less), and
 * validate with exactly the findings that body gives.
 */
export async function checkWholeYears(db: Kysely<Database>, expectations: readonly Expectation[]): Promise<string[]> {
  const problems: string[] = [];
  for (const e of expectations) {
    const found = await getDepartmentYear(db, { regionCode: REGION, departmentCode: e.code }, YEAR);
    if (!found) {
      problems.push(`${e.code}: gone after the crash (acknowledged version ${e.acknowledged})`);
      continue;
    }
    if (found.version < e.acknowledged || found.version > e.sent) {
      problems.push(`${e.code}: version ${found.version} outside [${e.acknowledged} acknowledged, ${e.sent} sent]`);
      continue;
    }
    const expected: DepartmentYear = parseDepartmentYear(bodyForVersion(e.code, found.version));
    if (canonical(found.data) !== canonical(expected)) {
      const diff = firstDifference(found.data, expected);
      problems.push(`${e.code}: version ${found.version} is not the record that was saved as that version (${diff})`);
      continue;
    }
    const got = canonical(validateDepartmentYear(found.data));
    const want = canonical(validateDepartmentYear(expected));
    if (got !== want) problems.push(`${e.code}: version ${found.version} validates differently from the saved record`);
  }
  return problems;
}

function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (canonical(a) === canonical(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${at || '(root)'}: ${a.length} items stored, ${b.length} saved`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], at ? `${at}.${key}` : key);
      if (d) return d;
    }
  }
  return `${at || '(root)'}: ${JSON.stringify(a)?.slice(0, 80)} stored, ${JSON.stringify(b)?.slice(0, 80)} saved`;
}

export interface ScriptProcess {
  readonly child: ChildProcess;
  /** Resolves with the first stdout line matching `re` (rejects when the process ends first or on timeout). */
  waitFor(re: RegExp, timeoutMs?: number): Promise<string>;
  kill9(): Promise<void>;
  /** Resolves with the exit code when the process ends by itself. */
  finished(): Promise<number | null>;
  output(): string;
}

/** Run one of ./children/*.ts in its own Node process (through tsx), with `env`. */
export function spawnScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv): ScriptProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'test/reliability/children', script), ...args], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChildren.add(child);
  let output = '';
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (line: string) => void }[] = [];
  let pending = '';
  child.stdout?.on('data', (b: Buffer) => {
    output += b.toString();
    pending += b.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.re.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr?.on('data', (b: Buffer) => {
    output += b.toString();
  });
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      liveChildren.delete(child);
      resolve(code);
    }),
  );
  return {
    child,
    output: () => output,
    finished: () => exit,
    kill9: async () => {
      child.kill('SIGKILL');
      await exit;
    },
    waitFor: (re, timeoutMs = 120_000) => {
      const seen = lines.find((l) => re.test(l));
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line matching ${re} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
        waiters.push({
          re,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exit.then((code) => {
          clearTimeout(timer);
          reject(new Error(`process ended (${code}) before a line matching ${re}:\n${output}`));
        });
      });
    },
  };
}

/**
 * Open the target's database in this process (the server must not be running on an embedded folder).
 * Kysely's migrator introspects every schema of the database (pg_get_serial_sequence on each table), so
 * another test run dropping its throw-away schema at that moment fails our migration with "schema … does not
 * exist": retried a few times, only for a schema that is not ours.
 */
export async function openTarget(target: EngineTarget) {
  const { openDatabase, migrateToLatest } = await import('../../src/store/index.ts');
  for (let attempt = 1; ; attempt++) {
    const opened =
      target.engine === 'pglite'
        ? await openDatabase({ engine: 'pglite', dataDir: target.dataDir, log: () => {} })
        : await openDatabase({ engine: 'postgres', url: PG_URL, schema: target.schema, poolSize: 2 });
    try {
      await migrateToLatest(opened.db);
      return opened;
    } catch (err) {
      await opened.close();
      const other = /schema "([^"]+)" does not exist/.exec((err as Error).message)?.[1];
      if (attempt >= 4 || other === undefined || other === target.schema) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}
