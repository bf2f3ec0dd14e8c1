import type { EntitySummary, EntityType } from '$lib/domain/entities';
import { getSettings } from '$lib/server/app/settings';
import { readTx } from '$lib/server/db/driver';
import { fulltextQuery } from './fulltext-query';
import { summaries } from './summaries';

/** Names, e-mails and phone numbers in any common format, across every entity type. */
export async function globalSearch(
	typed: string,
	limit = 20,
	only: { types?: EntityType[]; exclude?: string } = {}
): Promise<EntitySummary[]> {
	const { defaultPhoneCountry } = await getSettings();
	const search = fulltextQuery(typed, defaultPhoneCountry);
	if (!search) return [];
	return readTx(async (tx) => {
		const rows = await tx.query<{ id: string }>('entities/search', {
			search,
			limit,
			types: only.types?.length ? only.types : null,
			exclude: only.exclude ?? null
		});
		return summaries(tx, rows.map((r) => r.id));
	});
}
