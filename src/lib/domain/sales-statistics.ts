/**
 * Sales statistics: the query (a range of days, a period to group them by, what to rank), who may read
 * them, what they answer, and the calendar arithmetic that turns daily figures into periods. Shared
 * by the server (which computes them) and the page (which draws them and keeps the query in the URL).
 */
import { z } from 'zod';
import { STAFF_ROLES, type Role } from './roles';
import type { OrderStatus } from './sales';

export const STATISTICS_PERIODS = ['day', 'week', 'month'] as const;
export type StatisticsPeriod = (typeof STATISTICS_PERIODS)[number];

export const STATISTICS_DIMENSIONS = ['operator', 'customer', 'product'] as const;
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

/** What is sold: a draft is not an order yet and a cancelled one never was. */
export const REVENUE_STATUSES = ['confirmed', 'invoiced', 'paid'] as const satisfies readonly OrderStatus[];

/** The default range: the last 90 days, today included. */
export const DEFAULT_RANGE_DAYS = 90;
/** What a bare /sales/statistics shows besides the range: customers ranked, by week, the top 10. */
export const STATISTICS_DEFAULTS = { period: 'week', by: 'customer', limit: 10 } as const;
export const MAX_LIMIT = 100;
/** Ten years: beyond it a chart of days has more points than pixels and nobody asks for it. */
export const MAX_RANGE_DAYS = 3_660;

/** Figures read the company's performance across every operator: supervisors and above. */
export function mayReadStatistics(role: Role | null | undefined): boolean {
	if (!role || role === 'client') return false;
	return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf('supervisor');
}

const DAY_MS = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** A real calendar day written YYYY-MM-DD (2019-02-30 is not one). */
export const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(timeOf(value)) && dayOf(timeOf(value)) === value;

export function addDays(day: string, days: number): string {
	return dayOf(timeOf(day) + days * DAY_MS);
}

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) => Math.round((timeOf(to) - timeOf(from)) / DAY_MS) + 1;

/** The first day of the period holding `day`: itself, its week's Monday (ISO 8601), its month's 1st. */
export function periodStart(day: string, period: StatisticsPeriod): string {
	if (period === 'day') return day;
	if (period === 'month') return `${day.slice(0, 7)}-01`;
	// getUTCDay: Sunday 0 … Saturday 6; an ISO week starts on Monday.
	const weekday = (new Date(timeOf(day)).getUTCDay() + 6) % 7;
	return addDays(day, -weekday);
}

function nextPeriod(start: string, period: StatisticsPeriod): string {
	if (period === 'day') return addDays(start, 1);
	if (period === 'week') return addDays(start, 7);
	const [year, month] = start.split('-').map(Number) as [number, number];
	return dayOf(Date.UTC(year, month, 1));
}

/** The ISO 8601 week of a day: its week-numbering year and number ("2019-W01" starts on 31 Dec 2018). */
export function isoWeek(day: string): { year: number; week: number } {
	// The Thursday of the week decides its year; the year's first week holds its first Thursday.
	const thursday = addDays(periodStart(day, 'week'), 3);
	const year = Number(thursday.slice(0, 4));
	return { year, week: Math.floor((timeOf(thursday) - timeOf(`${year}-01-01`)) / (7 * DAY_MS)) + 1 };
}

