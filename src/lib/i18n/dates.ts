/**
 * Dates as the reader writes them: the regional variant of their language (en-GB reads 31/01/2025,
 * en-US 1/31/2025, fr 31 janv. 2025) and, for moments, their own time zone. Browser and server,
 * so that a page reads the same before and after hydration.
 */

export interface DateFormat {
	/** A BCP 47 tag such as "fr-FR" or "en-GB". */
	locale: string;
	/** An IANA zone such as "Europe/Paris"; UTC when the browser has not told us yet. */
	timeZone: string;
}

/** Where the browser leaves its time zone for the server to format with. */
export const TIME_ZONE_COOKIE = 'tz';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(f: DateFormat, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${f.locale}|${f.timeZone}|${JSON.stringify(options)}`;
	let found = formats.get(key);
	if (!found) formats.set(key, (found = new Intl.DateTimeFormat(f.locale, { timeZone: f.timeZone, ...options })));
	return found;
}

/** `dayMonth` ("3 Dec") labels a chart's axis. */
export type DayStyle = 'medium' | 'short' | 'dayMonth';

/** A calendar day stored as YYYY-MM-DD (a relation's since/until, a date field): no time zone applies. */
export function formatDay(day: string, f: DateFormat, style: DayStyle = 'medium'): string {
	const at = new Date(`${day.slice(0, 10)}T00:00:00Z`);
	const options: Intl.DateTimeFormatOptions = style === 'dayMonth' ? { day: 'numeric', month: 'short' } : { dateStyle: style };
	return Number.isNaN(at.getTime()) ? day : formatter({ ...f, timeZone: 'UTC' }, options).format(at);
}

/** `date` leaves the time out; `seconds` shows them (job runs). */
export type MomentStyle = 'medium' | 'short' | 'date' | 'seconds';

/** A moment (an ISO date-time): its day and time in the reader's zone. */
export function formatMoment(iso: string, f: DateFormat, style: MomentStyle = 'medium'): string {
	const at = new Date(iso);
	if (Number.isNaN(at.getTime())) return iso;
	const options: Intl.DateTimeFormatOptions =
		style === 'date' ? { dateStyle: 'medium' } : style === 'seconds' ? { dateStyle: 'short', timeStyle: 'medium' } : { dateStyle: style, timeStyle: 'short' };
	return formatter(f, options).format(at);
}

/** Whether a string names a time zone this runtime knows. */
export function isTimeZone(zone: string | undefined): zone is string {
	if (!zone || zone.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/**
 * The regional tag to format with: the first of the reader's Accept-Language tags in the language
 * they read the product in ("en-GB" for an English reader in London), else the language itself.
 */
export function regionalLocale(language: string, acceptLanguage: string | null): string {
	for (const part of (acceptLanguage ?? '').split(',')) {
		const tag = part.split(';')[0]?.trim() ?? '';
		if (tag.slice(0, 2).toLowerCase() !== language || !/^[A-Za-z]{2}(-[A-Za-z0-9]{2,8})*$/.test(tag)) continue;
		if (Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0) return tag;
	}
	return language;
}

/** The UTC offset of `timeZone` at the instant `utc` (ms), in ms: +3,600,000 for Paris in winter. */
function offsetAt(utc: number, timeZone: string): number {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
			.formatToParts(new Date(utc))
			.map((p) => [p.type, p.value])
	);
	const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
	return wall - Math.floor(utc / 1000) * 1000;
}

/**
 * A wall-clock time typed in a form ("2026-12-04T15:30", a datetime-local field) as the instant it
 * names in `timeZone`, in ISO (UTC). Null when it is not a time.
 */
export function wallTimeToUtc(local: string, timeZone: string): string | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
	if (!match) return null;
	const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
	const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s || 0);
	if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== d) return null;
	// The offset at the guess, then at the corrected instant (they differ only across a DST change).
	const first = wall - offsetAt(wall, timeZone);
	return new Date(wall - offsetAt(first, timeZone)).toISOString();
}
