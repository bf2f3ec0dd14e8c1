import { randomUUID } from 'node:crypto';
import type { EntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import { filterNode, type SavedFilter, type SavedFilterInput } from '$lib/domain/filters';
import { isStaff, type Keeper } from '$lib/domain/roles';
import { read, write } from '$lib/server/db/driver';

interface Row {
	filter: Omit<SavedFilter, 'filter' | 'mine'> & { definition: string };
}

function toSaved(row: Row, userId: string): SavedFilter {
	const { definition, ...rest } = row.filter;
	return { ...rest, filter: filterNode.parse(JSON.parse(definition)), mine: rest.ownerId === userId };
}

export async function visibleFilters(entityType: EntityType, user: Keeper): Promise<SavedFilter[]> {
	return (await read<Row>('saved-filters/visible', { entityType, userId: user.id, staff: isStaff(user.role) })).map((r) => toSaved(r, user.id));
}

/** A filter the user owns or that was shared; 404 otherwise (a private filter of someone else does not exist for them). */
export async function getSavedFilter(id: string, user: Keeper): Promise<SavedFilter> {
	const [row] = await read<Row>('saved-filters/get', { id, userId: user.id, staff: isStaff(user.role) });
	if (!row) throw new DomainError('FILTER_NOT_FOUND', 'error.filter.notFound', 404);
	return toSaved(row, user.id);
}

export async function saveFilter(input: SavedFilterInput, user: Keeper): Promise<string> {
	const [row] = await write<{ id: string }>('saved-filters/save', {
		id: randomUUID(),
		name: input.name,
		entityType: input.entityType,
		shared: input.shared && isStaff(user.role),
		userId: user.id,
		definition: JSON.stringify(input.filter)
	});
	return row!.id;
}

/** Deletes one of the user's filters and returns its name. */
export async function deleteSavedFilter(id: string, userId: string): Promise<string> {
	const [row] = await write<{ name: string }>('saved-filters/delete', { id, userId });
	if (!row) throw new DomainError('FILTER_NOT_FOUND', 'error.filter.notFound', 404);
	return row.name;
}
