/**
 * How stored values read: a field's value in a list cell or on a page, a kind's subtitle, country
 * names, in the reader's language. Browser and server.
 */
import type { EntityKind } from '$lib/kinds/define';
import type { FieldSpec } from '$lib/kinds/fields';
import { formatDay } from '$lib/i18n/dates';

const regionNames = new Map<string, Intl.DisplayNames>();

/** "France" / "Algérie" for FR / DZ, in the reader's language; the code when unknown. */
export function countryName(code: string, locale: string): string {
	let names = regionNames.get(locale);
	if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
	try {
		return names.of(code) ?? code;
	} catch {
		return code;
	}
}

/** The message key of a choice's value ("status.active"), or null when it is shown as stored. */
export const optionKeyOf = (spec: FieldSpec, value: string) => (spec.optionKey ? `${spec.optionKey}.${value}` : null);

/**
 * A scalar value as text: numbers and amounts with the locale's separators, dates in its format,
 * countries by name, yes/no through `yesNo`. Lists and choices are left to the caller's components.
 */
export function formatValue(spec: FieldSpec, value: unknown, locale: string, yesNo: (v: boolean) => string): string {
	if (value === null || value === undefined || value === '') return '';
	switch (spec.kind) {
		case 'money':
			return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(value));
		case 'integer':
		case 'decimal':
			return new Intl.NumberFormat(locale).format(Number(value));
		case 'date':
			return formatDay(String(value), { locale, timeZone: 'UTC' });
		case 'boolean':
			return yesNo(value === true);
		case 'country':
			return countryName(String(value), locale);
		default:
			return Array.isArray(value) ? value.join(', ') : String(value);
	}
}

/** What reads under a name: the subtitle fields ("Lyon (France)", "Buyer · Boréal Distribution"). */
export function subtitleOf(kind: EntityKind, values: Record<string, unknown>, linked: string[], locale: string): string | null {
	const subtitle = kind.subtitle;
	if (!subtitle) return null;
	const text = (field: string) => {
		const value = values[field];
		if (value === null || value === undefined || value === '') return null;
		return kind.fields[field]?.kind === 'country' ? countryName(String(value), locale) : String(value);
	};
	if (subtitle.format === 'place') {
		const [place, region] = subtitle.fields.map(text);
		if (place) return region ? `${place} (${region})` : place;
		return region ?? null;
	}
	const parts = [...subtitle.fields.map(text), ...linked].filter((p): p is string => !!p);
	return parts.length > 0 ? parts.join(' · ') : null;
}

/** The fields a list row (or a node of the explorer) carries of a kind: its columns, badges and subtitle fields. */
export function rowFields(kind: EntityKind): string[] {
	const badges = kind.fieldNames.filter((f) => kind.fields[f]!.badge);
	return [...new Set([...kind.columns, ...badges, ...(kind.subtitle?.fields ?? [])])];
}
