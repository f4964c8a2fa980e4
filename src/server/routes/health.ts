import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/health', async () => {
    await deps.store.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    return { status: 'ok', engine: deps.store.engine, version: deps.version };
  });
}
