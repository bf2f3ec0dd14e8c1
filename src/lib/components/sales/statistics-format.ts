import { isoWeek, type StatisticsPeriod } from '$lib/domain/sales-statistics';
import { dateFormat, day, t } from '$lib/i18n/t.svelte';

/** An amount in the company's currency, in the reader's regional format. */
export const money = (value: number, currency: string) => new Intl.NumberFormat(dateFormat().locale, { style: 'currency', currency }).format(value);
export const count = (value: number) => new Intl.NumberFormat(dateFormat().locale).format(value);
export const percent = (ratio: number) => new Intl.NumberFormat(dateFormat().locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio);

/**
 * Each period's label on the chart's axis and in its table: "3 Dec" (with the year when the range
 * spans more than one), "W49 2024", "Dec 2024". Labels must differ: the chart keys its table on them.
 */
export function periodLabels(starts: readonly string[], period: StatisticsPeriod): string[] {
	if (period === 'week') return starts.map((start) => t('stats.weekLabel', isoWeek(start)));
	if (period === 'month') {
		const month = new Intl.DateTimeFormat(dateFormat().locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
		return starts.map((start) => month.format(new Date(`${start}T00:00:00Z`)));
	}
	const oneYear = new Set(starts.map((start) => start.slice(0, 4))).size <= 1;
	return starts.map((start) => day(start, oneYear ? 'dayMonth' : 'short'));
}

/** Names as labels that differ: two customers may share a name ("Martin", "Martin (2)"). */
export function distinctNames(names: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return names.map((name) => {
		const n = (seen.get(name) ?? 0) + 1;
		seen.set(name, n);
		return n === 1 ? name : `${name} (${n})`;
	});
}
