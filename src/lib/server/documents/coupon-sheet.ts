import type { CouponDocumentItem, CouponSheetDocument } from '$lib/domain/sales-documents';
import { formatters, groupCode, type Formatters } from './format';
import { labelsFor, type DocumentLabels } from './labels';
import {
	BOLD,
	BRAND_BLUE,
	DIGITS,
	MUTED,
	createPdf,
	drawLetterhead,
	drawLogo,
	drawPageNumbers,
	toBuffer,
	write,
	type Pdf
} from './layout';

const MARGIN = 36;
const COLUMNS = 2;
const ROWS = 5;
const PER_PAGE = COLUMNS * ROWS;
const PADDING = 14;

interface Context {
	pdf: Pdf;
	doc: CouponSheetDocument;
	labels: DocumentLabels;
	fmt: Formatters;
}

interface Cell {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function couponSheetPdf(doc: CouponSheetDocument): Promise<Buffer> {
	const labels = labelsFor(doc.locale);
	const pdf = createPdf(labels.couponsFor(doc.customer), doc.company.name, MARGIN);
	const context: Context = { pdf, doc, labels, fmt: formatters(doc.locale, doc.currency) };
	// An empty sheet still gets its heading, so the file is a valid one-page PDF and not a blank.
	const pages = Math.max(1, Math.ceil(doc.coupons.length / PER_PAGE));
	for (let page = 0; page < pages; page++) {
		if (page > 0) pdf.addPage();
		drawPage(context, doc.coupons.slice(page * PER_PAGE, (page + 1) * PER_PAGE));
	}
	drawPageNumbers(pdf, labels.page);
	return toBuffer(pdf);
}

/** Every page carries the full heading: the sheets are cut up and handed out separately. */
function drawPage(context: Context, coupons: CouponDocumentItem[]): void {
	const { pdf, doc, labels, fmt } = context;
	const letterheadEnd = drawLetterhead(pdf, doc.company, MARGIN, MARGIN, pdf.page.width - 2 * MARGIN);
	write(pdf, labels.couponsFor(doc.customer), MARGIN, letterheadEnd + 14, { font: BOLD, size: 14 });
	write(pdf, labels.printedOn(fmt.date(doc.printedOn)), MARGIN, pdf.y + 2, { size: 9, color: MUTED });
	const gridTop = pdf.y + 12;
	const width = (pdf.page.width - 2 * MARGIN) / COLUMNS;
	const height = (pdf.page.height - MARGIN - gridTop) / ROWS;
	coupons.forEach((coupon, i) => {
		const cell = { x: MARGIN + (i % COLUMNS) * width, y: gridTop + Math.floor(i / COLUMNS) * height, width, height };
		drawCutLines(pdf, cell);
		drawCoupon(context, coupon, cell);
	});
}

function drawCutLines(pdf: Pdf, { x, y, width, height }: Cell): void {
	pdf.save().rect(x, y, width, height).dash(4, { space: 3 }).lineWidth(0.6).stroke(MUTED).undash().restore();
}

function drawCoupon({ pdf, doc, labels, fmt }: Context, coupon: CouponDocumentItem, cell: Cell): void {
	const x = cell.x + PADDING;
	const y = cell.y + PADDING;
	const inner = cell.width - 2 * PADDING;
	const oneLine = { width: inner, lineBreak: false } as const;
	drawLogo(pdf, x, y, 16);
	// Half the width at most, so a long name stops short of the label on the right.
	write(pdf, doc.company.name, x + 16, y + 3, { font: BOLD, size: 8.5 }, { width: inner / 2, height: 11, ellipsis: true });
	write(pdf, labels.coupon, x, y + 3, { size: 8, color: MUTED }, { ...oneLine, align: 'right' });
	write(pdf, fmt.money(coupon.amount), x, y + 20, { font: BOLD, size: 24, color: BRAND_BLUE }, oneLine);
	const codesY = y + 48;
	write(pdf, labels.code, x, codesY, { size: 7.5, color: MUTED }, oneLine);
	write(pdf, groupCode(coupon.code), x, codesY + 10, { font: DIGITS, size: 13 }, oneLine);
	write(pdf, labels.pin, x, codesY, { size: 7.5, color: MUTED }, { ...oneLine, align: 'right' });
	write(pdf, coupon.pin, x, codesY + 10, { font: DIGITS, size: 13 }, { ...oneLine, align: 'right' });
	const footY = cell.y + cell.height - PADDING - 20;
	write(pdf, labels.validUntil(fmt.date(coupon.expiresOn)), x, footY, { size: 8.5 }, oneLine);
	write(pdf, doc.customer, x, footY + 11, { font: BOLD, size: 8.5 }, { ...oneLine, height: 11, ellipsis: true });
}
