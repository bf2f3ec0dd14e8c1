import type { EntityType, ListQuery } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import { write } from '../db/driver';
import type { Actor } from './actor';
import { listPage } from './listing';

export async function trashEntity(id: string, actor: Actor): Promise<EntityType> {
	const [row] = await write<{ staff: boolean; ours: boolean; trashed: boolean; type: EntityType }>(
		'entities/trash',
		{ id, actorId: actor.id }
	);
	if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	if (row.staff) throw new DomainError('STAFF_CONTACT', 'error.trash.staff', 409);
	if (row.ours) throw new DomainError('MANAGED_ORGANISATION', 'error.trash.managed', 409);
	return row.type;
}

export async function restoreEntity(id: string): Promise<EntityType> {
	const [row] = await write<{ type: EntityType }>('entities/restore', { id });
	if (!row) throw new DomainError('NOT_IN_TRASH', 'error.trash.notTrashed', 404);
	return row.type;
}

/** Deletes for good, with its relations; only from the trash. */
export async function purgeEntity(id: string): Promise<EntityType> {
	const [row] = await write<{ type: EntityType }>('entities/purge', { id });
	if (!row) throw new DomainError('NOT_IN_TRASH', 'error.trash.notTrashed', 404);
	return row.type;
}

export const listTrash = (query: ListQuery) => listPage('entities/trash-list', query, ['deletedAt']);
