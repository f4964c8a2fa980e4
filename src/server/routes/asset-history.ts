/**
 * The edit history of a fixed-asset card (资产卡片修改记录): every change made by an edit on screen
 * (PATCH …/assets/:number) or by a register import that updated the card, with who, when and old → new as
 * the register prints the values. Kept in the append-only audit log (actions asset-update / asset-import,
 * paths `assets[资产编号].字段`) under the year the change was made; a department-year's own trail leaves
 * them out. GET /api/departments/:id/assets/:number/history answers it, newest first. The entries are written
 * by the store in the transaction of the change itself (assets-repository.ts), never after it.
 */
import type { FastifyInstance } from 'fastify';
import { assetHistoryPath } from '../../assets/index.ts';
import { listAuditEntries } from '../../store/audit-log-repository.ts';
import type { OpenedDatabase } from '../../store/index.ts';
import { tenantFor } from '../context.ts';

export const ASSET_ACTIONS: readonly string[] = ['asset-update', 'asset-import'];

export function assetHistoryRoutes(app: FastifyInstance, store: OpenedDatabase): void {
  app.get<{ Params: { id: string; number: string } }>('/api/departments/:id/assets/:number/history', async (request) => {
    const tenant = tenantFor(request, request.params.id);
    const prefix = assetHistoryPath(request.params.number, '').slice(0, -1);
    const entries = await listAuditEntries(store.db, tenant, { actions: ASSET_ACTIONS, pathPrefix: prefix });
    return {
      items: entries.map((e) => ({
        id: e.id,
        at: e.at,
        actor: e.actor.name,
        action: e.action,
        changes: e.changes.map((c) => ({
          field: c.path.slice(prefix.length + 1),
          label: (c as { label?: string }).label ?? c.path.slice(prefix.length + 1),
          old: c.old,
          new: c.new,
        })),
      })),
    };
  });
}