/** A period as ISO 8601 writes it: 2019-03-04, 2019-W10, 2019-03 (exports, where it must sort and parse). */
export function periodKey(start: string, period: StatisticsPeriod): string {
	if (period === 'day') return start;
	if (period === 'month') return start.slice(0, 7);
	const { year, week } = isoWeek(start);
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The exports' tables: the ranking, or the figures per period. */
export const STATISTICS_TABLES = ['top', 'periods'] as const;
export type StatisticsTable = (typeof STATISTICS_TABLES)[number];

/** Empty form fields are absent ones: the form sends `from=` when the box is cleared. */
const blankIsAbsent = (v: unknown) => (v === '' || v === null ? undefined : v);
const day = (message: string) => z.preprocess(blankIsAbsent, z.string({ error: message }).trim().refine(isDay, { error: message }).optional());

/**
 * A statistics query from a page's URL or its export's, every field optional: a range of days (the
 * last 90 by default), a period to group by, what to rank (`dimensions`) and how many. `today` is the
 * server's day. The sales statistics rank operators, customers or products; the call statistics
 * operators or customers.
 */
export function rangeQuery<D extends readonly [string, ...string[]]>(today: string, dimensions: D, defaultBy: D[number]) {
	return z
		.object({
			from: day('stats.error.from'),
			to: day('stats.error.to'),
			period: z.preprocess(blankIsAbsent, z.enum(STATISTICS_PERIODS, { error: 'stats.error.period' }).default(STATISTICS_DEFAULTS.period)),
			by: z.preprocess(blankIsAbsent, z.enum(dimensions, { error: 'stats.error.by' }).default(defaultBy as never)),
			limit: z.preprocess(
				(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : blankIsAbsent(v)),
				z.number({ error: 'stats.error.limit' }).int({ error: 'stats.error.limit' }).min(1, { error: 'stats.error.limit' }).max(MAX_LIMIT, { error: 'stats.error.limit' }).default(STATISTICS_DEFAULTS.limit)
			)
		})
		.transform(({ from, to, ...rest }) => {
			const end = to ?? (from && from > today ? from : today);
			return { ...rest, from: from ?? addDays(end, -(DEFAULT_RANGE_DAYS - 1)), to: end };
		})
		.superRefine((query, context) => {
			if (query.from > query.to) context.addIssue({ code: 'custom', path: ['to'], message: 'stats.error.range' });
			else if (daysBetween(query.from, query.to) > MAX_RANGE_DAYS) context.addIssue({ code: 'custom', path: ['from'], message: 'stats.error.tooLong' });
		});
}

/** The sales statistics' query (see rangeQuery). */
export const statisticsQuery = (today: string) => rangeQuery(today, STATISTICS_DIMENSIONS, STATISTICS_DEFAULTS.by);
export type StatisticsQuery = z.output<ReturnType<typeof statisticsQuery>>;

/** The query as URL parameters, for links that keep it (the exports, the table's entities). */
export function statisticsParams(query: StatisticsQuery): URLSearchParams {
	return new URLSearchParams({ from: query.from, to: query.to, period: query.period, by: query.by, limit: String(query.limit) });
}

/** Sold in one day, one period or the whole range: amounts before tax, in the company's currency. */
export interface SalesFigures {
	revenue: number;
	orders: number;
	lines: number;
}

export interface DailySales extends SalesFigures {
	day: string;
}

export interface PeriodSales extends SalesFigures {
	/** The period's first day (a week's Monday, a month's 1st); the first period may start before the range. */
	start: string;
}

export interface StatisticsTotals extends SalesFigures {
	/** Revenue per order (0 without orders). */
	averageOrder: number;
}

/** One row of the ranking: an operator (their contact), a customer or a product. */
export interface RankedRow {
	/** The entity to link to; null for an operator without a contact (an API token, a removed user). */
	id: string | null;
	type: 'Contact' | 'Organisation' | 'Product' | null;
	name: string;
	revenue: number;
	orders: number;
	quantity: number;
}

export interface SalesStatistics {
	query: StatisticsQuery;
	currency: string;
	totals: StatisticsTotals;
	/** Every period of the range, those without sales included (at zero), in order. */
	series: PeriodSales[];
	top: RankedRow[];
}

const cents = (amount: number) => Math.round(amount * 100);

/** The first day of every period of the range, in order (the first may start before `from`). */
export function periodStarts(from: string, to: string, period: StatisticsPeriod): string[] {
	const starts: string[] = [];
	for (let start = periodStart(from, period); start <= to; start = nextPeriod(start, period)) starts.push(start);
	return starts;
}

/** Adds daily figures up into every period of the range (a week or month may have no sales: it is zero). */
export function byPeriod(days: readonly DailySales[], from: string, to: string, period: StatisticsPeriod): PeriodSales[] {
	const sums = new Map<string, { revenue: number; orders: number; lines: number }>();
	for (const start of periodStarts(from, to, period)) sums.set(start, { revenue: 0, orders: 0, lines: 0 });
	for (const sold of days) {
		const sum = sums.get(periodStart(sold.day, period));
		if (!sum) continue;
		// Summed in cents: sums of decimals drift by fractions of a cent.
		sum.revenue += cents(sold.revenue);
		sum.orders += sold.orders;
		sum.lines += sold.lines;
	}
	return [...sums].map(([start, sum]) => ({ start, revenue: sum.revenue / 100, orders: sum.orders, lines: sum.lines }));
}

export function totalsOf(series: readonly SalesFigures[]): StatisticsTotals {
	const revenue = series.reduce((sum, p) => sum + cents(p.revenue), 0);
	const orders = series.reduce((sum, p) => sum + p.orders, 0);
	const lines = series.reduce((sum, p) => sum + p.lines, 0);
	return { revenue: revenue / 100, orders, lines, averageOrder: orders === 0 ? 0 : Math.round(revenue / orders) / 100 };
}

/**
 * The grains the sales totals are kept at (server/sales/totals.ts): a range of days is read as whole
 * years, whole months and the days left over at its ends, so that two years are two rows per ranked
 * entity, not 730.
 */
export const TOTAL_GRAINS = ['day', 'month', 'year'] as const;
export type TotalGrain = (typeof TOTAL_GRAINS)[number];

/** The first day of the day's month or year (the day itself for 'day'). */
export function grainStart(day: string, grain: TotalGrain): string {
	if (grain === 'day') return day;
	return grain === 'month' ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
}

const monthEnd = (day: string) => addDays(nextPeriod(grainStart(day, 'month'), 'month'), -1);

/** A run of totals of one grain: those whose period starts from `from` to `to` (both included). */
export interface RangePiece {
	grain: TotalGrain;
	from: string;
	to: string;
}

/**
 * The fewest totals that cover exactly the days from `from` to `to`: whole years, then whole months,
 * then single days, consecutive periods of one grain merged into one piece.
 */
export function rangePieces(from: string, to: string): RangePiece[] {
	const pieces: RangePiece[] = [];
	const add = (grain: TotalGrain, start: string) => {
		const last = pieces.at(-1);
		if (last?.grain === grain) last.to = start;
		else pieces.push({ grain, from: start, to: start });
	};
	for (let day = from; day <= to; ) {
		const yearEnd = `${day.slice(0, 4)}-12-31`;
		if (day.endsWith('-01-01') && yearEnd <= to) {
			add('year', day);
			day = addDays(yearEnd, 1);
		} else if (day.endsWith('-01') && monthEnd(day) <= to) {
			add('month', day);
			day = addDays(monthEnd(day), 1);
		} else {
			add('day', day);
			day = addDays(day, 1);
		}
	}
	return pieces;
}
