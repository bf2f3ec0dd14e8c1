import type { PageServerLoad } from './$types';
import { CALL_STATISTICS_DEFAULTS, callStatisticsQuery } from '$lib/domain/call-statistics';
import { parseWith } from '$lib/domain/forms';
import { callStatistics } from '$lib/server/calls/statistics';
import { today } from '$lib/server/sales/numbers';
import { assertMayReadStatistics } from '$lib/server/sales/statistics';
import { loadOr404, requireSignedIn } from '$lib/server/web/http';

/** The call statistics of the query in the URL; a query with a wrong field shows the filter bar with its errors. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireSignedIn(locals);
	return loadOr404(locals, async () => {
		assertMayReadStatistics(user);
		const sent = Object.fromEntries(url.searchParams);
		const parsed = parseWith(callStatisticsQuery(today()), sent);
		if (!parsed.ok) return { stats: null, values: { ...CALL_STATISTICS_DEFAULTS, limit: String(CALL_STATISTICS_DEFAULTS.limit), ...sent }, fieldErrors: parsed.fieldErrors };
		return { stats: await callStatistics(parsed.data), values: sent, fieldErrors: {} };
	});
};
