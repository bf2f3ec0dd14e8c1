/**
 * Tables as CSV: comma-separated, CRLF line ends, plain numbers (a point before the decimals) and ISO
 * dates, so that any tool reads them back. The byte order mark makes Excel read it as UTF-8 (accents
 * in names).
 */

/**
 * One field of RFC 4180: quoted when it holds a comma, a quote or a line break. Text that a
 * spreadsheet would take for a formula (=, +, -, @, tab, CR) gets a leading apostrophe: a customer
 * named "=HYPERLINK(…)" must stay a name once opened in Excel.
 */
function field(value: string | number): string {
	if (typeof value === 'number') return String(value);
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
