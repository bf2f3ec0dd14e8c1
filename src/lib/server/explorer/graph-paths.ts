import { DomainError } from '$lib/domain/errors';
import { parseWith } from '$lib/domain/forms';
import { MAX_PATH_LENGTH, MAX_PATHS, pathQuery, type EntityPath, type PathEntity, type PathHop } from '$lib/domain/graph-paths';
import type { Visibility } from '$lib/server/access/visibility';
import { readTx, type Tx } from '$lib/server/db/driver';
import { cypher } from '$lib/server/db/queries';

export interface ShortestPathOptions {
	/** Hops at most, 1 to 6 (default 4). */
	maxLength?: number;
	/** Paths at most, 1 to 5 (default 5). */
	limit?: number;
}

/**
 * The shortest paths between two entities over relations, shortest first (then in the database's
 * order): up to `limit` of them, none longer than `maxLength`, none through an entity in the trash;
 * when fewer than `limit` have the shortest length and it is at most 2, paths one relation longer
 * fill the list.
 * Empty when either end is missing or trashed, or nothing connects them within `maxLength`.
 * Refuses (422, INVALID_PATH_QUERY) bounds outside 1–6 hops and 1–5 paths, and from = to.
 */
export async function shortestPaths(fromId: string, toId: string, scope: Visibility, options: ShortestPathOptions = {}): Promise<EntityPath[]> {
	const parsed = parseWith(pathQuery, { fromId, toId, maxLength: options.maxLength ?? 4, limit: options.limit ?? MAX_PATHS });
	if (!parsed.ok) {
		const [field, key] = Object.entries(parsed.fieldErrors)[0]!;
		throw new DomainError('INVALID_PATH_QUERY', key, 422, { maxLength: MAX_PATH_LENGTH, limit: MAX_PATHS }, { [field]: key });
	}
	const query = parsed.data;
	if (query.fromId === query.toId) throw new DomainError('INVALID_PATH_QUERY', 'graphql.paths.same', 422, {}, { toId: 'graphql.paths.same' });
	return readTx(async (tx) => {
		const shortest = await pathsOf(tx, 'graph/paths-all-shortest', query.maxLength, query, scope);
		const length = shortest[0]?.length;
		if (length === undefined || shortest.length >= query.limit || length >= query.maxLength || length > MAX_FILLED_LENGTH) return shortest;
		// The search for longer paths cannot check visibility on its way (its node patterns take no subquery): shortest only.
		if (scope) return shortest;
		// Fewer than asked of the shortest length, and short ones: fill up with paths one relation longer.
		const seen = new Set(shortest.map(pathKey));
		const longer = await pathsOf(tx, 'graph/paths-k-shortest', length + 1, query, scope);
		return [...shortest, ...longer.filter((p) => !seen.has(pathKey(p)))].slice(0, query.limit);
	});
}

/**
 * Longer alternatives are looked for only next to short connections (a direct relation, one
 * intermediary): the search for them goes outward from one end, and three hops out from an entity
 * next to a hub with tens of thousands of relations is already a large part of the graph.
 */
const MAX_FILLED_LENGTH = 2;

const pathKey = (path: EntityPath) => path.hops.map((h) => h.relationId).join(' ');

async function pathsOf(tx: Tx, pattern: string, maxLength: number, query: { fromId: string; toId: string; limit: number }, scope: Visibility): Promise<EntityPath[]> {
	const text = cypher('graph/shortest-paths').replace('/*PATHS*/', cypher(pattern).replaceAll('/*MAX_LENGTH*/', String(maxLength)));
	const rows = await tx.run<{ entities: PathEntity[]; hops: PathHop[] }>(text, { from: query.fromId, to: query.toId, limit: query.limit, scope });
	return rows.map((row) => ({ length: row.hops.length, entities: row.entities, hops: row.hops }));
}
