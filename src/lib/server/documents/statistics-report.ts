/**
 * A statistics report as a printable PDF (the sales statistics, the call statistics): the company's
 * letterhead, the report's title, range and ranking, up to four total cards with a note, and the
 * ranking as a table (rank, name, the report's own columns) that runs onto further pages.
 */
import type { DocumentCompany } from '$lib/domain/sales-documents';
import { labelsFor, type DocumentLocale } from './labels';
import { contentRight, drawTable, type TableColumn } from './table';
import { BOLD, BRAND_BLUE, MUTED, RULE, createPdf, drawLetterhead, drawLogo, drawPageNumbers, toBuffer, write, type Pdf } from './layout';

const MARGIN = 50;
const SIDE_WIDTH = 240;
const CARD_HEIGHT = 44;

export interface ReportSpec<R extends { name: string }> {
	locale: DocumentLocale;
	company: DocumentCompany;
	title: string;
	/** "From … to …", "Ranked by …", "Printed on …": under the title, and on further pages. */
	range: string;
	rankedBy: string;
	printed: string;
	cards: [label: string, value: string][];
	note: string;
	rankingTitle: string;
	nameLabel: string;
	empty: string;
	/** The ranking's own columns, after its rank and name. */
	columns: TableColumn<R>[];
	rows: readonly R[];
}

/** The lines under a report's title: its range, what it ranks, the day it was printed. */
export function reportLines(
	t: (key: string, params?: Record<string, string | number>) => string,
	date: (isoDay: string) => string,
	query: { from: string; to: string; by: string },
	printedOn: string
): Pick<ReportSpec<{ name: string }>, 'range' | 'rankedBy' | 'printed'> {
	return {
		range: t('stats.pdf.range', { from: date(query.from), to: date(query.to) }),
		rankedBy: t(`stats.pdf.by.${query.by}`),
		printed: t('stats.pdf.printedOn', { date: date(printedOn) })
	};
}

export function statisticsReport<R extends { name: string }>(spec: ReportSpec<R>): Promise<Buffer> {
	const pdf = createPdf(spec.title, spec.company.name, MARGIN);
	const cardsTop = drawHeader(pdf, spec);
	const tableTop = drawCards(pdf, spec, cardsTop);
	drawRanking(pdf, spec, tableTop);
	drawPageNumbers(pdf, labelsFor(spec.locale).page);
	return toBuffer(pdf);
}

function drawHeader<R extends { name: string }>(pdf: Pdf, spec: ReportSpec<R>): number {
	const sideX = contentRight(pdf) - SIDE_WIDTH;
	const letterheadEnd = drawLetterhead(pdf, spec.company, MARGIN, MARGIN, sideX - MARGIN - 16);
	write(pdf, spec.title, sideX, MARGIN, { font: BOLD, size: 20, color: BRAND_BLUE }, { width: SIDE_WIDTH, align: 'right' });
	let y = MARGIN + 30;
	for (const line of [spec.range, spec.rankedBy, spec.printed]) {
		write(pdf, line, sideX, y, { size: 9, color: MUTED }, { width: SIDE_WIDTH, align: 'right' });
		y = pdf.y + 2;
	}
	return Math.max(letterheadEnd, y) + 24;
}

/** The totals side by side, then the note on what is counted. */
function drawCards<R extends { name: string }>(pdf: Pdf, spec: ReportSpec<R>, top: number): number {
	const gap = 10;
	const width = (contentRight(pdf) - MARGIN - gap * (spec.cards.length - 1)) / spec.cards.length;
	spec.cards.forEach(([label, value], i) => {
		const x = MARGIN + i * (width + gap);
		pdf.roundedRect(x, top, width, CARD_HEIGHT, 4).lineWidth(0.75).stroke(RULE);
		write(pdf, label, x + 8, top + 7, { size: 8, color: MUTED }, { width: width - 16, lineBreak: false });
		write(pdf, value, x + 8, top + 20, { font: BOLD, size: 12 }, { width: width - 16, lineBreak: false });
	});
	write(pdf, spec.note, MARGIN, top + CARD_HEIGHT + 8, { size: 8, color: MUTED }, { width: contentRight(pdf) - MARGIN });
	return pdf.y + 20;
}

function drawRanking<R extends { name: string }>(pdf: Pdf, spec: ReportSpec<R>, top: number): void {
	write(pdf, spec.rankingTitle, MARGIN, top, { font: BOLD, size: 11 });
	if (spec.rows.length === 0) {
		write(pdf, spec.empty, MARGIN, pdf.y + 6, { size: 9, color: MUTED });
		return;
	}
	const rank: TableColumn<R> = { label: '#', width: 28, align: 'right', cell: (_, i) => String(i + 1) };
	const nameWidth = contentRight(pdf) - MARGIN - rank.width - spec.columns.reduce((sum, c) => sum + c.width, 0);
	const columns = [rank, { label: spec.nameLabel, width: nameWidth, align: 'left' as const, cell: (row: R) => row.name }, ...spec.columns];
	// A loose page of a long ranking still says what it is.
	const continuation = () => {
		drawLogo(pdf, MARGIN, MARGIN, 20);
		write(pdf, `${spec.company.name} · ${spec.title} · ${spec.range}`, MARGIN + 24, MARGIN + 5, { font: BOLD, size: 10 }, { lineBreak: false });
		return MARGIN + 36;
	};
	drawTable(pdf, columns, spec.rows, pdf.y + 6, continuation);
}
