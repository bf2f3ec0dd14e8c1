import type { EntitySummary, EntityType, ListQuery, Page } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import { KINDS } from '$lib/kinds/registry';
import type { Visibility } from '$lib/server/access/visibility';
import { getSettings } from '$lib/server/app/settings';
import { readTx, writeTx } from '$lib/server/db/driver';
import { archiveRelations } from '$lib/server/relations/relate';
import { recordChange } from '$lib/server/entities/history';
import type { Actor } from '$lib/server/entities/actor';
import { fulltextQuery } from './fulltext-query';
import { announceChange, notifyOwner } from './pipeline';
import { summaries } from './summaries';

const WORKFLOW_TYPES = KINDS.filter((k) => k.workflow).map((k) => k.type);

/** Moves an entity to the trash (unless it is a staff contact or one of ours); its kind and name come back. */
export function trashEntity(id: string, actor: Actor): Promise<{ type: EntityType; name: string }> {
	return writeTx(async (tx) => {
		const [row] = await tx.query<{ staff: boolean; ours: boolean; workflow: boolean; trashedNow: boolean; type: EntityType; name: string; ownerId: string | null }>(
			'entities/trash',
			{ id, actorId: actor.id, workflowTypes: WORKFLOW_TYPES }
		);
		if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
		if (row.staff) throw new DomainError('STAFF_CONTACT', 'error.trash.staff', 409);
		if (row.ours) throw new DomainError('MANAGED_ORGANISATION', 'error.trash.managed', 409);
		if (row.workflow) throw new DomainError('WORKFLOW_RECORD', 'error.trash.workflow', 409);
		if (row.trashedNow) {
			await recordChange(tx, id, 'trashed', actor);
			await announceChange(tx, { id, type: row.type, name: row.name }, 'trashed', actor);
			await notifyOwner(tx, row, { id, type: row.type, name: row.name }, actor, 'notify.entityTrashed');
		}
		return { type: row.type, name: row.name };
	});
}

export function restoreEntity(id: string, actor: Actor): Promise<EntityType> {
	return writeTx(async (tx) => {
		const [row] = await tx.query<{ type: EntityType; name: string }>('entities/restore', { id });
		if (!row) throw new DomainError('NOT_IN_TRASH', 'error.trash.notTrashed', 404);
		await recordChange(tx, id, 'restored', actor);
		await announceChange(tx, { id, type: row.type, name: row.name }, 'restored', actor);
		return row.type;
	});
}

/**
 * Deletes for good, only from the trash. Its relations are archived first, so the entities on the
 * other side keep them in their history.
 */
export function purgeEntity(id: string, actor: Actor): Promise<EntityType> {
	return writeTx(async (tx) => {
		await archiveRelations(tx, await tx.query('relations/of-entity-ids', { id }), actor);
		const [row] = await tx.query<{ type: EntityType }>('entities/purge', { id });
		if (!row) throw new DomainError('NOT_IN_TRASH', 'error.trash.notTrashed', 404);
		return row.type;
	});
}

/** One page of the trash, most recently trashed first. */
export async function listTrash(query: ListQuery, scope: Visibility): Promise<Page<EntitySummary>> {
	const search = query.q ? fulltextQuery(query.q, (await getSettings()).defaultPhoneCountry) : null;
	if (query.q && !search) return { items: [], total: 0, page: 1, size: query.size };
	return readTx(async (tx) => {
		const [row] = await tx.query<{ total: number; page: string[] }>('entities/trash-list', {
			search,
			skip: (query.page - 1) * query.size,
			limit: query.size,
			scope
		});
		return { items: await summaries(tx, row?.page ?? [], scope), total: row?.total ?? 0, page: query.page, size: query.size };
	});
}
