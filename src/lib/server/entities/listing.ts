import type { EntitySummary, ListQuery, Page } from '$lib/domain/entities';
import { read } from '$lib/server/db/driver';
import { getSettings } from '$lib/server/app/settings';
import { fulltextQuery } from '$lib/server/entities/fulltext-query';
import { toSummary, type SummaryRow } from '$lib/server/entities/summaries';

/** Runs one of the `<type>/list` queries: search, sort (from an allow-list) and pagination. */
export async function listPage(
	queryName: string,
	query: ListQuery,
	sorts: readonly string[]
): Promise<Page<EntitySummary>> {
	const { defaultPhoneCountry } = await getSettings();
	const search = query.q ? fulltextQuery(query.q, defaultPhoneCountry) : null;
	if (query.q && !search) return { items: [], total: 0, page: 1, size: query.size };
	const [row] = await read<{ total: number; items: SummaryRow[] }>(queryName, {
		search,
		sort: sorts.includes(query.sort) ? query.sort : 'name',
		desc: query.dir === 'desc',
		skip: (query.page - 1) * query.size,
		limit: query.size
	});
	return {
		items: (row?.items ?? []).map(toSummary),
		total: row?.total ?? 0,
		page: query.page,
		size: query.size
	};
}
