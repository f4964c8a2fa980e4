/**
 * HTTP errors: `{ code, message, details? }` with a 4xx status; a 5xx never shows its cause. One handler maps
 * every error the routes and Fastify raise.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InputError } from '../core/input-error.ts';
import { ParseLimitError } from './parse/parse-limit-error.ts';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = () => new HttpError(404, 'not-found', '未找到 / not found');

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

/** Errors that the store raises and that mean the user must act (conflict, locked folder). */
export type KnownErrorMapper = (err: unknown) => HttpError | undefined;

export function errorHandler(mapKnown: KnownErrorMapper) {
  return (err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const body = toBody(err, mapKnown);
    // The operator's only trace of a 5xx: the error with its stack (the client gets no detail).
    if (body.status >= 500) request.log.error({ err, method: request.method, route: request.routeOptions?.url ?? null }, 'internal error');
    reply.status(body.status).type('application/json; charset=utf-8').send(body.body);
  };
}

function toBody(err: unknown, mapKnown: KnownErrorMapper): { status: number; body: ErrorBody } {
  if (err instanceof HttpError) {
    return { status: err.statusCode, body: { code: err.code, message: err.message, details: err.details } };
  }
  if (err instanceof ParseLimitError) {
    return { status: err.statusCode, body: { code: err.kind, message: err.message } };
  }
  if (err instanceof InputError) {
    return { status: 400, body: { code: 'invalid-input', message: err.message, details: err.issues } };
  }
  const known = mapKnown(err);
  if (known) return toBody(known, mapKnown);
  const fe = err as FastifyError;
  // PostgreSQL data exceptions (class 22: an impossible date, a number out of range, a character it cannot
  // store) are bad input that slipped past validation: the user's to fix, never a 500.
  const pgCode = (err as { code?: unknown }).code;
  if (typeof pgCode === 'string' && /^22[0-9A-Z]{3}$/.test(pgCode)) {
    return { status: 400, body: { code: 'invalid-input', message: '输入的数据无效（日期、数值或字符超出范围） / invalid value (date, number or character out of range)' } };
  }
  if (fe.code === 'FST_ERR_BAD_URL' || err instanceof URIError) {
    return { status: 400, body: { code: 'bad-url', message: '网址或参数编码有误 / malformed URL or parameter encoding' } };
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return {
      status: 413,
      body: { code: 'body-too-large', message: '请求体过大 / request body too large' },
    };
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return {
      status: 415,
      body: { code: 'unsupported-media-type', message: '不支持的内容类型，请发送 JSON / send application/json' },
    };
  }
  // Only Fastify's own body parser speaks for the client's JSON: a SyntaxError thrown by server code is a 500.
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { status: 400, body: { code: 'invalid-json', message: '请求体不是有效的 JSON / body is not valid JSON' } };
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, body: { code: 'bad-request', message: `请求有误 / bad request` } };
  }
  return { status: 500, body: { code: 'internal', message: '服务器内部错误 / internal server error' } };
}
