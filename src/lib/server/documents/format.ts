import type { DocumentLocale } from './labels';

/** Formatters for one document, built once: `Intl` objects are costly to create per cell. */
export interface Formatters {
	money(amount: number): string;
	number(value: number): string;
	date(isoDay: string): string;
}

export function formatters(locale: DocumentLocale, currency: string): Formatters {
	const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
	return {
		money: (amount) => money.format(amount),
		number: (value) => number.format(value),
		// Read as UTC midnight and printed in UTC, so the day never shifts with the server's zone.
		date: (isoDay) => date.format(parseDay(isoDay))
	};
}

function parseDay(isoDay: string): Date {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDay}`);
	return new Date(`${isoDay}T00:00:00Z`);
}

/** "12345678901234" → "1234 5678 9012 34": groups of four are what people read aloud and type back. */
export function groupCode(code: string): string {
	return code.match(/.{1,4}/g)?.join(' ') ?? code;
}

// The standard PDF fonts draw WinAnsi (Windows-1252) only: Latin-1 plus these, at 0x80–0x9F.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

// Letters with a stroke have no decomposition to strip: their base letter is given here.
const STROKED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŧ: 'T', ŧ: 't' };

function drawable(char: string): boolean {
	const code = char.codePointAt(0) ?? 0;
	return code < 0x80 || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/** The character itself when WinAnsi has it, else its letter without accent or stroke, else "?". */
function drawableForm(char: string): string {
	if (drawable(char)) return char;
	const stroked = STROKED[char];
	if (stroked) return stroked;
	const base = char.normalize('NFD').replace(/\p{M}/gu, '');
	return base !== '' && [...base].every(drawable) ? base : '?';
}

/**
 * Text the built-in Helvetica can draw. Intl puts narrow no-break spaces in French numbers, which
 * WinAnsi lacks, and a name may hold letters outside it ("Łódź", "Ștefan"): pdfkit would write
 * garbage codes for those.
 */
export function winAnsi(text: string): string {
	return [...text.replace(/\p{Zs}/gu, ' ')].map(drawableForm).join('');
}
