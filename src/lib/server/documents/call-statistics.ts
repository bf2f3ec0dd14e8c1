/** The call statistics of a range as a printable report (documents/statistics-report.ts). */
import type { CallStatistics, RankedCalls } from '$lib/domain/call-statistics';
import type { DocumentCompany } from '$lib/domain/sales-documents';
import { translate } from '$lib/i18n';
import { formatters } from './format';
import type { DocumentLocale } from './labels';
import { reportLines, statisticsReport } from './statistics-report';
import type { TableColumn } from './table';

export interface CallStatisticsReport {
	locale: DocumentLocale;
	company: DocumentCompany;
	stats: CallStatistics;
	printedOn: string;
}

const minutes = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

export function callStatisticsPdf(report: CallStatisticsReport): Promise<Buffer> {
	const t = (key: string, params?: Record<string, string | number>) => translate(report.locale, key, params);
	const { stats } = report;
	const fmt = formatters(report.locale, stats.currency);
	const percent = new Intl.NumberFormat(report.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const columns: TableColumn<RankedCalls>[] = [
		{ label: t('callStats.calls'), width: 50, align: 'right', cell: (row) => fmt.number(row.calls) },
		{ label: t('callStats.answeredRate'), width: 70, align: 'right', cell: (row) => percent.format(row.calls === 0 ? 0 : row.answered / row.calls) },
		{ label: t('callStats.averageHandling'), width: 70, align: 'right', cell: (row) => minutes(row.answered === 0 ? 0 : row.talkSeconds / row.answered) },
		{ label: t('callStats.missed'), width: 50, align: 'right', cell: (row) => fmt.number(row.missed) },
		{ label: t('callStats.revenue'), width: 90, align: 'right', cell: (row) => fmt.money(row.revenue) }
	];
	return statisticsReport({
		locale: report.locale,
		company: report.company,
		title: t('callStats.title'),
		...reportLines(t, fmt.date, stats.query, report.printedOn),
		cards: [
			[t('callStats.calls'), fmt.number(stats.totals.calls)],
			[t('callStats.answeredRate'), percent.format(stats.totals.answeredRate)],
			[t('callStats.averageHandling'), minutes(stats.totals.averageSeconds)],
			[t('callStats.missed'), fmt.number(stats.totals.missed)]
		],
		note: t('callStats.pdf.note'),
		rankingTitle: t(`callStats.top.${stats.query.by}`),
		nameLabel: t(`stats.by.${stats.query.by}`),
		empty: t('callStats.empty'),
		columns,
		rows: stats.top
	});
}
