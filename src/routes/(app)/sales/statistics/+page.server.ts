import type { PageServerLoad } from './$types';
import { parseWith } from '$lib/domain/forms';
import { STATISTICS_DEFAULTS, statisticsQuery } from '$lib/domain/sales-statistics';
import { today } from '$lib/server/sales/numbers';
import { assertMayReadStatistics, salesStatistics } from '$lib/server/sales/statistics';
import { loadOr404, requireSignedIn } from '$lib/server/web/http';

/** The statistics of the query in the URL; a query with a wrong field shows the filter bar with its errors. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireSignedIn(locals);
	return loadOr404(locals, async () => {
		assertMayReadStatistics(user);
		const sent = Object.fromEntries(url.searchParams);
		const parsed = parseWith(statisticsQuery(today()), sent);
		// A refused query goes back into the form as typed, the fields it did not send at their defaults.
		if (!parsed.ok) return { stats: null, values: { ...STATISTICS_DEFAULTS, limit: String(STATISTICS_DEFAULTS.limit), ...sent }, fieldErrors: parsed.fieldErrors };
		return { stats: await salesStatistics(parsed.data), values: sent, fieldErrors: {} };
	});
};
