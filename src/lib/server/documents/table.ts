/** A table that runs over pages: a shaded header row, cells that wrap within their column, a rule under each row. */
import { BOLD, RULE, measure, write, type Pdf, type TextStyle } from './layout';

const CELL_PADDING = 4;
const CELL_STYLE: TextStyle = { size: 8.5 };
const HEADER_STYLE: TextStyle = { font: BOLD, size: 8.5 };

export interface TableColumn<R> {
	label: string;
	width: number;
	align: 'left' | 'right';
	cell(row: R, index: number): string;
}

type Cell<R> = [TableColumn<R>, string];

export const contentRight = (pdf: Pdf) => pdf.page.width - pdf.page.margins.right;
export const contentBottom = (pdf: Pdf) => pdf.page.height - pdf.page.margins.bottom;
const left = (pdf: Pdf) => pdf.page.margins.left;
const cellWidth = <R>(column: TableColumn<R>) => column.width - 2 * CELL_PADDING;

/** Height of a row whose cells wrap within their column (long product names do). */
function rowHeight<R>(pdf: Pdf, cells: Cell<R>[], style: TextStyle): number {
	return Math.max(...cells.map(([column, text]) => measure(pdf, text, style, { width: cellWidth(column) }))) + 2 * CELL_PADDING;
}

function drawRow<R>(pdf: Pdf, cells: Cell<R>[], top: number, style: TextStyle): void {
	let x = left(pdf);
	for (const [column, text] of cells) {
		write(pdf, text, x + CELL_PADDING, top + CELL_PADDING, style, { width: cellWidth(column), align: column.align });
		x += column.width;
	}
}

function drawHeader<R>(pdf: Pdf, columns: TableColumn<R>[], top: number): number {
	const cells = columns.map((c): Cell<R> => [c, c.label]);
	const height = rowHeight(pdf, cells, HEADER_STYLE);
	pdf.rect(left(pdf), top, contentRight(pdf) - left(pdf), height).fill('#eff6ff');
	drawRow(pdf, cells, top, HEADER_STYLE);
	return top + height;
}

/**
 * Draws `rows` from `top`, the header again at the top of each new page (below what `onNewPage`
 * draws there, returning its bottom). Returns the y below the last row.
 */
export function drawTable<R>(pdf: Pdf, columns: TableColumn<R>[], rows: readonly R[], top: number, onNewPage: () => number): number {
	let y = drawHeader(pdf, columns, top);
	rows.forEach((row, i) => {
		const cells = columns.map((c): Cell<R> => [c, c.cell(row, i)]);
		const height = rowHeight(pdf, cells, CELL_STYLE);
		if (y + height > contentBottom(pdf)) {
			pdf.addPage();
			y = drawHeader(pdf, columns, onNewPage());
		}
		drawRow(pdf, cells, y, CELL_STYLE);
		y += height;
		pdf.moveTo(left(pdf), y).lineTo(contentRight(pdf), y).lineWidth(0.5).stroke(RULE);
	});
	return y;
}
