/**
 * PostgreSQL text cannot hold U+0000, so a NUL in a path or query parameter can only end in a database error
 * (a 500) further down. Refuse it up front, for every route, with a clear 400.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.ts';

const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : Array.isArray(value)
      ? value.some(hasNul)
      : value !== null && typeof value === 'object' && Object.values(value).some(hasNul);

/** A lone UTF-16 surrogate (`"\ud800"` in JSON) is no character: PostgreSQL refuses it with a 500 further down. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);
const hasLoneSurrogate = (value: unknown, depth = 0): boolean =>
  depth > 64
    ? false
    : typeof value === 'string'
      ? !wellFormed(value)
      : Array.isArray(value)
        ? value.some((v) => hasLoneSurrogate(v, depth + 1))
        : value !== null && typeof value === 'object' && !Buffer.isBuffer(value) && Object.entries(value).some(([k, v]) => !wellFormed(k) || hasLoneSurrogate(v, depth + 1));

/** A `:year` in a URL: a year of the fiscal calendar, else the route answers 404 as for any unknown year. */
const YEAR = /^\d{4}$/;

export function rejectNulParameters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (hasNul(request.params) || hasNul(request.query)) {
      throw new HttpError(400, 'invalid-input', '参数不能包含 NUL 字符 / parameters must not contain NUL (U+0000)');
    }
    if (hasLoneSurrogate(request.params) || hasLoneSurrogate(request.query) || hasLoneSurrogate(request.body)) {
      throw new HttpError(400, 'invalid-text', '文本包含无效的 Unicode 字符（单独的代理项） / text holds an invalid Unicode character (a lone surrogate)');
    }
    const year = (request.params as { year?: unknown } | undefined)?.year;
    if (typeof year === 'string' && !YEAR.test(year)) throw new HttpError(404, 'not-found', '未找到 / not found');
  });
}
