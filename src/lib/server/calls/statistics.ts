/**
 * Call statistics for supervisors and above: calls per day of the range (cypher/calls/statistics-days)
 * added up into periods and totals, and the ranking of operators or customers (statistics-ranking),
 * read side by side; and their CSV.
 */
import { callStatisticsQuery, callsByPeriod, callTotals, type CallStatistics, type CallStatisticsQuery, type DailyCalls, type RankedCalls } from '$lib/domain/call-statistics';
import { DomainError } from '$lib/domain/errors';
import { parseWith } from '$lib/domain/forms';
import { addDays, periodKey, REVENUE_STATUSES, type StatisticsTable } from '$lib/domain/sales-statistics';
import { translate, type Locale } from '$lib/i18n';
import { read } from '$lib/server/db/driver';
import { csvDocument } from '$lib/server/documents/csv';
import { getSettings } from '$lib/server/app/settings';
import { money, toCents, today } from '$lib/server/sales/numbers';
import { TELEPHONY } from './inbound';

/** The query from URL parameters (absent ones take their defaults); otherwise a 422 naming the first problem. */
export function parseCallStatisticsQuery(params: URLSearchParams, day = today()): CallStatisticsQuery {
	const parsed = parseWith(callStatisticsQuery(day), Object.fromEntries(params));
	if (!parsed.ok) throw new DomainError('INVALID_INPUT', Object.values(parsed.fieldErrors)[0]!, 422, {}, parsed.fieldErrors);
	return parsed.data;
}

export async function callStatistics(query: CallStatisticsQuery): Promise<CallStatistics> {
	// Calls are dated by their start, an ISO instant: the range runs from the first day's midnight (UTC) to the day after the last.
	const range = { from: `${query.from}T00:00:00.000Z`, until: `${addDays(query.to, 1)}T00:00:00.000Z` };
	const [days, ranked, settings] = await Promise.all([
		read<DailyCalls>('calls/statistics-days', range),
		read<RankedCalls>('calls/statistics-ranking', { ...range, by: query.by, limit: query.limit, telephony: TELEPHONY.id, statuses: [...REVENUE_STATUSES] }),
		getSettings()
	]);
	const series = callsByPeriod(days, query.from, query.to, query.period);
	// Sums of decimals drift by fractions of a cent: round them back.
	const top = ranked.map((row) => ({ ...row, revenue: money(toCents(row.revenue)) }));
	return { query, currency: settings.currency, totals: callTotals(series), series, top };
}

const rate = (answered: number, calls: number) => (calls === 0 ? '0.000' : (answered / calls).toFixed(3));
const average = (seconds: number, answered: number) => (answered === 0 ? 0 : Math.round(seconds / answered));

/** The ranking or the figures per period as CSV, headers in the reader's language. */
export function callStatisticsCsv(stats: CallStatistics, table: StatisticsTable, locale: Locale): string {
	const t = (key: string) => translate(locale, key);
	const figures = [t('callStats.calls'), t('callStats.answered'), t('callStats.answeredRate'), t('callStats.missed'), t('callStats.averageSeconds')];
	const values = (f: { calls: number; answered: number; missed: number; talkSeconds: number }) => [f.calls, f.answered, rate(f.answered, f.calls), f.missed, average(f.talkSeconds, f.answered)];
	const rows: (string | number)[][] =
		table === 'periods'
			? [[t(`stats.period.${stats.query.period}`), t('stats.csv.start'), ...figures], ...stats.series.map((p) => [periodKey(p.start, stats.query.period), p.start, ...values(p)])]
			: [
					[t('stats.csv.rank'), t(`stats.by.${stats.query.by}`), t('stats.csv.id'), ...figures, translate(locale, 'stats.csv.revenue', { currency: stats.currency })],
					...stats.top.map((row, i) => [i + 1, row.name, row.id ?? '', ...values(row), row.revenue.toFixed(2)])
				];
	return csvDocument(rows);
}
