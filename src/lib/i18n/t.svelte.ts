import { page } from '$app/state';
import { isLocale, translate, type Locale, type MessageKey } from '$lib/i18n/index';

export function currentLocale(): Locale {
	const locale = page.data?.locale;
	return isLocale(locale) ? locale : 'en';
}

/** Translates in the page's locale; reactive inside templates. */
export function t(key: MessageKey | string, params?: Record<string, string | number>): string {
	return translate(currentLocale(), key, params);
}
