import type { EntitySummary, EntityType } from '$lib/domain/entities';
import type { Visibility } from '$lib/server/access/visibility';
import { getSettings } from '$lib/server/app/settings';
import { readTx } from '$lib/server/db/driver';
import { fulltextQuery } from './fulltext-query';
import { summaries } from './summaries';

/** Names, e-mails and phone numbers in any common format, across every entity type `scope` sees. */
export async function globalSearch(
	typed: string,
	scope: Visibility,
	{ limit = 20, types, exclude }: { limit?: number; types?: EntityType[]; exclude?: string } = {}
): Promise<EntitySummary[]> {
	const { defaultPhoneCountry } = await getSettings();
	const search = fulltextQuery(typed, defaultPhoneCountry);
	if (!search) return [];
	return readTx(async (tx) => {
		const rows = await tx.query<{ id: string }>('entities/search', {
			search,
			limit,
			types: types?.length ? types : null,
			exclude: exclude ?? null,
			scope
		});
		return summaries(tx, rows.map((r) => r.id), scope);
	});
}

/** The list rows of the live entities among `ids` that `scope` sees (a graph node's card). */
export function visibleSummaries(ids: string[], scope: Visibility): Promise<EntitySummary[]> {
	return readTx(async (tx) => {
		const visible = scope ? (await tx.query<{ id: string }>('access/visible-ids', { ids, scope })).map((r) => r.id) : ids;
		return (await summaries(tx, visible, scope)).filter((s) => s.deletedAt === null);
	});
}
