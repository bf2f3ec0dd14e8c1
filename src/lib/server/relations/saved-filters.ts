import { randomUUID } from 'node:crypto';
import type { EntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import { filterNode, type SavedFilter, type SavedFilterInput } from '$lib/domain/filters';
import { read, write } from '$lib/server/db/driver';

interface Row {
	filter: Omit<SavedFilter, 'filter' | 'mine'> & { definition: string };
}

function toSaved(row: Row, userId: string): SavedFilter {
	const { definition, ...rest } = row.filter;
	return { ...rest, filter: filterNode.parse(JSON.parse(definition)), mine: rest.ownerId === userId };
}

export async function visibleFilters(entityType: EntityType, userId: string): Promise<SavedFilter[]> {
	return (await read<Row>('saved-filters/visible', { entityType, userId })).map((r) => toSaved(r, userId));
}

/** A filter the user owns or that was shared; 404 otherwise (a private filter of someone else does not exist for them). */
export async function getSavedFilter(id: string, userId: string): Promise<SavedFilter> {
	const [row] = await read<Row>('saved-filters/get', { id, userId });
	if (!row) throw new DomainError('FILTER_NOT_FOUND', 'error.filter.notFound', 404);
	return toSaved(row, userId);
}

export async function saveFilter(input: SavedFilterInput, userId: string): Promise<string> {
	const [row] = await write<{ id: string }>('saved-filters/save', {
		id: randomUUID(),
		name: input.name,
		entityType: input.entityType,
		shared: input.shared,
		userId,
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
