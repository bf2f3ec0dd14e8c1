import { DomainError } from '$lib/domain/errors';
import { parseWith } from '$lib/domain/forms';
import { MAX_PATH_LENGTH, MAX_PATHS, pathQuery, type EntityPath, type PathEntity, type PathHop } from '$lib/domain/paths-graph';
import { read } from '../db/driver';

export interface ShortestPathOptions {
	/** Hops at most, 1 to 6 (default 4). */
	maxLength?: number;
	/** Paths at most, 1 to 5 (default 5). */
	limit?: number;
}

/**
 * The shortest paths between two entities over relations, shortest first (then in the database's
 * order): up to `limit` of them, none longer than `maxLength`, none through an entity in the trash.
 * Empty when either end is missing or trashed, or nothing connects them within `maxLength`.
 * Refuses (422, INVALID_PATH_QUERY) bounds outside 1–6 hops and 1–5 paths, and from = to.
 */
export async function shortestPaths(fromId: string, toId: string, options: ShortestPathOptions = {}): Promise<EntityPath[]> {
	const parsed = parseWith(pathQuery, { fromId, toId, maxLength: options.maxLength ?? 4, limit: options.limit ?? MAX_PATHS });
	if (!parsed.ok) {
		const [field, key] = Object.entries(parsed.fieldErrors)[0]!;
		throw new DomainError('INVALID_PATH_QUERY', key, 422, { maxLength: MAX_PATH_LENGTH, limit: MAX_PATHS }, { [field]: key });
	}
	const query = parsed.data;
	if (query.fromId === query.toId) throw new DomainError('INVALID_PATH_QUERY', 'graphql.paths.same', 422, {}, { toId: 'graphql.paths.same' });
	const rows = await read<{ entities: PathEntity[]; hops: PathHop[] }>('graph/shortest-paths', {
		from: query.fromId,
		to: query.toId,
		maxLength: query.maxLength,
		limit: query.limit
	});
	return rows.map((row) => ({ length: row.hops.length, entities: row.entities, hops: row.hops }));
}
