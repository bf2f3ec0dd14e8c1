import { kindMessages } from '$lib/kinds/labels';
import { en, type MessageKey } from '$lib/i18n/en';
import { fr } from '$lib/i18n/fr';
import { frenchTypography } from '$lib/i18n/typography';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

// The entity kinds' own texts (their names, inline field labels) come from their declarations.
const dictionaries: Record<Locale, Record<string, string>> = { en: { ...en, ...kindMessages('en') }, fr: { ...fr, ...kindMessages('fr') } };

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/**
 * The text for `key` in `locale`, with `{name}` placeholders filled and `{count, plural, one {# relation}
 * other {# relations}}` choices made by the language's plural rules. Unknown keys (for example a
 * sentence that already is a message) come back as they are, so server messages pass through.
 */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
	const template = dictionaries[locale][key] ?? dictionaries.en[key] ?? key;
	const text = choosePlurals(locale, template, params).replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
	return locale === 'fr' ? frenchTypography(text) : text;
}

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|\w+)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<Locale, Intl.PluralRules>();

function choosePlurals(locale: Locale, template: string, params: Record<string, string | number>): string {
	if (!template.includes(', plural,')) return template;
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
	const chooser = rules;
	return template.replace(PLURAL, (match, name: string, cases: string) => {
		const value = Number(params[name]);
		if (params[name] === undefined || !Number.isFinite(value)) return match;
		const texts = new Map([...cases.matchAll(PLURAL_CASE)].map((c) => [c[1], c[2]] as const));
		const text = texts.get(`=${value}`) ?? texts.get(chooser.select(value)) ?? texts.get('other') ?? match;
		return text.replace(/#/g, new Intl.NumberFormat(locale).format(value));
	});
}

/** The best of our locales for an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
	for (const part of (acceptLanguage ?? '').split(',')) {
		const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
		if (isLocale(tag)) return tag;
	}
	return 'en';
}

/** Message parameters that name entity types ("Organisation, Contact") in the reader's language. */
const TYPE_PARAMS = ['allowed', 'allowedObjects', 'subjectType', 'objectType', 'storedType', 'givenType', 'type'];

export function localiseParams(locale: Locale, params: Record<string, string | number>): Record<string, string | number> {
	const out = { ...params };
	// A role or a job named by its message key ("role.viewer") reads in the reader's language.
	for (const [name, value] of Object.entries(out)) if (typeof value === 'string' && /^(role|job)\.\w+$/.test(value)) out[name] = translate(locale, value);
	for (const name of TYPE_PARAMS) {
		const value = out[name];
		if (typeof value !== 'string' || value === '') continue;
		out[name] = value
			.split(', ')
			.map((type) => translate(locale, `type.${type}`).replace(/^type\./, ''))
			.join(', ');
	}
	return out;
}
