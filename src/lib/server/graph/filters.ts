import type { EntitySummary, EntityType, ListQuery, Page } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import { filterSize, MAX_FILTER_CONDITIONS, MAX_FILTER_DEPTH, type FilterNode } from '$lib/domain/filters';
import { readTx } from '../db/driver';
import { cypher } from '../db/queries';
import { fulltextQuery } from '../entities/fulltext-query';
import { toSummary, type SummaryRow } from '../entities/summaries';
import { getSettings } from '../settings';
import { compileFilter, type SideInfo } from './filter-compiler';

function relationKeys(node: FilterNode): string[] {
	if (node.kind === 'group') return node.items.flatMap(relationKeys);
	if (node.kind !== 'relation') return [];
	return [node.type, ...(node.target.kind === 'filter' ? relationKeys(node.target.filter) : [])];
}

/** Entities of one type matching a filter (and the search box, if used): one page, sorted, with the total. */
export async function runFilter(entityType: EntityType, filter: FilterNode, query: ListQuery): Promise<Page<EntitySummary>> {
	const size = filterSize(filter);
	if (size.depth > MAX_FILTER_DEPTH || size.conditions > MAX_FILTER_CONDITIONS) {
		throw new DomainError('FILTER_TOO_LARGE', 'error.filter.tooLarge', 422, { depth: MAX_FILTER_DEPTH, conditions: MAX_FILTER_CONDITIONS });
	}
	const { defaultPhoneCountry } = await getSettings();
	const search = query.q ? fulltextQuery(query.q, defaultPhoneCountry) : null;
	if (query.q && !search) return { items: [], total: 0, page: query.page, size: query.size };

	return readTx(async (tx) => {
		const rows = await tx.query<SideInfo & { key: string }>('relation-types/sides');
		const sides = new Map(rows.map((r) => [r.key, { nativeType: r.nativeType, outgoing: r.outgoing, symmetric: r.symmetric }]));
		const unknown = relationKeys(filter).find((key) => !sides.has(key));
		if (unknown) throw new DomainError('UNKNOWN_RELATION_TYPE', 'error.relate.UNKNOWN_TYPE', 422, { key: unknown });

		const compiled = compileFilter(entityType, filter, sides, search);
		const [page] = await tx.run<{ total: number; page: string[] }>(cypher('filters/page').replace('/*FILTER*/', compiled.text), {
			...compiled.params,
			sort: query.sort,
			desc: query.dir === 'desc',
			skip: (query.page - 1) * query.size,
			limit: query.size
		});
		const ids = page?.page ?? [];
		const summaries = ids.length ? await tx.query<{ entity: SummaryRow }>('entities/summaries', { ids }) : [];
		return { items: summaries.map((r) => toSummary(r.entity)), total: page?.total ?? 0, page: query.page, size: query.size };
	});
}
