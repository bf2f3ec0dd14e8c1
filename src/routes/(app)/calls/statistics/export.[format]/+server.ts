import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n';
import { callStatistics, callStatisticsCsv, parseCallStatisticsQuery } from '$lib/server/calls/statistics';
import { callStatisticsPdf } from '$lib/server/documents/call-statistics';
import { ourCompanyForDocuments } from '$lib/server/sales/company';
import { today } from '$lib/server/sales/numbers';
import { assertMayReadStatistics, exportRequest } from '$lib/server/sales/statistics';
import { downloadResponse } from '$lib/server/web/download';
import { loadOr404, requireSignedIn } from '$lib/server/web/http';

/** /calls/statistics/export.csv?…&table=top|periods and /calls/statistics/export.pdf?…: the page's own query, with the page's access. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (params.format !== 'csv' && params.format !== 'pdf') error(404, { message: translate(locals.locale, 'stats.error.format'), code: 'NOT_FOUND' });
	const user = requireSignedIn(locals);
	return loadOr404(locals, async () => {
		assertMayReadStatistics(user);
		const { search, table } = exportRequest(url, params.format === 'csv');
		const stats = await callStatistics(parseCallStatisticsQuery(search));
		const name = (what: string) => `call-statistics-${what}-${stats.query.from}-${stats.query.to}.${params.format}`;
		if (params.format === 'csv') return downloadResponse(callStatisticsCsv(stats, table, locals.locale), 'text/csv; charset=utf-8', name(table === 'periods' ? stats.query.period : stats.query.by));
		const pdf = await callStatisticsPdf({ locale: locals.locale, company: await ourCompanyForDocuments(), stats, printedOn: today() });
		return downloadResponse(pdf, 'application/pdf', name(stats.query.by));
	});
};
