import { DomainError } from '$lib/domain/errors';
import type { Entity, EntityType } from '$lib/domain/entities';
import { read, writeTx } from '$lib/server/db/driver';
import { diff, recordChange } from '$lib/server/entities/history';
import type { Actor } from '$lib/server/entities/actor';

/** Properties kept for the index and sorting only; never shown. */
const INTERNAL = ['sortName', 'searchText'];

export type WithVersion<T> = T & { version: string };

/** The entity with this id and type, trashed or not; 404 when absent. */
export async function getEntity<T extends Entity>(type: EntityType, id: string): Promise<WithVersion<T>> {
	const [row] = await read<{ entity: Record<string, unknown> & { type: string } }>('entities/get', { id });
	if (!row || row.entity.type !== type) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	const entity: Record<string, unknown> = { phones: [], emails: [], deletedAt: null, ...row.entity };
	for (const key of INTERNAL) delete entity[key];
	return entity as unknown as WithVersion<T>;
}

/** Type and name of any entity, trashed or not; 404 when absent. */
export async function getEntityAnyType(id: string): Promise<{ id: string; type: EntityType; name: string }> {
	const [row] = await read<{ entity: { type: EntityType; name: string } }>('entities/get', { id });
	if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	return { id, type: row.entity.type, name: row.entity.name };
}

/** Applies `props` if nobody saved the entity since `version`; otherwise 409 so the user can reload. */
export async function updateEntity(
	type: EntityType,
	id: string,
	version: string,
	props: Record<string, unknown>,
	actor: Actor
): Promise<void> {
	await writeTx(async (tx) => {
		const [row] = await tx.query<{ current: boolean; before: Record<string, unknown> }>('entities/update', {
			label: type,
			id,
			version,
			props,
			actorId: actor.id
		});
		if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
		if (!row.current) throw new DomainError('STALE_VERSION', 'error.stale', 409);
		const fields = diff(row.before, props, INTERNAL);
		if (fields.length > 0) await recordChange(tx, id, 'updated', actor, fields);
	});
}
