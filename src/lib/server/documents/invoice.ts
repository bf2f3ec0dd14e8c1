import type { InvoiceDocument, InvoiceDocumentLine } from '$lib/domain/sales-documents';
import { formatters, type Formatters } from './format';
import { contentBottom, contentRight, drawTable, type TableColumn } from './table';
import { labelsFor, type DocumentLabels } from './labels';
import {
	BOLD,
	BRAND_BLUE,
	MUTED,
	createPdf,
	drawLetterhead,
	drawLogo,
	drawPageNumbers,
	toBuffer,
	write,
	type Pdf,
	type TextStyle
} from './layout';

const MARGIN = 50;
/** Right-hand block for the invoice's own references and for the totals. */
const SIDE_WIDTH = 240;
const TOTAL_ROW = 16;

interface Context {
	pdf: Pdf;
	doc: InvoiceDocument;
	labels: DocumentLabels;
	fmt: Formatters;
}

type Column = TableColumn<InvoiceDocumentLine>;

export function invoicePdf(doc: InvoiceDocument): Promise<Buffer> {
	const labels = labelsFor(doc.locale);
	const pdf = createPdf(`${labels.invoice} ${doc.number}`, doc.company.name, MARGIN);
	const context: Context = { pdf, doc, labels, fmt: formatters(doc.locale, doc.currency) };
	const tableTop = drawFirstPageHeader(context);
	const tableEnd = drawLines(context, tableTop);
	drawTotals(context, tableEnd + 16);
	drawPageNumbers(pdf, labels.page);
	return toBuffer(pdf);
}

function drawFirstPageHeader(context: Context): number {
	const { pdf, doc, labels, fmt } = context;
	const sideX = contentRight(pdf) - SIDE_WIDTH;
	const letterheadEnd = drawLetterhead(pdf, doc.company, MARGIN, MARGIN, sideX - MARGIN - 16);
	const titleStyle = { font: BOLD, size: 22, color: BRAND_BLUE };
	write(pdf, labels.invoice, sideX, MARGIN, titleStyle, { width: SIDE_WIDTH, align: 'right' });
	const references: [string, string][] = [
		[labels.invoiceNumber, doc.number],
		[labels.orderNumber, doc.orderNumber],
		[labels.issuedOn, fmt.date(doc.issuedOn)],
		[labels.dueOn, fmt.date(doc.dueOn)],
		[labels.paymentTerms, labels.paymentTermsValue(doc.paymentTermsDays)]
	];
	let y = MARGIN + 32;
	for (const [label, value] of references) {
		write(pdf, label, sideX, y, { size: 8.5, color: MUTED }, { width: 110, lineBreak: false });
		const valueOptions = { width: SIDE_WIDTH - 110, align: 'right', lineBreak: false } as const;
		write(pdf, value, sideX + 110, y, { font: BOLD, size: 8.5 }, valueOptions);
		y += 12;
	}
	return drawCustomer(context, Math.max(letterheadEnd, y) + 20) + 20;
}

function drawCustomer({ pdf, doc, labels }: Context, top: number): number {
	write(pdf, labels.billTo, MARGIN, top, { size: 8.5, color: MUTED });
	write(pdf, doc.customer.name, MARGIN, top + 12, { font: BOLD, size: 11 }, { width: 280 });
	write(pdf, doc.customer.lines.join('\n'), MARGIN, pdf.y, { size: 9 }, { width: 280 });
	return pdf.y;
}

/** A smaller heading for the pages the table runs onto, so a loose sheet still says whose it is. */
function drawContinuationHeader({ pdf, doc, labels }: Context): number {
	drawLogo(pdf, MARGIN, MARGIN, 20);
	const heading = `${doc.company.name} · ${labels.invoice} ${doc.number}`;
	write(pdf, heading, MARGIN + 24, MARGIN + 5, { font: BOLD, size: 10 }, { lineBreak: false });
	return MARGIN + 36;
}

function columns({ pdf, labels, fmt }: Context): Column[] {
	const fixed: Column[] = [
		{ label: labels.sku, width: 64, align: 'left', cell: (line) => line.sku ?? '' },
		{ label: labels.quantity, width: 40, align: 'right', cell: (line) => fmt.number(line.quantity) },
		{ label: labels.unitPrice, width: 68, align: 'right', cell: (line) => fmt.money(line.unitPrice) },
		{ label: labels.discount, width: 54, align: 'right', cell: (line) => fmt.number(line.discount) },
		{ label: labels.taxRate, width: 40, align: 'right', cell: (line) => fmt.number(line.taxRate) },
		{ label: labels.lineNet, width: 72, align: 'right', cell: (line) => fmt.money(line.net) }
	];
	const productWidth = contentRight(pdf) - MARGIN - fixed.reduce((sum, column) => sum + column.width, 0);
	return [{ label: labels.product, width: productWidth, align: 'left', cell: (line) => line.product }, ...fixed];
}

/** The lines, page after page, with the header repeated on each; returns the y below the last. */
function drawLines(context: Context, top: number): number {
	return drawTable(context.pdf, columns(context), context.doc.lines, top, () => drawContinuationHeader(context));
}

function drawTotals(context: Context, top: number): void {
	const { pdf, doc, labels, fmt } = context;
	const rows: [string, number, TextStyle][] = [
		[labels.net, doc.net, { size: 9 }],
		[labels.tax, doc.tax, { size: 9 }],
		[labels.total, doc.total, { font: BOLD, size: 9 }],
		[labels.deducted, doc.deducted, { size: 9 }],
		[labels.paid, doc.paid, { size: 9 }]
	];
	const height = (rows.length + 1) * TOTAL_ROW + 12;
	let y = top;
	if (y + height > contentBottom(pdf)) {
		pdf.addPage();
		y = drawContinuationHeader(context);
	}
	const x = contentRight(pdf) - SIDE_WIDTH;
	for (const [label, amount, style] of rows) {
		drawTotal(pdf, x, y, label, fmt.money(amount), style);
		y += TOTAL_ROW;
	}
	pdf.moveTo(x, y).lineTo(contentRight(pdf), y).lineWidth(1).stroke(BRAND_BLUE);
	drawTotal(pdf, x, y + 6, labels.due, fmt.money(doc.due), { font: BOLD, size: 11, color: BRAND_BLUE });
}

function drawTotal(pdf: Pdf, x: number, y: number, label: string, amount: string, style: TextStyle): void {
	write(pdf, label, x, y, style, { width: SIDE_WIDTH - 100, lineBreak: false });
	write(pdf, amount, x + SIDE_WIDTH - 100, y, style, { width: 100, align: 'right', lineBreak: false });
}
