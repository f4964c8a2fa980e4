/**
 * The edit history of a fixed-asset card (资产卡片修改记录): every change made by an edit on screen
 * (PATCH …/assets/:number) or by a register import that updated the card, with who, when and old → new as
 * the register prints the values. Kept in the append-only audit log (actions asset-update / asset-import,
 * paths `assets[资产编号].字段`) under the year the change was made; a department-year's own trail leaves
 * them out. GET /api/departments/:id/assets/:number/history answers it, newest first.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AssetTenant, FieldChange as CardChange } from '../../assets/index.ts';
import { appendAuditEntry, listAuditEntries } from '../../store/audit-log-repository.ts';
import type { OpenedDatabase } from '../../store/index.ts';
import { actorRef } from '../auth/actor.ts';
import { actorOf, tenantFor } from '../context.ts';

export const ASSET_ACTIONS: readonly string[] = ['asset-update', 'asset-import'];

const pathOf = (assetNumber: string, field: string) => `assets[${assetNumber}].${field}`;

/** Write one audit entry for the cards an edit or an import changed (nothing when none changed). */
export async function recordAssetChanges(
  store: OpenedDatabase,
  request: FastifyRequest,
  tenant: AssetTenant,
  action: 'asset-update' | 'asset-import',
  cards: readonly { readonly assetNumber: string; readonly changes: readonly CardChange[] }[],
): Promise<void> {
  const changes = cards.flatMap((card) =>
    card.changes.map((c) => ({ path: pathOf(card.assetNumber, c.field), label: c.label, old: c.before, new: c.after })),
  );
  if (changes.length === 0) return;
  await appendAuditEntry(store.db, {
    tenant,
    fiscalYear: new Date().getFullYear(),
    actor: actorRef(actorOf(request)),
    action,
    version: null,
    changes,
  });
}

export function assetHistoryRoutes(app: FastifyInstance, store: OpenedDatabase): void {
  app.get<{ Params: { id: string; number: string } }>('/api/departments/:id/assets/:number/history', async (request) => {
    const tenant = tenantFor(request, request.params.id);
    const prefix = `assets[${request.params.number}]`;
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
