import type { EntitySummary, EntityType, ListQuery, OpenPage } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import { filterSize, MAX_FILTER_CONDITIONS, MAX_FILTER_DEPTH, type FilterNode } from '$lib/domain/filters';
import type { Visibility } from '$lib/server/access/visibility';
import { readTx, type Tx } from '$lib/server/db/driver';
import { cypher } from '$lib/server/db/queries';
import { fulltextQuery } from '$lib/server/entities/fulltext-query';
import { sortOf } from '$lib/server/entities/listing';
import { summaries } from '$lib/server/entities/summaries';
import { getSettings } from '$lib/server/app/settings';
import { compileFilter, fillTemplate, type CompiledFilter, type SideInfo } from '$lib/server/relations/filter-compiler';
import { assertKnownSides } from '$lib/server/relations/relation-types';

/** Past this many matches an answer is "common": walk the name index for the page, count apart. */
const COMMON = 2000;

function relationKeys(node: FilterNode): string[] {
	if (node.kind === 'group') return node.items.flatMap(relationKeys);
	if (node.kind !== 'relation') return [];
	return [node.type, ...(node.target.kind === 'filter' ? relationKeys(node.target.filter) : [])];
}

function checkSize(filter: FilterNode): void {
	const size = filterSize(filter);
	if (size.depth > MAX_FILTER_DEPTH || size.conditions > MAX_FILTER_CONDITIONS) {
		throw new DomainError('FILTER_TOO_LARGE', 'error.filter.tooLarge', 422, { depth: MAX_FILTER_DEPTH, conditions: MAX_FILTER_CONDITIONS });
	}
}

async function sidesFor(tx: Tx, filter: FilterNode): Promise<Map<string, SideInfo>> {
	const rows = await tx.query<{ key: string; nativeType: string; canonical: boolean; symmetric: boolean }>('relation-types/sides');
	// A canonical side is stored in its own direction: its relations go out of the filtered entity.
	const sides = new Map<string, SideInfo>(rows.map((r) => [r.key, { nativeType: r.nativeType, outgoing: r.canonical, symmetric: r.symmetric }]));
	assertKnownSides(sides, relationKeys(filter));
	return sides;
}

/** The search box narrows a filtered list through the full-text index; null when it holds nothing searchable. */
async function searchOf(query: ListQuery): Promise<{ fulltext: string } | null | undefined> {
	if (!query.q) return undefined;
	const fulltext = fulltextQuery(query.q, (await getSettings()).defaultPhoneCountry);
	return fulltext ? { fulltext } : null;
}

const run = (tx: Tx, template: string, type: EntityType, compiled: CompiledFilter, params: Record<string, unknown>, dir?: 'asc' | 'desc') =>
	tx.run<Record<string, unknown>>(fillTemplate(cypher(template), type, compiled, dir), { ...compiled.params, ...params });

/**
 * Entities of one type matching a filter (and the search box, if used): one page, sorted.
 *
 * A rare answer (under 2,000 matches) is gathered from the most selective condition, sorted whole,
 * and comes with its exact total. A common one, in name order, is read by walking the name index and
 * stopping once the page is full, whatever the total; its total is then null, for `countFilter`.
 */
export async function runFilter(
	entityType: EntityType,
	filter: FilterNode,
	query: ListQuery,
	scope: Visibility,
	{ common = COMMON } = {}
): Promise<OpenPage<EntitySummary>> {
	checkSize(filter);
	const search = await searchOf(query);
	const empty = { items: [], total: 0, page: query.page, size: query.size, hasMore: false };
	if (search === null) return empty;
	const paging = { skip: (query.page - 1) * query.size, limit: query.size, scope };

	return readTx(async (tx) => {
		const sides = await sidesFor(tx, filter);
		const compiled = compileFilter(entityType, filter, sides, search ?? 'generator');
		const byName = query.sort === 'name';
		let isCommon = !search && compiled.source === null;
		if (!search && compiled.source !== null && byName) {
			const [probe] = await run(tx, 'filters/probe', entityType, compiled, { cap: common, scope });
			isCommon = (probe?.matches as number) >= common;
		}
		if (isCommon && byName) {
			const walk = compileFilter(entityType, filter, sides, 'label');
			const rows = await run(tx, 'filters/page-by-name', entityType, walk, paging, query.dir);
			const ids = rows.map((r) => r.id as string);
			return { items: await summaries(tx, ids.slice(0, query.size), scope), total: null, page: query.page, size: query.size, hasMore: ids.length > query.size };
		}
		const [page] = await run(tx, 'filters/page', entityType, compiled, { ...paging, ...sortOf(entityType, query), desc: query.dir === 'desc' });
		const total = (page?.total as number) ?? 0;
		return {
			items: await summaries(tx, (page?.page as string[]) ?? [], scope),
			total,
			page: query.page,
			size: query.size,
			hasMore: query.page * query.size < total
		};
	});
}

/** The exact number of matches, for the pages `runFilter` left uncounted. */
export async function countFilter(entityType: EntityType, filter: FilterNode, query: ListQuery, scope: Visibility): Promise<number> {
	checkSize(filter);
	const search = await searchOf(query);
	if (search === null) return 0;
	return readTx(async (tx) => {
		const compiled = compileFilter(entityType, filter, await sidesFor(tx, filter), search ?? 'generator');
		const [row] = await run(tx, 'filters/count', entityType, compiled, { scope });
		return (row?.total as number) ?? 0;
	});
}
