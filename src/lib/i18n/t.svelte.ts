import { page } from '$app/state';
import { formatDay, formatMoment, type DateFormat, type DayStyle, type MomentStyle } from '$lib/i18n/dates';
import { DEMO_ACTOR_ID } from '$lib/domain/history';
import { isLocale, translate, type Locale, type MessageKey } from '$lib/i18n/index';

export function currentLocale(): Locale {
	const locale = page.data?.locale;
	return isLocale(locale) ? locale : 'en';
}

/** Translates in the page's locale; reactive inside templates. */
export function t(key: MessageKey | string, params?: Record<string, string | number>): string {
	return translate(currentLocale(), key, params);
}

/** The reader's regional format and time zone, as the server resolved them for this page. */
export function dateFormat(): DateFormat {
	return page.data?.dateFormat ?? { locale: currentLocale(), timeZone: 'UTC' };
}

/** A YYYY-MM-DD day in the reader's format. */
export const day = (value: string, style?: DayStyle) => formatDay(value, dateFormat(), style);

/** An ISO moment in the reader's format and time zone. */
export const moment = (value: string, style?: MomentStyle) => formatMoment(value, dateFormat(), style);

/** Who made a change, as the timeline says it: the demo data loader reads as "demo data". */
export const actor = (entry: { actorId: string | null; actorName: string }) => (entry.actorId === DEMO_ACTOR_ID ? t('history.demoData') : entry.actorName);

/** A category the administrators keep ("gold"): its name in the reader's language when we know it, else as typed. */
export const categoryLabel = (value: string) => t(`category.${value}`).replace(/^category\./, '');

/** An amount in `currency`, in the reader's regional format. */
export const amount = (value: number, currency: string) => new Intl.NumberFormat(dateFormat().locale, { style: 'currency', currency }).format(value);
