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

/**
 * One field of RFC 4180: quoted when it holds a comma, a quote or a line break. Text that a
 * spreadsheet would take for a formula (=, +, -, @, tab, CR) gets a leading apostrophe: a customer
 * named "=HYPERLINK(…)" must stay a name once opened in Excel.
 */
function field(value: string | number): string {
	if (typeof value === 'number') return String(value);
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const amount = (value: number) => value.toFixed(2);

/**
 * A table of the statistics as CSV: comma-separated, CRLF line ends, a header row in the reader's
 * language, plain numbers (a point before the cents) and ISO dates, so that any tool reads it back.
 * The byte order mark makes Excel read it as UTF-8 (accents in names).
 */
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
	return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
