/**
 * Call statistics: calls per period, and operators or customers ranked by calls, with the answered
 * rate, the average handling time and the missed calls. The query is the sales statistics' (a range
 * of days, a period, what to rank), shared by the server and the page.
 */
import { z } from 'zod';
import { periodStart, periodStarts, rangeQuery, STATISTICS_DEFAULTS, type StatisticsPeriod } from './sales-statistics';

export const CALL_DIMENSIONS = ['operator', 'customer'] as const;
export type CallDimension = (typeof CALL_DIMENSIONS)[number];

export const callStatisticsQuery = (today: string) => rangeQuery(today, CALL_DIMENSIONS, 'operator');
export type CallStatisticsQuery = z.output<ReturnType<typeof callStatisticsQuery>>;
export const CALL_STATISTICS_DEFAULTS = { ...STATISTICS_DEFAULTS, by: 'operator' } as const;

/** Calls of a day, a period or the range: answered ones were picked up; missed ones are inbound calls nobody answered. */
export interface CallFigures {
	calls: number;
	answered: number;
	missed: number;
	/** Seconds spent on answered calls. */
	talkSeconds: number;
}

export interface DailyCalls extends CallFigures {
	day: string;
}

export interface PeriodCalls extends CallFigures {
	start: string;
}

export interface CallTotals extends CallFigures {
	/** Answered ÷ calls (0 without calls). */
	answeredRate: number;
	/** Mean seconds of an answered call (0 without one). */
	averageSeconds: number;
}

export interface RankedCalls extends CallFigures {
	/** The operator's contact or the customer, to link to; null for an operator without a contact. */
	id: string | null;
	type: 'Contact' | 'Organisation' | null;
	name: string;
	/** Before tax, of the confirmed, invoiced or paid orders the calls led to. */
	revenue: number;
}

export interface CallStatistics {
	query: CallStatisticsQuery;
	currency: string;
	totals: CallTotals;
	series: PeriodCalls[];
	top: RankedCalls[];
}

const zero = (): CallFigures => ({ calls: 0, answered: 0, missed: 0, talkSeconds: 0 });

/** Every period of the range with its calls (periods without any at zero), in order. */
export function callsByPeriod(days: readonly DailyCalls[], from: string, to: string, period: StatisticsPeriod): PeriodCalls[] {
	const sums = new Map(periodStarts(from, to, period).map((start) => [start, zero()]));
	for (const d of days) {
		const sum = sums.get(periodStart(d.day, period));
		if (!sum) continue;
		sum.calls += d.calls;
		sum.answered += d.answered;
		sum.missed += d.missed;
		sum.talkSeconds += d.talkSeconds;
	}
	return [...sums].map(([start, sum]) => ({ start, ...sum }));
}

export function callTotals(figures: readonly CallFigures[]): CallTotals {
	const sum = figures.reduce((t, f) => ({ calls: t.calls + f.calls, answered: t.answered + f.answered, missed: t.missed + f.missed, talkSeconds: t.talkSeconds + f.talkSeconds }), zero());
	return { ...sum, answeredRate: sum.calls === 0 ? 0 : sum.answered / sum.calls, averageSeconds: sum.answered === 0 ? 0 : Math.round(sum.talkSeconds / sum.answered) };
}
