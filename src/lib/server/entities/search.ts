import type { EntitySummary } from '$lib/domain/entities';
import { read } from '../db/driver';
import { getSettings } from '../settings';
import { fulltextQuery } from './fulltext-query';
import { toSummary, type SummaryRow } from './summaries';

/** Names, e-mails and phone numbers in any common format, across every entity type. */
export async function globalSearch(typed: string, limit = 20): Promise<EntitySummary[]> {
	const { defaultPhoneCountry } = await getSettings();
	const search = fulltextQuery(typed, defaultPhoneCountry);
	if (!search) return [];
	const rows = await read<{ entity: SummaryRow }>('entities/search', { search, limit });
	return rows.map((r) => toSummary(r.entity));
}
