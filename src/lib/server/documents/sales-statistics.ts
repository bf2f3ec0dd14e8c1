import type { DocumentCompany } from '$lib/domain/sales-documents';
import type { SalesStatistics } from '$lib/domain/sales-statistics';
import { translate } from '$lib/i18n';
import { formatters, type Formatters } from './format';
import { labelsFor, type DocumentLocale } from './labels';
import { contentRight, drawTable, type TableColumn } from './table';
import { BOLD, BRAND_BLUE, MUTED, RULE, createPdf, drawLetterhead, drawLogo, drawPageNumbers, toBuffer, write, type Pdf } from './layout';

const MARGIN = 50;
const SIDE_WIDTH = 240;
const CARD_HEIGHT = 44;

export interface StatisticsReport {
	locale: DocumentLocale;
	company: DocumentCompany;
	stats: SalesStatistics;
	/** YYYY-MM-DD: the day it was printed, since the figures of an open range still change. */
	printedOn: string;
}

interface Context {
	pdf: Pdf;
	report: StatisticsReport;
	fmt: Formatters;
	t(key: string, params?: Record<string, string | number>): string;
}

type Column = TableColumn<SalesStatistics['top'][number]>;

/** The statistics of a range as a printable report: the range, the totals and the ranking. */
export function statisticsPdf(report: StatisticsReport): Promise<Buffer> {
	const t = (key: string, params?: Record<string, string | number>) => translate(report.locale, key, params);
	const pdf = createPdf(t('stats.title'), report.company.name, MARGIN);
	const context: Context = { pdf, report, fmt: formatters(report.locale, report.stats.currency), t };
	const cardsTop = drawHeader(context);
	const tableTop = drawTotals(context, cardsTop);
	drawRanking(context, tableTop);
	drawPageNumbers(pdf, labelsFor(report.locale).page);
	return toBuffer(pdf);
}


function rangeText({ report, fmt, t }: Context): string {
	const { from, to } = report.stats.query;
	return t('stats.pdf.range', { from: fmt.date(from), to: fmt.date(to) });
}

function drawHeader(context: Context): number {
	const { pdf, report, fmt, t } = context;
	const sideX = contentRight(pdf) - SIDE_WIDTH;
	const letterheadEnd = drawLetterhead(pdf, report.company, MARGIN, MARGIN, sideX - MARGIN - 16);
	write(pdf, t('stats.title'), sideX, MARGIN, { font: BOLD, size: 20, color: BRAND_BLUE }, { width: SIDE_WIDTH, align: 'right' });
	const lines = [rangeText(context), t(`stats.pdf.by.${report.stats.query.by}`), t('stats.pdf.printedOn', { date: fmt.date(report.printedOn) })];
	let y = MARGIN + 30;
	for (const line of lines) {
		write(pdf, line, sideX, y, { size: 9, color: MUTED }, { width: SIDE_WIDTH, align: 'right' });
		y = pdf.y + 2;
	}
	return Math.max(letterheadEnd, y) + 24;
}

/** Four cards side by side: revenue, orders, lines, average order. */
function drawTotals({ pdf, report, fmt, t }: Context, top: number): number {
	const { totals } = report.stats;
	const cards: [string, string][] = [
		[t('stats.revenue'), fmt.money(totals.revenue)],
		[t('stats.orders'), fmt.number(totals.orders)],
		[t('stats.lines'), fmt.number(totals.lines)],
		[t('stats.averageOrder'), fmt.money(totals.averageOrder)]
	];
	const gap = 10;
	const width = (contentRight(pdf) - MARGIN - gap * (cards.length - 1)) / cards.length;
	cards.forEach(([label, value], i) => {
		const x = MARGIN + i * (width + gap);
		pdf.roundedRect(x, top, width, CARD_HEIGHT, 4).lineWidth(0.75).stroke(RULE);
		write(pdf, label, x + 8, top + 7, { size: 8, color: MUTED }, { width: width - 16, lineBreak: false });
		write(pdf, value, x + 8, top + 20, { font: BOLD, size: 12 }, { width: width - 16, lineBreak: false });
	});
	write(pdf, t('stats.pdf.note'), MARGIN, top + CARD_HEIGHT + 8, { size: 8, color: MUTED }, { width: contentRight(pdf) - MARGIN });
	return pdf.y + 20;
}

function columns({ pdf, report, fmt, t }: Context): Column[] {
	const revenue = report.stats.totals.revenue;
	const percent = new Intl.NumberFormat(report.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const fixed: Column[] = [
		{ label: t('stats.revenue'), width: 90, align: 'right', cell: (row) => fmt.money(row.revenue) },
		{ label: t('stats.orders'), width: 60, align: 'right', cell: (row) => fmt.number(row.orders) },
		{ label: t('stats.quantity'), width: 60, align: 'right', cell: (row) => fmt.number(row.quantity) },
		{ label: t('stats.share'), width: 80, align: 'right', cell: (row) => (revenue > 0 ? percent.format(row.revenue / revenue) : '') }
	];
	const rank: Column = { label: '#', width: 28, align: 'right', cell: (_, i) => String(i + 1) };
	const nameWidth = contentRight(pdf) - MARGIN - rank.width - fixed.reduce((sum, c) => sum + c.width, 0);
	return [rank, { label: t(`stats.by.${report.stats.query.by}`), width: nameWidth, align: 'left', cell: (row) => row.name }, ...fixed];
}

/** A loose page of a long ranking still says what it is. */
function drawContinuationHeader(context: Context): number {
	const { pdf, report, t } = context;
	drawLogo(pdf, MARGIN, MARGIN, 20);
	write(pdf, `${report.company.name} · ${t('stats.title')} · ${rangeText(context)}`, MARGIN + 24, MARGIN + 5, { font: BOLD, size: 10 }, { lineBreak: false });
	return MARGIN + 36;
}

function drawRanking(context: Context, top: number): void {
	const { pdf, report, t } = context;
	write(pdf, t(`stats.top.${report.stats.query.by}`, { count: report.stats.top.length }), MARGIN, top, { font: BOLD, size: 11 });
	if (report.stats.top.length === 0) {
		write(pdf, t('stats.empty'), MARGIN, pdf.y + 6, { size: 9, color: MUTED });
		return;
	}
	drawTable(pdf, columns(context), report.stats.top, pdf.y + 6, () => drawContinuationHeader(context));
}
