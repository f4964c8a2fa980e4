/**
 * The server's JSON API: one fetch wrapper that sends the session cookie (same origin), the CSRF token on
 * every state-changing request, and `If-Match` for optimistic locking; errors come back as ApiError with the
 * server's `{ code, message, details }`.
 */

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
    super(message);
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
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Raw body (file upload) instead of JSON. */
  raw?: Blob;
  ifMatch?: number;
  headers?: Record<string, string>;
}

export async function api<T>(url: string, options: RequestOptions = {}): Promise<{ data: T; etag: string | null }> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { ...options.headers };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
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
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络 / cannot reach the server');
  }
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    const err = (payload ?? {}) as Partial<ApiErrorBody>;
    if (response.status === 401 && !url.startsWith('/api/auth/')) onUnauthorized();
    throw new ApiError(response.status, err.code ?? 'http', err.message ?? `请求失败（${response.status}）`, err.details);
  }
  return { data: payload as T, etag: response.headers.get('etag') };
}

export const get = async <T>(url: string): Promise<T> => (await api<T>(url)).data;
export const post = async <T>(url: string, body?: unknown, ifMatch?: number): Promise<T> =>
  (await api<T>(url, { method: 'POST', body: body ?? {}, ifMatch })).data;

/** A human message for any error: the server's Chinese message, or a generic one. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'version-conflict') return '数据已被他人修改，请刷新后再编辑';
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
