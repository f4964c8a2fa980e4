/**
 * The HTTP application: Fastify with one error handler and the routes, each a thin shell over a capability.
 * Built without listening so tests can `inject` requests.
 */
import Fastify, { type FastifyInstance, type FastifyReply, LogController } from 'fastify';
import { DataDirLockedError, type OpenedDatabase, VersionConflictError } from '../store/index.ts';
import { errorHandler, HttpError } from './errors.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { rejectNulParameters } from './reject-nul.ts';
import { assetRoutes } from './routes/assets.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { ledgerKeywordRoutes } from './routes/ledger-keywords.ts';
import { codeTableRoutes } from './routes/code-tables.ts';
import { auditRoutes } from './routes/audit.ts';
import { evaluationRoutes } from './routes/evaluation.ts';
import { reportRoutes } from './routes/report.ts';
import { scoreOverrideRoutes } from './routes/score-overrides.ts';
import { registerAuth } from './auth/auth-plugin.ts';
import { type LoginPolicy, loadLoginPolicy } from './auth/login-policy.ts';
import { auditTrailRoutes } from './routes/audit-trail.ts';
import { authRoutes } from './routes/auth.ts';
import { publicRoutes } from './routes/public.ts';
import { userRoutes } from './routes/users.ts';
import { webRoutes } from './routes/web.ts';
import { webApiRoutes } from './routes/web-api.ts';
import { webExcelRoutes } from './routes/web-excel.ts';
import { workflowRoutes } from './routes/workflow.ts';
import { userAdminRoutes } from './routes/user-admin.ts';
import { departmentSetupRoutes } from './routes/department-setup.ts';
import { departmentYearRoutes } from './routes/department-years.ts';
import { healthRoutes } from './routes/health.ts';
import { type ParseLimits, registerParsePool } from './parse/index.ts';

export interface AppDeps {
  readonly store: OpenedDatabase;
  readonly version: string;
  /** Sign-in policy (lock-out, rate limit, session length); default: server/auth/login-policy.json. */
  readonly loginPolicy?: LoginPolicy;
  /** The built web app; default web/dist. */
  readonly webDist?: string;
  /** Fill the county overview's cache in the background after start (the server does; tests need not). */
  readonly warmCaches?: boolean;
  /** Limits on reading uploads (workers, time, memory, cells); default: server/parse/parse-limits.json. */
  readonly parseLimits?: ParseLimits;
}

/** Largest JSON body accepted: a department-year with long narratives is well under 1 MB. */
export const BODY_LIMIT = 2 * 1024 * 1024;

/** Where the server's log goes: off (tests, by default), or pino JSON lines at `level` to `stream` (default stdout). */
export interface AppLogging {
  readonly level?: string;
  readonly stream?: { write(line: string): void };
}

export interface AppOptions {
  readonly logger?: boolean | AppLogging;
}

/** JIXIAO_TRUST_PROXY: unset/empty → trust no proxy; otherwise the proxies' addresses or CIDRs, comma-separated. */
export function trustProxySetting(value: string | undefined): boolean | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text === 'false') return false;
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const logging = options.logger === true ? {} : options.logger || undefined;
  const app = Fastify({
    logger: logging ? { level: logging.level ?? 'info', ...(logging.stream ? { stream: logging.stream } : {}) } : false,
    // One line per request, written below once the answer is known, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    // Behind a reverse proxy, the client's address (sign-in delays) comes from X-Forwarded-For only for the
    // proxies named here: JIXIAO_TRUST_PROXY=127.0.0.1 (or a comma-separated list, CIDRs). Unset: trust none.
    trustProxy: trustProxySetting(process.env.JIXIAO_TRUST_PROXY),
    // Fastify's own refusals (a malformed URL, a bad content type) answer in the project's error shape too.
    // Errors Node's HTTP parser raises before Fastify sees a request (an overlong URL or header: 431, a
    // malformed request line: 400) answer in the project's error shape too.
    clientErrorHandler: (err: NodeJS.ErrnoException, socket) => {
      if (!socket.writable) return;
      const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
      const body = JSON.stringify(
        tooLarge
          ? { code: 'request-too-large', message: '网址或请求头过长 / URL or headers too long' }
          : { code: 'bad-request', message: '请求格式有误 / malformed request' },
      );
      socket.end(
        `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
    frameworkErrors: (error, _request, reply) => {
      const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      const raw = reply as unknown as FastifyReply;
      raw.code(status).type('application/json; charset=utf-8').send({ code: 'bad-request', message: '请求有误（网址或请求头格式） / malformed request' });
    },
  });
  if (logging) {
    app.addHook('onResponse', async (request, reply) => {
      request.log.info(
        {
          method: request.method,
          // The route's pattern groups requests for the operator; the path (no query string) names this one.
          route: request.routeOptions.url ?? null,
          path: request.url.split('?')[0],
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request',
      );
    });
  }
  app.setErrorHandler(
    errorHandler((err) => {
      if (err instanceof VersionConflictError) return new HttpError(409, 'version-conflict', err.message);
      if (err instanceof DataDirLockedError) return new HttpError(503, 'locked', err.message);
      return undefined;
    }),
  );
  app.setNotFoundHandler((_request, reply) => {
    reply.status(404).send({ code: 'not-found', message: '未找到 / not found' });
  });
  registerSecurityHeaders(app);
  registerParsePool(app, deps.parseLimits);
  // Sessions, CSRF and the route table first, so they cover every route below.
  const policy = deps.loginPolicy ?? loadLoginPolicy();
  await registerAuth(app, { db: deps.store.db, policy });
  rejectNulParameters(app);
  healthRoutes(app, deps);
  departmentYearRoutes(app, deps);
  departmentSetupRoutes(app, deps);
  userAdminRoutes(app, deps);
  evaluationRoutes(app, deps);
  reportRoutes(app, deps);
  scoreOverrideRoutes(app, deps);
  auditRoutes(app);
  assetRoutes(app, deps);
  ledgerRoutes(app, deps);
  ledgerKeywordRoutes(app, deps);
  codeTableRoutes(app);
  authRoutes(app, { ...deps, policy });
  userRoutes(app, deps);
  workflowRoutes(app, deps);
  auditTrailRoutes(app, deps);
  publicRoutes(app, deps);
  webApiRoutes(app, deps);
  webExcelRoutes(app, deps);
  await webRoutes(app, deps.webDist);
  return app;
}
