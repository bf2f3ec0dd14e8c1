import { DomainError } from '$lib/domain/errors';
import type { EntityRecord, EntityType } from '$lib/domain/entities';
import { kindOf } from '$lib/kinds/registry';
import type { Visibility } from '$lib/server/access/visibility';
import { read } from '$lib/server/db/driver';
import { DERIVED } from './pipeline';

/** A stored row as a record: lists default to empty, derived properties left out. */
export function toRecord(entity: Record<string, unknown>): EntityRecord {
	const kind = kindOf(String(entity.type));
	const record: Record<string, unknown> = { deletedAt: null, ownerId: null };
	for (const name of kind.fieldNames) record[name] = kind.fields[name]!.multiple ? [] : null;
	Object.assign(record, entity);
	for (const key of DERIVED) delete record[key];
	return record as EntityRecord;
}

/**
 * The entity with this id (of this type, when given), trashed or not; 404 when absent, and when
 * `scope` is given and does not see it (a record one may not see does not exist for them).
 */
export async function getEntity(id: string, type?: EntityType, scope?: Visibility): Promise<EntityRecord> {
	const [row] = await read<{ entity: Record<string, unknown>; visible: boolean }>('entities/get', { id, scope: scope ?? null });
	if (!row || !row.visible || (type && row.entity.type !== type)) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	return toRecord(row.entity);
}
