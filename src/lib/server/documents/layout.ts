import PDFDocument from 'pdfkit';
import type { DocumentCompany } from '$lib/domain/sales-documents';
import { winAnsi } from './format';

export type Pdf = PDFKit.PDFDocument;

export const BRAND_BLUE = '#1d4ed8';
const INK = '#111827';
export const MUTED = '#4b5563';
export const RULE = '#d1d5db';

const REGULAR = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
/** Fixed-width digits, so a coupon code's groups line up and 0/O or 1/l are not confused. */
export const DIGITS = 'Courier-Bold';

export function createPdf(title: string, author: string, margin: number): Pdf {
	// bufferPages keeps every page open until the end, so page footers can say "2 of 3".
	return new PDFDocument({ size: 'A4', margin, bufferPages: true, info: { Title: title, Author: author } });
}

/** The whole file once pdfkit has written it; call after all drawing, it ends the document. */
export function toBuffer(doc: Pdf): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		doc.end();
	});
}

export interface TextStyle {
	font?: string;
	size?: number;
	color?: string;
}

/** Every string goes through here, so that nothing Helvetica cannot encode reaches the page. */
export function write(
	doc: Pdf,
	text: string,
	x: number,
	y: number,
	style: TextStyle,
	options: PDFKit.Mixins.TextOptions = {}
): void {
	applyStyle(doc, style);
	doc.text(winAnsi(text), x, y, options);
}

/** The height `write` would take with the same style and width. */
export function measure(doc: Pdf, text: string, style: TextStyle, options: PDFKit.Mixins.TextOptions): number {
	applyStyle(doc, style);
	return doc.heightOfString(winAnsi(text), options);
}

function applyStyle(doc: Pdf, { font = REGULAR, size = 9, color = INK }: TextStyle): void {
	doc.font(font).fontSize(size).fillColor(color);
}

/** The company mark: a water drop with a highlight, `height` tall, `height × 0.72` wide. */
export function drawLogo(doc: Pdf, x: number, y: number, height: number): void {
	const width = height * 0.72;
	const r = width / 2;
	const cx = x + r;
	const cy = y + height - r;
	// Bézier handle length that makes a quarter circle.
	const k = 0.5523 * r;
	doc.save()
		.moveTo(cx, y)
		.bezierCurveTo(cx + width * 0.15, y + height * 0.2, x + width, cy - width * 0.45, x + width, cy)
		.bezierCurveTo(x + width, cy + k, cx + k, cy + r, cx, cy + r)
		.bezierCurveTo(cx - k, cy + r, x, cy + k, x, cy)
		.bezierCurveTo(x, cy - width * 0.45, cx - width * 0.15, y + height * 0.2, cx, y)
		.closePath()
		.fill(BRAND_BLUE);
	doc.moveTo(cx - r * 0.55, cy - r * 0.05)
		.quadraticCurveTo(cx - r * 0.5, cy + r * 0.5, cx, cy + r * 0.6)
		.lineWidth(height * 0.06)
		.lineCap('round')
		.stroke('#ffffff')
		.restore();
}

/** Logo, company name and its lines at the top left, within `width`; returns the y below them. */
export function drawLetterhead(doc: Pdf, company: DocumentCompany, x: number, y: number, width: number): number {
	const logoHeight = 48;
	drawLogo(doc, x, y, logoHeight);
	const textX = x + logoHeight * 0.72 + 12;
	const textWidth = width - (textX - x);
	write(doc, company.name, textX, y, { font: BOLD, size: 15 }, { width: textWidth });
	write(doc, company.lines.join('\n'), textX, doc.y + 2, { size: 8.5, color: MUTED }, { width: textWidth, lineGap: 1.5 });
	return Math.max(y + logoHeight, doc.y);
}

/** "Page n of m" at the bottom of every page; call once all pages exist. */
export function drawPageNumbers(doc: Pdf, label: (current: number, count: number) => string): void {
	const { start, count } = doc.bufferedPageRange();
	for (let i = start; i < start + count; i++) {
		doc.switchToPage(i);
		const { margins, width, height } = doc.page;
		// Text below the bottom margin would make pdfkit open a new page: lift the margin meanwhile.
		const bottom = margins.bottom;
		margins.bottom = 0;
		write(doc, label(i - start + 1, count), margins.left, height - bottom / 2 - 4, { size: 8, color: MUTED }, {
			width: width - margins.left - margins.right,
			align: 'right',
			lineBreak: false
		});
		margins.bottom = bottom;
	}
}
