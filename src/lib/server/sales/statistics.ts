/**
 * Sales statistics: revenue, orders and lines per day of a range (cypher/sales/statistics-days),
 * added up here into periods and totals, and the ranking of operators, customers or products
 * (cypher/sales/statistics-ranking), both from the totals each order step keeps (./totals.ts).
 */
import { DomainError } from '$lib/domain/errors';
import { parseWith } from '$lib/domain/forms';
import {
	byPeriod,
	mayReadStatistics,
	periodKey,
	rangePieces,
	STATISTICS_TABLES,
	statisticsQuery,
	totalsOf,
	type DailySales,
	type RankedRow,
	type SalesStatistics,
	type StatisticsQuery,
	type StatisticsTable
} from '$lib/domain/sales-statistics';
import { translate, type Locale } from '$lib/i18n';
import { getSettings } from '$lib/server/app/settings';
import { read } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { csvDocument } from '$lib/server/documents/csv';
import { money, toCents, today } from './numbers';

export function assertMayReadStatistics(actor: Actor): void {
	if (!mayReadStatistics(actor.role)) throw new DomainError('FORBIDDEN', 'error.forbidden', 403, { role: `role.${actor.role}` });
}

/** The query from URL parameters (absent ones take their defaults); otherwise a 422 saying the first problem and naming each. */
export function parseStatisticsQuery(params: URLSearchParams, day = today()): StatisticsQuery {
	const parsed = parseWith(statisticsQuery(day), Object.fromEntries(params));
	if (!parsed.ok) throw new DomainError('INVALID_INPUT', Object.values(parsed.fieldErrors)[0]!, 422, {}, parsed.fieldErrors);
	return parsed.data;
}

/**
 * An export's URL: the page's query, and which table (`table=top|periods`, the ranking by default).
 * A table that is neither is a 422 with a sentence.
 */
export function exportRequest(url: URL, needsTable = true): { search: URLSearchParams; table: StatisticsTable } {
	const search = new URLSearchParams(url.searchParams);
	const table = search.get('table') || 'top';
	search.delete('table');
	if (!(STATISTICS_TABLES as readonly string[]).includes(table)) {
		if (needsTable) throw new DomainError('INVALID_INPUT', 'stats.error.table', 422);
		return { search, table: 'top' };
	}
	return { search, table: table as StatisticsTable };
}

export async function salesStatistics(query: StatisticsQuery): Promise<SalesStatistics> {
	const [settings, days, top] = await Promise.all([
		getSettings(),
		read<DailySales>('sales/statistics-days', { from: query.from, to: query.to }),
		read<RankedRow>('sales/statistics-ranking', { pieces: rangePieces(query.from, query.to), by: query.by, limit: query.limit })
	]);
	const series = byPeriod(days, query.from, query.to, query.period);
	// Sums of decimals drift by fractions of a cent: round them back.
	const rounded = top.map((row) => ({ ...row, revenue: money(toCents(row.revenue)) }));
	return { query, currency: settings.currency, totals: totalsOf(series), series, top: rounded };
}

const amount = (value: number) => value.toFixed(2);

/** A table of the statistics as CSV (documents/csv.ts): a header row in the reader's language, plain numbers, ISO dates. */
export function statisticsCsv(stats: SalesStatistics, table: StatisticsTable, locale: Locale): string {
	const t = (key: string) => translate(locale, key, { currency: stats.currency });
	const rows: (string | number)[][] =
		table === 'periods'
			? [
					[t(`stats.period.${stats.query.period}`), t('stats.csv.start'), t('stats.csv.revenue'), t('stats.orders'), t('stats.lines'), t('stats.csv.averageOrder')],
					...stats.series.map((p) => [periodKey(p.start, stats.query.period), p.start, amount(p.revenue), p.orders, p.lines, amount(p.orders === 0 ? 0 : p.revenue / p.orders)])
				]
			: [
					[t('stats.csv.rank'), t(`stats.by.${stats.query.by}`), t('stats.csv.id'), t('stats.csv.revenue'), t('stats.orders'), t('stats.quantity')],
					...stats.top.map((row, i) => [i + 1, row.name, row.id ?? '', amount(row.revenue), row.orders, row.quantity])
				];
	return csvDocument(rows);
}
