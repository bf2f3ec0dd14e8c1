import type { DocumentCompany } from '$lib/domain/sales-documents';
import type { SalesStatistics } from '$lib/domain/sales-statistics';
import { translate } from '$lib/i18n';
import { formatters } from './format';
import type { DocumentLocale } from './labels';
import { reportLines, statisticsReport } from './statistics-report';
import type { TableColumn } from './table';

export interface StatisticsReport {
	locale: DocumentLocale;
	company: DocumentCompany;
	stats: SalesStatistics;
	/** YYYY-MM-DD: the day it was printed, since the figures of an open range still change. */
	printedOn: string;
}

type Row = SalesStatistics['top'][number];

/** The sales statistics of a range as a printable report: the range, the totals and the ranking. */
export function statisticsPdf(report: StatisticsReport): Promise<Buffer> {
	const t = (key: string, params?: Record<string, string | number>) => translate(report.locale, key, params);
	const { stats } = report;
	const fmt = formatters(report.locale, stats.currency);
	const percent = new Intl.NumberFormat(report.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const revenue = stats.totals.revenue;
	const columns: TableColumn<Row>[] = [
		{ label: t('stats.revenue'), width: 90, align: 'right', cell: (row) => fmt.money(row.revenue) },
		{ label: t('stats.orders'), width: 60, align: 'right', cell: (row) => fmt.number(row.orders) },
		{ label: t('stats.quantity'), width: 60, align: 'right', cell: (row) => fmt.number(row.quantity) },
		{ label: t('stats.share'), width: 80, align: 'right', cell: (row) => (revenue > 0 ? percent.format(row.revenue / revenue) : '') }
	];
	return statisticsReport({
		locale: report.locale,
		company: report.company,
		title: t('stats.title'),
		...reportLines(t, fmt.date, stats.query, report.printedOn),
		cards: [
			[t('stats.revenue'), fmt.money(stats.totals.revenue)],
			[t('stats.orders'), fmt.number(stats.totals.orders)],
			[t('stats.lines'), fmt.number(stats.totals.lines)],
			[t('stats.averageOrder'), fmt.money(stats.totals.averageOrder)]
		],
		note: t('stats.pdf.note'),
		rankingTitle: t(`stats.top.${stats.query.by}`, { count: stats.top.length }),
		nameLabel: t(`stats.by.${stats.query.by}`),
		empty: t('stats.empty'),
		columns,
		rows: stats.top
	});
}
