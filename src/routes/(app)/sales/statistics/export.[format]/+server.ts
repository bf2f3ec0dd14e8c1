import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import type { SalesStatistics } from '$lib/domain/sales-statistics';
import { translate } from '$lib/i18n';
import { statisticsPdf } from '$lib/server/documents/sales-statistics';
import { ourCompanyForDocuments } from '$lib/server/sales/company';
import { today } from '$lib/server/sales/numbers';
import { assertMayReadStatistics, exportRequest, parseStatisticsQuery, salesStatistics, statisticsCsv } from '$lib/server/sales/statistics';
import { downloadResponse as download } from '$lib/server/web/download';
import { loadOr404, requireSignedIn } from '$lib/server/web/http';

const fileName = (stats: SalesStatistics, what: string, extension: string) => `sales-statistics-${what}-${stats.query.from}-${stats.query.to}.${extension}`;

/**
 * /sales/statistics/export.csv?…&table=top|periods (the ranking, or the figures per period) and
 * /sales/statistics/export.pdf?…: the page's own query, with the page's access.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (params.format !== 'csv' && params.format !== 'pdf') error(404, { message: translate(locals.locale, 'stats.error.format'), code: 'NOT_FOUND' });
	const user = requireSignedIn(locals);
	return loadOr404(locals, async () => {
		assertMayReadStatistics(user);
		const { search, table } = exportRequest(url, params.format === 'csv');
		const stats = await salesStatistics(parseStatisticsQuery(search));
		if (params.format === 'csv') {
			const what = table === 'periods' ? stats.query.period : stats.query.by;
			return download(statisticsCsv(stats, table, locals.locale), 'text/csv; charset=utf-8', fileName(stats, what, 'csv'));
		}
		const pdf = await statisticsPdf({ locale: locals.locale, company: await ourCompanyForDocuments(), stats, printedOn: today() });
		return download(pdf, 'application/pdf', fileName(stats, stats.query.by, 'pdf'));
	});
};
