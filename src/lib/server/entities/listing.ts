import type { EntitySummary, ListQuery, Page } from '$lib/domain/entities';
import type { EntityKind } from '$lib/kinds/define';
import { kindOf, sortableFields } from '$lib/kinds/registry';
import type { Visibility } from '$lib/server/access/visibility';
import { getSettings } from '$lib/server/app/settings';
import { readTx } from '$lib/server/db/driver';
import { cypher } from '$lib/server/db/queries';
import { fulltextQuery } from './fulltext-query';
import { summaries } from './summaries';

const TEXT_KINDS = new Set(['text', 'longText', 'choice', 'country']);

/** The sort a list asks for, if the kind can sort by it (else by name), and whether it sorts as text. */
export function sortOf(type: string, query: ListQuery): { sort: string; sortText: boolean } {
	const sort = sortableFields(type).includes(query.sort) ? query.sort : 'name';
	return { sort, sortText: TEXT_KINDS.has(kindOf(type).fields[sort]?.kind ?? '') };
}

/** One page of a kind's live entities that `scope` sees: search, sort (a sortable field of the kind) and pagination. */
export async function listEntities(kind: EntityKind, query: ListQuery, scope: Visibility): Promise<Page<EntitySummary>> {
	const { defaultPhoneCountry } = await getSettings();
	const search = query.q ? fulltextQuery(query.q, defaultPhoneCountry) : null;
	if (query.q && !search) return { items: [], total: 0, page: 1, size: query.size };
	// The label comes from the registry, never from the request.
	const text = cypher('entities/list').replaceAll('/*LABEL*/', kind.type);
	return readTx(async (tx) => {
		const [row] = await tx.run<{ total: number; page: string[] }>(text, {
			search,
			...sortOf(kind.type, query),
			desc: query.dir === 'desc',
			skip: (query.page - 1) * query.size,
			limit: query.size,
			scope
		});
		return { items: await summaries(tx, row?.page ?? [], scope), total: row?.total ?? 0, page: query.page, size: query.size };
	});
}
