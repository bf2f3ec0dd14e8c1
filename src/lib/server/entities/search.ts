import type { EntitySummary, EntityType } from '$lib/domain/entities';
import { read } from '$lib/server/db/driver';
import { getSettings } from '$lib/server/app/settings';
import { fulltextQuery } from '$lib/server/entities/fulltext-query';
import { toSummary, type SummaryRow } from '$lib/server/entities/summaries';

/** Names, e-mails and phone numbers in any common format, across every entity type. */
export async function globalSearch(
	typed: string,
	limit = 20,
	only: { types?: EntityType[]; exclude?: string } = {}
): Promise<EntitySummary[]> {
	const { defaultPhoneCountry } = await getSettings();
	const search = fulltextQuery(typed, defaultPhoneCountry);
	if (!search) return [];
	const rows = await read<{ entity: SummaryRow }>('entities/search', {
		search,
		limit,
		types: only.types?.length ? only.types : null,
		exclude: only.exclude ?? null
	});
	return rows.map((r) => toSummary(r.entity));
}
