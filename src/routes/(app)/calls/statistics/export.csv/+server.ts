import type { RequestHandler } from './$types';
import { callStatistics, callStatisticsCsv, parseCallStatisticsQuery } from '$lib/server/calls/statistics';
import { assertMayReadStatistics, exportRequest } from '$lib/server/sales/statistics';
import { downloadResponse } from '$lib/server/web/download';
import { loadOr404, requireSignedIn } from '$lib/server/web/http';

/** /calls/statistics/export.csv?…&table=top|periods: the page's own query, with the page's access. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireSignedIn(locals);
	return loadOr404(locals, async () => {
		assertMayReadStatistics(user);
		const { search, table } = exportRequest(url);
		const stats = await callStatistics(parseCallStatisticsQuery(search));
		const what = table === 'periods' ? stats.query.period : stats.query.by;
		return downloadResponse(callStatisticsCsv(stats, table, locals.locale), 'text/csv; charset=utf-8', `call-statistics-${what}-${stats.query.from}-${stats.query.to}.csv`);
	});
};
