/**
 * The server's JSON API: one fetch wrapper that sends the session cookie (same origin), the CSRF token on
 * every state-changing request, and `If-Match` for optimistic locking; errors come back as ApiError with the
 * server's `{ code, message, details }`.
 */
import { chineseOnly } from './lib/chinese.ts';

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(chineseOnly(message, `请求未完成（${status}）`));
  }
}

let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when any request answers 401 (session ended): the app goes back to the sign-in screen. */
let onUnauthorized: () => void = () => {};
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Raw body (file upload) instead of JSON. */
  raw?: Blob;
  ifMatch?: number;
  headers?: Record<string, string>;
}

/**
 * The last version seen of each department-year (`/api/departments/:id/years/:year`), from its ETag or a
 * `version` in a response: every update under that year sends it as If-Match, so a change made meanwhile by
 * someone else is refused instead of overwritten, even by a screen that does not pass the version itself.
 */
const yearVersions = new Map<string, number>();
const YEAR_BASE = /^\/api\/departments\/[^/?]+\/years\/\d+/;

function rememberVersion(url: string, etag: string | null, payload: unknown): void {
  const base = YEAR_BASE.exec(url)?.[0];
  if (!base) return;
  const fromTag = etag ? Number(etag.replace(/^W\//, '').replace(/"/g, '')) : Number.NaN;
  const fromBody = payload && typeof payload === 'object' ? (payload as { version?: unknown }).version : undefined;
  const version = Number.isInteger(fromTag) ? fromTag : typeof fromBody === 'number' ? fromBody : undefined;
  // the body's `version` is the year's only on the year itself; sub-resources say it in their ETag
  const own = Number.isInteger(fromTag) || url === base || url.startsWith(`${base}?`);
  if (version !== undefined && own) yearVersions.set(base, version);
}

export function knownVersion(url: string): number | undefined {
  const base = YEAR_BASE.exec(url)?.[0];
  return base ? yearVersions.get(base) : undefined;
}

export async function api<T>(url: string, options: RequestOptions = {}): Promise<{ data: T; etag: string | null }> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { ...options.headers };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const ifMatch = options.ifMatch ?? (method === 'GET' ? undefined : knownVersion(url));
  if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
  let body: BodyInit | undefined;
  if (options.raw) {
    body = options.raw;
    headers['content-type'] ??= 'application/octet-stream';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    const err = (payload ?? {}) as Partial<ApiErrorBody>;
    if (response.status === 401 && !url.startsWith('/api/auth/')) onUnauthorized();
    throw new ApiError(response.status, err.code ?? 'http', err.message ?? `请求失败（${response.status}）`, err.details);
  }
  const etag = response.headers.get('etag');
  rememberVersion(url, etag, payload);
  return { data: payload as T, etag };
}

export const get = async <T>(url: string): Promise<T> => (await api<T>(url)).data;
export const post = async <T>(url: string, body?: unknown, ifMatch?: number): Promise<T> =>
  (await api<T>(url, { method: 'POST', body: body ?? {}, ifMatch })).data;

/** A human message for any error: the Chinese half of the server's message, or a generic Chinese one. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'version-conflict') return '数据已被他人修改，请刷新后再编辑';
    if (err.code === 'precondition-required') return '请先刷新页面读取最新数据，再保存';
    if (err.status >= 500) return `服务器出错（${err.status}），请稍后重试；若一再出现，请联系管理员`;
    return chineseOnly(err.message, `请求未完成（${err.status}）`);
  }
  return chineseOnly(err instanceof Error ? err.message : String(err));
}
