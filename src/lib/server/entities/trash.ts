import type { EntityType, ListQuery } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import { write, writeTx } from '$lib/server/db/driver';
import { archiveRelations } from '$lib/server/relations/relate';
import { recordChange } from '$lib/server/entities/history';
import type { Actor } from '$lib/server/entities/actor';
import { listPage } from '$lib/server/entities/listing';

export function trashEntity(id: string, actor: Actor): Promise<EntityType> {
	return writeTx(async (tx) => {
		const [row] = await tx.query<{ staff: boolean; ours: boolean; trashedNow: boolean; type: EntityType }>(
			'entities/trash',
			{ id, actorId: actor.id }
		);
		if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
		if (row.staff) throw new DomainError('STAFF_CONTACT', 'error.trash.staff', 409);
		if (row.ours) throw new DomainError('MANAGED_ORGANISATION', 'error.trash.managed', 409);
		if (row.trashedNow) await recordChange(tx, id, 'trashed', actor);
		return row.type;
	});
}

export function restoreEntity(id: string, actor: Actor): Promise<EntityType> {
	return writeTx(async (tx) => {
		const [row] = await tx.query<{ type: EntityType }>('entities/restore', { id });
		if (!row) throw new DomainError('NOT_IN_TRASH', 'error.trash.notTrashed', 404);
		await recordChange(tx, id, 'restored', actor);
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

export const listTrash = (query: ListQuery) => listPage('entities/trash-list', query, ['deletedAt']);
