/**
 * The HTTP application: Fastify with one error handler and the routes, each a thin shell over a capability.
 * Built without listening so tests can `inject` requests.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { DataDirLockedError, type OpenedDatabase, VersionConflictError } from '../store/index.ts';
import { errorHandler, HttpError } from './errors.ts';
import { auditRoutes } from './routes/audit.ts';
import { evaluationRoutes } from './routes/evaluation.ts';
import { homeRoutes } from './routes/home.ts';
import { departmentYearRoutes } from './routes/department-years.ts';
import { healthRoutes } from './routes/health.ts';

export interface AppDeps {
  readonly store: OpenedDatabase;
  readonly version: string;
}

/** Largest JSON body accepted: a department-year with long narratives is well under 1 MB. */
export const BODY_LIMIT = 2 * 1024 * 1024;

export async function buildApp(deps: AppDeps, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT });
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
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
  });
  healthRoutes(app, deps);
  departmentYearRoutes(app, deps);
  evaluationRoutes(app, deps);
  auditRoutes(app);
  homeRoutes(app, deps);
  return app;
}
